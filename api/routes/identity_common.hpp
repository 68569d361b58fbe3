#pragma once
// What the identity routes share: their dependencies and list helpers.
#include <vector>

#include <nlohmann/json.hpp>

#include "api/access.hpp"
#include "api/http/http.hpp"
#include "api/http/http_server.hpp"
#include "api/json/identity_json.hpp"
#include "api/json/json_io.hpp"
#include "api/routes/route.hpp"
#include "domain/catalog.hpp"
#include "domain/identity.hpp"

namespace api::routes {

struct IdentityDeps {
    domain::IdentityService& identity;
    domain::CatalogService& catalog;
    Access& access;
    const ServerOptions& server;  // the public scheme and allowed origins for cookie sessions
};

void add_sessions(Router& r, const IdentityDeps& x);   // routes/sessions.cpp
void add_users(Router& r, const IdentityDeps& x);      // routes/users.cpp
void add_api_keys(Router& r, const IdentityDeps& x);   // routes/api_keys.cpp
void add_audit_log(Router& r, const IdentityDeps& x);  // routes/audit_log.cpp

// Each of `v` through `f`, as a JSON array.
template <class T, class F>
nlohmann::json json_items(const std::vector<T>& v, F f) {
    nlohmann::json out = nlohmann::json::array();
    for (auto& x : v) out.push_back(f(x));
    return out;
}

}  // namespace api::routes
