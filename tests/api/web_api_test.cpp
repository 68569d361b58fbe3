// The browser's side of the server, over HTTP: the session cookie and the Origin rule for
// writes, the web app's files and index, /docs without a CDN, the headers every answer is
// finished with, and the compliance series the app's trend reads.
#include <gtest/gtest.h>
#include <zlib.h>

#include <regex>
#include <string>
#include <vector>
#include <set>

#include "api/http/browser.hpp"
#include "domain/date.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;

namespace {

const std::string kV1 = "/api/v1";

class WebApi : public testsupport::ServerSuite<WebApi> {
protected:
    void SetUp() override {
        // The world: tests/support/world.hpp.
        testsupport::World w(*server);
        auto d = w.district();
        district_id = d.id;
        org_id = w.organization(d, "СОШ № 1").id;
        auto coordinator = w.coordinator(d, "Координатор");
        login = coordinator.login;
        password = coordinator.password;
    }

    std::string orgs() const { return kV1 + "/districts/" + district_id + "/organizations"; }
    static HttpClient anon() { return server->client(); }
    static std::string origin() { return "http://127.0.0.1:" + std::to_string(server->port()); }

    HttpResponse cookie_login(std::map<std::string, std::string> headers = {{"Origin", origin()}}) const {
        return anon().send_json("POST", kV1 + "/auth/login",
                                {{"login", login}, {"password", password}, {"session", "cookie"}}, headers);
    }
    // "nastavnik_session=<token>" from a sign-in's Set-Cookie.
    std::string session_cookie() const {
        auto r = cookie_login();
        EXPECT_EQ(r.status, 200) << r.body;
        auto set = r.header("set-cookie");
        return set.substr(0, set.find(';'));
    }
    static int organizations_named(const HttpClient& c, const std::string& path, const std::string& name) {
        auto list = c.get(path + "?limit=200");
        EXPECT_EQ(list.status, 200) << list.body;
        auto body = list.json();
        int n = 0;
        for (auto& o : body["items"]) n += o["name"] == name;
        return n;
    }

    // The school's roadmap from these sections, submitted and approved, with item 1 done
    // with evidence on 10 October y0 (y0: the school year before the current one).
    void approved_roadmap_with_first_item_done(const json& sections) const {
        auto admin = server->admin();
        auto y = testsupport::school_years();
        auto rm = admin.send_json("POST", kV1 + "/districts/" + district_id + "/roadmaps",
                                  {{"owner", {{"kind", "organization"}, {"organization_id", org_id}}},
                                   {"period", {{"start", y.y0 + "-09-01"}, {"end", y.y3 + "-08-31"}}},
                                   {"title", "Дорожная карта"},
                                   {"sections", sections}});
        ASSERT_EQ(rm.status, 201) << rm.body;
        std::string path = kV1 + "/districts/" + district_id + "/roadmaps/" + rm.json()["id"].get<std::string>();
        ASSERT_EQ(admin.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}).status, 200);
        auto approved = admin.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}});
        ASSERT_EQ(approved.status, 200) << approved.body;
        auto item = testsupport::item_numbered(approved.json(), "1");
        auto done = admin.send_json("POST", path + "/items/" + item["id"].get<std::string>() + "/progress",
                                    testsupport::done_with_evidence(y.y0 + "-10-10", "Приказ № 5"), {{"If-Match", "*"}});
        ASSERT_EQ(done.status, 201) << done.body;
    }

    std::string district_id, org_id, login, password;
};

