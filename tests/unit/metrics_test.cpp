// Metrics: what every worker thread observed adds up in one exposition.
#include <gtest/gtest.h>

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
    auto text = m.render("extra_gauge 1\n");
    EXPECT_NE(text.find("http_requests_total{method=\"GET\",route=\"/livez\",status=\"200\"} 2001\n"), std::string::npos) << text;
    EXPECT_NE(text.find("http_requests_total{method=\"GET\",route=\"/livez\",status=\"503\"} 2000\n"), std::string::npos) << text;
    EXPECT_NE(text.find("http_request_duration_seconds_bucket{method=\"GET\",route=\"/livez\",le=\"0.001\"} 4000\n"),
              std::string::npos) << text;
    EXPECT_NE(text.find("http_request_duration_seconds_count{method=\"GET\",route=\"/livez\"} 4001\n"), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 14), "extra_gauge 1\n");
}

TEST(Metrics, TwoInstancesNeverShareAThreadsShard) {
    api::Metrics a;
    a.observe("GET", "/a", 200, 0.1);
    {
        api::Metrics b;
        b.observe("GET", "/b", 200, 0.1);
        EXPECT_EQ(b.render("").find("/a"), std::string::npos);
    }
    api::Metrics c;  // may sit where b was: still a shard of its own
    c.observe("GET", "/c", 200, 0.1);
    EXPECT_EQ(c.render("").find("/b"), std::string::npos);
    EXPECT_NE(a.render("").find("route=\"/a\",status=\"200\"} 1\n"), std::string::npos);
}

}  // namespace
