// Problem details in Russian for people (issue 12, part 6): with Accept-Language: ru every
// error a person can meet — the HTTP front's (404 route, 405, 413, unreadable requests),
// credentials, bodies, fields, queries, versions, conflicts — says its title, detail and
// each field's message in Russian with Content-Language: ru, while `type`, `status` and
// the pointers stay what machines read; without the header nothing changes (English,
// Content-Language: en).
#include <gtest/gtest.h>

#include <functional>

#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;
using Headers = std::map<std::string, std::string>;

namespace {

class ProblemLanguage : public testsupport::ServerSuite<ProblemLanguage> {
public:
    static testsupport::ServerOptionsForTest options() {  // read by ServerSuite
        testsupport::ServerOptionsForTest o;
        o.max_request_bytes = 4096;
        return o;
    }
};

bool has_cyrillic(const std::string& s) {
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) == 0xD0 || static_cast<unsigned char>(s[i]) == 0xD1) return true;
    return false;
}

struct Case {
    std::string name;
    std::function<HttpResponse(const Headers&)> send;  // the same request, with these extra headers
};

// What a browser in Russia sends, and what an English-first one sends.
const Headers kRussian = {{"Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8"}};
const Headers kEnglishFirst = {{"Accept-Language", "en-US,en;q=0.9,ru;q=0.8"}};

TEST_F(ProblemLanguage, EveryKindOfErrorInRussianWhenAskedEnglishOtherwise) {
    auto http = server->client();
    auto admin = server->admin();
    auto code = testsupport::unique_code("lang");
    auto region = admin.send_json("POST", "/api/v1/regions", {{"name", "Регион"}, {"code", code}});
    ASSERT_EQ(region.status, 201) << region.body;
    std::string region_path = "/api/v1/regions/" + region.json()["id"].get<std::string>();
    auto with = [](Headers a, const Headers& b) {
        a.insert(b.begin(), b.end());
        return a;
    };
    std::vector<Case> cases = {
        {"404 route", [&](const Headers& h) { return http.get("/api/v1/nothing-here", h); }},
        {"405", [&](const Headers& h) { return http.request("PUT", "/api/v1/regions", "{}", with({{"Content-Type", "application/json"}}, h)); }},
        {"413", [&](const Headers& h) { return admin.send_json("POST", "/api/v1/regions", {{"name", std::string(5000, 'a')}, {"code", "x"}}, h); }},
        {"401 no credential", [&](const Headers& h) { return http.get("/api/v1/regions", h); }},
        {"401 wrong password", [&](const Headers& h) { return http.send_json("POST", "/api/v1/auth/login", {{"login", "nobody"}, {"password", "wrong password"}}, h); }},
        {"401 bad token", [&](const Headers& h) { return http.get("/api/v1/regions", with({{"Authorization", "Bearer nope"}}, h)); }},
        {"400 malformed JSON", [&](const Headers& h) { return admin.request("POST", "/api/v1/regions", "{\"name\":", with({{"Content-Type", "application/json"}}, h)); }},
        {"415", [&](const Headers& h) { return admin.request("POST", "/api/v1/regions", "name=x", with({{"Content-Type", "text/plain"}}, h)); }},
        {"422 required", [&](const Headers& h) { return admin.send_json("POST", "/api/v1/regions", json::object(), h); }},
        {"422 types and unknown fields", [&](const Headers& h) { return admin.send_json("POST", "/api/v1/regions", {{"name", 5}, {"code", "не код"}, {"colour", "red"}}, h); }},
        {"422 one of", [&](const Headers& h) { return admin.send_json("POST", "/api/v1/districts/" + std::string("00000000-0000-4000-8000-000000000000") + "/organizations", {{"name", "Школа"}, {"type", "castle"}}, h); }},
        {"404 object", [&](const Headers& h) { return admin.get("/api/v1/regions/00000000-0000-4000-8000-000000000000", h); }},
        {"404 not an id", [&](const Headers& h) { return admin.get("/api/v1/regions/not-an-id", h); }},
        {"400 bad query", [&](const Headers& h) { return admin.get("/api/v1/districts?region_id=bad", h); }},
        {"400 limit", [&](const Headers& h) { return admin.get("/api/v1/regions?limit=0", h); }},
        {"400 date", [&](const Headers& h) { return admin.get("/api/v1/compliance?as_of=yesterday", h); }},
        {"428", [&](const Headers& h) { return admin.send_json("PATCH", region_path, {{"name", "Другое"}}, h); }},
        {"412", [&](const Headers& h) { return admin.send_json("PATCH", region_path, {{"name", "Другое"}}, with({{"If-Match", "\"999\""}}, h)); }},
        {"409", [&](const Headers& h) { return admin.send_json("POST", "/api/v1/regions", {{"name", "Регион"}, {"code", code}}, h); }},
    };
    for (auto& c : cases) {
        SCOPED_TRACE(c.name);
        auto en = c.send({});
        auto ru = c.send(kRussian);
        auto en_first = c.send(kEnglishFirst);
        ASSERT_GE(en.status, 400) << en.body;
        ASSERT_EQ(ru.status, en.status) << ru.body;
        ASSERT_EQ(ru.header("content-type"), "application/problem+json") << ru.body;
        auto e = en.json(), r = ru.json(), f = en_first.json();
        // Machines: the same type, status and pointers in either language.
        EXPECT_EQ(r["type"], e["type"]);
        EXPECT_EQ(r["status"], e["status"]);
        ASSERT_EQ(r.contains("errors"), e.contains("errors"));
        // People: Russian.
        EXPECT_EQ(ru.header("content-language"), "ru");
        EXPECT_TRUE(has_cyrillic(r["title"])) << r.dump();
        EXPECT_TRUE(has_cyrillic(r["detail"])) << r.dump();
        if (r.contains("errors")) {
            ASSERT_EQ(r["errors"].size(), e["errors"].size());
            for (std::size_t i = 0; i < r["errors"].size(); ++i) {
                EXPECT_EQ(r["errors"][i]["pointer"], e["errors"][i]["pointer"]);
                EXPECT_TRUE(has_cyrillic(r["errors"][i]["message"])) << r.dump();
            }
        }
        // The default, and an English-first browser: English as before.
        EXPECT_EQ(en.header("content-language"), "en");
        EXPECT_FALSE(has_cyrillic(e["title"])) << e.dump();
        EXPECT_FALSE(has_cyrillic(e["detail"])) << e.dump();
        for (auto& x : e.value("errors", json::array())) EXPECT_FALSE(has_cyrillic(x["message"])) << e.dump();
        EXPECT_EQ(en_first.header("content-language"), "en");
        EXPECT_EQ(f["title"], e["title"]);
        EXPECT_EQ(f["type"], e["type"]);
    }
}

