#pragma once
// What the regional report is made from: a campaign's form and each expected
// organisation's submitted values (aggregates only; no person's record).
#include <optional>
#include <string>
#include <vector>

#include "domain/catalog.hpp"
#include "domain/date.hpp"
#include "domain/ids.hpp"
#include "domain/monitoring.hpp"

namespace domain {

struct CampaignSheet {
    CampaignId id;
    std::string title;
    Date reporting_date, due_date;
    std::vector<Indicator> indicators;  // the campaign's form, in order
    struct Row {
        OrganizationId organization_id;
        std::string name;
        OrganizationType type = OrganizationType::school;
        std::optional<ReportStatus> status;  // nullopt: not started
        std::optional<std::string> short_name;
        Values values;  // none unless submitted or accepted
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
    virtual std::optional<CampaignSheet> campaign(const DistrictId& district_id, const CampaignId& campaign_id) = 0;
    // The district's latest campaign with a reporting date on or before the day.
    virtual std::optional<CampaignSheet> latest_campaign(const DistrictId& district_id, Date as_of) = 0;
    virtual std::vector<DistrictInfo> districts_of(const std::string& region_id) = 0;
};

}  // namespace domain
