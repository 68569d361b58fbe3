// Monitoring campaigns, reports and the personalised bases over HTTP, against the real
// server: concurrency (If-Match, Idempotency-Key), all-or-nothing bulk upserts, tenancy
// and privacy, erasure, consent, derived values against the bases, the workflow and lock.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "domain/date.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;

namespace {

class MonitoringApi : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        testsupport::ServerOptionsForTest o;
        o.pool_size = 8;
        o.threads = 4;
        server = new testsupport::TestServer(o);
    }
    static void TearDownTestSuite() {
        delete server;
        server = nullptr;
    }

    void SetUp() override {
        // The world: tests/support/world.hpp.
        testsupport::World w(*server);
        auto region = w.region();
        auto a = w.district(region), b = w.district(region);
        region_id = region.id;
        district_a = a.id;
        district_b = b.id;
        auto x = w.organization(a, "СОШ № 1", "school");
        org_x = x.id;
        org_y = w.organization(a, "Детский сад № 5", "kindergarten").id;
        org_z = w.organization(b, "СОШ района Б", "school").id;
        coordinator = w.coordinator(a).http();
        coordinator_b = w.coordinator(b).http();
        curator_x = w.curator(x).http();
        viewer = w.viewer(a).http();
        analyst = w.analyst(region).http();
        system_x = w.api_key(x, {"read", "write"}, "АИС школы").http();
    }

    static std::string org_path(const std::string& d, const std::string& o) {
        return "/api/v1/districts/" + d + "/organizations/" + o;
    }
    std::string campaigns() const { return "/api/v1/districts/" + district_a + "/monitoring-campaigns"; }
    std::string report_path(const std::string& c, const std::string& o) const { return campaigns() + "/" + c + "/reports/" + o; }

    static json mentee(const std::string& ext, int born = 2012, const std::string& by = "parent") {
        return {{"external_id", ext}, {"full_name", "Ученик " + ext}, {"category", "student"}, {"birth_year", born},
                {"consent", {{"date", "2024-09-01"}, {"given_by", by}}}};
    }
    static json mentor(const std::string& ext) {
        return {{"external_id", ext}, {"full_name", "Учитель " + ext}, {"category", "teacher"}, {"birth_year", 1980},
                {"consent", {{"date", "2024-09-01"}, {"given_by", "self"}}}};
    }
    std::string create(const HttpClient& c, const std::string& path, const json& body) {
        auto r = c.send_json("POST", path, body);
        EXPECT_EQ(r.status, 201) << path << "\n" << r.body;
        return r.json().value("id", "");
    }
    std::string campaign(const json& extra = json::object()) {
        json body = {{"title", "Мониторинг, май"}, {"reporting_date", "2025-05-20"}, {"due_date", "2099-05-31"},
                     {"lock_date", "2099-06-10"}};
        body.update(extra);
        return create(coordinator, campaigns(), body);
    }
    static std::set<std::string> pointers_of(const HttpResponse& r) {
        std::set<std::string> out;
        auto body = r.json();
        for (auto& e : body["errors"]) out.insert(e["pointer"].get<std::string>());
        return out;
    }
    static int count(const std::string& sql) {
        auto s = testsupport::admin_session();
        int n = -1;
        *s << sql, soci::into(n);
        return n;
    }

    static testsupport::TestServer* server;
    std::string region_id, district_a, district_b, org_x, org_y, org_z;
    HttpClient coordinator{0}, coordinator_b{0}, curator_x{0}, viewer{0}, analyst{0}, system_x{0};
};
testsupport::TestServer* MonitoringApi::server = nullptr;

TEST_F(MonitoringApi, ReferenceListsForAnyCaller) {
    auto forms = viewer.get("/api/v1/mentoring-forms");
    ASSERT_EQ(forms.status, 200) << forms.body;
    EXPECT_GE(forms.json()["items"].size(), 10u);
    EXPECT_EQ(forms.json()["items"][0]["title"], "ученик – ученик");
    EXPECT_EQ(forms.json()["stages"].size(), 7u);
    auto indicators = analyst.get("/api/v1/indicators");
    ASSERT_EQ(indicators.status, 200);
    EXPECT_EQ(indicators.json()["items"].size(), 18u);
    EXPECT_EQ(server->client().get("/api/v1/indicators").status, 401);
}

TEST_F(MonitoringApi, BulkUpsertWithOneBadRecordInAThousandWritesNothingAndNamesIt) {
    auto path = org_path(district_a, org_x) + "/mentees/bulk";
    json items = json::array();
    for (int i = 0; i < 1000; ++i) items.push_back(mentee("s" + std::to_string(i)));
    items[17]["birth_year"] = 1800;
    auto bad = curator_x.send_json("POST", path, {{"items", items}});
    ASSERT_EQ(bad.status, 422) << bad.body.substr(0, 500);
    ASSERT_EQ(bad.json()["errors"].size(), 1u) << bad.body.substr(0, 500);
    EXPECT_EQ(bad.json()["errors"][0]["pointer"], "/items/17/birth_year");
    EXPECT_EQ(count("select count(*) from mentoring_persons where organization_id = '" + org_x + "'"), 0);

    items[17]["birth_year"] = "twenty";  // the wrong JSON type is named the same way
    auto typed = curator_x.send_json("POST", path, {{"items", items}});
    ASSERT_EQ(typed.status, 422);
    EXPECT_EQ(typed.json()["errors"][0]["pointer"], "/items/17/birth_year");

    items[17]["birth_year"] = 2011;
    items[500]["external_id"] = "s3";  // a duplicate inside the batch
    auto dup = curator_x.send_json("POST", path, {{"items", items}});
    ASSERT_EQ(dup.status, 422);
    EXPECT_EQ(dup.json()["errors"][0]["pointer"], "/items/500/external_id");

    items[500]["external_id"] = "s500";
    auto ok = system_x.send_json("POST", path, {{"items", items}});
    ASSERT_EQ(ok.status, 200) << ok.body.substr(0, 500);
    EXPECT_EQ(ok.json(), (json{{"created", 1000}, {"updated", 0}, {"unchanged", 0}}));
    items[3]["full_name"] = "Другое имя";
    auto again = system_x.send_json("POST", path, {{"items", items}});
    EXPECT_EQ(again.json(), (json{{"created", 0}, {"updated", 1}, {"unchanged", 999}}));
    EXPECT_EQ(count("select count(*) from mentoring_persons where organization_id = '" + org_x + "'"), 1000);

    json too_many = json::array();
    for (int i = 0; i < 5001; ++i) too_many.push_back(json::object());
    EXPECT_EQ(system_x.send_json("POST", path, {{"items", too_many}}).status, 413);
}

