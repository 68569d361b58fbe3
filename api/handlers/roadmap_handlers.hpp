#pragma once
#include "api/access.hpp"
#include "api/http/http.hpp"
#include "domain/roadmap_service.hpp"

namespace api {

// Roadmaps, their sections and items, progress, the workflow, import, templates, and
// the deadline parser.
void add_roadmap_routes(Router& router, domain::RoadmapService& roadmaps, domain::CatalogService& catalog,
                        Access& access);

}  // namespace api
