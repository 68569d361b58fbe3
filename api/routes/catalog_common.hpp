#pragma once
// What the catalog routes share: their dependencies and the entity answers.
#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/access.hpp"
#include "api/json/catalog_json.hpp"
#include "api/http/http.hpp"
#include "api/json/json_io.hpp"
#include "api/routes/route.hpp"
#include "domain/catalog.hpp"

namespace api::routes {

struct CatalogDeps {
    domain::CatalogService& catalog;
    Access& access;
};

void add_regions(Router& r, const CatalogDeps& x);        // routes/regions.cpp
void add_districts(Router& r, const CatalogDeps& x);      // routes/districts.cpp
void add_organizations(Router& r, const CatalogDeps& x);  // routes/organizations.cpp

// The fields the server keeps: named as read-only when sent.
constexpr std::initializer_list<const char*> kServerFields = {"id", "version", "created_at", "updated_at"};

template <class T>
Response entity(int status, const T& value) {
    return Response::json(status, to_json(value)).with_header("ETag", etag(value.version));
}
template <class T>
Response created(const T& value, const std::string& location) {
    return entity(201, value).with_header("Location", location);
}
template <class T>
nlohmann::json items(const std::vector<T>& v) {
    nlohmann::json out = nlohmann::json::array();
    for (auto& x : v) out.push_back(to_json(x));
    return out;
}

}  // namespace api::routes
