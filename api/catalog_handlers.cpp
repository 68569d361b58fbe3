#include "api/catalog_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/json_io.hpp"
#include "domain/validation.hpp"

namespace api {
namespace {

using nlohmann::json;

json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

json to_json(const domain::Region& r) {
    return {{"id", r.id}, {"name", r.name}, {"code", r.code}, {"version", r.version},
            {"created_at", r.created_at}, {"updated_at", r.updated_at}};
}
json to_json(const domain::District& d) {
    return {{"id", d.id},           {"region_id", d.region_id},   {"name", d.name},
            {"code", d.code},       {"version", d.version},       {"created_at", d.created_at},
            {"updated_at", d.updated_at}};
}
json to_json(const domain::Organization& o) {
    return {{"id", o.id},
            {"district_id", o.district_id},
            {"name", o.name},
            {"short_name", opt(o.short_name)},
            {"type", domain::to_string(o.type)},
            {"address", opt(o.address)},
            {"status", domain::to_string(o.status)},
            {"external_code", opt(o.external_code)},
            {"version", o.version},
            {"created_at", o.created_at},
            {"updated_at", o.updated_at}};
}

template <class T>
Response entity(int status, const T& value) {
    return Response::json(status, to_json(value)).with_header("ETag", etag(value.version));
}
template <class T>
Response created(const T& value, const std::string& location) {
    return entity(201, value).with_header("Location", location);
}
template <class T>
json items(const std::vector<T>& v) {
    json out = json::array();
    for (auto& x : v) out.push_back(to_json(x));
    return out;
}

constexpr const char* kOrgTypes = "school, kindergarten, college, additional_education, methodical_center";
constexpr const char* kOrgStatuses = "active, closed";
constexpr std::initializer_list<const char*> kServerFields = {"id", "version", "created_at", "updated_at"};

}  // namespace

void add_catalog_routes(Router& r, domain::CatalogService& catalog, Access& access) {
    using domain::Need;
    // ---- regions
    r.add("GET", "/api/v1/regions", [&](Request& req) {
        const auto& a = Access::actor(req);
        if (a.role == domain::Role::region_analyst) {  // an analyst's list is its own region
            auto region = catalog.region(*a.region_id);
            return page_response(req, items(std::vector<domain::Region>{region}), std::nullopt);
        }
        domain::check_system_admin(a);
        auto page = catalog.regions(page_request(req));
        return page_response(req, items(page.items), page.next_cursor);
    });
    r.add("POST", "/api/v1/regions", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        auto body = json_body(req);
        FieldReader f(body, kServerFields);
        domain::RegionInput in{f.text("name", true).value_or(""), f.text("code", true).value_or("")};
        f.finish();
        auto region = catalog.create_region(std::move(in));
        return created(region, "/api/v1/regions/" + region.id);
    });
    r.add("GET", "/api/v1/regions/{r}", [&](Request& req) {
        const auto& id = uuid_param(req, "r", "The region");
        domain::check_region(Access::actor(req), id, Need::read);
        return entity(200, catalog.region(id));
    });
    r.add("PATCH", "/api/v1/regions/{r}", [&](Request& req) {
        const auto& id = uuid_param(req, "r", "The region");
        domain::check_region(Access::actor(req), id, Need::write);
        auto body = json_body(req);
        FieldReader f(body, kServerFields);
        domain::RegionPatch patch{f.text("name", false), f.text("code", false)};
        f.finish();
        return entity(200, catalog.update_region(id, require_if_match(req), std::move(patch)));
    });

