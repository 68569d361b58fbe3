// Signing in and out: POST /auth/login (public), POST /auth/logout, GET /me.
#include "api/http/browser.hpp"
#include "api/routes/identity_common.hpp"

namespace api::routes {
namespace {

using nlohmann::json;

// The "session" of a sign-in: true for "cookie", false for "token" (the default).
std::optional<bool> parse_session_kind(std::string_view s) {
    if (s == "cookie") return true;
    if (s == "token") return false;
    return std::nullopt;
}

Response login(const IdentityDeps& x, Request& req) {
    auto body = json_body(req);
    FieldReader f(body);
    auto login = f.text("login", true).value_or("");
    auto password = f.text("password", true).value_or("");
    // "cookie": a browser's sign-in; the token goes into an HttpOnly cookie, never the body.
    auto cookie = f.choice("session", false, parse_session_kind, "token, cookie").value_or(false);
    f.finish();
    // A cookie sign-in only from this site's pages (no signing a victim in from elsewhere).
    if (cookie) check_cookie_write_origin(req, x.server.public_scheme, x.server.cors_origins);
    auto result = x.identity.login(login, password, req.client_ip);
    json out = {{"expires_at", result.expires_at},
                {"idle_timeout_seconds", domain::IdentityService::idle_timeout.count()},
                {"user", user_json(result.user)}};
    if (cookie) {
        out["session"] = "cookie";
        return Response::json(200, out)
            .with_header("Set-Cookie", session_cookie_header(result.token, x.server.public_scheme == "https"))
            .with_header("Cache-Control", "no-store");
    }
    out["token"] = result.token;
    out["token_type"] = "Bearer";
    return Response::json(200, out).with_header("Cache-Control", "no-store");
}

Response logout(const IdentityDeps& x, Request& req) {
    x.identity.logout(Access::actor(req));
    auto res = Response::no_content();
    if (session_cookie(req)) res.with_header("Set-Cookie", clear_session_cookie_header(x.server.public_scheme == "https"));
    return res;
}

Response me(const IdentityDeps& x, Request& req) {
    const auto& a = Access::actor(req);
    auto out = actor_json(a);
    if (a.kind == domain::Actor::Kind::user) out["user"] = user_json(x.identity.user(a, domain::UserId{a.id}));
    return Response::json(200, out);
}

}  // namespace

void add_sessions(Router& r, const IdentityDeps& x) {
    r.add_public("POST", "/api/v1/auth/login", bind(x, login));
    r.add("POST", "/api/v1/auth/logout", bind(x, logout));
    r.add("GET", "/api/v1/me", bind(x, me));
}

}  // namespace api::routes
