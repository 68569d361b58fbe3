// People: /districts/{d}/users[/{u}] (the district's administrators manage them) and
// /regions/{r}/users[/{u}] (a region's analysts; system administrators manage them).
#include "api/routes/identity_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

constexpr const char* kRoles = "system_admin, region_analyst, district_coordinator, district_viewer, org_curator";

Response user_entity(int status, const domain::User& u) {
    return Response::json(status, user_json(u)).with_header("ETag", etag(u.version));
}

// The user named by {u}, which must belong to the district (or region) in the path.
domain::User scoped_user(domain::IdentityService& identity, const Request& req,
                         const std::optional<domain::DistrictId>& district_id,
                         const std::optional<domain::RegionId>& region_id) {
    auto id = id_param<domain::UserId>(req, "u", "The user");
    auto u = identity.user(Access::actor(req), id);
    if ((district_id && u.district_id != district_id) || (region_id && u.region_id != region_id))
        throw domain::not_found("The user");
    return u;
}

domain::UserPatch read_user_patch(const Request& req, bool may_change_role) {
    auto body = json_body(req);
    FieldReader f(body, may_change_role
                            ? std::initializer_list<const char*>{"id", "login", "version", "created_at", "updated_at",
                                                                "district_id", "region_id"}
                            : std::initializer_list<const char*>{"id", "login", "version", "created_at", "updated_at",
                                                                "district_id", "region_id", "role", "organization_id"});
    domain::UserPatch patch;
    patch.full_name = f.text("full_name", false);
    patch.password = f.text("password", false);
    if (auto status = f.text("status", false)) {
        patch.status = domain::parse_user_status(*status);
        if (!patch.status) f.fail("status", "must be active or disabled");
    }
    if (may_change_role) {
        patch.role = f.choice("role", false, domain::parse_role, kRoles);
        if (auto org = f.nullable_text("organization_id"))  // checked to be a UUID by the domain
            patch.organization_id = *org ? std::optional(domain::OrganizationId{**org}) : std::nullopt;
    }
    f.finish();
    return patch;
}

domain::NewUser read_new_user(const Request& req, bool district_roles) {
    auto body = json_body(req);
    FieldReader f(body, {"id", "version", "created_at", "updated_at", "district_id", "region_id", "status"});
    domain::NewUser in;
    in.login = f.text("login", true).value_or("");
    in.password = f.text("password", true).value_or("");
    in.full_name = f.text("full_name", true).value_or("");
    in.role = f.choice("role", true, domain::parse_role, kRoles).value_or(domain::Role::district_viewer);
    if (district_roles)  // checked to be a UUID by the domain
        if (auto org = f.text("organization_id", false)) in.organization_id = domain::OrganizationId{*org};
    f.finish();
    return in;
}

// A district's users are coordinators, viewers or curators of its own organisations.
void check_district_role(const std::optional<domain::Role>& role) {
    if (role == domain::Role::system_admin || role == domain::Role::region_analyst)
        throw domain::validation_error({{"/role", "a district's users are coordinators, viewers or curators"}});
}
void check_district_org(domain::CatalogService& catalog, const domain::DistrictId& d,
                        const std::optional<domain::OrganizationId>& org) {
    if (org && domain::is_uuid(org->str()) && !catalog.find_organization(d, *org))
        throw domain::validation_error({{"/organization_id", "no such organization in this district"}});
}

// A patch of a district's user `u`: its role, and an organisation for curators only.
void check_district_patch(domain::CatalogService& catalog, const domain::DistrictId& d, const domain::User& u,
                          const domain::UserPatch& patch) {
    check_district_role(patch.role);
    if (patch.organization_id) check_district_org(catalog, d, *patch.organization_id);
    bool curator = patch.role ? *patch.role == domain::Role::org_curator : u.role == domain::Role::org_curator;
    bool has_org = patch.organization_id ? patch.organization_id->has_value() : u.organization_id.has_value();
    if (curator != has_org)
        throw domain::validation_error({{"/organization_id", curator ? "a curator needs an organization"
                                                                     : "only curators belong to an organization"}});
}