TEST_F(WebApi, CookieSignInSetsAnHttpOnlyStrictCookieAndNoTokenInTheBody) {
    auto r = cookie_login();
    ASSERT_EQ(r.status, 200) << r.body;
    auto set = r.header("set-cookie");
    EXPECT_EQ(set.rfind("nastavnik_session=nst_", 0), 0u) << set;
    EXPECT_NE(set.find("; HttpOnly"), std::string::npos) << set;
    EXPECT_NE(set.find("; SameSite=Strict"), std::string::npos) << set;
    EXPECT_NE(set.find("; Path=/"), std::string::npos) << set;
    EXPECT_EQ(set.find("Secure"), std::string::npos) << "served over http: " << set;
    auto body = r.json();
    EXPECT_FALSE(body.contains("token")) << r.body;
    EXPECT_EQ(r.body.find("nst_"), std::string::npos) << "the token must not be in the body: " << r.body;
    EXPECT_EQ(body["session"], "cookie");
    EXPECT_EQ(body["user"]["login"], login);
    EXPECT_EQ(r.header("cache-control"), "no-store");

    // A token sign-in is unchanged, and sets no cookie.
    auto t = anon().send_json("POST", kV1 + "/auth/login", {{"login", login}, {"password", password}});
    ASSERT_EQ(t.status, 200) << t.body;
    EXPECT_EQ(t.json()["token_type"], "Bearer");
    EXPECT_EQ(t.header("set-cookie"), "");
    // Any other session kind is a 422 naming the field.
    auto bad = anon().send_json("POST", kV1 + "/auth/login",
                                {{"login", login}, {"password", password}, {"session", "jwt"}});
    EXPECT_EQ(bad.status, 422) << bad.body;
    EXPECT_NE(bad.body.find("/session"), std::string::npos) << bad.body;
}

TEST_F(WebApi, CookieSignInFromAnotherSiteOrWithoutOriginIsRefused) {
    for (auto headers : std::vector<std::map<std::string, std::string>>{{}, {{"Origin", "https://evil.example"}}}) {
        auto r = cookie_login(headers);
        EXPECT_EQ(r.status, 403) << r.body;
        EXPECT_EQ(r.json()["type"], "https://nastavnik.example/problems/cross-origin-write");
        EXPECT_EQ(r.header("set-cookie"), "");
    }
}

TEST_F(WebApi, TheCookieAuthenticatesReads) {
    auto cookie = session_cookie();
    auto me = anon().get(kV1 + "/me", {{"Cookie", "theme=dark; " + cookie + "; lang=ru"}});
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()["user"]["login"], login);
    // Reads need no Origin, and a report download (a navigation) works the same way.
    auto list = anon().get(orgs(), {{"Cookie", cookie}});
    EXPECT_EQ(list.status, 200) << list.body;
    // Without the cookie: 401 as before.
    EXPECT_EQ(anon().get(kV1 + "/me").status, 401);
    EXPECT_EQ(anon().get(kV1 + "/me", {{"Cookie", "nastavnik_session=nst_forged"}}).status, 401);
}

TEST_F(WebApi, ACookieWriteWithoutOrWithAForeignOriginIs403AndWritesNothing) {
    auto cookie = session_cookie();
    auto bearer = anon().with_token(
        anon().send_json("POST", kV1 + "/auth/login", {{"login", login}, {"password", password}}).json()["token"]);
    for (auto origin : std::vector<std::optional<std::string>>{std::nullopt, std::string("https://evil.example"),
                                                                std::string("http://127.0.0.1:1"), std::string("null")}) {
        std::map<std::string, std::string> h = {{"Cookie", cookie}};
        if (origin) h["Origin"] = *origin;
        std::string name = "Чужая школа " + origin.value_or("без Origin");
        auto r = anon().send_json("POST", orgs(), {{"name", name}, {"type", "school"}}, h);
        EXPECT_EQ(r.status, 403) << origin.value_or("(none)") << ": " << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json");
        EXPECT_EQ(r.json()["type"], "https://nastavnik.example/problems/cross-origin-write") << r.body;
        EXPECT_EQ(organizations_named(bearer, orgs(), name), 0) << "nothing may be written";
        // PATCH and DELETE are writes too.
        auto del = anon().request("DELETE", orgs() + "/" + org_id, {}, h);
        EXPECT_EQ(del.status, 403) << del.body;
    }
    auto still = bearer.get(orgs() + "/" + org_id);
    EXPECT_EQ(still.json()["status"], "active") << "the DELETE must not have archived it";

    // From this site's own pages, and from an origin in CORS_ORIGINS, it works.
    auto own = anon().send_json("POST", orgs(), {{"name", "Школа с этого сайта"}, {"type", "school"}},
                                {{"Cookie", cookie}, {"Origin", origin()}});
    EXPECT_EQ(own.status, 201) << own.body;
    auto listed = anon().send_json("POST", orgs(), {{"name", "Школа из панели"}, {"type", "school"}},
                                   {{"Cookie", cookie}, {"Origin", "https://dashboard.example"}});
    EXPECT_EQ(listed.status, 201) << listed.body;
    EXPECT_EQ(organizations_named(bearer, orgs(), "Школа с этого сайта"), 1);

    // Bearer credentials need no Origin (machines), and win over a cookie.
    auto machine = bearer.send_json("POST", orgs(), {{"name", "Школа программы"}, {"type", "school"}});
    EXPECT_EQ(machine.status, 201) << machine.body;
    auto both = bearer.get(kV1 + "/me", {{"Cookie", "nastavnik_session=nst_forged"}});
    EXPECT_EQ(both.status, 200) << both.body;
}

