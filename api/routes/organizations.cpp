// /districts/{d}/organizations[/{o}]: a district's schools, kindergartens, colleges…
#include "api/http/query.hpp"
#include "api/routes/catalog_common.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;

constexpr const char* kOrgTypes = "school, kindergarten, college, additional_education, methodical_center";
constexpr const char* kOrgStatuses = "active, closed";
const std::string kOrganizations = "/api/v1/districts/{d}/organizations";

domain::OrganizationInput read_new_organization(const json& body) {
    FieldReader f(body, {"id", "version", "created_at", "updated_at", "district_id", "status"});
    domain::OrganizationInput in;
    in.name = f.text("name", true).value_or("");
    in.short_name = f.text("short_name", false);
    in.address = f.text("address", false);
    in.external_code = f.text("external_code", false);
    in.type = f.choice("type", true, domain::parse_organization_type, kOrgTypes).value_or(domain::OrganizationType::school);
    f.finish();
    return in;
}

// A curator keeps the organisation's own description; its type, status and code belong
// to the district.
domain::OrganizationPatch read_organization_patch(const json& body, bool curator) {
    FieldReader f(body, curator ? std::initializer_list<const char*>{"id", "version", "created_at", "updated_at",
                                                                    "district_id", "type", "status", "external_code"}
                                : std::initializer_list<const char*>{"id", "version", "created_at", "updated_at",
                                                                    "district_id"});
    domain::OrganizationPatch patch;
    patch.name = f.text("name", false);
    patch.short_name = f.nullable_text("short_name");
    patch.address = f.nullable_text("address");
    if (!curator) {
        patch.external_code = f.nullable_text("external_code");
        patch.type = f.choice("type", false, domain::parse_organization_type, kOrgTypes);
        patch.status = f.choice("status", false, domain::parse_organization_status, kOrgStatuses);
    }
    f.finish();
    return patch;
}

Response list_organizations(const CatalogDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    domain::OrganizationQuery q;
    if (auto org = Access::actor(req).organization_id) q.only_id = org;
    q.page = page_request(req);
    q.type = query_choice(req, "type", domain::parse_organization_type, kOrgTypes);
    q.status = query_choice(req, "status", domain::parse_organization_status, kOrgStatuses);
    q.q = query_text(req, "q", 200);
    auto page = x.catalog.organizations(d.id, q);
    return page_response(req, items(page.items), page.next_cursor);
}

Response create_organization(const CatalogDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write).id;
    auto org = x.catalog.create_organization(d, read_new_organization(json_body(req)));
    return created(org, "/api/v1/districts/" + d.str() + "/organizations/" + org.id.str());
}

Response get_organization(const CatalogDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto o = x.access.organization(req, d, Need::read);
    return entity(200, x.catalog.organization(d.id, o));
}

Response patch_organization(const CatalogDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    const auto& a = Access::actor(req);
    bool org_bound = a.role == domain::Role::org_curator || a.role == domain::Role::org_system;
    auto o = x.access.organization(req, d, org_bound ? Need::read : Need::write);  // another one: 404
    if (a.role == domain::Role::org_system)
        throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                            "School systems write monitoring data and records, not the organisation itself.");
    auto patch = read_organization_patch(json_body(req), a.role == domain::Role::org_curator);
    return entity(200, x.catalog.update_organization(d.id, o, require_if_match(req), std::move(patch)));
}

Response archive_organization(const CatalogDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);
    auto o = x.access.organization(req, d, Need::write);
    auto v = optional_if_match(req).value_or(domain::ExpectedVersion{});
    return entity(200, x.catalog.archive_organization(d.id, o, v));
}

}  // namespace

void add_organizations(Router& r, const CatalogDeps& x) {
    r.add("GET", kOrganizations, bind(x, list_organizations));
    r.add("POST", kOrganizations, bind(x, create_organization));
    r.add("GET", kOrganizations + "/{o}", bind(x, get_organization));
    r.add("PATCH", kOrganizations + "/{o}", bind(x, patch_organization));
    r.add("DELETE", kOrganizations + "/{o}", bind(x, archive_organization));
}

}  // namespace api::routes