TEST_F(MonitoringApi, IdempotentBulkRetriedThreeTimesSomeConcurrentlyMakesOneSetOfRecords) {
    auto path = org_path(district_a, org_x) + "/mentors/bulk";
    json items = json::array();
    for (int i = 0; i < 50; ++i) items.push_back(mentor("t" + std::to_string(i)));
    json body = {{"items", items}};
    std::map<std::string, std::string> key = {{"Idempotency-Key", testsupport::unique_code("k")}};
    HttpResponse first, second, third;
    std::thread a([&] { first = system_x.send_json("POST", path, body, key); });
    std::thread b([&] { second = system_x.send_json("POST", path, body, key); });
    a.join();
    b.join();
    third = system_x.send_json("POST", path, body, key);
    json expected = {{"created", 50}, {"updated", 0}, {"unchanged", 0}};
    for (auto* r : {&first, &second, &third}) {
        ASSERT_EQ(r->status, 200) << r->body;
        EXPECT_EQ(r->json(), expected) << "every retry answers what the one execution did";
    }
    EXPECT_EQ(third.header("idempotent-replayed"), "true");
    EXPECT_EQ(count("select count(*) from mentoring_persons where kind = 'mentor' and organization_id = '" + org_x + "'"), 50);
    EXPECT_EQ(count("select count(*) from audit_log where resource = 'mentoring_persons' and action = 'insert' and"
                    " after->>'organization_id' = '" + org_x + "'"),
              50);

    // The same key with another body is refused; another caller's same key is its own.
    body["items"][0]["full_name"] = "Иное";
    auto other = system_x.send_json("POST", path, body, key);
    EXPECT_EQ(other.status, 422) << other.body;
    EXPECT_EQ(other.json()["type"], "https://nastavnik.example/problems/idempotency-key-reused");
    EXPECT_EQ(curator_x.send_json("POST", path, body, key).status, 200);

    // Creating (not upserting) with one key, three at once: one record.
    std::map<std::string, std::string> create_key = {{"Idempotency-Key", testsupport::unique_code("k")}};
    std::vector<HttpResponse> rs(3);
    std::vector<std::thread> ts;
    for (int i = 0; i < 3; ++i)
        ts.emplace_back([&, i] {
            rs[i] = system_x.send_json("POST", org_path(district_a, org_x) + "/mentees", mentee("once"), create_key);
        });
    for (auto& t : ts) t.join();
    std::set<std::string> ids;
    for (auto& r : rs) {
        ASSERT_EQ(r.status, 201) << r.body;
        ids.insert(r.json()["id"].get<std::string>());
        EXPECT_FALSE(r.header("location").empty());
        EXPECT_EQ(r.header("etag"), "\"1\"");
    }
    EXPECT_EQ(ids.size(), 1u);
    EXPECT_EQ(count("select count(*) from mentoring_persons where external_id = 'once' and organization_id = '" + org_x + "'"), 1);
    EXPECT_EQ(system_x.send_json("POST", org_path(district_a, org_x) + "/mentees", mentee("x"),
                                 {{"Idempotency-Key", std::string(300, 'k')}})
                  .status,
              400);
}

TEST_F(MonitoringApi, ConcurrentPutsWithIfMatchExactlyOneWinsPerVersion) {
    auto c = campaign();
    auto url = report_path(c, org_x);
    auto created = curator_x.send_json("PUT", url, {{"values", {{"teachers_total", 40}}}});
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.header("etag"), "\"1\"");
    EXPECT_EQ(curator_x.send_json("PUT", url, {{"values", json::object()}}).status, 428);

    for (int version = 1; version <= 2; ++version) {
        constexpr int n = 8;
        std::vector<HttpResponse> rs(n);
        std::vector<std::thread> ts;
        for (int i = 0; i < n; ++i)
            ts.emplace_back([&, i] {
                auto& who = i % 2 ? system_x : curator_x;
                rs[i] = who.send_json("PUT", url, {{"values", {{"teachers_total", 100 * version + i}}}},
                                      {{"If-Match", "\"" + std::to_string(version) + "\""}});
            });
        for (auto& t : ts) t.join();
        int wins = 0, stale = 0, winner = -1;
        for (int i = 0; i < n; ++i) {
            if (rs[i].status == 200) ++wins, winner = i;
            else if (rs[i].status == 412) ++stale;
            else ADD_FAILURE() << rs[i].status << " " << rs[i].body;
        }
        EXPECT_EQ(wins, 1);
        EXPECT_EQ(stale, n - 1);
        auto now = curator_x.get(url);
        EXPECT_EQ(now.json()["values"]["teachers_total"], 100 * version + winner) << "the winner's value, not lost";
        EXPECT_EQ(now.header("etag"), "\"" + std::to_string(version + 1) + "\"");
    }
    // A retry of a PUT with its key replays its answer instead of failing on the old version.
    std::map<std::string, std::string> h = {{"If-Match", "\"3\""}, {"Idempotency-Key", "put-1"}};
    auto put = system_x.send_json("PUT", url, {{"values", {{"teachers_total", 41}}}}, h);
    ASSERT_EQ(put.status, 200) << put.body;
    auto retry = system_x.send_json("PUT", url, {{"values", {{"teachers_total", 41}}}}, h);
    EXPECT_EQ(retry.status, 200);
    EXPECT_EQ(retry.body, put.body);
    EXPECT_EQ(retry.header("etag"), "\"4\"");
}

// A school system's report PUT with an Idempotency-Key: the claim of the key, the report and
// the stored answer are one transaction (the same xmin on every row it wrote, and its audit
// rows); the API key's last_used_at moves at most once a minute, so it adds no write.
TEST_F(MonitoringApi, AReportPutWithAKeyIsOneTransactionAndTheApiKeyIsTouchedAtMostOnceAMinute) {
    auto c = campaign();
    auto url = report_path(c, org_x);
    auto text = [](const std::string& sql) {
        auto s = testsupport::admin_session();
        std::string out;
        soci::indicator ind = soci::i_ok;
        *s << sql, soci::into(out, ind);
        return ind == soci::i_ok ? out : std::string("NULL");
    };
    const std::string api_key = "from api_keys where organization_id = '" + org_x + "'";
    ASSERT_EQ(system_x.get("/api/v1/me").status, 200);
    auto used = text("select last_used_at::text " + api_key);
    EXPECT_NE(used, "NULL") << "last_used_at is set on the first use";
    auto key_xmin = text("select xmin::text " + api_key);

    json values = {{"teachers_total", 38}, {"young_teachers", 5}, {"mentors_total", 4}, {"mentees_total", 6},
                   {"students_10_18", "not_applicable"}};
    auto one_transaction = [&](const HttpResponse& r, const std::string& key) {
        auto id = r.header("x-request-id");
        ASSERT_FALSE(id.empty());
        // Every row the request wrote, and every audit row it caused, carries one transaction id.
        auto xids = text(
            "select count(distinct x)::text || ' ' || count(*)::text from ("
            " select xmin::text as x from monitoring_reports where campaign_id = '" + c + "' and organization_id = '" +
            org_x + "' union all select xmin::text from idempotency_keys where key = '" + key +
            "' union all select xmin::text from audit_log where request_id = '" + id + "') t");
        EXPECT_EQ(xids.substr(0, 2), "1 ") << xids << ": one transaction for the claim, the report and the answer";
        EXPECT_GE(std::stoi(xids.substr(2)), 4) << xids << ": the report, the key, and their audit rows";
    };

    auto created = system_x.send_json("PUT", url, {{"values", values}}, {{"Idempotency-Key", "one-tx-1"}});
    ASSERT_EQ(created.status, 201) << created.body;
    one_transaction(created, "one-tx-1");
    values["teachers_total"] = 39;
    auto updated = system_x.send_json("PUT", url, {{"values", values}}, {{"Idempotency-Key", "one-tx-2"}, {"If-Match", "\"1\""}});
    ASSERT_EQ(updated.status, 200) << updated.body;
    one_transaction(updated, "one-tx-2");
    // A replay writes nothing.
    auto report_xmin = text("select xmin::text from monitoring_reports where campaign_id = '" + c + "' and organization_id = '" + org_x + "'");
    auto replay = system_x.send_json("PUT", url, {{"values", values}}, {{"Idempotency-Key", "one-tx-2"}, {"If-Match", "\"1\""}});
    EXPECT_EQ(replay.status, 200);
    EXPECT_EQ(replay.header("idempotent-replayed"), "true");
    EXPECT_EQ(replay.body, updated.body);
    EXPECT_EQ(text("select xmin::text from monitoring_reports where campaign_id = '" + c + "' and organization_id = '" + org_x + "'"),
              report_xmin);
    EXPECT_EQ(text("select count(*)::text from audit_log where request_id = '" + replay.header("x-request-id") + "'"), "0");

    // Within the minute the key's row was not written again.
    EXPECT_EQ(text("select xmin::text " + api_key), key_xmin) << "no touch of last_used_at on every request";
    EXPECT_EQ(text("select last_used_at::text " + api_key), used);
    // A minute later it moves on the next use.
    auto admin = testsupport::admin_session();
    *admin << "update api_keys set last_used_at = now() - interval '2 minutes' where organization_id = cast(:o as uuid)",
        soci::use(org_x);
    auto backdated = text("select last_used_at::text " + api_key);
    ASSERT_EQ(system_x.get(url).status, 200);
    EXPECT_GT(text("select last_used_at::text " + api_key), backdated);
    // Revoking the key takes effect on the next request.
    auto key_id = text("select id::text " + api_key);
    ASSERT_EQ(coordinator.request("DELETE", org_path(district_a, org_x) + "/api-keys/" + key_id).status, 200);
    EXPECT_EQ(system_x.send_json("PUT", url, {{"values", values}}, {{"Idempotency-Key", "one-tx-3"}, {"If-Match", "\"2\""}}).status,
              401);
}

