#include "api/http/browser.hpp"

#include <cctype>
#include <utility>

#include "domain/errors.hpp"

namespace api {

const char* const kAppCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
// Redoc (vendored, same origin) writes its styles into <style> elements at run time
// (styled-components) and runs its search index in a worker made from a blob: URL.
// Scripts stay 'self' only.
const char* const kDocsCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'";

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool has_header(const Response& res, std::string_view name) {
    for (auto& [k, v] : res.headers) {
        if (k.size() != name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < k.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(k[i])) == std::tolower(static_cast<unsigned char>(name[i]));
        if (same) return true;
    }
    return false;
}

// "name:port" or "[v6]:port" → lower-case name and port ("" when none).
std::pair<std::string, std::string> split_host(std::string_view hp) {
    auto bracket = hp.rfind(']');
    auto colon = hp.rfind(':');
    std::string name, port;
    if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
        name = hp.substr(0, colon);
        port = hp.substr(colon + 1);
    } else {
        name = hp;
    }
    for (auto& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
    return {name, port};
}

// Whether `origin` is scheme://<the Host header>. Pistache hands the Host header back with
// ":80" when it had no port, so a missing port and 80 both mean the scheme's default port.
bool same_origin(const std::string& origin, const std::string& scheme, const std::string& host) {
    auto prefix = scheme + "://";
    if (origin.rfind(prefix, 0) != 0) return false;
    const std::string default_port = scheme == "https" ? "443" : "80";
    auto [oname, oport] = split_host(std::string_view(origin).substr(prefix.size()));
    auto [hname, hport] = split_host(host);
    if (oport.empty()) oport = default_port;
    if (hport.empty() || hport == "80") hport = default_port;
    return !oname.empty() && oname == hname && oport == hport;
}

}  // namespace

std::optional<std::string> session_cookie(const Request& req) {
    for (auto& [name, value] : req.headers) {
        if (name != "cookie") continue;
        std::string_view rest = value;
        while (!rest.empty()) {
            auto semi = rest.find(';');
            auto pair = trim(rest.substr(0, semi));
            rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
            auto eq = pair.find('=');
            if (eq == std::string_view::npos || trim(pair.substr(0, eq)) != kSessionCookie) continue;
            auto v = trim(pair.substr(eq + 1));
            if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
            if (!v.empty()) return std::string(v);
        }
    }
    return std::nullopt;
}

std::string session_cookie_header(const std::string& token, bool secure) {
    return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

std::string clear_session_cookie_header(bool secure) {
    return std::string(kSessionCookie) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

void check_cookie_write_origin(const Request& req, const std::string& scheme, const std::vector<std::string>& allowed) {
    const auto& m = req.method;
    if (m == "GET" || m == "HEAD" || m == "OPTIONS") return;
    auto origin = req.header("origin");
    if (!origin)
        throw domain::Error(domain::ErrorKind::forbidden, "cross-origin-write",
                            "A change signed in by the session cookie must carry an Origin header of this site; "
                            "programs send Authorization: Bearer instead.");
    auto host = req.header("host");
    if (host && same_origin(*origin, scheme, *host)) return;
    for (auto& a : allowed)
        if (a == *origin) return;
    throw domain::Error(domain::ErrorKind::forbidden, "cross-origin-write",
                        "A change signed in by the session cookie must come from a page of this site, not from " +
                            *origin + ".");
}

void finish_headers(const Request& req, Response& res) {
    if (!has_header(res, "X-Content-Type-Options")) res.with_header("X-Content-Type-Options", "nosniff");
    if (res.content_type.rfind("text/html", 0) == 0) {
        if (!has_header(res, "Content-Security-Policy"))
            res.with_header("Content-Security-Policy", req.route == "/docs" ? kDocsCsp : kAppCsp);
        res.with_header("Referrer-Policy", "no-referrer");
        res.with_header("X-Frame-Options", "DENY");
    }
    if (req.path.rfind("/api/", 0) == 0 && !has_header(res, "Cache-Control")) res.with_header("Cache-Control", "no-store");
}

}  // namespace api