    // ---- districts
    r.add("GET", "/api/v1/districts", [&](Request& req) {
        const auto& a = Access::actor(req);
        domain::DistrictQuery q;
        q.page = page_request(req);
        if (auto region = req.query_param("region_id")) {
            if (!domain::is_uuid(*region))
                throw domain::bad_request("bad-query", "Query parameter 'region_id' must be a UUID.");
            q.region_id = *region;
        }
        if (a.district_id) {  // district-bound callers see their own district only
            return page_response(req, items(std::vector<domain::District>{catalog.district(*a.district_id)}),
                                 std::nullopt);
        }
        if (a.role == domain::Role::region_analyst) {
            if (q.region_id && q.region_id != a.region_id) throw domain::not_found("The region");
            q.region_id = a.region_id;
        }
        auto page = catalog.districts(q);
        return page_response(req, items(page.items), page.next_cursor);
    });
    r.add("POST", "/api/v1/districts", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        auto body = json_body(req);
        FieldReader f(body, kServerFields);
        domain::DistrictInput in{f.text("region_id", true).value_or(""), f.text("name", true).value_or(""),
                                 f.text("code", true).value_or("")};
        f.finish();
        auto district = catalog.create_district(std::move(in));
        return created(district, "/api/v1/districts/" + district.id);
    });
    r.add("GET", "/api/v1/districts/{d}", [&](Request& req) {
        return entity(200, catalog.district(access.district(req, Need::read).id));
    });
    r.add("PATCH", "/api/v1/districts/{d}", [&](Request& req) {
        auto id = access.district(req, Need::write).id;
        auto body = json_body(req);
        FieldReader f(body, {"id", "version", "created_at", "updated_at", "region_id"});
        domain::DistrictPatch patch{f.text("name", false), f.text("code", false)};
        f.finish();
        return entity(200, catalog.update_district(id, require_if_match(req), std::move(patch)));
    });

    // ---- organizations
    r.add("GET", "/api/v1/districts/{d}/organizations", [&](Request& req) {
        auto ref = access.district(req, Need::read);
        const auto& a = Access::actor(req);
        auto d = ref.id;
        domain::OrganizationQuery q;
        if (a.organization_id) q.only_id = a.organization_id;
        q.page = page_request(req);
        q.type = query_choice(req, "type", domain::parse_organization_type, kOrgTypes);
        q.status = query_choice(req, "status", domain::parse_organization_status, kOrgStatuses);
        if (auto text = req.query_param("q"); text && !text->empty()) {
            if (text->size() > 200) throw domain::bad_request("bad-query", "Query parameter 'q' is too long.");
            q.q = *text;
        }
        auto page = catalog.organizations(d, q);
        return page_response(req, items(page.items), page.next_cursor);
    });
    r.add("POST", "/api/v1/districts/{d}/organizations", [&](Request& req) {
        auto d = access.district(req, Need::write).id;
        auto body = json_body(req);
        FieldReader f(body, {"id", "version", "created_at", "updated_at", "district_id", "status"});
        domain::OrganizationInput in;
        in.name = f.text("name", true).value_or("");
        in.short_name = f.text("short_name", false);
        in.address = f.text("address", false);
        in.external_code = f.text("external_code", false);
        in.type = f.choice("type", true, domain::parse_organization_type, kOrgTypes)
                      .value_or(domain::OrganizationType::school);
        f.finish();
        auto org = catalog.create_organization(d, std::move(in));
        return created(org, "/api/v1/districts/" + d + "/organizations/" + org.id);
    });
    r.add("GET", "/api/v1/districts/{d}/organizations/{o}", [&](Request& req) {
        auto d = access.district(req, Need::read);
        auto o = access.organization(req, d, Need::read);
        return entity(200, catalog.organization(d.id, o));
    });
    r.add("PATCH", "/api/v1/districts/{d}/organizations/{o}", [&](Request& req) {
        auto ref = access.district(req, Need::read);
        const auto& a = Access::actor(req);
        bool org_bound = a.role == domain::Role::org_curator || a.role == domain::Role::org_system;
        auto o = access.organization(req, ref, org_bound ? Need::read : Need::write);  // another one: 404
        if (a.role == domain::Role::org_system)
            throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                                "School systems write monitoring data and records, not the organisation itself.");
        auto d = ref.id;
        auto body = json_body(req);
        // A curator keeps the organisation's own description; its type, status and
        // code belong to the district.
        bool curator = a.role == domain::Role::org_curator;
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
        return entity(200, catalog.update_organization(d, o, require_if_match(req), std::move(patch)));
    });
    r.add("DELETE", "/api/v1/districts/{d}/organizations/{o}", [&](Request& req) {
        auto ref = access.district(req, Need::write);
        auto o = access.organization(req, ref, Need::write);
        auto d = ref.id;
        domain::ExpectedVersion v;
        if (req.header("if-match")) v = require_if_match(req);
        return entity(200, catalog.archive_organization(d, o, v));
    });
}

}  // namespace api
