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

class PgReportRepository final : public domain::ReportRepository {
public:
    explicit PgReportRepository(Transactions& db) : db_(db) {}
    std::optional<CampaignSheet> campaign(const domain::DistrictId& district_id,
                                          const domain::CampaignId& campaign_id) override;
    std::optional<CampaignSheet> latest_campaign(const domain::DistrictId& district_id, domain::Date as_of) override;
    using DistrictInfo = domain::DistrictInfo;
    std::vector<DistrictInfo> districts_of(const std::string& region_id) override;

private:
    Transactions& db_;
};

}  // namespace persistence
