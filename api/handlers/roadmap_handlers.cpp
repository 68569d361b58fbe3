#include "api/handlers/roadmap_handlers.hpp"

#include "api/routes/roadmap_common.hpp"

namespace api {

// Each resource's routes live in its own file under api/routes/.
void add_roadmap_routes(Router& r, domain::RoadmapService& roadmaps, domain::CatalogService& catalog, Access& access) {
    const routes::RoadmapDeps x{roadmaps, catalog, access};
    routes::add_roadmaps(r, x);
    routes::add_roadmap_import(r, x);
    routes::add_roadmap_workflow(r, x);
    routes::add_roadmap_sections(r, x);
    routes::add_roadmap_items(r, x);
    routes::add_roadmap_templates(r);
}

}  // namespace api