// A PUT whose answer cannot be stored fails as a whole: neither the report's change nor the
// key's claim is left, and a retry with the same key runs anew.
TEST_F(MonitoringApi, AReportPutWithAKeyThatFailsLeavesNeitherTheChangeNorTheClaim) {
    auto c = campaign();
    auto url = report_path(c, org_x);
    ASSERT_EQ(curator_x.send_json("PUT", url, {{"values", {{"teachers_total", 40}}}}).status, 201);
    auto key = testsupport::unique_code("fail");
    auto admin = testsupport::admin_session();
    // Storing the answer for this key fails (after the report was written in the transaction).
    *admin << "create or replace function test_refuse_answer() returns trigger language plpgsql as $$"
              " begin if new.key like 'fail%' and new.status is not null then"
              " raise exception 'refused by the test'; end if; return new; end $$";
    *admin << "create trigger test_refuse_answer before update on idempotency_keys for each row"
              " execute function test_refuse_answer()";
    json body = {{"values", {{"teachers_total", 41}}}};
    std::map<std::string, std::string> h = {{"Idempotency-Key", key}, {"If-Match", "\"1\""}};
    auto failed = system_x.send_json("PUT", url, body, h);
    *admin << "drop trigger test_refuse_answer on idempotency_keys";
    *admin << "drop function test_refuse_answer()";
    EXPECT_EQ(failed.status, 500) << failed.body;
    auto now = curator_x.get(url);
    EXPECT_EQ(now.header("etag"), "\"1\"");
    EXPECT_EQ(now.json()["values"]["teachers_total"], 40) << "the report's change was rolled back";
    EXPECT_EQ(count("select count(*) from idempotency_keys where key = '" + key + "'"), 0) << "so was the claim";
    EXPECT_EQ(count("select count(*) from audit_log where request_id = '" + failed.header("x-request-id") + "'"), 0);

    auto retried = system_x.send_json("PUT", url, body, h);
    ASSERT_EQ(retried.status, 200) << retried.body;
    EXPECT_EQ(retried.header("idempotent-replayed"), "") << "run anew, not replayed";
    EXPECT_EQ(retried.header("etag"), "\"2\"");
    EXPECT_EQ(retried.json()["values"]["teachers_total"], 41);
    auto again = system_x.send_json("PUT", url, body, h);
    EXPECT_EQ(again.header("idempotent-replayed"), "true");
    EXPECT_EQ(again.body, retried.body);
}

// A request whose Idempotency-Key another request is still working on waits five seconds at
// most, then gets 409 with Retry-After (it does not hold a pooled connection for as long as
// the first one takes); once the first is gone, the retry runs.
TEST_F(MonitoringApi, AKeyStillInProgressElsewhereIs409WithRetryAfterNotAnEndlessWait) {
    auto c = campaign();
    auto url = report_path(c, org_x);
    ASSERT_EQ(curator_x.send_json("PUT", url, {{"values", {{"teachers_total", 40}}}}).status, 201);
    // The key's owner as the server writes it: from a first request with a probe key.
    auto probe = testsupport::unique_code("probe");
    ASSERT_EQ(system_x.send_json("PUT", url, {{"values", {{"teachers_total", 40}}}},
                                 {{"Idempotency-Key", probe}, {"If-Match", "*"}})
                  .status,
              200);
    std::string actor, district;
    *testsupport::admin_session() << "select actor, district_id::text from idempotency_keys where key = :k",
        soci::use(probe), soci::into(actor), soci::into(district);
    ASSERT_FALSE(actor.empty());

    // Another request holds the key: its claim is made and not yet committed.
    auto key = testsupport::unique_code("busy");
    auto holder = testsupport::admin_session();
    soci::transaction tx(*holder);
    *holder << "insert into idempotency_keys (district_id, actor, key, request_hash, owner)"
               " values (cast(:d as uuid), :a, :k, 'h', 'o')",
        soci::use(district), soci::use(actor), soci::use(key);
    json body = {{"values", {{"teachers_total", 42}}}};
    std::map<std::string, std::string> h = {{"Idempotency-Key", key}, {"If-Match", "*"}};
    auto busy = system_x.send_json("PUT", url, body, h);
    EXPECT_EQ(busy.status, 409) << busy.body;
    EXPECT_EQ(busy.header("content-type"), "application/problem+json");
    EXPECT_EQ(busy.header("retry-after"), "1");
    EXPECT_EQ(busy.json()["type"], "https://nastavnik.example/problems/idempotency-key-in-progress");
    EXPECT_EQ(curator_x.get(url).json()["values"]["teachers_total"], 40) << "nothing was written";
    tx.rollback();

    auto retried = system_x.send_json("PUT", url, body, h);
    ASSERT_EQ(retried.status, 200) << retried.body;
    EXPECT_EQ(retried.json()["values"]["teachers_total"], 42);
}

