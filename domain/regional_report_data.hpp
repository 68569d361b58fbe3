#pragma once
// What the regional report is made from: a campaign's form and each expected
// organisation's submitted values (aggregates only; no person's record).
#include <optional>
#include <string>
#include <vector>

namespace domain {

struct CampaignSheet {
    std::string id, title, reporting_date, due_date;
    std::string indicators_json;  // the campaign's form: [{code, title, type, derived, ...}]
    struct Row {
        std::string organization_id, name, type, status;  // status: not_started | draft | submitted | accepted | returned
        std::optional<std::string> short_name;
        std::string values_json;  // "{}" unless submitted or accepted
    };
    std::vector<Row> rows;
};

struct DistrictInfo {
    std::string id, name, code;
};

// Where the regional report reads them (persistence/report_repository.hpp).
class ReportRepository {
public:
    virtual ~ReportRepository() = default;
    // The campaign, or nullopt when the district has no such campaign.
    virtual std::optional<CampaignSheet> campaign(const std::string& district_id, const std::string& campaign_id) = 0;
    // The district's latest campaign with a reporting date on or before the day.
    virtual std::optional<CampaignSheet> latest_campaign(const std::string& district_id, const std::string& as_of) = 0;
    virtual std::vector<DistrictInfo> districts_of(const std::string& region_id) = 0;
};

}  // namespace domain
