#pragma once
#include <atomic>
#include <functional>
#include <string>
#include <string_view>

#include "api/http/http.hpp"
#include "api/http/metrics.hpp"

namespace api {

struct OpsHooks {
    std::function<bool()> database_ready;        // a cheap round trip to the database
    const std::atomic<bool>* draining = nullptr;  // true once shutdown has begun
    std::string metrics_token;                    // empty: /metrics for loopback clients only
};

// /livez, /readyz, /metrics, /openapi.yaml  (/docs: api/handlers/web_handlers.hpp)
void add_ops_routes(Router& router, Metrics& metrics, OpsHooks hooks);

std::string_view openapi_yaml();  // embedded at build time

}  // namespace api