TEST_F(MonitoringApi, PersonsOfAnotherTenantOrOrganisationAre404AndOthersSeeNoPersons) {
    auto id = create(curator_x, org_path(district_a, org_x) + "/mentors", mentor("m1"));
    auto own = org_path(district_a, org_x) + "/mentors/" + id;
    EXPECT_EQ(curator_x.get(own).status, 200);
    EXPECT_EQ(coordinator.get(own).status, 200);
    EXPECT_EQ(system_x.get(own).status, 200);
    // Cross-organisation and cross-tenant: 404, exactly like a missing one.
    EXPECT_EQ(curator_x.get(org_path(district_a, org_y) + "/mentors").status, 404);
    EXPECT_EQ(coordinator.get(org_path(district_a, org_y) + "/mentors/" + id).status, 404);
    EXPECT_EQ(coordinator_b.get(own).status, 404);
    EXPECT_EQ(coordinator_b.get(org_path(district_b, org_x) + "/mentors/" + id).status, 404);
    EXPECT_EQ(coordinator.get(org_path(district_a, org_z) + "/mentors").status, 404);
    EXPECT_EQ(coordinator.get(org_path(district_a, org_x) + "/mentees/" + id).status, 404) << "a mentor is no mentee";
    EXPECT_EQ(coordinator.get(org_path(district_a, org_x) + "/mentors/not-a-uuid").status, 404);
    // Viewers, analysts and system administrators see no person (nor pairs).
    for (auto* c : {&viewer, &analyst}) {
        EXPECT_EQ(c->get(own).status, 403);
        EXPECT_EQ(c->get(org_path(district_a, org_x) + "/mentors").status, 403);
        EXPECT_EQ(c->get(org_path(district_a, org_x) + "/pairs").status, 403);
        EXPECT_EQ(c->get(org_path(district_a, org_x) + "/programs").status, 200) << "programs are not personal";
    }
    EXPECT_EQ(server->admin().get(own).status, 403);
    EXPECT_EQ(viewer.send_json("POST", org_path(district_a, org_x) + "/mentors", mentor("m2")).status, 403);
    EXPECT_EQ(count("select count(*) from mentoring_persons where organization_id = '" + org_x + "'"), 1);
}

TEST_F(MonitoringApi, ErasingAPersonRemovesPersonalFieldsAndKeepsTheCounts) {
    auto base = org_path(district_a, org_x);
    auto m = create(curator_x, base + "/mentors", mentor("m1"));
    auto s = create(curator_x, base + "/mentees", mentee("s1"));
    ASSERT_EQ(curator_x.send_json("POST", base + "/pairs",
                                  {{"mentor_id", m}, {"mentee_ids", {s}}, {"form", "student_student"}, {"start_date", "2025-01-10"}})
                  .status,
              201);
    auto c = campaign();
    auto before = coordinator.get(report_path(c, org_x)).json()["bases"];
    auto erased = coordinator.request("DELETE", base + "/mentees/" + s);
    ASSERT_EQ(erased.status, 200) << erased.body;
    auto e = erased.json();
    EXPECT_TRUE(e["erased"].get<bool>());
    EXPECT_TRUE(e["full_name"].is_null());
    EXPECT_TRUE(e["birth_year"].is_null());
    EXPECT_TRUE(e["consent"].is_null());
    EXPECT_TRUE(e["external_id"].is_null());
    EXPECT_EQ(e["category"], "student");
    EXPECT_EQ(count("select count(*) from mentoring_persons where full_name = 'Ученик s1' and organization_id = '" + org_x + "'"), 0);
    auto after = coordinator.get(report_path(c, org_x)).json()["bases"];
    EXPECT_EQ(after["mentees_total"], 1);
    EXPECT_EQ(after, before);
    EXPECT_EQ(curator_x.send_json("PATCH", base + "/mentees/" + s, {{"full_name", "Снова"}}, {{"If-Match", "\"2\""}}).status, 409);
}

TEST_F(MonitoringApi, APersonWithoutTheRequiredConsentCannotBePaired) {
    auto base = org_path(district_a, org_x);
    auto m = create(curator_x, base + "/mentors", mentor("m1"));
    auto own_consent = create(curator_x, base + "/mentees", mentee("minor", 2013, "self"));
    auto none = mentee("none");
    none.erase("consent");
    auto no_consent = create(curator_x, base + "/mentees", none);
    auto ok = create(curator_x, base + "/mentees", mentee("ok"));
    auto r = curator_x.send_json("POST", base + "/pairs",
                                 {{"mentor_id", m}, {"mentee_ids", {ok, own_consent, no_consent}}, {"form", "student_student"},
                                  {"start_date", "2025-01-10"}});
    ASSERT_EQ(r.status, 422) << r.body;
    auto pointers = pointers_of(r);
    EXPECT_EQ(pointers, (std::set<std::string>{"/mentee_ids/1", "/mentee_ids/2"}));
    EXPECT_NE(r.body.find("parent"), std::string::npos);
    EXPECT_EQ(count("select count(*) from mentoring_pairs where organization_id = '" + org_x + "'"), 0);
    EXPECT_EQ(curator_x.send_json("POST", base + "/pairs",
                                  {{"mentor_id", m}, {"mentee_ids", {ok}}, {"form", "student_student"}, {"start_date", "2025-01-10"}})
                  .status,
              201);
}

TEST_F(MonitoringApi, ValuesFromTheBasesArePrefilledDerivedMatchAndDisagreementsAreFlagged) {
    auto base = org_path(district_a, org_x);
    std::vector<std::string> mentors, mentees;
    for (int i = 0; i < 2; ++i) mentors.push_back(create(curator_x, base + "/mentors", mentor("m" + std::to_string(i))));
    for (int i = 0; i < 4; ++i) mentees.push_back(create(curator_x, base + "/mentees", mentee("s" + std::to_string(i), i == 3 ? 2005 : 2012)));
    json young = {{"full_name", "Молодой педагог"}, {"category", "young_teacher"}, {"birth_year", 2000},
                  {"consent", {{"date", "2024-09-01"}, {"given_by", "self"}}}};
    mentees.push_back(create(curator_x, base + "/mentees", young));
    auto program = create(curator_x, base + "/programs",
                          {{"title", "Программа"}, {"forms", {"student_student", "teacher_young_specialist"}},
                           {"period", {{"start", "2024-09-01"}, {"end", "2026-05-31"}}}, {"capacity", 2}});
    auto pair = [&](const std::string& m, std::vector<std::string> s, const std::string& form, const std::string& start,
                    json end = nullptr) {
        return curator_x.send_json("POST", base + "/pairs",
                                   {{"mentor_id", m}, {"mentee_ids", s}, {"form", form}, {"program_id", program},
                                    {"start_date", start}, {"end_date", end}, {"status", end.is_null() ? "active" : "completed"}});
    };
    ASSERT_EQ(pair(mentors[0], {mentees[0], mentees[1]}, "student_student", "2024-10-01").status, 201);
    ASSERT_EQ(pair(mentors[1], {mentees[2], mentees[3]}, "student_student", "2024-10-01").status, 201);  // s3 is 20
    ASSERT_EQ(pair(mentors[1], {mentees[4]}, "teacher_young_specialist", "2025-01-01").status, 201);
    ASSERT_EQ(pair(mentors[0], {mentees[2]}, "student_student", "2024-09-01", "2025-03-01").status, 201);  // ended
    auto over = pair(mentors[1], {mentees[0]}, "student_student", "2025-02-01");
    EXPECT_EQ(over.status, 422) << "mentor 1 is at the program's capacity of 2";

    auto c = campaign();
    auto fresh = curator_x.get(report_path(c, org_x));
    ASSERT_EQ(fresh.status, 200) << fresh.body;
    auto v = fresh.json();
    EXPECT_EQ(v["status"], "not_started");
    EXPECT_TRUE(v["prefilled"].get<bool>());
    EXPECT_TRUE(fresh.header("etag").empty());
    // As of 2025-05-20: three active pairs, two mentors, five mentees, three pupils of 10–18.
    json expected_bases = {{"mentors_total", 2}, {"mentees_total", 5}, {"pairs_total", 3}, {"programs_total", 1},
                           {"mentees_students_10_18", 3}, {"mentees_young_teachers", 1}};
    for (auto& [code, n] : expected_bases.items()) {
        EXPECT_EQ(v["bases"][code], n) << code;
        EXPECT_EQ(v["values"][code], n) << code << " is pre-filled";
    }
    EXPECT_EQ(v["bases"]["pairs_by_form"]["student_student"], 2);
    // The same counts straight from the records.
    EXPECT_EQ(count("select count(distinct p.mentor_id) from mentoring_pairs p where p.organization_id = '" + org_x +
                    "' and p.start_date <= '2025-05-20' and (p.end_date is null or p.end_date >= '2025-05-20')"),
              2);
    EXPECT_EQ(count("select count(distinct m.mentee_id) from mentoring_pair_mentees m join mentoring_pairs p on p.id = m.pair_id"
                    " where p.organization_id = '" + org_x +
                    "' and p.start_date <= '2025-05-20' and (p.end_date is null or p.end_date >= '2025-05-20')"),
              5);

    json values = v["values"];
    values["students_10_18"] = 12;
    values["young_teachers"] = 4;
    values["mentors_total"] = 3;  // disagrees with the records
    auto put = curator_x.send_json("PUT", report_path(c, org_x), {{"values", values}});
    ASSERT_EQ(put.status, 201) << put.body;
    auto r = put.json();
    EXPECT_EQ(r["derived"]["share_students_10_18_pct"], 25.0);  // 3 of 12
    EXPECT_EQ(r["derived"]["share_young_teachers_pct"], 25.0);  // 1 of 4
    EXPECT_FALSE(r["derived"].contains("satisfaction_pct")) << "surveyed is missing, so is the share";
    bool flagged = false;
    for (auto& f : r["flags"]) {
        if (f["code"] == "mentors_total" && f["kind"] == "bases") {
            flagged = true;
            EXPECT_EQ(f["message_ru"], "введено 3, а по записям организации на 2025-05-20 — 2") << f.dump();
        }
        // Every flag in Russian too (people read it beside the field): Cyrillic, not the English.
        auto ru = f["message_ru"].get<std::string>();
        EXPECT_TRUE(ru.find("\xD0") != std::string::npos || ru.find("\xD1") != std::string::npos) << f.dump();
        EXPECT_NE(ru, f["message"].get<std::string>()) << f.dump();
    }
    EXPECT_TRUE(flagged) << r["flags"].dump();
}