TEST_F(WebApi, AnApiKeyInTheCookieIsRefused) {
    auto admin = server->admin();
    auto key = admin.send_json("POST", orgs() + "/" + org_id + "/api-keys", {{"name", "Система"}, {"scopes", {"read"}}});
    ASSERT_EQ(key.status, 201) << key.body;
    std::string secret = key.json()["secret"];
    EXPECT_EQ(anon().with_token(secret).get(orgs() + "/" + org_id).status, 200);
    auto r = anon().get(orgs() + "/" + org_id, {{"Cookie", std::string("nastavnik_session=") + secret}});
    EXPECT_EQ(r.status, 401) << r.body;
}

TEST_F(WebApi, SignOutRevokesTheCookieAtOnceAndClearsIt) {
    auto cookie = session_cookie();
    // Without this site's Origin the sign-out is a refused write: the session lives on.
    auto refused = anon().request("POST", kV1 + "/auth/logout", {}, {{"Cookie", cookie}, {"Origin", "https://evil.example"}});
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(anon().get(kV1 + "/me", {{"Cookie", cookie}}).status, 200);

    auto out = anon().request("POST", kV1 + "/auth/logout", {}, {{"Cookie", cookie}, {"Origin", origin()}});
    ASSERT_EQ(out.status, 204) << out.body;
    auto set = out.header("set-cookie");
    EXPECT_EQ(set.rfind("nastavnik_session=;", 0), 0u) << set;
    EXPECT_NE(set.find("Max-Age=0"), std::string::npos) << set;
    auto after = anon().get(kV1 + "/me", {{"Cookie", cookie}});
    EXPECT_EQ(after.status, 401) << after.body;
}

