#include "api/http/metrics.hpp"

#include <atomic>
#include <cstdio>
#include <unordered_map>

namespace api {
namespace {
std::atomic<unsigned long long> g_next_id{1};
}

Metrics::Metrics() : id_(g_next_id++) {}
Metrics::~Metrics() = default;

Metrics::Shard& Metrics::shard() {
    // This thread's shard of each Metrics it has observed into, by the instance's id (never
    // reused, so an entry of a destroyed instance is never found again).
    thread_local std::unordered_map<unsigned long long, Shard*> mine;
    if (auto it = mine.find(id_); it != mine.end()) return *it->second;
    std::lock_guard lock(shards_mu_);
    shards_.push_back(std::make_unique<Shard>());
    mine[id_] = shards_.back().get();
    return *shards_.back();
}

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
    Shard& s = shard();
    std::lock_guard lock(s.mu);
    ++s.requests[{method, route, status}];
    auto& h = s.latency[{method, route}];
    for (std::size_t i = 0; i < buckets.size(); ++i)
        if (seconds <= buckets[i]) ++h.counts[i];
    ++h.count;
    h.sum += seconds;
}

std::string Metrics::render(const std::string& extra) const {
    std::map<std::tuple<std::string, std::string, int>, unsigned long long> requests;
    std::map<std::pair<std::string, std::string>, Histogram> latency;
    {
        std::lock_guard lock(shards_mu_);
        for (auto& s : shards_) {
            std::lock_guard shard_lock(s->mu);
            for (auto& [key, n] : s->requests) requests[key] += n;
            for (auto& [key, h] : s->latency) {
                auto& total = latency[key];
                for (std::size_t i = 0; i < buckets.size(); ++i) total.counts[i] += h.counts[i];
                total.count += h.count;
                total.sum += h.sum;
            }
        }
    }
    std::string out;
    out += "# HELP http_requests_total Requests answered, by method, route template and status.\n";
    out += "# TYPE http_requests_total counter\n";
    for (auto& [key, n] : requests) {
        auto& [method, route, status] = key;
        out += "http_requests_total{method=\"" + method + "\",route=\"" + route + "\",status=\"" +
               std::to_string(status) + "\"} " + std::to_string(n) + "\n";
    }
    out += "# HELP http_request_duration_seconds Time to answer, by method and route template.\n";
    out += "# TYPE http_request_duration_seconds histogram\n";
    char buf[64];
    for (auto& [key, h] : latency) {
        std::string labels = "method=\"" + key.first + "\",route=\"" + key.second + "\"";
        for (std::size_t i = 0; i < buckets.size(); ++i) {
            std::snprintf(buf, sizeof buf, "%g", buckets[i]);
            out += "http_request_duration_seconds_bucket{" + labels + ",le=\"" + buf + "\"} " +
                   std::to_string(h.counts[i]) + "\n";
        }
        out += "http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + std::to_string(h.count) + "\n";
        std::snprintf(buf, sizeof buf, "%.6f", h.sum);
        out += "http_request_duration_seconds_sum{" + labels + "} " + buf + "\n";
        out += "http_request_duration_seconds_count{" + labels + "} " + std::to_string(h.count) + "\n";
    }
    return out + extra;
}

}  // namespace api
