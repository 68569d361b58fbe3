#pragma once
#include "api/access.hpp"
#include "api/http/http.hpp"
#include "api/http/http_server.hpp"
#include "api/json/identity_json.hpp"  // user_json
#include "domain/identity.hpp"

namespace api {

// /auth/login, /auth/logout, /me, users of districts and regions, API keys, the audit log.
// `server`: the public scheme and allowed origins for browsers' cookie sessions.
void add_identity_routes(Router& router, domain::IdentityService& identity, domain::CatalogService& catalog,
                         Access& access, const ServerOptions& server);

}  // namespace api
