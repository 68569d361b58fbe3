#include "api/routes/roadmap_common.hpp"

#include "domain/validation.hpp"

namespace api::routes {

using domain::Need;
using nlohmann::json;

bool is_manager(const domain::Actor& a) {
    return a.role == domain::Role::system_admin || a.role == domain::Role::district_coordinator;
}

void forbid(const std::string& detail) { throw domain::Error(domain::ErrorKind::forbidden, "forbidden", detail); }

namespace {
// May the caller see this roadmap? An organisation's roadmap follows the organisation's
// rules (a curator sees their own, another's is 404); the district's own is for all of it.
void check_read(const domain::Actor& a, const domain::DistrictRef& d, const domain::Roadmap& r) {
    if (!r.owner.organization_id) return;
    try {
        domain::check_organization(a, d, *r.owner.organization_id, Need::read);
    } catch (const domain::Error& e) {
        // Someone else's roadmap looks exactly like a missing one.
        if (e.kind() == domain::ErrorKind::not_found) throw domain::not_found("The roadmap");
        throw;
    }
}
}  // namespace

void check_edit(const domain::Actor& a, const domain::DistrictRef& d, const domain::RoadmapOwner& owner) {
    if (owner.organization_id) {
        domain::check_organization(a, d, *owner.organization_id, Need::read);  // 404 for someone else's
        if (a.role == domain::Role::org_curator || is_manager(a)) return;
        forbid("Only the organisation's curator or the district coordinator edits its roadmap.");
    }
    domain::check_district(a, d, Need::read);
    if (!is_manager(a)) forbid("Only the district coordinator edits the district's roadmap.");
}

void check_owner_exists(domain::CatalogService& catalog, const domain::DistrictRef& d,
                        const domain::RoadmapOwner& owner) {
    if (owner.organization_id && !catalog.find_organization(d.id, *owner.organization_id))
        throw domain::validation_error({{"/owner/organization_id", "no such organization in this district"}});
}


std::pair<domain::DistrictRef, domain::Roadmap> load_roadmap(const RoadmapDeps& x, const Request& req, Need need) {
    auto d = x.access.district(req, Need::read);
    auto rm = x.roadmaps.get(d.id, id_param<domain::RoadmapId>(req, "id", "The roadmap"));
    check_read(Access::actor(req), d, rm);
    if (need == Need::write) check_edit(Access::actor(req), d, rm.owner);
    return std::pair{d, rm};
}

void manager_only(const Request& req) {
    if (!is_manager(Access::actor(req))) forbid("Only the district coordinator approves or returns roadmaps.");
}

Response roadmap_entity(int status, const domain::Roadmap& r) {
    return Response::json(status, to_json(r)).with_header("ETag", etag(r.version));
}
Response item_entity(int status, const domain::RoadmapItem& i) {
    return Response::json(status, to_json(i)).with_header("ETag", etag(i.version));
}
std::string roadmap_location(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id) {
    return "/api/v1/districts/" + district_id.str() + "/roadmaps/" + roadmap_id.str();
}

domain::ApprovalDocument read_approval(const json& ap, std::vector<domain::FieldError>& errors,
                                       std::vector<domain::FieldError>& unreadable) {
    domain::ApprovalDocument doc;
    if (!ap.is_object()) {
        errors.push_back({"/approval", "must be {order_number, order_date}"});
        return doc;
    }
    for (auto& [k, v] : ap.items()) {
        if (k != "order_number" && k != "order_date") errors.push_back({"/approval/" + k, "is not a field here"});
        else if (!v.is_string() && !v.is_null()) errors.push_back({"/approval/" + k, "must be a string or null"});
        else if (v.is_null()) continue;
        else if (k == "order_number") doc.order_number = v.get<std::string>();
        else if (!(doc.order_date = domain::Date::parse_iso(v.get<std::string>())))
            unreadable.push_back({"/approval/order_date", "must be a date (YYYY-MM-DD)"});
    }
    return doc;
}

void read_sections(const json& sections, std::vector<domain::SectionInput>& into,
                   std::vector<domain::FieldError>& errors) {
    for (std::size_t i = 0; i < sections.size(); ++i)
        into.push_back(read_section(sections[i], "/sections/" + std::to_string(i), errors));
}

}  // namespace api::routes
