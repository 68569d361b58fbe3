// The limits a public API needs, through the real server and database: sign-in throttling
// kept in PostgreSQL (atomic, shared, surviving a restart, fair to a school's shared
// address), the rate limit per credential, the statement timeout, one export per district.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <thread>
#include <vector>

#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;
using testsupport::TestServer;

namespace {

const std::string kV1 = "/api/v1";

HttpResponse sign_in(const TestServer& s, const std::string& login, const std::string& password) {
    return s.client().send_json("POST", kV1 + "/auth/login", {{"login", login}, {"password", password}});
}

// A person who may sign in, created through the service (no sign-in of theirs counted).
std::string new_person(TestServer& s, const std::string& password) {
    domain::NewUser u;
    u.login = testsupport::unique_code("person");
    u.password = password;
    u.full_name = "Учитель";
    u.role = domain::Role::system_admin;
    domain::Actor system;
    system.role = domain::Role::system_admin;
    s.app().identity().create_user(system, u);
    return u.login;
}

// Every test's sign-ins come from 127.0.0.1: the address's count is cleared before and after
// each test here, so that one test's failures neither help nor hinder another.
void forget_loopback_failures() {
    auto db = testsupport::admin_session();
    *db << "delete from sign_in_attempts where kind = 'address'";
}

class SignInThrottle : public ::testing::Test {
protected:
    void SetUp() override { forget_loopback_failures(); }
    void TearDown() override { forget_loopback_failures(); }
};

TEST_F(SignInThrottle, TwentyConcurrentWrongPasswordsForOneLoginGetExactlyFiveEvaluated) {
    TestServer server({.pool_size = 12, .threads = 10});
    auto login = new_person(server, "the right password");
    std::atomic<int> unauthorized{0}, refused{0}, other{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < 20; ++i)
        threads.emplace_back([&, i] {
            while (!go) std::this_thread::yield();
            auto r = sign_in(server, login, "wrong password " + std::to_string(i));
            if (r.status == 401) {
                ++unauthorized;
            } else if (r.status == 429) {
                ++refused;
                EXPECT_GT(std::atoi(r.header("retry-after").c_str()), 0) << r.body;
            } else {
                ++other;
                ADD_FAILURE() << r.status << " " << r.body;
            }
        });
    go = true;
    for (auto& t : threads) t.join();
    EXPECT_EQ(unauthorized, 5);
    EXPECT_EQ(refused, 15);
    EXPECT_EQ(other, 0);
    // Locked: the right password too, for now.
    auto locked = sign_in(server, login, "the right password");
    EXPECT_EQ(locked.status, 429) << locked.body;
    EXPECT_EQ(locked.json()["type"], "https://nastavnik.example/problems/too-many-attempts");
}

TEST_F(SignInThrottle, TheLockSurvivesARestartAndIsSeenByAnotherInstance) {
    std::string login;
    {
        TestServer first;
        login = new_person(first, "the right password");
        for (int i = 0; i < 5; ++i) EXPECT_EQ(sign_in(first, login, "wrong " + std::to_string(i)).status, 401);
    }  // the first instance is gone, and its memory with it
    TestServer second;
    auto r = sign_in(second, login, "the right password");
    EXPECT_EQ(r.status, 429) << r.body;
    int retry_after = std::atoi(r.header("retry-after").c_str());
    EXPECT_GT(retry_after, 0);
    EXPECT_LE(retry_after, 15 * 60);
    // Two instances side by side see the same counts.
    TestServer third;
    auto other = new_person(third, "the right password");
    for (int i = 0; i < 3; ++i) EXPECT_EQ(sign_in(second, other, "wrong " + std::to_string(i)).status, 401);
    for (int i = 0; i < 2; ++i) EXPECT_EQ(sign_in(third, other, "wrong " + std::to_string(i)).status, 401);
    EXPECT_EQ(sign_in(second, other, "the right password").status, 429);
}

TEST_F(SignInThrottle, ARightPasswordSignsInWhileAPupilHammersFromTheSameAddress) {
    TestServer server;
    auto teacher = new_person(server, "the teacher's password");
    // A pupil behind the school's address: friends' logins until each is locked, and made-up ones.
    std::vector<std::string> friends;
    for (int i = 0; i < 4; ++i) friends.push_back(new_person(server, "a friend's password"));
    int failures = 0;
    for (auto& f : friends)
        for (int i = 0; i < 7; ++i) failures += sign_in(server, f, "guess " + std::to_string(i)).status == 401;
    for (int i = 0; i < 12; ++i) sign_in(server, "made-up-" + testsupport::unique_code("x"), "guess");
    auto db = testsupport::admin_session();
    int counted = 0;
    *db << "select attempts from sign_in_attempts where kind = 'address' and key = '127.0.0.1'", soci::into(counted);
    EXPECT_GE(counted, 30) << "the pupil's failures are counted for the address";
    EXPECT_EQ(failures, 4 * 5) << "each friend's login was locked after five";

    auto r = sign_in(server, teacher, "the teacher's password");
    EXPECT_EQ(r.status, 200) << r.body;
    // And once more: a success leaves nothing behind for the teacher's login.
    EXPECT_EQ(sign_in(server, teacher, "the teacher's password").status, 200);
}

TEST_F(SignInThrottle, ManyLoginsFailingFromOneAddressAreHeldBack) {
    TestServer server;
    // A credential-stuffing run: one try at each of many logins.
    std::vector<int> statuses;
    for (int i = 0; i < 40; ++i)
        statuses.push_back(sign_in(server, "victim-" + testsupport::unique_code("v"), "Password1").status);
    for (int i = 0; i < 30; ++i) EXPECT_EQ(statuses[i], 401) << i;
    for (int i = 30; i < 40; ++i) EXPECT_EQ(statuses[i], 429) << i << ": the address is held back";
    auto held = sign_in(server, "victim-" + testsupport::unique_code("v"), "Password1");
    EXPECT_EQ(held.status, 429);
    EXPECT_GT(std::atoi(held.header("retry-after").c_str()), 0);

    // Spraying passwords at real logins gets one miss each before they are refused outright,
    // not five: a login that failed twice from the hot address is not tried again.
    auto real = new_person(server, "the real password");
    EXPECT_EQ(sign_in(server, real, "Password1").status, 429);   // tried: wrong
    EXPECT_EQ(sign_in(server, real, "Password2").status, 429);   // tried: wrong
    EXPECT_EQ(sign_in(server, real, "the real password").status, 429) << "refused untried: it failed twice";
    auto db = testsupport::admin_session();
    int counted = 0;
    *db << "select attempts from sign_in_attempts where kind = 'login' and key = :l", soci::use(real),
        soci::into(counted);
    EXPECT_EQ(counted, 2) << "only two attempts were let through";

    // A person who has not failed still signs in from that address.
    auto teacher = new_person(server, "the teacher's password");
    EXPECT_EQ(sign_in(server, teacher, "the teacher's password").status, 200);
}

// ---- the rate limit per credential

std::string admin_token(TestServer& s) {
    domain::NewUser u;
    u.role = domain::Role::system_admin;
    return s.sign_in_new_user(u);
}

TEST(RateLimit, EachCredentialHasItsOwnBucketAndAnEmptyOneIs429WithRetryAfter) {
    TestServer server({.rate_limit_per_minute = 5});
    auto a = server.client().with_token(admin_token(server));
    auto b = server.client().with_token(admin_token(server));
    std::vector<HttpResponse> answers;
    for (int i = 0; i < 20 && (answers.empty() || answers.back().status != 429); ++i) answers.push_back(a.get(kV1 + "/me"));
    ASSERT_GE(answers.size(), 6u);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(answers[i].status, 200) << i;
        EXPECT_EQ(answers[i].header("ratelimit-policy"), "5;w=60");
    }
    EXPECT_EQ(answers[0].header("ratelimit").rfind("limit=5, remaining=4, reset=", 0), 0u) << answers[0].header("ratelimit");
    auto& refused = answers.back();
    ASSERT_EQ(refused.status, 429) << refused.body;
    EXPECT_EQ(refused.header("content-type"), "application/problem+json");
    EXPECT_EQ(refused.json()["type"], "https://nastavnik.example/problems/rate-limited");
    int retry_after = std::atoi(refused.header("retry-after").c_str());
    EXPECT_GT(retry_after, 0);
    EXPECT_LE(retry_after, 12);  // one request comes back every 60/5 seconds
    EXPECT_EQ(refused.header("ratelimit").rfind("limit=5, remaining=0, reset=", 0), 0u) << refused.header("ratelimit");
    // Another person's bucket is untouched.
    auto other = b.get(kV1 + "/me");
    EXPECT_EQ(other.status, 200);
    EXPECT_EQ(other.header("ratelimit").rfind("limit=5, remaining=4,", 0), 0u) << other.header("ratelimit");
    // Public routes are not counted.
    EXPECT_EQ(server.client().get("/livez").header("ratelimit"), "");
}

