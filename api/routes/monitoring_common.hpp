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

inline std::string campaign_path(const domain::DistrictId& d, const domain::CampaignId& c) {
    return "/api/v1/districts/" + d.str() + "/monitoring-campaigns/" + c.str();
}

// The district access checked, as the monitoring services name it.
inline domain::DistrictId district_id(const domain::DistrictRef& d) { return domain::DistrictId{d.id}; }
// The organisation access checked ({o} of the path).
inline domain::OrganizationId organization_id(Access& access, const Request& req, const domain::DistrictRef& d,
                                              domain::Need need) {
    return domain::OrganizationId{access.organization(req, d, need)};
}

void add_reference_lists(Router& r);                       // routes/reference_lists.cpp
void add_campaigns(Router& r, const MonitoringDeps& x);    // routes/campaigns.cpp
void add_reports(Router& r, const MonitoringDeps& x);      // routes/reports.cpp

}  // namespace api::routes
