#pragma once
#include "api/access.hpp"
#include "api/http/http.hpp"
#include "domain/catalog.hpp"

namespace api {

// /api/v1/regions, /api/v1/districts, /api/v1/districts/{d}/organizations
void add_catalog_routes(Router& router, domain::CatalogService& catalog, Access& access);

}  // namespace api