TEST_F(MonitoringApi, WorkflowRulesOnSubmitAcceptReturnAndCompleteness) {
    auto c = campaign({{"indicators", {{{"code", "volunteers"}, {"title", "Волонтёры"}, {"type", "integer"}, {"required", true}}}}});
    auto url = report_path(c, org_x);
    ASSERT_EQ(curator_x.send_json("PUT", url, {{"values", {{"students_10_18", 100}, {"mentees_students_10_18", 120}}}}).status, 201);
    auto refused = curator_x.send_json("POST", url + "/submit", json::object());
    ASSERT_EQ(refused.status, 422) << refused.body;
    auto pointers = pointers_of(refused);
    EXPECT_TRUE(pointers.count("/values/mentees_students_10_18")) << refused.body;
    EXPECT_TRUE(pointers.count("/values/volunteers"));
    EXPECT_TRUE(pointers.count("/values/has_order"));

    json values = {{"students_10_18", 100}, {"mentees_students_10_18", 70}, {"teachers_total", 30}, {"young_teachers", 3},
                   {"mentees_young_teachers", 3}, {"mentors_total", 10}, {"mentees_total", 73}, {"pairs_total", 40},
                   {"programs_total", 1}, {"has_order", true}, {"has_regulation", true}, {"has_program", true},
                   {"has_site_page", false}, {"volunteers", "not_applicable"}, {"surveyed", nullptr}};
    ASSERT_EQ(curator_x.send_json("PUT", url, {{"values", values}}, {{"If-Match", "\"1\""}}).status, 200);
    EXPECT_EQ(curator_x.request("POST", url + "/accept").status, 403) << "only the coordinator accepts";
    auto submitted = curator_x.send_json("POST", url + "/submit", json::object());
    ASSERT_EQ(submitted.status, 200) << submitted.body;
    EXPECT_EQ(submitted.json()["status"], "submitted");
    EXPECT_FALSE(submitted.json()["late"].get<bool>());
    EXPECT_EQ(submitted.json()["values"]["volunteers"], "not_applicable");
    EXPECT_FALSE(submitted.json()["values"].contains("surveyed")) << "null is missing, not zero";
    EXPECT_EQ(curator_x.send_json("PUT", url, {{"values", values}}, {{"If-Match", "\"3\""}}).status, 409);
    EXPECT_EQ(coordinator.send_json("POST", url + "/return", json::object()).status, 422) << "a comment is required";
    auto returned = coordinator.send_json("POST", url + "/return", {{"comment", "Уточните число наставников"}});
    ASSERT_EQ(returned.status, 200) << returned.body;
    EXPECT_EQ(returned.json()["status"], "returned");
    EXPECT_EQ(returned.json()["return_comment"], "Уточните число наставников");
    ASSERT_EQ(curator_x.request("POST", url + "/submit").status, 200);
    auto accepted = coordinator.send_json("POST", url + "/accept", json::object(), {{"If-Match", "\"5\""}});
    ASSERT_EQ(accepted.status, 200) << accepted.body;
    EXPECT_EQ(accepted.json()["status"], "accepted");
    EXPECT_EQ(coordinator.request("POST", url + "/accept").status, 409);

    // The list: every expected organisation; the viewer and the analyst read it.
    auto list = viewer.get(campaigns() + "/" + c + "/reports");
    ASSERT_EQ(list.status, 200) << list.body;
    ASSERT_EQ(list.json()["items"].size(), 2u);
    auto mine = curator_x.get(campaigns() + "/" + c + "/reports");
    ASSERT_EQ(mine.json()["items"].size(), 1u);
    EXPECT_EQ(mine.json()["items"][0]["status"], "accepted");
    EXPECT_EQ(viewer.get(url).status, 200);
    EXPECT_EQ(curator_x.get(report_path(c, org_y)).status, 404);
    EXPECT_EQ(viewer.send_json("PUT", report_path(c, org_y), {{"values", json::object()}}).status, 403);

    // Completeness: X submitted on time; Y missing; once Y closes it leaves both sides.
    auto comp = analyst.get(campaigns() + "/" + c + "/completeness");
    ASSERT_EQ(comp.status, 200) << comp.body;
    EXPECT_EQ(comp.json()["expected"], 2);
    EXPECT_EQ(comp.json()["submitted"], 1);
    EXPECT_EQ(comp.json()["on_time"], 1);
    EXPECT_EQ(comp.json()["missing"], 1);
    EXPECT_EQ(comp.json()["by_type"]["kindergarten"]["missing"], 1);
    ASSERT_EQ(server->admin().request("DELETE", org_path(district_a, org_y)).status, 200);
    auto closed = coordinator.get(campaigns() + "/" + c + "/completeness").json();
    EXPECT_EQ(closed["expected"], 1);
    EXPECT_EQ(closed["closed_excluded"], 1);
    EXPECT_EQ(closed["completeness_pct"], 100.0);
    // Every transition is in the audit log with who did it.
    EXPECT_GE(count("select count(*) from audit_log where resource = 'monitoring_reports' and after->>'organization_id' = '" +
                    org_x + "' and actor_id is not null"),
              6);
}

