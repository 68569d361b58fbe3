#include "api/identity_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/browser.hpp"
#include "api/json_io.hpp"
#include "domain/date.hpp"
#include "domain/validation.hpp"

namespace api {

using nlohmann::json;
using domain::Need;

namespace {

json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }

// The "session" of a sign-in: true for "cookie", false for "token" (the default).
std::optional<bool> parse_session_kind(std::string_view s) {
    if (s == "cookie") return true;
    if (s == "token") return false;
    return std::nullopt;
}

json key_json(const domain::ApiKey& k) {
    return {{"id", k.id},
            {"district_id", k.district_id},
            {"organization_id", k.organization_id},
            {"name", k.name},
            {"prefix", k.prefix},
            {"scopes", k.scopes},
            {"expires_at", opt(k.expires_at)},
            {"last_used_at", opt(k.last_used_at)},
            {"revoked_at", opt(k.revoked_at)},
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

template <class T, class F>
json items(const std::vector<T>& v, F f) {
    json out = json::array();
    for (auto& x : v) out.push_back(f(x));
    return out;
}

Response user_entity(int status, const domain::User& u) {
    return Response::json(status, user_json(u)).with_header("ETag", etag(u.version));
}

constexpr const char* kRoles =
    "system_admin, region_analyst, district_coordinator, district_viewer, org_curator";

// The user named by {u}, which must belong to the district (or region) in the path.
domain::User scoped_user(domain::IdentityService& identity, const Request& req,
                         const std::optional<std::string>& district_id, const std::optional<std::string>& region_id) {
    const auto& id = uuid_param(req, "u", "The user");
    auto u = identity.user(Access::actor(req), id);
    if ((district_id && u.district_id != district_id) || (region_id && u.region_id != region_id))
        throw domain::not_found("The user");
    return u;
}

domain::UserPatch read_user_patch(const Request& req, bool may_change_role) {
    auto body = json_body(req);
    FieldReader f(body, may_change_role
                            ? std::initializer_list<const char*>{"id", "login", "version", "created_at", "updated_at",
                                                                "district_id", "region_id"}
                            : std::initializer_list<const char*>{"id", "login", "version", "created_at", "updated_at",
                                                                "district_id", "region_id", "role", "organization_id"});
    domain::UserPatch patch;
    patch.full_name = f.text("full_name", false);
    patch.password = f.text("password", false);
    patch.status = f.text("status", false);
    if (may_change_role) {
        patch.role = f.choice("role", false, domain::parse_role, kRoles);
        patch.organization_id = f.nullable_text("organization_id");
    }
    f.finish();
    return patch;
}

domain::NewUser read_new_user(const Request& req, bool district_roles) {
    auto body = json_body(req);
    FieldReader f(body, {"id", "version", "created_at", "updated_at", "district_id", "region_id", "status"});
    domain::NewUser in;
    in.login = f.text("login", true).value_or("");
    in.password = f.text("password", true).value_or("");
    in.full_name = f.text("full_name", true).value_or("");
    in.role = f.choice("role", true, domain::parse_role, kRoles).value_or(domain::Role::district_viewer);
    if (district_roles) in.organization_id = f.text("organization_id", false);
    f.finish();
    return in;
}

}  // namespace

json user_json(const domain::User& u) {
    return {{"id", u.id},
            {"login", u.login},
            {"full_name", u.full_name},
            {"role", domain::to_string(u.role)},
            {"region_id", opt(u.region_id)},
            {"district_id", opt(u.district_id)},
            {"organization_id", opt(u.organization_id)},
            {"status", u.status},
            {"version", u.version},
            {"created_at", u.created_at},
            {"updated_at", u.updated_at}};
}

void add_identity_routes(Router& r, domain::IdentityService& identity, domain::CatalogService& catalog,
                         Access& access, const ServerOptions& server) {
    // ---- signing in
    r.add_public("POST", "/api/v1/auth/login", [&](Request& req) {
        auto body = json_body(req);
        FieldReader f(body);
        auto login = f.text("login", true).value_or("");
        auto password = f.text("password", true).value_or("");
        // "cookie": a browser's sign-in; the token goes into an HttpOnly cookie, never the body.
        auto cookie = f.choice("session", false, parse_session_kind, "token, cookie").value_or(false);
        f.finish();
        // A cookie sign-in only from this site's pages (no signing a victim in from elsewhere).
        if (cookie) check_cookie_write_origin(req, server.public_scheme, server.cors_origins);
        auto result = identity.login(login, password, req.client_ip);
        json out = {{"expires_at", result.expires_at},
                    {"idle_timeout_seconds", domain::IdentityService::idle_timeout.count()},
                    {"user", user_json(result.user)}};
        if (cookie) {
            out["session"] = "cookie";
            return Response::json(200, out)
                .with_header("Set-Cookie", session_cookie_header(result.token, server.public_scheme == "https"))
                .with_header("Cache-Control", "no-store");
        }
        out["token"] = result.token;
        out["token_type"] = "Bearer";
        return Response::json(200, out).with_header("Cache-Control", "no-store");
    });
    r.add("POST", "/api/v1/auth/logout", [&](Request& req) {
        identity.logout(Access::actor(req));
        auto res = Response::no_content();
        if (session_cookie(req)) res.with_header("Set-Cookie", clear_session_cookie_header(server.public_scheme == "https"));
        return res;
    });
    r.add("GET", "/api/v1/me", [&](Request& req) {
        const auto& a = Access::actor(req);
        json out = {{"kind", a.kind == domain::Actor::Kind::user ? "user" : "api_key"},
                    {"id", a.id},
                    {"role", domain::to_string(a.role)},
                    {"region_id", opt(a.region_id)},
                    {"district_id", opt(a.district_id)},
                    {"organization_id", opt(a.organization_id)},
                    {"scopes", a.scopes}};
        if (a.kind == domain::Actor::Kind::user) out["user"] = user_json(identity.user(a, a.id));
        return Response::json(200, out);
    });

    // ---- a district's people
    r.add("GET", "/api/v1/districts/{d}/users", [&](Request& req) {
        auto d = access.district_admin(req);
        auto page = identity.users_of_district(d.id, page_request(req));
        return page_response(req, items(page.items, user_json), page.next_cursor);
    });
    r.add("POST", "/api/v1/districts/{d}/users", [&](Request& req) {
        auto d = access.district_admin(req);
        auto in = read_new_user(req, true);
        in.district_id = d.id;
        if (in.organization_id && domain::is_uuid(*in.organization_id) &&
            !catalog.find_organization(d.id, *in.organization_id))
            throw domain::validation_error({{"/organization_id", "no such organization in this district"}});
        if (in.role == domain::Role::system_admin || in.role == domain::Role::region_analyst)
            throw domain::validation_error({{"/role", "a district's users are coordinators, viewers or curators"}});
        auto u = identity.create_user(Access::actor(req), std::move(in));
        return user_entity(201, u).with_header("Location", "/api/v1/districts/" + d.id + "/users/" + u.id);
    });
    r.add("GET", "/api/v1/districts/{d}/users/{u}", [&](Request& req) {
        auto d = access.district_admin(req);
        return user_entity(200, scoped_user(identity, req, d.id, std::nullopt));
    });
    r.add("PATCH", "/api/v1/districts/{d}/users/{u}", [&](Request& req) {
        auto d = access.district_admin(req);
        auto u = scoped_user(identity, req, d.id, std::nullopt);
        auto patch = read_user_patch(req, true);
        if (patch.role == domain::Role::system_admin || patch.role == domain::Role::region_analyst)
            throw domain::validation_error({{"/role", "a district's users are coordinators, viewers or curators"}});
        if (patch.organization_id && *patch.organization_id && domain::is_uuid(**patch.organization_id) &&
            !catalog.find_organization(d.id, **patch.organization_id))
            throw domain::validation_error({{"/organization_id", "no such organization in this district"}});
        bool curator = patch.role ? *patch.role == domain::Role::org_curator : u.role == domain::Role::org_curator;
        bool has_org = patch.organization_id ? patch.organization_id->has_value() : u.organization_id.has_value();
        if (curator != has_org)
            throw domain::validation_error({{"/organization_id", curator ? "a curator needs an organization"
                                                                         : "only curators belong to an organization"}});
        return user_entity(200, identity.update_user(Access::actor(req), u.id, require_if_match(req), std::move(patch)));
    });
    r.add("DELETE", "/api/v1/districts/{d}/users/{u}", [&](Request& req) {
        auto d = access.district_admin(req);
        auto u = scoped_user(identity, req, d.id, std::nullopt);
        return user_entity(200, identity.disable_user(Access::actor(req), u.id));
    });

    // ---- a region's analysts (system administrators manage them)
    r.add("GET", "/api/v1/regions/{r}/users", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        const auto& region = uuid_param(req, "r", "The region");
        catalog.region(region);
        auto page = identity.users_of_region(region, page_request(req));
        return page_response(req, items(page.items, user_json), page.next_cursor);
    });
    r.add("POST", "/api/v1/regions/{r}/users", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        const auto& region = uuid_param(req, "r", "The region");
        catalog.region(region);
        auto in = read_new_user(req, false);
        if (in.role != domain::Role::region_analyst)
            throw domain::validation_error({{"/role", "a region's users are region analysts"}});
        in.region_id = region;
        auto u = identity.create_user(Access::actor(req), std::move(in));
        return user_entity(201, u).with_header("Location", "/api/v1/regions/" + region + "/users/" + u.id);
    });
    r.add("GET", "/api/v1/regions/{r}/users/{u}", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        const auto& region = uuid_param(req, "r", "The region");
        return user_entity(200, scoped_user(identity, req, std::nullopt, region));
    });
    r.add("PATCH", "/api/v1/regions/{r}/users/{u}", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        const auto& region = uuid_param(req, "r", "The region");
        auto u = scoped_user(identity, req, std::nullopt, region);
        auto patch = read_user_patch(req, false);
        return user_entity(200, identity.update_user(Access::actor(req), u.id, require_if_match(req), std::move(patch)));
    });
    r.add("DELETE", "/api/v1/regions/{r}/users/{u}", [&](Request& req) {
        domain::check_system_admin(Access::actor(req));
        const auto& region = uuid_param(req, "r", "The region");
        auto u = scoped_user(identity, req, std::nullopt, region);
        return user_entity(200, identity.disable_user(Access::actor(req), u.id));
    });

    // ---- API keys for school systems
    r.add("GET", "/api/v1/districts/{d}/organizations/{o}/api-keys", [&](Request& req) {
        auto d = access.district_admin(req);
        auto o = access.organization(req, d, Need::write);
        catalog.organization(d.id, o);
        auto page = identity.api_keys(d.id, o, page_request(req));
        return page_response(req, items(page.items, key_json), page.next_cursor);
    });
    r.add("POST", "/api/v1/districts/{d}/organizations/{o}/api-keys", [&](Request& req) {
        auto d = access.district_admin(req);
        auto o = access.organization(req, d, Need::write);
        catalog.organization(d.id, o);
        auto body = json_body(req);
        FieldReader f(body, {"id", "prefix", "district_id", "organization_id", "last_used_at", "revoked_at",
                             "created_at", "secret"});
        domain::NewApiKey in;
        in.name = f.text("name", true).value_or("");
        in.scopes = f.text_list("scopes").value_or(std::vector<std::string>{"read", "write"});
        in.expires_at = f.text("expires_at", false);
        f.finish();
        auto issued = identity.issue_api_key(Access::actor(req), d.id, o, std::move(in));
        auto out = key_json(issued.key);
        out["secret"] = issued.secret;
        return Response::json(201, out)
            .with_header("Location", "/api/v1/districts/" + d.id + "/organizations/" + o + "/api-keys/" + issued.key.id)
            .with_header("Cache-Control", "no-store");
    });
    r.add("DELETE", "/api/v1/districts/{d}/organizations/{o}/api-keys/{k}", [&](Request& req) {
        auto d = access.district_admin(req);
        auto o = access.organization(req, d, Need::write);
        return Response::json(200, key_json(identity.revoke_api_key(d.id, o, uuid_param(req, "k", "The API key"))));
    });

    // ---- the audit log
    r.add("GET", "/api/v1/districts/{d}/audit-log", [&](Request& req) {
        auto d = access.district_admin(req);
        domain::AuditQuery q;
        q.page = page_request(req);
        q.resource = req.query_param("resource");
        q.resource_id = req.query_param("resource_id");
        q.actor_id = req.query_param("actor_id");
        q.action = req.query_param("action");
        for (auto [name, field] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
            if (auto v = req.query_param(name)) {
                if (!domain::Date::parse_iso(*v))
                    throw domain::bad_request("bad-query",
                                              std::string("Query parameter '") + name + "' must be a date (YYYY-MM-DD).");
                *field = *v;
            }
        }
        if (q.action && *q.action != "insert" && *q.action != "update" && *q.action != "delete")
            throw domain::bad_request("bad-query", "Query parameter 'action' must be insert, update or delete.");
        auto page = identity.audit_log(d.id, q);
        return page_response(req, items(page.items, audit_json), page.next_cursor);
    });
}

}  // namespace api
