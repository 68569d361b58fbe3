#pragma once
// Prometheus counters and latency histograms by route template, method and status.
//
// Each thread that answers requests counts into a shard of its own, so observing a request
// never waits for another worker; /metrics adds the shards up when it is read.
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <tuple>
#include <vector>

namespace api {

class Metrics {
public:
    Metrics();
    ~Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    void observe(const std::string& method, const std::string& route, int status, double seconds);
    // The text exposition format; `extra` is appended as is (gauges from elsewhere).
    [[nodiscard]] std::string render(const std::string& extra) const;

    static constexpr std::array<double, 12> buckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                    0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

private:
    struct Histogram {
        std::array<unsigned long long, buckets.size()> counts{};
        unsigned long long count = 0;
        double sum = 0;
    };
    struct Shard {
        std::mutex mu;  // taken by its own thread, and by render() while it adds up
        std::map<std::tuple<std::string, std::string, int>, unsigned long long> requests;
        std::map<std::pair<std::string, std::string>, Histogram> latency;
    };
    Shard& shard();

    unsigned long long id_;  // tells this instance's shards apart in each thread's cache
    mutable std::mutex shards_mu_;
    std::vector<std::unique_ptr<Shard>> shards_;
};

}  // namespace api