TEST_F(WebApi, TheAppIsServedAtTheRootAndAtItsOwnPathsWithTheSecurityHeaders) {
    auto check_page = [](const HttpResponse& r, const std::string& what) {
        ASSERT_EQ(r.status, 200) << what << ": " << r.body.substr(0, 200);
        EXPECT_EQ(r.header("content-type"), "text/html; charset=utf-8") << what;
        EXPECT_EQ(r.header("content-security-policy"), api::kAppCsp) << what;
        EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << what;
        EXPECT_EQ(r.header("referrer-policy"), "no-referrer") << what;
        EXPECT_EQ(r.header("x-frame-options"), "DENY") << what;
        EXPECT_EQ(r.header("cache-control"), "no-cache") << what;
        EXPECT_NE(r.body.find("<html"), std::string::npos) << what;
        // No inline script: every <script> names a same-origin file.
        std::regex script("<script([^>]*)>");
        for (std::sregex_iterator it(r.body.begin(), r.body.end(), script), end; it != end; ++it) {
            std::string attrs = (*it)[1];
            EXPECT_NE(attrs.find("src=\"/"), std::string::npos) << what << ": inline or foreign script " << it->str();
            EXPECT_EQ(attrs.find("src=\"//"), std::string::npos) << what << ": " << it->str();
        }
    };
    auto root = anon().get("/");
    check_page(root, "/");
    auto deep = anon().get("/districts/" + district_id + "/overview?as_of=2025-01-01", {{"Accept", "text/html,application/xhtml+xml"}});
    check_page(deep, "a deep path");
    EXPECT_EQ(deep.body, root.body);

    // Not for machines asking for JSON, never under /api/, nor for the ops routes' paths.
    auto json_caller = anon().get("/districts/" + district_id + "/overview", {{"Accept", "application/json"}});
    EXPECT_EQ(json_caller.status, 404);
    EXPECT_EQ(json_caller.header("content-type"), "application/problem+json");
    for (std::string path : {"/api/v1/nothing-here", "/api/v2/x", "/docs/extra", "/assets/missing-0000.js"}) {
        auto r = anon().get(path, {{"Accept", "text/html"}});
        EXPECT_EQ(r.status, 404) << path;
        EXPECT_EQ(r.header("content-type"), "application/problem+json") << path;
    }
    // Revalidation: the same page answers 304 to its own ETag.
    auto etag = root.header("etag");
    ASSERT_FALSE(etag.empty());
    auto again = anon().get("/", {{"If-None-Match", etag}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.empty());
}

TEST_F(WebApi, AssetsHaveHashedNamesTheRightTypesAndAYearOfImmutableCache) {
    auto index = anon().get("/");
    ASSERT_EQ(index.status, 200);
    std::regex ref("(src|href)=\"(/assets/[^\"]+)\"");
    std::set<std::string> types;
    int assets = 0;
    for (std::sregex_iterator it(index.body.begin(), index.body.end(), ref), end; it != end; ++it) {
        std::string path = (*it)[2];
        auto r = anon().get(path);
        ASSERT_EQ(r.status, 200) << path;
        EXPECT_FALSE(r.body.empty()) << path;
        EXPECT_EQ(r.header("cache-control"), "public, max-age=31536000, immutable") << path;
        EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << path;
        auto type = r.header("content-type");
        if (path.size() > 3 && path.substr(path.size() - 3) == ".js") {
            EXPECT_EQ(type, "text/javascript; charset=utf-8") << path;
        }
        if (path.size() > 4 && path.substr(path.size() - 4) == ".css") {
            EXPECT_EQ(type, "text/css; charset=utf-8") << path;
        }
        types.insert(type);
        // The same file under the same name forever: it answers 304 to its ETag too.
        EXPECT_EQ(anon().get(path, {{"If-None-Match", r.header("etag")}}).status, 304) << path;
        ++assets;
    }
    EXPECT_GE(assets, 2) << "index.html should load its script and its styles from /assets/: " << index.body;
    EXPECT_TRUE(types.count("text/javascript; charset=utf-8")) << "no script among the assets";
    EXPECT_TRUE(types.count("text/css; charset=utf-8")) << "no stylesheet among the assets";
}

// gzip, decoded with zlib: what a browser would make of the bytes
static std::string gunzip(const std::string& in) {
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return "<inflateInit2 failed>";
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    std::string out;
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef*>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf, sizeof buf - z.avail_out);
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : "<not gzip: " + std::to_string(rc) + ">";
}

TEST_F(WebApi, ABrowserThatAcceptsGzipGetsTheAppGzippedWithAValidatorOfItsOwn) {
    auto index = anon().get("/");
    ASSERT_EQ(index.status, 200);
    std::regex ref("(src|href)=\"(/assets/[^\"]+)\"");
    std::vector<std::string> paths{"/", "/vendor/redoc.standalone.js"};
    for (std::sregex_iterator it(index.body.begin(), index.body.end(), ref), end; it != end; ++it) paths.push_back((*it)[2]);
    ASSERT_GE(paths.size(), 4u);
    std::size_t plain_bytes = 0, gzip_bytes = 0;
    for (auto& path : paths) {
        auto plain = anon().get(path);
        auto gz = anon().get(path, {{"Accept-Encoding", "gzip, deflate, br"}});
        ASSERT_EQ(plain.status, 200) << path;
        ASSERT_EQ(gz.status, 200) << path;
        EXPECT_EQ(plain.header("content-encoding"), "") << path;
        EXPECT_EQ(gz.header("content-encoding"), "gzip") << path;
        EXPECT_EQ(plain.header("vary"), "Accept-Encoding") << path;
        EXPECT_EQ(gz.header("vary"), "Accept-Encoding") << path;
        EXPECT_EQ(gz.header("content-type"), plain.header("content-type")) << path;
        EXPECT_EQ(gunzip(gz.body), plain.body) << path;
        EXPECT_NE(gz.header("etag"), plain.header("etag")) << path;
        EXPECT_EQ(anon().get(path, {{"Accept-Encoding", "gzip"}, {"If-None-Match", gz.header("etag")}}).status, 304) << path;
        // gzip refused with q=0: the file as it is
        EXPECT_EQ(anon().get(path, {{"Accept-Encoding", "gzip;q=0, identity"}}).header("content-encoding"), "") << path;
        plain_bytes += plain.body.size();
        gzip_bytes += gz.body.size();
    }
    EXPECT_LT(gzip_bytes * 2, plain_bytes) << "gzip should at least halve the app's text";
    // the compressed copies are not files of their own
    EXPECT_EQ(anon().get(paths.back() + ".gz").status, 404);
}

