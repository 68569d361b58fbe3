#include "api/handlers/ops_handlers.hpp"

#include <nlohmann/json.hpp>
#include <optional>

#include "api/http/problem.hpp"

namespace api {
namespace {

bool loopback(const std::string& ip) {
    return ip.rfind("127.", 0) == 0 || ip == "::1" || ip.rfind("::ffff:127.", 0) == 0;
}

bool same_secret(const std::string& a, const std::string& b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i % (b.size() ? b.size() : 1)]);
    return diff == 0;
}

// /metrics tells the load and the routes of every tenant: a bearer secret when one is
// configured, the loopback interface otherwise.
std::optional<Response> metrics_refusal(const Request& req, const std::string& token) {
    if (token.empty()) {
        if (loopback(req.client_ip)) return std::nullopt;
        return problem(403, "metrics-loopback-only",
                       "/metrics answers loopback clients only; set METRICS_TOKEN to read it from elsewhere.", req);
    }
    auto h = req.header("authorization").value_or("");
    if (h.size() > 7 && (h.compare(0, 7, "Bearer ") == 0 || h.compare(0, 7, "bearer ") == 0) &&
        same_secret(h.substr(7), token))
        return std::nullopt;
    return problem(401, "metrics-credentials", "/metrics needs Authorization: Bearer <METRICS_TOKEN>.", req)
        .with_header("WWW-Authenticate", "Bearer realm=\"metrics\"");
}

}  // namespace

void add_ops_routes(Router& r, Metrics& metrics, OpsHooks hooks) {
    r.add("GET", "/livez", [](Request&) { return Response::json(200, {{"status", "ok"}}); });
    r.add("GET", "/readyz", [hooks](Request& req) {
        if (hooks.draining && hooks.draining->load())
            return problem(503, "shutting-down", "The server is shutting down.", req);
        if (hooks.database_ready && !hooks.database_ready())
            return problem(503, "database-unavailable", "The database is not reachable.", req);
        return Response::json(200, {{"status", "ready"}});
    });
    r.add("GET", "/metrics", [&metrics, hooks](Request& req) {
        if (auto refused = metrics_refusal(req, hooks.metrics_token)) return *refused;
        Response res;
        res.content_type = "text/plain; version=0.0.4";
        res.body = metrics.render();
        return res;
    });
    r.add("GET", "/openapi.yaml", [](Request&) {
        Response res;
        res.content_type = "application/yaml";
        res.body = std::string(openapi_yaml());
        return res;
    });
}

}  // namespace api
