#pragma once
// Users, API keys and audit entries in JSON.
#include <nlohmann/json.hpp>

#include "api/json/ids_json.hpp"

#include "domain/identity.hpp"

namespace api {

nlohmann::json user_json(const domain::User& u);
// The caller as GET /me shows it (without its user).
nlohmann::json actor_json(const domain::Actor& a);
nlohmann::json key_json(const domain::ApiKey& k);
nlohmann::json audit_json(const domain::AuditEntry& e);

}  // namespace api
