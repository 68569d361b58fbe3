#include "api/handlers/catalog_handlers.hpp"

#include "api/routes/catalog_common.hpp"

namespace api {

// Each resource's routes live in its own file under api/routes/.
void add_catalog_routes(Router& r, domain::CatalogService& catalog, Access& access) {
    const routes::CatalogDeps x{catalog, access};
    routes::add_regions(r, x);
    routes::add_districts(r, x);
    routes::add_organizations(r, x);
}

}  // namespace api
