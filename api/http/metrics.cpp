#include "api/http/metrics.hpp"

#include <atomic>
#include <cstdio>
#include <stdexcept>
#include <unordered_map>

namespace api {
namespace {
std::atomic<unsigned long long> g_next_id{1};

// "# HELP name help\n# TYPE name type\n": the head every family has once.
void family_head(std::string& out, const std::string& name, const std::string& help, const char* type) {
    out += "# HELP " + name + " " + help + "\n# TYPE " + name + " " + type + "\n";
}

// A value as Prometheus reads it: whole numbers without a fraction, others to 6 places.
std::string number(double v) {
    char buf[64];
    if (v == static_cast<double>(static_cast<long long>(v)) && v < 9.0e15 && v > -9.0e15)
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
    else
        std::snprintf(buf, sizeof buf, "%.6f", v);
    return buf;
}
}  // namespace

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

void Metrics::add_sampled(std::string name, std::string help, Kind kind, std::function<std::vector<Sample>()> read) {
    for (const auto& f : sampled_)
        if (f.name == name) throw std::invalid_argument("metric registered twice: " + name);
    sampled_.push_back({std::move(name), std::move(help), kind, std::move(read)});
}

void Metrics::add_sampled(std::string name, std::string help, Kind kind, std::function<double()> read) {
    add_sampled(std::move(name), std::move(help), kind,
                [read = std::move(read)] { return std::vector<Sample>{{"", read()}}; });
}

std::string Metrics::render() const {
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
    family_head(out, "http_requests_total", "Requests answered, by method, route template and status.", "counter");
    for (auto& [key, n] : requests) {
        auto& [method, route, status] = key;
        out += "http_requests_total{method=\"" + method + "\",route=\"" + route + "\",status=\"" +
               std::to_string(status) + "\"} " + std::to_string(n) + "\n";
    }
    family_head(out, "http_request_duration_seconds", "Time to answer, by method and route template.", "histogram");
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
    for (const auto& f : sampled_) {
        family_head(out, f.name, f.help, f.kind == Kind::counter ? "counter" : "gauge");
        for (const auto& sample : f.read())
            out += f.name + (sample.labels.empty() ? "" : "{" + sample.labels + "}") + " " + number(sample.value) + "\n";
    }
    return out;
}

}  // namespace api