TEST_F(WebApi, DocsRenderTheContractWithTheVendoredRedocOnly) {
    auto docs = anon().get("/docs");
    ASSERT_EQ(docs.status, 200) << docs.body;
    EXPECT_EQ(docs.header("content-type"), "text/html; charset=utf-8");
    EXPECT_NE(docs.body.find("spec-url=\"/openapi.yaml\""), std::string::npos) << docs.body;
    EXPECT_EQ(docs.body.find("http://"), std::string::npos) << "nothing from elsewhere: " << docs.body;
    EXPECT_EQ(docs.body.find("https://"), std::string::npos) << "nothing from elsewhere: " << docs.body;
    std::regex script("<script([^>]*)>");
    std::vector<std::string> sources;
    for (std::sregex_iterator it(docs.body.begin(), docs.body.end(), script), end; it != end; ++it) {
        std::smatch src;
        std::string attrs = (*it)[1];
        ASSERT_TRUE(std::regex_search(attrs, src, std::regex("src=\"(/[^/\"][^\"]*)\""))) << "not a same-origin file: " << it->str();
        sources.push_back(src[1]);
    }
    ASSERT_FALSE(sources.empty());
    for (auto& s : sources) {
        auto js = anon().get(s);
        EXPECT_EQ(js.status, 200) << s;
        EXPECT_EQ(js.header("content-type"), "text/javascript; charset=utf-8") << s;
        EXPECT_GT(js.body.size(), 100000u) << s << " is not the Redoc bundle";
    }
    // Scripts from this origin only; the relaxations Redoc needs are for /docs alone.
    auto csp = docs.header("content-security-policy");
    EXPECT_EQ(csp, api::kDocsCsp);
    EXPECT_NE(csp.find("script-src 'self';"), std::string::npos) << csp;
    EXPECT_EQ(csp.find("unsafe-eval"), std::string::npos) << csp;
    EXPECT_EQ(anon().get("/").header("content-security-policy").find("unsafe-inline"), std::string::npos);
    EXPECT_EQ(docs.header("x-frame-options"), "DENY");
}

TEST_F(WebApi, ApiAnswersAreNeverStoredAndNeverSniffed) {
    auto cookie = session_cookie();
    auto token = anon().send_json("POST", kV1 + "/auth/login", {{"login", login}, {"password", password}}).json()["token"];
    std::vector<std::pair<std::string, HttpResponse>> answers = {
        {"me by cookie", anon().get(kV1 + "/me", {{"Cookie", cookie}})},
        {"list by bearer", anon().with_token(token).get(orgs())},
        {"one organisation", anon().with_token(token).get(orgs() + "/" + org_id)},
        {"compliance", anon().with_token(token).get(kV1 + "/districts/" + district_id + "/compliance")},
        {"401", anon().get(kV1 + "/me")},
        {"404", anon().with_token(token).get(orgs() + "/00000000-0000-0000-0000-000000000000")},
    };
    for (auto& [what, r] : answers) {
        EXPECT_EQ(r.header("cache-control"), "no-store") << what << " " << r.status;
        EXPECT_EQ(r.header("x-content-type-options"), "nosniff") << what;
        EXPECT_EQ(r.header("content-security-policy"), "") << what << ": JSON needs no CSP";
    }
}

// ---- the compliance series

