#pragma once
#include "api/http.hpp"
#include "domain/catalog.hpp"

namespace api {

// /api/v1/regions, /api/v1/districts, /api/v1/districts/{d}/organizations
void add_catalog_routes(Router& router, domain::CatalogService& catalog);

// The district this request may act in, checked against the caller's credential: a
// district the caller may not see answers 404 exactly like one that does not exist.
std::string district_scope(const Request& req, domain::CatalogService& catalog);

}  // namespace api