TEST_F(MonitoringApi, AfterTheLockDateOnlyTheCoordinatorReopens) {
    auto c = create(coordinator, campaigns(),
                    {{"title", "Прошедший"}, {"reporting_date", "2024-05-20"}, {"due_date", "2024-05-31"}, {"lock_date", "2024-06-10"}});
    auto url = report_path(c, org_x);
    auto locked = curator_x.send_json("PUT", url, {{"values", {{"teachers_total", 1}}}});
    EXPECT_EQ(locked.status, 409) << locked.body;
    EXPECT_EQ(locked.json()["type"], "https://nastavnik.example/problems/report-locked");
    EXPECT_TRUE(curator_x.get(url).json()["locked"].get<bool>());
    EXPECT_TRUE(curator_x.get(url).json()["overdue"].get<bool>());
    json values = {{"students_10_18", 10}, {"mentees_students_10_18", 7}, {"teachers_total", 3}, {"young_teachers", 1},
                   {"mentees_young_teachers", 1}, {"mentors_total", 1}, {"mentees_total", 8}, {"pairs_total", 1},
                   {"programs_total", 1}, {"has_order", true}, {"has_regulation", true}, {"has_program", true},
                   {"has_site_page", true}};
    ASSERT_EQ(coordinator.send_json("PUT", url, {{"values", values}}).status, 201);
    auto late = coordinator.request("POST", url + "/submit");
    ASSERT_EQ(late.status, 200) << late.body;
    EXPECT_TRUE(late.json()["late"].get<bool>());
    ASSERT_EQ(coordinator.send_json("POST", url + "/return", {{"comment", "Исправьте"}}).status, 200);
    auto reopened = curator_x.get(url).json();
    EXPECT_TRUE(reopened["reopened"].get<bool>());
    EXPECT_FALSE(reopened["locked"].get<bool>());
    EXPECT_EQ(curator_x.send_json("PUT", url, {{"values", values}}, {{"If-Match", "\"3\""}}).status, 200);
    auto comp = coordinator.get(campaigns() + "/" + c + "/completeness").json();
    EXPECT_EQ(comp["missing"], 2) << "a returned report is not submitted";
}

TEST_F(MonitoringApi, CampaignsValidateAndNeedIfMatch) {
    auto shape = coordinator.send_json("POST", campaigns(),
                                       {{"title", "Май"}, {"reporting_date", "2025-05-20"}, {"due_date", "2025-05-30"},
                                        {"lock_date", "2025-06-01"}, {"colour", 1}, {"id", "x"}});
    ASSERT_EQ(shape.status, 422) << shape.body;
    auto unknown = pointers_of(shape);
    EXPECT_EQ(unknown, (std::set<std::string>{"/colour", "/id"}));
    auto bad = coordinator.send_json("POST", campaigns(),
                                     {{"title", ""}, {"reporting_date", "2025-05-40"}, {"due_date", "2025-05-01"},
                                      {"lock_date", "2025-04-01"}, {"organization_ids", {org_z}}});
    ASSERT_EQ(bad.status, 422) << bad.body;
    auto pointers = pointers_of(bad);
    EXPECT_EQ(pointers, (std::set<std::string>{"/title", "/reporting_date", "/lock_date", "/organization_ids/0"}))
        << bad.body;
    EXPECT_EQ(count("select count(*) from monitoring_campaigns where district_id = '" + district_a + "'"), 0);
    EXPECT_EQ(curator_x.send_json("POST", campaigns(), {{"title", "x"}}).status, 403);
    EXPECT_EQ(coordinator_b.get(campaigns()).status, 404);

    auto c = campaign();
    auto url = campaigns() + "/" + c;
    auto got = viewer.get(url);
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.json()["organization_ids"].size(), 2u) << "every active organisation by default";
    EXPECT_EQ(got.json()["indicators"].size(), 18u);
    EXPECT_EQ(coordinator.send_json("PATCH", url, {{"title", "Новый"}}).status, 428);
    auto patched = coordinator.send_json("PATCH", url, {{"title", "Новый"}, {"indicators", got.json()["indicators"]}},
                                         {{"If-Match", "\"1\""}});
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.json()["indicators"], got.json()["indicators"]) << "the served form goes back unchanged";
    EXPECT_EQ(coordinator.send_json("PATCH", url, {{"title", "Ещё"}}, {{"If-Match", "\"1\""}}).status, 412);
    ASSERT_EQ(curator_x.send_json("PUT", report_path(c, org_x), {{"values", json::object()}}).status, 201);
    auto drop = coordinator.send_json("PATCH", url, {{"organization_ids", {org_y}}}, {{"If-Match", "\"2\""}});
    EXPECT_EQ(drop.status, 422) << "X has a report";

    EXPECT_EQ(coordinator.get(campaigns() + "/nope").status, 404);
    EXPECT_EQ(coordinator.get(campaigns() + "?limit=0").status, 400);
    EXPECT_EQ(coordinator.request("POST", campaigns(), "{", {{"Content-Type", "application/json"}}).status, 400);
    EXPECT_EQ(coordinator.request("POST", campaigns(), "x", {{"Content-Type", "text/plain"}}).status, 415);
    auto put_bad = curator_x.send_json("PUT", report_path(c, org_x),
                                       {{"values", {{"mentors_total", -1}, {"has_order", 1}, {"nope", 1}, {"pairs_total", json::array()}}}},
                                       {{"If-Match", "\"1\""}});
    ASSERT_EQ(put_bad.status, 422) << put_bad.body;
    EXPECT_EQ(put_bad.json()["errors"].size(), 1u) << "the JSON shape first: " << put_bad.body;
    EXPECT_EQ(curator_x.send_json("PUT", report_path(c, org_x), {{"values", {{"mentors_total", -1}, {"has_order", 1}}}},
                                  {{"If-Match", "\"1\""}})
                  .json()["errors"]
                  .size(),
              2u);
    EXPECT_EQ(curator_x.send_json("PUT", report_path(c, org_x), {{"values", json::object()}}, {{"If-Match", "\"9\""}}).status, 412);
}