TEST_F(WebApi, TheSeriesIsTheDistrictsComplianceOnEachDate) {
    auto admin = server->admin();
    auto y = testsupport::school_years();
    // An approved roadmap of the school with two items due in the past, one done.
    approved_roadmap_with_first_item_done(json::array(
        {{{"number", "1"},
          {"title", "Организационный этап"},
          {"items", json::array({testsupport::roadmap_item("1", "Приказ", "Октябрь " + y.y0),
                                 testsupport::roadmap_item("2", "Положение", "Ноябрь " + y.y0)})}}}));
    if (HasFatalFailure()) return;

    auto today = domain::Date::today_utc();
    std::string from = today.plus_days(-72).iso();
    auto series = admin.get(kV1 + "/districts/" + district_id + "/compliance/series?from=" + from + "&step=week");
    ASSERT_EQ(series.status, 200) << series.body;
    auto s = series.json();
    EXPECT_EQ(s["from"], from);
    EXPECT_EQ(s["to"], today.iso());
    EXPECT_EQ(s["step"], "week");
    ASSERT_EQ(s["points"].size(), 12u) << "11 weekly dates from 72 days ago, then today: " << series.body;
    EXPECT_EQ(s["points"][0]["as_of"], from);
    EXPECT_EQ(s["points"][1]["as_of"], today.plus_days(-65).iso());
    EXPECT_EQ(s["points"].back()["as_of"], today.iso());
    for (auto& p : s["points"]) {
        auto one = admin.get(kV1 + "/districts/" + district_id + "/compliance?as_of=" + p["as_of"].get<std::string>());
        ASSERT_EQ(one.status, 200) << one.body;
        EXPECT_EQ(p["totals"], one.json()["totals"]) << p["as_of"];
        EXPECT_EQ(p["by_type"], one.json()["by_type"]) << p["as_of"];
    }
    auto& now = s["points"].back()["totals"];
    EXPECT_EQ(now["items_due"], 2) << now;
    EXPECT_EQ(now["items_done"], 1) << now;
    EXPECT_EQ(now["items_overdue"], 1) << now;
    EXPECT_EQ(s["points"].back()["by_type"]["school"], now);

    // By default: monthly over the school year so far, ending today.
    auto year = admin.get(kV1 + "/districts/" + district_id + "/compliance/series");
    ASSERT_EQ(year.status, 200) << year.body;
    auto first = domain::Date(today.month() >= 9 ? today.year() : today.year() - 1, 9, 1);
    EXPECT_EQ(year.json()["from"], first.iso());
    EXPECT_EQ(year.json()["step"], "month");
    EXPECT_EQ(year.json()["points"][0]["as_of"], first.iso());
    EXPECT_EQ(year.json()["points"].back()["as_of"], today.iso());
}

TEST_F(WebApi, TheSeriesRefusesBadPeriodsAndOtherCallers) {
    auto admin = server->admin();
    std::string base = kV1 + "/districts/" + district_id + "/compliance/series";
    auto today = domain::Date::today_utc();
    for (std::string q : std::vector<std::string>{"?from=2024-13-01", "?to=yesterday", "?step=day", "?from=" + today.iso() + "&to=" + today.plus_days(-1).iso(),
                          "?to=" + today.plus_days(1).iso(), "?from=2000-01-01&to=2010-01-01&step=month",
                          "?from=2000-01-01&to=2002-01-01&step=week"}) {
        auto r = admin.get(base + q);
        EXPECT_EQ(r.status, 400) << q << ": " << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json") << q;
    }
    // 60 points is the most: 59 months after the first date, then that date again is `to`.
    EXPECT_EQ(admin.get(base + "?from=2015-01-01&to=2019-12-01").status, 200);
    EXPECT_EQ(admin.get(base + "?from=2015-01-01&to=2019-12-02").status, 400);

    // Curators read their own organisation, not the district's trend; another district is 404.
    testsupport::World w(*server);
    EXPECT_EQ(w.curator({org_id, district_id}).http().get(base).status, 403);
    auto other = w.district(w.region("Другой"), "Другой район");
    auto stranger = w.viewer(other).http();
    EXPECT_EQ(stranger.get(base).status, 404);
    EXPECT_EQ(stranger.get(other.path() + "/compliance/series").status, 200);
}

// ---- the heat map: organisations × stages

