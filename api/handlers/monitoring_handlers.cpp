#include "api/handlers/monitoring_handlers.hpp"

#include "api/routes/monitoring_common.hpp"

namespace api {

// Each resource's routes live in its own file under api/routes/.
void add_monitoring_routes(Router& r, MonitoringDeps& x) {
    routes::add_reference_lists(r);
    routes::add_campaigns(r, x);
    routes::add_reports(r, x);
}

}  // namespace api