TEST(RateLimit, ZeroTurnsItOff) {
    TestServer server({.rate_limit_per_minute = 0});
    auto a = server.client().with_token(admin_token(server));
    for (int i = 0; i < 30; ++i) {
        auto r = a.get(kV1 + "/me");
        ASSERT_EQ(r.status, 200) << i;
        EXPECT_EQ(r.header("ratelimit"), "");
    }
}

// ---- the statement timeout

TEST(StatementTimeout, AStatementWaitingPastTheTimeoutIs503WithRetryAfterAndHoldsNothing) {
    TestServer server({.statement_timeout = std::chrono::milliseconds(300)});
    auto admin = server.admin();
    std::string region_id = testsupport::World(server).region("Регион").id;
    auto path = kV1 + "/regions/" + region_id;
    auto etag = admin.get(path).header("etag");
    ASSERT_FALSE(etag.empty());

    // Another session holds the region's row; the PATCH waits for it past the timeout.
    auto holder = testsupport::admin_session();
    holder->begin();
    int one = 0;
    *holder << "select 1 from regions where id = cast(:r as uuid) for update", soci::use(region_id), soci::into(one);
    auto r = admin.send_json("PATCH", path, {{"name", "Новое имя"}}, {{"If-Match", etag}});
    EXPECT_EQ(r.status, 503) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    if (r.status == 503) {
        EXPECT_EQ(r.json()["type"], "https://nastavnik.example/problems/statement-timeout");
    }
    EXPECT_GT(std::atoi(r.header("retry-after").c_str()), 0);
    holder->rollback();

    // Nothing was written, and the connection serves the next request.
    auto now = admin.get(path);
    EXPECT_EQ(now.json()["name"], "Регион");
    auto again = admin.send_json("PATCH", path, {{"name", "Новое имя"}}, {{"If-Match", etag}});
    EXPECT_EQ(again.status, 200) << again.body;
}