TEST_F(WebApi, TheStagesSplitEachOrganisationsOccurrencesByTheirStage) {
    auto admin = server->admin();
    auto y = testsupport::school_years();
    auto item = [&](const std::string& n, const std::string& title, const std::string& deadline, std::optional<int> stage) {
        auto j = testsupport::roadmap_item(n, title, deadline);
        if (stage) j["stage"] = *stage;
        return j;
    };
    // Stage 1: two items (one done); in a stage-3 section an item of stage 5 (overdue) and one
    // of the section's stage (due later); a section of no stage with one overdue item.
    approved_roadmap_with_first_item_done(json::array(
        {{{"number", "1"}, {"title", "Подготовка"}, {"stage", 1},
          {"items", json::array({item("1", "Приказ", "Октябрь " + y.y0, std::nullopt),
                                 item("2", "Положение", "Ноябрь " + y.y0, std::nullopt)})}},
         {{"number", "2"}, {"title", "Формирование базы"}, {"stage", 3},
          {"items", json::array({item("3", "Анкетирование", "Декабрь " + y.y0, 5),
                                 item("4", "Итоги", "Май " + y.y3, std::nullopt)})}},
         {{"number", "3"}, {"title", "Прочее"},
          {"items", json::array({item("5", "Совещание", "Январь " + y.y1, std::nullopt)})}}}));
    if (HasFatalFailure()) return;
    // A second organisation with nothing: a row with no stages.
    ASSERT_EQ(admin.send_json("POST", orgs(), {{"name", "Детский сад № 2"}, {"type", "kindergarten"}}).status, 201);

    auto r = admin.get(kV1 + "/districts/" + district_id + "/compliance/stages");
    ASSERT_EQ(r.status, 200) << r.body;
    auto body = r.json();
    ASSERT_EQ(body["organizations"].size(), 2u) << r.body;
    json school;
    for (auto& o : body["organizations"])
        if (o["organization_id"] == org_id) school = o;
    ASSERT_FALSE(school.is_null()) << r.body;
    auto& s = school["by_stage"];
    EXPECT_EQ(s["1"]["items_due"], 2) << s;
    EXPECT_EQ(s["1"]["items_done"], 1) << s;
    EXPECT_EQ(s["1"]["compliance_pct"], 50.0) << s;
    EXPECT_EQ(s["5"]["items_overdue"], 1) << "the item's own stage wins over its section's: " << s;
    EXPECT_EQ(s["3"]["items_due_later"], 1) << s;
    EXPECT_EQ(s["3"]["items_due"], 0) << s;
    EXPECT_EQ(s["none"]["items_overdue"], 1) << s;
    EXPECT_FALSE(s["1"].contains("items_unscheduled"));
    // The stages add up to the organisation's own answer, and the totals to the rows.
    auto own = admin.get(orgs() + "/" + org_id + "/compliance").json();
    int due = 0, done = 0, later = 0;
    for (auto& [k, v] : s.items()) {
        due += v["items_due"].get<int>();
        done += v["items_done"].get<int>();
        later += v["items_due_later"].get<int>();
        EXPECT_EQ(body["totals_by_stage"][k], v) << k << ": only this school has occurrences";
    }
    EXPECT_EQ(due, own["items_due"].get<int>());
    EXPECT_EQ(done, own["items_done"].get<int>());
    EXPECT_EQ(later, own["items_due_later"].get<int>());
    EXPECT_EQ(school["items_due"], own["items_due"]);
    for (auto& o : body["organizations"])
        if (o["organization_id"] != org_id) {
            EXPECT_TRUE(o["by_stage"].empty()) << o;
        }

    // A past date: before the deadlines nothing is due.
    auto past = admin.get(kV1 + "/districts/" + district_id + "/compliance/stages?as_of=" + y.y0 + "-09-02");
    ASSERT_EQ(past.status, 200) << past.body;
    auto past_body = past.json();
    for (auto& o : past_body["organizations"])
        for (auto& [k, v] : o["by_stage"].items()) EXPECT_EQ(v["items_due"], 0) << k;
    // Curators read their own organisation only.
    EXPECT_EQ(testsupport::World(*server).curator({org_id, district_id}).http().get(kV1 + "/districts/" + district_id + "/compliance/stages").status,
              403);
    EXPECT_EQ(admin.get(kV1 + "/districts/" + district_id + "/compliance/stages?as_of=tomorrow").status, 400);
}

}  // namespace