// ---- a district's people
Response list_district_users(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto page = x.identity.users_of_district(d.id, page_request(req));
    return page_response(req, json_items(page.items, user_json), page.next_cursor);
}
Response create_district_user(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto in = read_new_user(req, true);
    in.district_id = d.id;
    check_district_org(x.catalog, d.id, in.organization_id);
    check_district_role(in.role);
    auto u = x.identity.create_user(Access::actor(req), std::move(in));
    return user_entity(201, u).with_header("Location", "/api/v1/districts/" + d.id.str() + "/users/" + u.id.str());
}
Response get_district_user(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    return user_entity(200, scoped_user(x.identity, req, d.id, std::nullopt));
}
Response patch_district_user(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto u = scoped_user(x.identity, req, d.id, std::nullopt);
    auto patch = read_user_patch(req, true);
    check_district_patch(x.catalog, d.id, u, patch);
    return user_entity(200, x.identity.update_user(Access::actor(req), u.id, require_if_match(req), std::move(patch)));
}
Response disable_district_user(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto u = scoped_user(x.identity, req, d.id, std::nullopt);
    return user_entity(200, x.identity.disable_user(Access::actor(req), u.id));
}

// ---- a region's analysts: the region named by {r}, for system administrators only
domain::RegionId admin_region(const Request& req) {
    domain::check_system_admin(Access::actor(req));
    return id_param<domain::RegionId>(req, "r", "The region");
}
Response list_region_users(const IdentityDeps& x, Request& req) {
    auto region = admin_region(req);
    x.catalog.region(region);
    auto page = x.identity.users_of_region(region, page_request(req));
    return page_response(req, json_items(page.items, user_json), page.next_cursor);
}
Response create_region_user(const IdentityDeps& x, Request& req) {
    auto region = admin_region(req);
    x.catalog.region(region);
    auto in = read_new_user(req, false);
    if (in.role != domain::Role::region_analyst)
        throw domain::validation_error({{"/role", "a region's users are region analysts"}});
    in.region_id = region;
    auto u = x.identity.create_user(Access::actor(req), std::move(in));
    return user_entity(201, u).with_header("Location", "/api/v1/regions/" + region.str() + "/users/" + u.id.str());
}
Response get_region_user(const IdentityDeps& x, Request& req) {
    auto region = admin_region(req);
    return user_entity(200, scoped_user(x.identity, req, std::nullopt, region));
}
Response patch_region_user(const IdentityDeps& x, Request& req) {
    auto region = admin_region(req);
    auto u = scoped_user(x.identity, req, std::nullopt, region);
    auto patch = read_user_patch(req, false);
    return user_entity(200, x.identity.update_user(Access::actor(req), u.id, require_if_match(req), std::move(patch)));
}
Response disable_region_user(const IdentityDeps& x, Request& req) {
    auto region = admin_region(req);
    auto u = scoped_user(x.identity, req, std::nullopt, region);
    return user_entity(200, x.identity.disable_user(Access::actor(req), u.id));
}

}  // namespace

void add_users(Router& r, const IdentityDeps& x) {
    const std::string district = "/api/v1/districts/{d}/users", region = "/api/v1/regions/{r}/users";
    r.add("GET", district, bind(x, list_district_users));
    r.add("POST", district, bind(x, create_district_user));
    r.add("GET", district + "/{u}", bind(x, get_district_user));
    r.add("PATCH", district + "/{u}", bind(x, patch_district_user));
    r.add("DELETE", district + "/{u}", bind(x, disable_district_user));
    r.add("GET", region, bind(x, list_region_users));
    r.add("POST", region, bind(x, create_region_user));
    r.add("GET", region + "/{u}", bind(x, get_region_user));
    r.add("PATCH", region + "/{u}", bind(x, patch_region_user));
    r.add("DELETE", region + "/{u}", bind(x, disable_region_user));
}

}  // namespace api::routes
