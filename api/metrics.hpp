#pragma once
// Prometheus counters and latency histograms by route template, method and status.
#include <array>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace api {

class Metrics {
public:
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
    mutable std::mutex mu_;
    std::map<std::tuple<std::string, std::string, int>, unsigned long long> requests_;
    std::map<std::pair<std::string, std::string>, Histogram> latency_;
};

}  // namespace api
