#pragma once
// What the monitoring routes share: their dependencies (api/handlers/monitoring_handlers.hpp) and paths.
#include <string>

#include <nlohmann/json.hpp>

#include "api/json/json_io.hpp"
#include "api/handlers/monitoring_handlers.hpp"
#include "api/json/monitoring_json.hpp"
#include "api/routes/route.hpp"

namespace api::routes {

inline const std::string kCampaigns = "/api/v1/districts/{d}/monitoring-campaigns";

inline std::string campaign_path(const std::string& d, const std::string& c) {
    return "/api/v1/districts/" + d + "/monitoring-campaigns/" + c;
}

void add_reference_lists(Router& r);                       // routes/reference_lists.cpp
void add_campaigns(Router& r, const MonitoringDeps& x);    // routes/campaigns.cpp
void add_reports(Router& r, const MonitoringDeps& x);      // routes/reports.cpp

}  // namespace api::routes
