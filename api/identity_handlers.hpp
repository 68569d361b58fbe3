#pragma once
#include "api/access.hpp"
#include "api/http.hpp"
#include "domain/identity.hpp"

namespace api {

// /auth/login, /auth/logout, /me, users of districts and regions, API keys, the audit log.
void add_identity_routes(Router& router, domain::IdentityService& identity, domain::CatalogService& catalog,
                         Access& access);

nlohmann::json user_json(const domain::User& u);

}  // namespace api
