#include "api/ops_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/problem.hpp"

namespace api {

void add_ops_routes(Router& r, Metrics& metrics, OpsHooks hooks) {
    r.add("GET", "/livez", [](Request&) { return Response::json(200, {{"status", "ok"}}); });
    r.add("GET", "/readyz", [hooks](Request& req) {
        if (hooks.draining && hooks.draining->load())
            return problem(503, "shutting-down", "The server is shutting down.", req);
        if (hooks.database_ready && !hooks.database_ready())
            return problem(503, "database-unavailable", "The database is not reachable.", req);
        return Response::json(200, {{"status", "ready"}});
    });
    r.add("GET", "/metrics", [&metrics, hooks](Request&) {
        Response res;
        res.content_type = "text/plain; version=0.0.4";
        res.body = metrics.render(hooks.extra_metrics ? hooks.extra_metrics() : std::string());
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
