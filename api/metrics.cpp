#include "api/metrics.hpp"

#include <cstdio>

namespace api {

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
    std::lock_guard lock(mu_);
    ++requests_[{method, route, status}];
    auto& h = latency_[{method, route}];
    for (std::size_t i = 0; i < buckets.size(); ++i)
        if (seconds <= buckets[i]) ++h.counts[i];
    ++h.count;
    h.sum += seconds;
}

std::string Metrics::render(const std::string& extra) const {
    std::lock_guard lock(mu_);
    std::string out;
    out += "# HELP http_requests_total Requests answered, by method, route template and status.\n";
    out += "# TYPE http_requests_total counter\n";
    for (auto& [key, n] : requests_) {
        auto& [method, route, status] = key;
        out += "http_requests_total{method=\"" + method + "\",route=\"" + route + "\",status=\"" +
               std::to_string(status) + "\"} " + std::to_string(n) + "\n";
    }
    out += "# HELP http_request_duration_seconds Time to answer, by method and route template.\n";
    out += "# TYPE http_request_duration_seconds histogram\n";
    char buf[64];
    for (auto& [key, h] : latency_) {
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
