#pragma once
// The one Prometheus exposition of the process: counters and latency histograms of requests
// by route template, method and status, and the figures other parts keep (the database pool,
// the answer cache, the replica), registered as sampled families that are read when /metrics
// is rendered. Every family is written by the same code, so each has its HELP and TYPE once.
//
// Each thread that answers requests counts into a shard of its own, so observing a request
// never waits for another worker; /metrics adds the shards up when it is read.
#include <array>
#include <functional>
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

    // One line of a sampled family: its labels (`reason="writes"`, or empty) and value.
    struct Sample {
        std::string labels;
        double value = 0;
    };
    enum class Kind { counter, gauge };
    // A family read when /metrics is rendered: `read` gives its samples then. Register
    // before the server starts; a name must be new (std::invalid_argument otherwise).
    void add_sampled(std::string name, std::string help, Kind kind, std::function<std::vector<Sample>()> read);
    // A family of one unlabelled value.
    void add_sampled(std::string name, std::string help, Kind kind, std::function<double()> read);

    // The text exposition format (0.0.4): the request families, then the sampled ones.
    [[nodiscard]] std::string render() const;

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

    struct Sampled {
        std::string name, help;
        Kind kind;
        std::function<std::vector<Sample>()> read;
    };
    std::vector<Sampled> sampled_;  // written before serving, read-only after

    unsigned long long id_;  // tells this instance's shards apart in each thread's cache
    mutable std::mutex shards_mu_;
    std::vector<std::unique_ptr<Shard>> shards_;
};

}  // namespace api
