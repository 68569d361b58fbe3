#include <gtest/gtest.h>

#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;

namespace {

class OrganizationsApi : public testsupport::ServerSuite<OrganizationsApi> {
protected:
    void SetUp() override {
        district_id = testsupport::World(*server).district().id;  // tests/support/world.hpp
        base = "/api/v1/districts/" + district_id + "/organizations";
    }
    static HttpClient http() { return server->admin(); }
    HttpResponse create(const json& body) const { return http().send_json("POST", base, body); }

    std::string district_id, base;
};

TEST_F(OrganizationsApi, CreateThenReadBack) {
    auto r = create({{"name", "  МБОУ СОШ № 1 "}, {"type", "school"}, {"short_name", "СОШ № 1"}, {"external_code", "s1"}});
    ASSERT_EQ(r.status, 201) << r.body;
    auto body = r.json();
    EXPECT_EQ(body["name"], "МБОУ СОШ № 1");
    EXPECT_EQ(body["status"], "active");
    EXPECT_EQ(body["district_id"], district_id);
    EXPECT_EQ(r.header("etag"), "\"1\"");
    EXPECT_EQ(r.header("location"), base + "/" + body["id"].get<std::string>());
    EXPECT_FALSE(r.header("x-request-id").empty());

    auto got = http().get(base + "/" + body["id"].get<std::string>());
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.json()["short_name"], "СОШ № 1");
    EXPECT_EQ(got.header("content-type"), "application/json");
}

TEST_F(OrganizationsApi, ListPagesWithCursorAndLinkAndFilters) {
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(create({{"name", "Школа " + std::to_string(i)}, {"type", "school"}}).status, 201);
    ASSERT_EQ(create({{"name", "Детский сад"}, {"type", "kindergarten"}}).status, 201);

    std::vector<std::string> names;
    std::string target = base + "?limit=2&type=school";
    int pages = 0;
    while (!target.empty()) {
        auto r = http().get(target);
        ASSERT_EQ(r.status, 200) << r.body;
        auto b = r.json();
        for (auto& o : b["items"]) names.push_back(o["name"]);
        auto link = r.header("link");
        if (b["next_cursor"].is_null()) {
            EXPECT_TRUE(link.empty());
            target.clear();
        } else {
            ASSERT_FALSE(link.empty());
            target = link.substr(1, link.find('>') - 1);
            EXPECT_NE(target.find("type=school"), std::string::npos);
        }
        ++pages;
    }
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(names, (std::vector<std::string>{"Школа 0", "Школа 1", "Школа 2", "Школа 3", "Школа 4"}));

    auto search = http().get(base + "?q=%D0%B4%D0%B5%D1%82%D1%81%D0%BA%D0%B8%D0%B9");  // «детский»
    ASSERT_EQ(search.status, 200);
    ASSERT_EQ(search.json()["items"].size(), 1u);
    EXPECT_EQ(search.json()["items"][0]["type"], "kindergarten");
}

TEST_F(OrganizationsApi, PatchNeedsIfMatchAndRejectsStaleVersions) {
    auto id = create({{"name", "Колледж"}, {"type", "college"}}).json()["id"].get<std::string>();
    auto url = base + "/" + id;

    auto missing = http().send_json("PATCH", url, {{"name", "Новое"}});
    EXPECT_EQ(missing.status, 428);
    EXPECT_EQ(missing.header("content-type"), "application/problem+json");

    auto ok = http().send_json("PATCH", url, {{"name", "Новое"}, {"address", nullptr}}, {{"If-Match", "\"1\""}});
    ASSERT_EQ(ok.status, 200) << ok.body;
    EXPECT_EQ(ok.json()["name"], "Новое");
    EXPECT_EQ(ok.header("etag"), "\"2\"");

    auto stale = http().send_json("PATCH", url, {{"name", "Другое"}}, {{"If-Match", "\"1\""}});
    EXPECT_EQ(stale.status, 412);
    EXPECT_EQ(http().get(url).json()["name"], "Новое");
}

TEST_F(OrganizationsApi, ArchiveClosesTheOrganization) {
    auto id = create({{"name", "Закрываемая школа"}, {"type", "school"}}).json()["id"].get<std::string>();
    auto r = http().request("DELETE", base + "/" + id);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["status"], "closed");
    auto active = http().get(base + "?status=active");
    auto listed = active.json();
    ASSERT_EQ(active.status, 200);
    for (auto& o : listed["items"]) EXPECT_NE(o["id"], id);
}

TEST_F(OrganizationsApi, InvalidFieldsAnswer422WithPointersAndWriteNothing) {
    auto r = create({{"name", ""}, {"type", "university"}, {"district_id", "x"}, {"colour", "red"}, {"status", "closed"}});
    ASSERT_EQ(r.status, 422) << r.body;
    auto body = r.json();
    std::set<std::string> pointers;
    for (auto& e : body["errors"]) pointers.insert(e["pointer"]);
    EXPECT_EQ(pointers, (std::set<std::string>{"/type", "/district_id", "/colour", "/status"})) << r.body;
    EXPECT_EQ(http().get(base).json()["items"].size(), 0u);

    auto empty_name = create({{"name", "   "}, {"type", "school"}});
    ASSERT_EQ(empty_name.status, 422);
    EXPECT_EQ(empty_name.json()["errors"][0]["pointer"], "/name");
}

TEST_F(OrganizationsApi, BadRequestsGetPreciseProblems) {
    auto malformed = http().request("POST", base, "{\"name\": ", {{"Content-Type", "application/json"}});
    EXPECT_EQ(malformed.status, 400);
    EXPECT_EQ(malformed.json()["type"], "https://nastavnik.example/problems/malformed-json");

    auto wrong_type = http().request("POST", base, "name=x", {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(wrong_type.status, 415);

    auto bad_utf8 = http().request("POST", base, "{\"name\": \"\xff\xfe\", \"type\": \"school\"}",
                                   {{"Content-Type", "application/json"}});
    EXPECT_EQ(bad_utf8.status, 400);
    EXPECT_EQ(bad_utf8.json()["type"], "https://nastavnik.example/problems/invalid-utf8");

    EXPECT_EQ(http().get(base + "/not-a-uuid").status, 404);
    EXPECT_EQ(http().get("/api/v1/districts/00000000-0000-0000-0000-000000000000/organizations").status, 404);
    EXPECT_EQ(http().get(base + "?limit=0").status, 400);
    EXPECT_EQ(http().get(base + "?limit=201").status, 400);
    EXPECT_EQ(http().get(base + "?cursor=%%%garbage").status, 400);
    EXPECT_EQ(http().get(base + "?type=zoo").status, 400);
    auto bad_query = http().get(base + "?q=%FF%FE");
    EXPECT_EQ(bad_query.status, 400);
    EXPECT_EQ(bad_query.json()["type"], "https://nastavnik.example/problems/invalid-utf8");
    auto nul = create({{"name", std::string("Школа\0ноль", 19)}, {"type", "school"}});
    EXPECT_EQ(nul.status, 422) << nul.body;
    auto null_name = create({{"name", nullptr}, {"type", "school"}});
    EXPECT_EQ(null_name.status, 422);
    EXPECT_EQ(http().get(base).json()["items"].size(), 0u);
}

TEST_F(OrganizationsApi, DuplicateExternalCodeIsAConflict) {
    ASSERT_EQ(create({{"name", "A"}, {"type", "school"}, {"external_code", "dup"}}).status, 201);
    auto r = create({{"name", "B"}, {"type", "school"}, {"external_code", "dup"}});
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
}

}  // namespace
