// The browser rules of api/http/browser.hpp as pure functions: the Origin a cookie write needs,
// reading the session cookie, and the headers an answer is finished with.
#include <gtest/gtest.h>

#include "api/http/browser.hpp"
#include "domain/errors.hpp"

namespace {

api::Request request(std::string method, std::vector<std::pair<std::string, std::string>> headers,
                     std::string path = "/api/v1/x") {
    api::Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.headers = std::move(headers);
    return r;
}

bool allowed(const std::string& method, std::optional<std::string> origin, const std::string& host,
             const std::string& scheme = "http", const std::vector<std::string>& cors = {}) {
    std::vector<std::pair<std::string, std::string>> h = {{"host", host}};
    if (origin) h.emplace_back("origin", *origin);
    try {
        api::check_cookie_write_origin(request(method, h), scheme, cors);
        return true;
    } catch (const domain::Error& e) {
        EXPECT_EQ(e.slug(), "cross-origin-write");
        EXPECT_EQ(e.kind(), domain::ErrorKind::forbidden);
        return false;
    }
}

std::string header(const api::Response& r, const std::string& name) {
    for (auto& [k, v] : r.headers)
        if (k == name) return v;
    return "";
}

}  // namespace

TEST(BrowserOrigin, AWriteMustComeFromTheServersOwnOrigin) {
    EXPECT_TRUE(allowed("POST", "http://127.0.0.1:8080", "127.0.0.1:8080"));
    EXPECT_TRUE(allowed("PATCH", "http://Nastavnik.Example:8080", "nastavnik.example:8080"));
    EXPECT_FALSE(allowed("POST", "http://127.0.0.1:8081", "127.0.0.1:8080"));
    EXPECT_FALSE(allowed("DELETE", "https://evil.example", "127.0.0.1:8080"));
    EXPECT_FALSE(allowed("PUT", "http://nastavnik.example.evil.example", "nastavnik.example"));
    EXPECT_FALSE(allowed("POST", "null", "127.0.0.1:8080"));
    EXPECT_FALSE(allowed("POST", std::nullopt, "127.0.0.1:8080")) << "no Origin on a write: refused";
    EXPECT_FALSE(allowed("POST", "http://", ""));
    EXPECT_TRUE(allowed("GET", std::nullopt, "127.0.0.1:8080")) << "reads need no Origin";
    EXPECT_TRUE(allowed("HEAD", "https://evil.example", "127.0.0.1:8080"));
    EXPECT_TRUE(allowed("POST", "https://dashboard.example", "127.0.0.1:8080", "http", {"https://dashboard.example"}));
    EXPECT_TRUE(allowed("POST", "http://[::1]:8080", "[::1]:8080"));
    EXPECT_FALSE(allowed("POST", "http://[::1]:8081", "[::1]:8080"));
}

TEST(BrowserOrigin, TheSchemeIsTheSettingsAndTheDefaultPortsMatch) {
    // Behind a TLS proxy the Host has no port (Pistache reports it as :80).
    EXPECT_TRUE(allowed("POST", "https://nastavnik.example", "nastavnik.example:80", "https"));
    EXPECT_TRUE(allowed("POST", "https://nastavnik.example", "nastavnik.example", "https"));
    EXPECT_TRUE(allowed("POST", "https://nastavnik.example:443", "nastavnik.example", "https"));
    EXPECT_FALSE(allowed("POST", "http://nastavnik.example", "nastavnik.example", "https"));
    EXPECT_TRUE(allowed("POST", "http://nastavnik.example", "nastavnik.example:80", "http"));
    EXPECT_FALSE(allowed("POST", "https://nastavnik.example", "nastavnik.example:80", "http"));
}

TEST(BrowserSession, TheCookieIsFoundAmongOthers) {
    EXPECT_EQ(api::session_cookie(request("GET", {{"cookie", "a=1; nastavnik_session=nst_abc; b=2"}})), "nst_abc");
    EXPECT_EQ(api::session_cookie(request("GET", {{"cookie", "a=1"}, {"cookie", "nastavnik_session=nst_x"}})), "nst_x");
    EXPECT_EQ(api::session_cookie(request("GET", {{"cookie", "nastavnik_session=\"nst_q\""}})), "nst_q");
    EXPECT_EQ(api::session_cookie(request("GET", {{"cookie", "nastavnik_sessionx=nst_a; nastavnik_session="}})), std::nullopt);
    EXPECT_EQ(api::session_cookie(request("GET", {})), std::nullopt);
    auto set = api::session_cookie_header("nst_t", true);
    EXPECT_EQ(set, "nastavnik_session=nst_t; Path=/; HttpOnly; SameSite=Strict; Secure");
    EXPECT_EQ(api::clear_session_cookie_header(false), "nastavnik_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
}

TEST(BrowserHeaders, HtmlGetsThePolicyAndTheApiNoStore) {
    api::Response page;
    page.content_type = "text/html; charset=utf-8";
    auto req = request("GET", {}, "/districts/1");
    req.route = "web";
    api::finish_headers(req, page);
    EXPECT_EQ(header(page, "Content-Security-Policy"), api::kAppCsp);
    EXPECT_EQ(header(page, "X-Frame-Options"), "DENY");
    EXPECT_EQ(header(page, "Referrer-Policy"), "no-referrer");
    EXPECT_EQ(header(page, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(header(page, "Cache-Control"), "") << "a page keeps the cache policy its handler chose";

    api::Response docs;
    docs.content_type = "text/html; charset=utf-8";
    auto dreq = request("GET", {}, "/docs");
    dreq.route = "/docs";
    api::finish_headers(dreq, docs);
    EXPECT_EQ(header(docs, "Content-Security-Policy"), api::kDocsCsp);

    api::Response json;
    api::finish_headers(request("GET", {}, "/api/v1/me"), json);
    EXPECT_EQ(header(json, "Cache-Control"), "no-store");
    EXPECT_EQ(header(json, "X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(header(json, "Content-Security-Policy"), "");

    api::Response kept;
    kept.with_header("Cache-Control", "private, max-age=60");
    api::finish_headers(request("GET", {}, "/api/v1/x"), kept);
    int n = 0;
    for (auto& [k, v] : kept.headers) n += k == "Cache-Control";
    EXPECT_EQ(n, 1) << "a Cache-Control the handler set is not doubled";
}