// Issue 12, part 6: an organisation the campaign does not expect (one opened after it
// started) gets a 404 that says so and what to do; the coordinator adds it while the
// campaign is open (again: nothing changes), and removes one that has no report.
TEST_F(MonitoringApi, TheCoordinatorAddsAnOrganisationOpenedAfterTheCampaignStarted) {
    auto c = campaign();
    auto members = campaigns() + "/" + c + "/organizations";
    auto org_w = testsupport::World(*server).organization({district_a, region_id}, "СОШ № 9 (открыта после начала кампании)").id;
    auto key = coordinator.send_json("POST", org_path(district_a, org_w) + "/api-keys",
                                     {{"name", "АИС новой школы"}, {"scopes", {"read", "write"}}});
    ASSERT_EQ(key.status, 201) << key.body;
    auto system_w = server->client().with_token(key.json()["secret"]);
    json values = {{"values", {{"teachers_total", 20}}}};

    // The school system of the new school: not expected, and told what to do.
    auto refused = system_w.send_json("PUT", report_path(c, org_w), values);
    ASSERT_EQ(refused.status, 404) << refused.body;
    EXPECT_EQ(refused.json()["type"], "https://nastavnik.example/problems/organization-not-in-campaign");
    auto detail = refused.json()["detail"].get<std::string>();
    EXPECT_NE(detail.find(org_w), std::string::npos) << detail;
    EXPECT_NE(detail.find("ask the district coordinator to add it"), std::string::npos) << detail;
    EXPECT_NE(detail.find(members), std::string::npos) << detail;
    auto in_russian = system_w.send_json("PUT", report_path(c, org_w), values, {{"Accept-Language", "ru"}});
    EXPECT_EQ(in_russian.json()["type"], "https://nastavnik.example/problems/organization-not-in-campaign");
    EXPECT_NE(in_russian.json()["detail"].get<std::string>().find("попросите координатора района добавить её"),
              std::string::npos)
        << in_russian.body;
    EXPECT_EQ(system_w.get(report_path(c, org_w)).json()["type"],
              "https://nastavnik.example/problems/organization-not-in-campaign");

    // Only the district's coordinator changes who is expected.
    EXPECT_EQ(curator_x.send_json("POST", members, {{"organization_id", org_w}}).status, 403);
    EXPECT_EQ(viewer.send_json("POST", members, {{"organization_id", org_w}}).status, 403);
    EXPECT_EQ(system_x.send_json("POST", members, {{"organization_id", org_w}}).status, 403);
    EXPECT_EQ(coordinator_b.send_json("POST", members, {{"organization_id", org_w}}).status, 404) << "another district";
    EXPECT_EQ(analyst.send_json("POST", members, {{"organization_id", org_w}}).status, 403);

    auto added = coordinator.send_json("POST", members, {{"organization_id", org_w}});
    ASSERT_EQ(added.status, 201) << added.body;
    auto ids = added.json()["organization_ids"];
    EXPECT_NE(std::find(ids.begin(), ids.end(), json(org_w)), ids.end()) << added.body;
    auto again = coordinator.send_json("POST", members, {{"organization_id", org_w}});
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.header("etag"), added.header("etag")) << "adding it again changes nothing";
    EXPECT_EQ(again.json()["organization_ids"].size(), ids.size());
    EXPECT_EQ(count("select count(*) from monitoring_campaign_organizations where campaign_id = '" + c +
                    "' and organization_id = '" + org_w + "'"),
              1);
    EXPECT_GE(count("select count(*) from audit_log where resource = 'monitoring_campaign_organizations' and action ="
                    " 'insert' and after->>'organization_id' = '" + org_w + "'"),
              1)
        << "audited";

    // Now its report is taken, and an organisation with a report stays.
    ASSERT_EQ(system_w.send_json("PUT", report_path(c, org_w), values).status, 201);
    auto keep = coordinator.request("DELETE", members + "/" + org_w);
    EXPECT_EQ(keep.status, 409) << keep.body;
    EXPECT_EQ(keep.json()["type"], "https://nastavnik.example/problems/organization-has-report");

    // One without a report goes, and can come back.
    auto removed = coordinator.request("DELETE", members + "/" + org_y);
    EXPECT_EQ(removed.status, 204) << removed.body;
    auto now = coordinator.get(campaigns() + "/" + c).json()["organization_ids"];
    EXPECT_EQ(std::find(now.begin(), now.end(), json(org_y)), now.end());
    auto gone = coordinator.request("DELETE", members + "/" + org_y);
    EXPECT_EQ(gone.status, 404);
    EXPECT_EQ(gone.json()["type"], "https://nastavnik.example/problems/organization-not-in-campaign");
    EXPECT_EQ(curator_x.request("DELETE", members + "/" + org_x).status, 403);
    EXPECT_EQ(coordinator.send_json("POST", members, {{"organization_id", org_y}}).status, 201);

    // Another district's organisation, a closed one, no id, not an id, an unknown campaign.
    auto foreign = coordinator.send_json("POST", members, {{"organization_id", org_z}});
    EXPECT_EQ(foreign.status, 422) << foreign.body;
    EXPECT_EQ(pointers_of(foreign), std::set<std::string>{"/organization_id"});
    auto org_v = testsupport::World(*server).organization({district_a, region_id}, "Школа, которую закрыли").id;
    ASSERT_EQ(coordinator.request("DELETE", org_path(district_a, org_v)).status, 200);
    auto closed = coordinator.send_json("POST", members, {{"organization_id", org_v}});
    EXPECT_EQ(closed.status, 422) << closed.body;
    EXPECT_EQ(pointers_of(closed), std::set<std::string>{"/organization_id"});
    EXPECT_EQ(pointers_of(coordinator.send_json("POST", members, json::object())), std::set<std::string>{"/organization_id"});
    EXPECT_EQ(coordinator.send_json("POST", members, {{"organization_id", "not-an-id"}}).status, 422);
    EXPECT_EQ(coordinator.send_json("POST", members, {{"organization_id", org_w}, {"extra", 1}}).status, 422);
    EXPECT_EQ(coordinator.send_json("POST", campaigns() + "/00000000-0000-4000-8000-000000000000/organizations",
                                    {{"organization_id", org_w}})
                  .status,
              404);
    EXPECT_EQ(coordinator.request("DELETE", members + "/not-an-id").status, 404);
}

TEST_F(MonitoringApi, ALockedCampaignKeepsItsOrganisations) {
    auto c = campaign({{"reporting_date", "2024-05-20"}, {"due_date", "2024-05-31"}, {"lock_date", "2024-06-10"}});
    auto members = campaigns() + "/" + c + "/organizations";
    auto org_w = testsupport::World(*server).organization({district_a, region_id}, "СОШ № 10").id;
    auto add = coordinator.send_json("POST", members, {{"organization_id", org_w}});
    EXPECT_EQ(add.status, 409) << add.body;
    EXPECT_EQ(add.json()["type"], "https://nastavnik.example/problems/campaign-locked");
    auto remove = coordinator.request("DELETE", members + "/" + org_y);
    EXPECT_EQ(remove.status, 409) << remove.body;
    EXPECT_EQ(remove.json()["type"], "https://nastavnik.example/problems/campaign-locked");
    auto ids = coordinator.get(campaigns() + "/" + c).json()["organization_ids"];
    EXPECT_EQ(ids.size(), 2u) << ids.dump();
}