// ---- one export per district at a time

class ExportLimit : public ::testing::Test {
protected:
    static std::string district_with_campaign(TestServer& server, const std::string& region_id, std::string& campaign) {
        testsupport::World w(server);
        auto d = w.district({region_id});
        std::string id = d.id;
        w.organization(d, "СОШ № 1");
        auto admin = server.admin();
        auto c = admin.send_json("POST", kV1 + "/districts/" + id + "/monitoring-campaigns",
                                 {{"title", "Мониторинг"}, {"reporting_date", "2025-05-20"}, {"due_date", "2099-05-31"},
                                  {"lock_date", "2099-06-10"}});
        EXPECT_EQ(c.status, 201) << c.body;
        campaign = c.json()["id"];
        return id;
    }
    // Waits until `n` advisory locks are held (an export has begun and holds its slot).
    static void wait_for_advisory_locks(soci::session& db, int n) {
        for (int i = 0; i < 2000; ++i) {
            int held = 0;
            db << "select count(*) from pg_locks where locktype = 'advisory' and granted"
                  " and database = (select oid from pg_database where datname = current_database())",
                soci::into(held);
            if (held >= n) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        FAIL() << "the exports never took their slots";
    }
};

TEST_F(ExportLimit, ASecondExportOfOneDistrictIsRefusedWhileTheFirstRunsAndOtherDistrictsGoAhead) {
    TestServer server({.pool_size = 8, .threads = 6});
    auto admin = server.admin();
    std::string region_id = testsupport::World(server).region().id, c1, c2;
    auto d1 = district_with_campaign(server, region_id, c1);
    auto d2 = district_with_campaign(server, region_id, c2);
    auto export_of = [&](const std::string& d, const std::string& c, const std::string& format) {
        return admin.get(kV1 + "/districts/" + d + "/reports/regional?campaign=" + c + "&format=" + format);
    };
    ASSERT_EQ(export_of(d1, c1, "csv").status, 200);  // alone, it is made; and its slot is given back
    ASSERT_EQ(export_of(d1, c1, "csv").status, 200);

    // The exports are kept waiting on their reads (another session holds the campaigns) while
    // they hold their slots.
    auto watcher = testsupport::admin_session();
    auto holder = testsupport::admin_session();
    holder->begin();
    *holder << "lock table monitoring_campaigns in access exclusive mode";
    HttpResponse first, other_district;
    std::thread t1([&] { first = export_of(d1, c1, "csv"); });
    wait_for_advisory_locks(*watcher, 1);
    std::thread t2([&] { other_district = export_of(d2, c2, "xlsx"); });
    wait_for_advisory_locks(*watcher, 2);

    auto second = export_of(d1, c1, "xlsx");
    EXPECT_EQ(second.status, 429) << second.body;
    EXPECT_EQ(second.header("content-type"), "application/problem+json");
    if (second.status == 429) {
        EXPECT_EQ(second.json()["type"], "https://nastavnik.example/problems/export-in-progress");
    }
    EXPECT_GT(std::atoi(second.header("retry-after").c_str()), 0);
    // A JSON read of the same report is not an export and goes ahead (it waits like the rest).
    holder->rollback();
    t1.join();
    t2.join();
    EXPECT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(other_district.status, 200) << other_district.body;
    // Both slots are given back once the exports are sent.
    EXPECT_EQ(export_of(d1, c1, "xlsx").status, 200);
    EXPECT_EQ(export_of(d2, c2, "csv").status, 200);
}

}  // namespace
