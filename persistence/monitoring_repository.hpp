#pragma once
#include "domain/monitoring.hpp"
#include "persistence/database.hpp"

namespace persistence {

// Campaigns and reports in PostgreSQL (V0004: monitoring_campaigns,
// monitoring_campaign_organizations, monitoring_reports). A call made inside an
// Idempotency-Key's transaction (api::Idempotency) joins it.
class PgMonitoringRepository final : public domain::MonitoringRepository {
public:
    // `db`: the pool, or an idempotent write's open transaction (idempotency_repository.hpp).
    explicit PgMonitoringRepository(Transactions& db) : db_(db) {}

    domain::Campaign create_campaign(const domain::DistrictId& d, const domain::Campaign& c) override;
    std::optional<domain::Campaign> find_campaign(const domain::DistrictId& d, const domain::CampaignId& id) override;
    domain::Page<domain::Campaign> list_campaigns(const domain::DistrictId& d, const domain::PageRequest&) override;
    domain::Campaign update_campaign(const domain::DistrictId& d, const domain::CampaignId& id, domain::ExpectedVersion,
                                     const std::function<void(domain::Campaign&)>& change) override;
    std::vector<domain::OrganizationBrief> organizations(const domain::DistrictId& d) override;

    std::optional<domain::Report> find_report(const domain::DistrictId& d, const domain::CampaignId& c,
                                              const domain::OrganizationId& o) override;
    std::vector<domain::ReportBrief> report_briefs(const domain::DistrictId& d, const domain::CampaignId& c) override;
    domain::Report change_report(
        const domain::DistrictId& d, const domain::CampaignId& c, const domain::OrganizationId& o,
        const std::function<domain::ReportChange(const domain::Campaign&, const std::optional<domain::Report>&)>& change)
        override;

    // Demo data only: sets when a report was (first) submitted, so a demo campaign can show
    // reports on time and late.
    void set_submission_time(const domain::DistrictId& d, const domain::CampaignId& c, const domain::OrganizationId& o,
                             const std::string& at);

private:
    Transactions& db_;
};

}  // namespace persistence
