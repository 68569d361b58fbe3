#pragma once
// What the regional report reads: a campaign's form and each expected organisation's
// report values (aggregates only; no person's record).
#include <optional>
#include <string>
#include <vector>

#include "domain/regional_report_data.hpp"
#include "persistence/database.hpp"

namespace persistence {

using domain::CampaignSheet;

class SociReportRepository {
public:
    explicit SociReportRepository(Database& db) : db_(db) {}
    // The campaign, or nullopt when the district has no such campaign.
    std::optional<CampaignSheet> campaign(const std::string& district_id, const std::string& campaign_id);
    // The district's latest campaign with a reporting date on or before the day.
    std::optional<CampaignSheet> latest_campaign(const std::string& district_id, const std::string& as_of);
    using DistrictInfo = domain::DistrictInfo;
    std::vector<DistrictInfo> districts_of(const std::string& region_id);

private:
    Database& db_;
};

}  // namespace persistence