TEST_F(MonitoringApi, TheDemoLoadsTwiceWithACampaignThatHasEveryKindOfReport) {
    server->app().load_demo();
    server->app().load_demo();
    auto s = testsupport::admin_session();
    int campaigns = 0, submitted = 0, late = 0, persons = 0, pairs = 0;
    *s << "select count(*) from monitoring_campaigns c join districts d on d.id = c.district_id where d.code = 'kameshkovo'",
        soci::into(campaigns);
    *s << "select count(*) from monitoring_reports r join districts d on d.id = r.district_id where d.code = 'kameshkovo'"
          " and r.status in ('submitted', 'accepted')",
        soci::into(submitted);
    *s << "select count(*) from monitoring_reports r join monitoring_campaigns c on c.district_id = r.district_id and"
          " c.id = r.campaign_id join districts d on d.id = r.district_id where d.code = 'kameshkovo'"
          " and r.first_submitted_at::date > c.due_date",
        soci::into(late);
    *s << "select count(*) from mentoring_persons p join districts d on d.id = p.district_id where d.code = 'kameshkovo'",
        soci::into(persons);
    *s << "select count(*) from mentoring_pairs p join districts d on d.id = p.district_id where d.code = 'kameshkovo'",
        soci::into(pairs);
    EXPECT_EQ(campaigns, 2);
    EXPECT_EQ(submitted, 4 + 1);
    EXPECT_EQ(late, 2);
    EXPECT_EQ(persons, 24);
    EXPECT_EQ(pairs, 8);

    // Dated from the day it is loaded: one campaign closed and locked, one open for entry.
    int closed = 0, open = 0;
    *s << "select count(*) from monitoring_campaigns c join districts d on d.id = c.district_id where d.code ="
          " 'kameshkovo' and c.due_date < current_date and c.lock_date < current_date",
        soci::into(closed);
    *s << "select count(*) from monitoring_campaigns c join districts d on d.id = c.district_id where d.code ="
          " 'kameshkovo' and c.reporting_date <= current_date and c.due_date > current_date",
        soci::into(open);
    EXPECT_EQ(closed, 1);
    EXPECT_EQ(open, 1);

    // A new user tries every step on day one: the curator of СОШ № 1 enters and submits
    // the open campaign's report, the closed one's is locked; the coordinator accepts.
    auto http = server->client();
    auto login = [&](const char* who, const char* password) {
        auto r = http.send_json("POST", "/api/v1/auth/login", {{"login", who}, {"password", password}});
        EXPECT_EQ(r.status, 200) << r.body;
        return http.with_token(r.json().value("token", ""));
    };
    auto curator = login("curator.sosh1", "nastavnik-curator");
    auto coord = login("coordinator.kameshkovo", "nastavnik-coordinator");
    auto me = curator.get("/api/v1/me").json();
    std::string d = me["district_id"], o = me["organization_id"];
    auto list = coord.get("/api/v1/districts/" + d + "/monitoring-campaigns").json()["items"];
    ASSERT_EQ(list.size(), 2u) << list.dump();
    std::string open_id, closed_id;
    for (auto& c : list) (c["due_date"].get<std::string>() > domain::Date::today_utc().iso() ? open_id : closed_id) = c["id"];
    ASSERT_FALSE(open_id.empty());
    ASSERT_FALSE(closed_id.empty());
    auto report = [&](const std::string& c) { return "/api/v1/districts/" + d + "/monitoring-campaigns/" + c + "/reports/" + o; };
    auto current = curator.get(report(open_id));
    ASSERT_EQ(current.status, 200) << current.body;
    EXPECT_EQ(current.json()["status"], "not_started") << "the curator's school has yet to report";
    EXPECT_EQ(current.json()["locked"], false);
    auto put = curator.send_json("PUT", report(open_id), {{"values", current.json()["values"]}});
    EXPECT_EQ(put.status, 201) << put.body;
    auto locked = curator.send_json("PUT", report(closed_id), {{"values", {{"teachers_total", 1}}}},
                                    {{"If-Match", "*"}});
    EXPECT_EQ(locked.status, 409) << locked.body;
}

}  // namespace

// Issue 11, defect 1: a body nested 100,000 deep with an Idempotency-Key killed the process
// (the key's fingerprint re-serialised the parsed body recursively). Every writer's route
// refuses it with a 400 before anything recursive runs, and the server keeps serving.
TEST_F(MonitoringApi, ABodyNestedTooDeepIsA400AndTheServerLives) {
    const int depth = 100000;
    std::string deep = "{\"full_name\":" + std::string(depth, '[') + std::string(depth, ']') + "}";
    auto c = campaign();
    std::vector<std::pair<std::string, std::string>> routes = {
        {"POST", org_path(district_a, org_x) + "/mentors"},
        {"POST", org_path(district_a, org_x) + "/mentors/bulk"},
        {"PUT", report_path(c, org_x)},
    };
    int n = 0;
    for (auto& [method, path] : routes) {
        for (bool with_key : {true, false}) {
            std::map<std::string, std::string> h = {{"Content-Type", "application/json"}, {"If-Match", "*"}};
            if (with_key) h["Idempotency-Key"] = "deep-" + std::to_string(n++);
            auto r = system_x.request(method, path, deep, h);
            EXPECT_EQ(r.status, 400) << method << " " << path << "\n" << r.body;
            EXPECT_EQ(r.header("content-type"), "application/problem+json");
            EXPECT_EQ(r.json().value("type", ""), "https://nastavnik.example/problems/json-too-deep") << r.body;
        }
    }
    // 64 levels are still read (and refused for what they say, not how they are nested)
    std::string ok = "{\"full_name\":" + std::string(63, '[') + std::string(63, ']') + "}";
    EXPECT_EQ(system_x.request("POST", org_path(district_a, org_x) + "/mentors", ok,
                               {{"Content-Type", "application/json"}, {"Idempotency-Key", "deep-ok"}})
                  .status,
              422);
    EXPECT_EQ(server->client().get("/livez").status, 200);
    EXPECT_EQ(count("select count(*) from mentoring_persons where organization_id = '" + org_x + "'"), 0);
}

// Issue 11, defect 7: conditional PUTs follow RFC 9110. If-Match: * needs a current report
// (412 before the first one exists, any version after); If-None-Match: * creates only, so
// of four concurrent creators exactly one wins.
TEST_F(MonitoringApi, IfMatchStarNeedsAReportAndIfNoneMatchStarCreatesOnly) {
    auto c = campaign();
    auto url = report_path(c, org_x);
    json body = {{"values", {{"teachers_total", 40}}}};
    std::vector<HttpResponse> star(4), none(4);
    {
        std::vector<std::thread> ts;
        for (int i = 0; i < 4; ++i)
            ts.emplace_back([&, i] { star[i] = system_x.send_json("PUT", url, body, {{"If-Match", "*"}}); });
        for (auto& t : ts) t.join();
    }
    for (auto& r : star) {
        EXPECT_EQ(r.status, 412) << r.body;
        EXPECT_NE(r.json().value("detail", "").find("If-None-Match"), std::string::npos) << r.body;
    }
    EXPECT_EQ(count("select count(*) from monitoring_reports where campaign_id = '" + c + "'"), 0);
    {
        std::vector<std::thread> ts;
        for (int i = 0; i < 4; ++i)
            ts.emplace_back([&, i] { none[i] = system_x.send_json("PUT", url, body, {{"If-None-Match", "*"}}); });
        for (auto& t : ts) t.join();
    }
    int created = 0, refused = 0;
    for (auto& r : none) {
        if (r.status == 201) ++created;
        if (r.status == 412) ++refused;
    }
    EXPECT_EQ(created, 1);
    EXPECT_EQ(refused, 3);
    EXPECT_EQ(count("select count(*) from monitoring_reports where campaign_id = '" + c + "'"), 1);
    auto again = system_x.send_json("PUT", url, body, {{"If-None-Match", "*"}});
    EXPECT_EQ(again.status, 412) << again.body;
    EXPECT_EQ(again.json()["type"], "https://nastavnik.example/problems/report-exists");
    auto any = system_x.send_json("PUT", url, {{"values", {{"teachers_total", 41}}}}, {{"If-Match", "*"}});
    EXPECT_EQ(any.status, 200) << any.body;
    EXPECT_EQ(any.header("etag"), "\"2\"");
    EXPECT_EQ(system_x.send_json("PUT", url, body, {{"If-None-Match", "\"2\""}}).status, 400);
    EXPECT_EQ(system_x.send_json("PUT", url, body, {{"If-None-Match", "*"}, {"If-Match", "*"}}).status, 400);
}
