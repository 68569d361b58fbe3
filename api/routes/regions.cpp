// /regions[/{r}]: the system administrator's; an analyst reads its own region.
#include "api/routes/catalog_common.hpp"

namespace api::routes {
namespace {

using domain::Need;

Response list_regions(const CatalogDeps& x, Request& req) {
    const auto& a = Access::actor(req);
    if (a.role == domain::Role::region_analyst) {  // an analyst's list is its own region
        auto region = x.catalog.region(*a.region_id);
        return page_response(req, items(std::vector<domain::Region>{region}), std::nullopt);
    }
    domain::check_system_admin(a);
    auto page = x.catalog.regions(page_request(req));
    return page_response(req, items(page.items), page.next_cursor);
}

Response create_region(const CatalogDeps& x, Request& req) {
    domain::check_system_admin(Access::actor(req));
    auto body = json_body(req);
    FieldReader f(body, kServerFields);
    domain::RegionInput in{f.text("name", true).value_or(""), f.text("code", true).value_or("")};
    f.finish();
    auto region = x.catalog.create_region(std::move(in));
    return created(region, "/api/v1/regions/" + region.id.str());
}

Response get_region(const CatalogDeps& x, Request& req) {
    auto id = id_param<domain::RegionId>(req, "r", "The region");
    domain::check_region(Access::actor(req), id, Need::read);
    return entity(200, x.catalog.region(id));
}

Response patch_region(const CatalogDeps& x, Request& req) {
    auto id = id_param<domain::RegionId>(req, "r", "The region");
    domain::check_region(Access::actor(req), id, Need::write);
    auto body = json_body(req);
    FieldReader f(body, kServerFields);
    domain::RegionPatch patch{f.text("name", false), f.text("code", false)};
    f.finish();
    return entity(200, x.catalog.update_region(id, require_if_match(req), std::move(patch)));
}

}  // namespace

void add_regions(Router& r, const CatalogDeps& x) {
    r.add("GET", "/api/v1/regions", bind(x, list_regions));
    r.add("POST", "/api/v1/regions", bind(x, create_region));
    r.add("GET", "/api/v1/regions/{r}", bind(x, get_region));
    r.add("PATCH", "/api/v1/regions/{r}", bind(x, patch_region));
}

}  // namespace api::routes
