// Metrics: what every worker thread observed adds up in one exposition.
#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "api/http/metrics.hpp"

namespace {

TEST(Metrics, ObservationsFromManyThreadsAddUpInTheExposition) {
    api::Metrics m;
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t)
        workers.emplace_back([&m, t] {
            for (int i = 0; i < 1000; ++i) m.observe("GET", "/livez", t % 2 ? 200 : 503, 0.0007);
        });
    for (auto& w : workers) w.join();
    m.observe("GET", "/livez", 200, 3.0);  // this thread's shard too
    auto text = m.render();
    EXPECT_NE(text.find("http_requests_total{method=\"GET\",route=\"/livez\",status=\"200\"} 2001\n"), std::string::npos) << text;
    EXPECT_NE(text.find("http_requests_total{method=\"GET\",route=\"/livez\",status=\"503\"} 2000\n"), std::string::npos) << text;
    EXPECT_NE(text.find("http_request_duration_seconds_bucket{method=\"GET\",route=\"/livez\",le=\"0.001\"} 4000\n"),
              std::string::npos) << text;
    EXPECT_NE(text.find("http_request_duration_seconds_count{method=\"GET\",route=\"/livez\"} 4001\n"), std::string::npos);
}

TEST(Metrics, SampledFamiliesAreReadWhenRenderedAndWrittenOnceEach) {
    api::Metrics m;
    double pool = 3;
    m.add_sampled("db_pool_connections", "Connections.", api::Metrics::Kind::gauge, [&pool] { return pool; });
    m.add_sampled("fallbacks_total", "Fallbacks, by why.", api::Metrics::Kind::counter, [] {
        return std::vector<api::Metrics::Sample>{{"reason=\"writes\"", 2}, {"reason=\"unavailable\"", 0.5}};
    });
    pool = 7;  // read at render time, not at registration
    auto text = m.render();
    EXPECT_NE(text.find("# HELP db_pool_connections Connections.\n# TYPE db_pool_connections gauge\n"
                        "db_pool_connections 7\n"),
              std::string::npos) << text;
    EXPECT_NE(text.find("# TYPE fallbacks_total counter\nfallbacks_total{reason=\"writes\"} 2\n"
                        "fallbacks_total{reason=\"unavailable\"} 0.500000\n"),
              std::string::npos) << text;
    EXPECT_EQ(text.find("# TYPE db_pool_connections"), text.rfind("# TYPE db_pool_connections"));
    EXPECT_THROW(m.add_sampled("db_pool_connections", "Again.", api::Metrics::Kind::gauge, [] { return 1.0; }),
                 std::invalid_argument);
}

TEST(Metrics, TwoInstancesNeverShareAThreadsShard) {
    api::Metrics a;
    a.observe("GET", "/a", 200, 0.1);
    {
        api::Metrics b;
        b.observe("GET", "/b", 200, 0.1);
        EXPECT_EQ(b.render().find("/a"), std::string::npos);
    }
    api::Metrics c;  // may sit where b was: still a shard of its own
    c.observe("GET", "/c", 200, 0.1);
    EXPECT_EQ(c.render().find("/b"), std::string::npos);
    EXPECT_NE(a.render().find("route=\"/a\",status=\"200\"} 1\n"), std::string::npos);
}

}  // namespace
