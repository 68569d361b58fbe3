// The database going away: requests get a quick 503 problem, and the pool recovers when
// the connections are back.
#include <gtest/gtest.h>

#include <chrono>

#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"

using nlohmann::json;

namespace {

TEST(DatabaseOutage, PoolRecoversAfterItsConnectionsAreKilled) {
    testsupport::TestServer server;
    auto http = server.admin();
    ASSERT_EQ(http.get("/api/v1/regions").status, 200);
    ASSERT_EQ(http.get("/api/v1/regions").status, 200);
    {
        // What a PostgreSQL restart does to pooled connections.
        auto admin = testsupport::admin_session();
        *admin << "select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = 'nastavnik_owner' "
                  "and application_name = 'nastavnik' and datname = current_database()";
    }
    for (int i = 0; i < 6; ++i) {
        auto r = http.get("/api/v1/regions");
        EXPECT_EQ(r.status, 200) << "request " << i << ": " << r.body;
    }
    EXPECT_EQ(http.get("/readyz").status, 200);
}

// Answers kept beside versions are dropped when the connections are lost (a restart,
// failover or restore may bring back version numbers already seen): the next read computes.
TEST(DatabaseOutage, KeptAnswersAreDroppedWhenTheConnectionsAreLost) {
    testsupport::TestServer server;
    auto http = server.admin();
    auto misses = [&] {
        auto body = server.client().get("/metrics").body;
        auto at = body.find("\nanswer_cache_misses_total ");
        return at == std::string::npos ? -1.0 : std::stod(body.substr(at + 27));
    };
    ASSERT_EQ(http.get("/api/v1/compliance").status, 200);
    auto first = http.get("/api/v1/compliance");
    ASSERT_EQ(first.status, 200);
    double before = misses();
    ASSERT_GE(before, 1);
    EXPECT_EQ(http.get("/api/v1/compliance").status, 200);
    EXPECT_EQ(misses(), before) << "kept: served again";
    {
        auto admin = testsupport::admin_session();
        *admin << "select count(pg_terminate_backend(pid)) from pg_stat_activity where usename = 'nastavnik_owner' "
                  "and application_name = 'nastavnik' and datname = current_database()";
    }
    auto after = http.get("/api/v1/compliance");
    ASSERT_EQ(after.status, 200) << after.body;
    EXPECT_EQ(after.body, first.body) << "nothing changed in the data";
    EXPECT_EQ(misses(), before + 1) << "dropped with the connections: computed again";
}

TEST(DatabaseOutage, DatabaseDownAnswers503QuicklyAndReadyzSaysSo) {
    api::AppConfig config;
    config.db.url = "postgresql://nobody:x@127.0.0.1:1/none";  // nothing listens on port 1
    config.db.pool_size = 2;
    config.server.port = 0;
    config.server.threads = 2;
    api::App app(config);
    app.start();
    testsupport::HttpClient http(app.port());
    auto started = std::chrono::steady_clock::now();
    auto r = http.get("/api/v1/regions", {{"Authorization", "Bearer nst_whatever"}});
    auto took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(r.status, 503);
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    EXPECT_EQ(r.header("retry-after"), "1");
    EXPECT_EQ(json::parse(r.body)["type"], "https://nastavnik.example/problems/database-unavailable");
    EXPECT_LT(took, std::chrono::seconds(10));  // a refusal, not a hang (not a benchmark)
    EXPECT_EQ(http.get("/readyz").status, 503);
    EXPECT_EQ(http.get("/livez").status, 200);
    app.stop();
}

}  // namespace
