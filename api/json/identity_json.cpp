#include "api/json/identity_json.hpp"

namespace api {

using nlohmann::json;

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

json user_json(const domain::User& u) {
    return {{"id", u.id},
            {"login", u.login},
            {"full_name", u.full_name},
            {"role", domain::to_string(u.role)},
            {"region_id", u.region_id},
            {"district_id", u.district_id},
            {"organization_id", u.organization_id},
            {"status", domain::to_string(u.status)},
            {"version", u.version},
            {"created_at", u.created_at},
            {"updated_at", u.updated_at}};
}

json actor_json(const domain::Actor& a) {
    return {{"kind", a.kind == domain::Actor::Kind::user ? "user" : "api_key"},
            {"id", a.id},
            {"role", domain::to_string(a.role)},
            {"region_id", a.region_id},
            {"district_id", a.district_id},
            {"organization_id", a.organization_id},
            {"scopes", a.scopes}};
}

json key_json(const domain::ApiKey& k) {
    return {{"id", k.id},
            {"district_id", k.district_id},
            {"organization_id", k.organization_id},
            {"name", k.name},
            {"prefix", k.prefix},
            {"scopes", k.scopes},
            {"expires_at", k.expires_at},
            {"last_used_at", k.last_used_at},
            {"revoked_at", k.revoked_at},
            {"created_at", k.created_at}};
}

json audit_json(const domain::AuditEntry& e) {
    return {{"id", e.id},
            {"at", e.at},
            {"actor", {{"kind", e.actor_kind}, {"id", opt(e.actor_id)}}},
            {"request_id", opt(e.request_id)},
            {"action", e.action},
            {"resource", e.resource},
            {"resource_id", opt(e.resource_id)},
            {"before", json::parse(e.before_json)},
            {"after", json::parse(e.after_json)}};
}

}  // namespace api