TEST_F(ProblemLanguage, AFieldMessageKeepsItsNumbersAndNames) {
    auto admin = server->admin();
    auto r = admin.get("/api/v1/regions?limit=500", {{"Accept-Language", "ru"}});
    ASSERT_EQ(r.status, 400) << r.body;
    auto detail = r.json()["detail"].get<std::string>();
    EXPECT_NE(detail.find("«limit»"), std::string::npos) << detail;
    EXPECT_NE(detail.find("от 1 до 200"), std::string::npos) << detail;
    auto missing = admin.get("/api/v1/regions/00000000-0000-4000-8000-000000000000", {{"Accept-Language", "ru"}});
    EXPECT_EQ(missing.json()["detail"], "Не найдено: регион.") << missing.body;
    EXPECT_EQ(missing.json()["title"], "Не найдено");
}

// Errors the HTTP front writes before a request is whole: in Russian when the headers
// that came say so.
TEST_F(ProblemLanguage, UnreadableRequestsToo) {
    auto http = server->client();
    // The headers are read, the chunked body is not (a chunk size that is not hex).
    auto bad = http.raw("POST /api/v1/regions HTTP/1.1\r\nHost: x\r\nAccept-Language: ru\r\n"
                        "Transfer-Encoding: chunked\r\n\r\nZZ\r\nabc\r\n0\r\n\r\n");
    ASSERT_EQ(bad.status, 400) << bad.body;
    EXPECT_EQ(bad.header("content-type"), "application/problem+json");
    EXPECT_EQ(bad.header("content-language"), "ru") << bad.body;
    EXPECT_TRUE(has_cyrillic(bad.json()["detail"])) << bad.body;
    EXPECT_TRUE(has_cyrillic(bad.json()["title"])) << bad.body;
    auto garbage = http.raw("THIS IS NOT HTTP\r\n\r\n");
    ASSERT_EQ(garbage.status, 400);
    EXPECT_EQ(garbage.header("content-language"), "en") << "no header came: English";
    EXPECT_EQ(http.get("/livez").status, 200);
}

}  // namespace
