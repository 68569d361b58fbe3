// /districts[/{d}]: the system administrator creates them; others see their own.
#include "api/http/query.hpp"
#include "api/routes/catalog_common.hpp"

namespace api::routes {
namespace {

using domain::Need;

Response list_districts(const CatalogDeps& x, Request& req) {
    const auto& a = Access::actor(req);
    domain::DistrictQuery q;
    q.page = page_request(req);
    q.region_id = query_id<domain::RegionId>(req, "region_id");
    if (a.district_id)  // district-bound callers see their own district only
        return page_response(req, items(std::vector<domain::District>{x.catalog.district(*a.district_id)}), std::nullopt);
    if (a.role == domain::Role::region_analyst) {
        if (q.region_id && q.region_id != a.region_id) throw domain::not_found("The region");
        q.region_id = a.region_id;
    }
    auto page = x.catalog.districts(q);
    return page_response(req, items(page.items), page.next_cursor);
}

Response create_district(const CatalogDeps& x, Request& req) {
    domain::check_system_admin(Access::actor(req));
    auto body = json_body(req);
    FieldReader f(body, kServerFields);
    domain::DistrictInput in{domain::RegionId{f.text("region_id", true).value_or("")}, f.text("name", true).value_or(""),
                             f.text("code", true).value_or("")};
    f.finish();
    auto district = x.catalog.create_district(std::move(in));
    return created(district, "/api/v1/districts/" + district.id.str());
}

Response get_district(const CatalogDeps& x, Request& req) {
    return entity(200, x.catalog.district(x.access.district(req, Need::read).id));
}

Response patch_district(const CatalogDeps& x, Request& req) {
    auto id = x.access.district(req, Need::write).id;
    auto body = json_body(req);
    FieldReader f(body, {"id", "version", "created_at", "updated_at", "region_id"});
    domain::DistrictPatch patch{f.text("name", false), f.text("code", false)};
    f.finish();
    return entity(200, x.catalog.update_district(id, require_if_match(req), std::move(patch)));
}

}  // namespace

void add_districts(Router& r, const CatalogDeps& x) {
    r.add("GET", "/api/v1/districts", bind(x, list_districts));
    r.add("POST", "/api/v1/districts", bind(x, create_district));
    r.add("GET", "/api/v1/districts/{d}", bind(x, get_district));
    r.add("PATCH", "/api/v1/districts/{d}", bind(x, patch_district));
}

}  // namespace api::routes
