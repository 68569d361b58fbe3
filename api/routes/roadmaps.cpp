// /districts/{d}/roadmaps and /districts/{d}/roadmaps/{id}: list, create, read, change, delete.
#include "api/http/query.hpp"
#include "api/routes/roadmap_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;

domain::RoadmapOwner read_owner(FieldReader& f, const json& body, std::vector<domain::FieldError>& errors) {
    domain::RoadmapOwner owner;
    f.mark("owner");
    auto it = body.find("owner");
    if (it == body.end() || !it->is_object()) {
        errors.push_back({"/owner", "is required: {kind: district|organization, organization_id}"});
        return owner;
    }
    auto kind = it->value("kind", std::string());
    if (kind == "organization") {
        auto org = it->find("organization_id");
        if (org == it->end() || !org->is_string() || !domain::is_uuid(org->get<std::string>()))
            errors.push_back({"/owner/organization_id", "must be the organization's id"});
        else
            owner.organization_id = domain::OrganizationId{org->get<std::string>()};
    } else if (kind != "district") {
        errors.push_back({"/owner/kind", "must be district or organization"});
    } else if (auto org = it->find("organization_id"); org != it->end() && !org->is_null()) {
        errors.push_back({"/owner/organization_id", "the district's own roadmap has no organization"});
    }
    for (auto& [k, v] : it->items())
        if (k != "kind" && k != "organization_id") errors.push_back({"/owner/" + k, "is not a field here"});
    return owner;
}

// The body of POST /roadmaps: every error named at once (422).
domain::RoadmapInput read_new_roadmap(const json& body) {
    FieldReader f(body, {"id", "district_id", "status", "version", "revision", "created_at", "updated_at",
                         "previous_id", "superseded_by", "item_count"});
    std::vector<domain::FieldError> errors;
    domain::RoadmapInput in;
    in.owner = read_owner(f, body, errors);
    in.title = f.text("title", true).value_or("");
    auto period = read_period(f, body, "period", true);
    f.mark("approval");
    if (auto ap = body.find("approval"); ap != body.end() && !ap->is_null())
        in.approval = read_approval(*ap, errors, in.unreadable);
    f.mark("sections");
    if (auto s = body.find("sections"); s != body.end() && !s->is_null()) {
        if (!s->is_array()) errors.push_back({"/sections", "must be an array"});
        else read_sections(*s, in.sections, errors);
    }
    try {
        f.finish();
    } catch (const domain::Error& e) {
        errors.insert(errors.begin(), e.fields().begin(), e.fields().end());
    }
    if (!errors.empty()) throw domain::validation_error(std::move(errors));
    in.period = *period;
    return in;
}

// The body of PATCH /roadmaps/{id}.
domain::RoadmapPatch read_roadmap_patch(const json& body) {
    FieldReader f(body, {"id", "district_id", "owner", "status", "version", "revision", "created_at", "updated_at",
                         "previous_id", "superseded_by", "item_count", "sections"});
    domain::RoadmapPatch patch;
    patch.title = f.text("title", false);
    if (auto p = body.find("period"); p != body.end() && p->is_null()) f.fail("period", "must not be null");
    else patch.period = read_period(f, body, "period", false);
    f.mark("period");
    f.mark("approval");
    std::vector<domain::FieldError> errors;
    if (auto ap = body.find("approval"); ap != body.end()) {
        if (ap->is_null()) patch.approval = domain::ApprovalDocument{};
        else patch.approval = read_approval(*ap, errors, patch.unreadable);
    }
    for (auto& e : errors) f.fail(e.pointer.substr(1), e.message);
    f.finish();
    return patch;
}

domain::RoadmapQuery list_query(const Request& req) {
    domain::RoadmapQuery q;
    q.page = page_request(req);
    if (auto o = req.query_param("owner")) {
        if (*o != "district" && !domain::is_uuid(*o)) bad_query("owner", "must be district or an organization id");
        q.owner = domain::RoadmapOwner{};
        if (*o != "district") q.owner->organization_id = domain::OrganizationId{*o};
    }
    q.period_contains = query_date(req, "period");
    q.overdue_as_of = query_date(req, "overdue_as_of");
    q.status = query_choice(req, "status", domain::parse_roadmap_status, "draft, submitted, approved, returned");
    if (auto org = Access::actor(req).organization_id) q.only_organization = domain::OrganizationId{*org};
    return q;
}

Response list_roadmaps(const RoadmapDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto q = list_query(req);
    auto page = x.roadmaps.list(d.id, q);
    json items = json::array();
    for (auto& rm : page.items) {
        auto j = to_json(rm);
        j.erase("sections");
        items.push_back(j);
    }
    return page_response(req, items, page.next_cursor);
}

Response create_roadmap(const RoadmapDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto in = read_new_roadmap(json_body(req));
    check_edit(Access::actor(req), d, in.owner);
    check_owner_exists(x.catalog, d, in.owner);
    auto rm = x.roadmaps.create(d.id, std::move(in));
    return roadmap_entity(201, rm).with_header("Location", roadmap_location(d.id, rm.id));
}

Response get_roadmap(const RoadmapDeps& x, Request& req) { return roadmap_entity(200, load_roadmap(x, req, Need::read).second); }

Response patch_roadmap(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto patch = read_roadmap_patch(json_body(req));
    return roadmap_entity(200, x.roadmaps.update(rm.district_id, rm.id, require_if_match(req), std::move(patch)));
}

Response delete_roadmap(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    x.roadmaps.remove(rm.district_id, rm.id, require_if_match(req));
    return Response::no_content();
}

}  // namespace

void add_roadmaps(Router& r, const RoadmapDeps& x) {
    r.add("GET", kRoadmaps, bind(x, list_roadmaps));
    r.add("POST", kRoadmaps, bind(x, create_roadmap));
    r.add("GET", kRoadmaps + "/{id}", bind(x, get_roadmap));
    r.add("PATCH", kRoadmaps + "/{id}", bind(x, patch_roadmap));
    r.add("DELETE", kRoadmaps + "/{id}", bind(x, delete_roadmap));
}

}  // namespace api::routes
