#pragma once
// What the server does for browsers, in one place: the session cookie (an HttpOnly,
// SameSite=Strict carrier of the same opaque session token as a bearer credential), the
// Origin rule for writes authenticated by that cookie, and the headers every answer is
// finished with (CSP and friends on HTML, no-store on the API).
#include <optional>
#include <string>
#include <vector>

#include "api/http/http.hpp"

namespace api {

inline constexpr const char* kSessionCookie = "nastavnik_session";

// The value of the session cookie in the request's Cookie header(s), if any.
std::optional<std::string> session_cookie(const Request& req);

// Set-Cookie values: the session (a browser-session cookie: it ends when the browser
// closes, the server's idle and absolute limits still apply) and its removal.
// `secure` when the site is served over https (PUBLIC_SCHEME=https).
std::string session_cookie_header(const std::string& token, bool secure);
std::string clear_session_cookie_header(bool secure);

// A write (POST, PUT, PATCH, DELETE) authenticated by the cookie must come from the
// server's own origin (`scheme://` + the Host header) or one of `allowed` (CORS_ORIGINS);
// throws domain::Error(forbidden, "cross-origin-write") otherwise, also when Origin is
// missing. Reads and bearer-authenticated requests are not checked.
void check_cookie_write_origin(const Request& req, const std::string& scheme, const std::vector<std::string>& allowed);

// The headers every answer leaves with: X-Content-Type-Options on all; on HTML the
// Content-Security-Policy (a relaxed one for Redoc at /docs only), Referrer-Policy and
// X-Frame-Options; Cache-Control: no-store on /api/v1 answers that set none.
void finish_headers(const Request& req, Response& res);

// The policies themselves (tests read them).
extern const char* const kAppCsp;
extern const char* const kDocsCsp;

}  // namespace api
