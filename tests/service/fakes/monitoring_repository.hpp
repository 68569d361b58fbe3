#pragma once
// In-memory fakes of the monitoring ports (domain/monitoring.hpp, domain/bases.hpp) for the
// service tests, as the contracts say: campaigns per district (another district's is not
// found), updated under their version; a report per (campaign, organisation), changed in one
// step — the campaign, the current report, the service's decision, the result stored with its
// version bumped and the workflow step stamped (on the test's clock: `today`); the district's
// organisations as the test sets them; the bases' snapshot per organisation as the test sets it.
#include <map>
#include <string>

#include "domain/monitoring.hpp"

namespace fakes {

class MonitoringRepository : public domain::MonitoringRepository {
public:
    explicit MonitoringRepository(const domain::Date& today) : today_(today) {}

    domain::Campaign create_campaign(const domain::DistrictId& d, const domain::Campaign& c) override;
    std::optional<domain::Campaign> find_campaign(const domain::DistrictId& d, const domain::CampaignId& id) override;
    domain::Page<domain::Campaign> list_campaigns(const domain::DistrictId& d, const domain::PageRequest&) override;
    domain::Campaign update_campaign(const domain::DistrictId& d, const domain::CampaignId& id, domain::ExpectedVersion,
                                     const std::function<void(domain::Campaign&)>& change) override;
    std::vector<domain::OrganizationBrief> organizations(const domain::DistrictId& d) override { return organizations_[d]; }
    std::optional<domain::Report> find_report(const domain::DistrictId& d, const domain::CampaignId& c, const domain::OrganizationId& o) override;
    std::vector<domain::ReportBrief> report_briefs(const domain::DistrictId& d, const domain::CampaignId& c) override;
    domain::Report change_report(
        const domain::DistrictId& d, const domain::CampaignId& c, const domain::OrganizationId& o,
        const std::function<domain::ReportChange(const domain::Campaign&, const std::optional<domain::Report>&)>& change)
        override;

    // The district's organisations (the catalog's, as the monitoring port reads them).
    void set_organizations(const domain::DistrictId& d, std::vector<domain::OrganizationBrief> orgs) {
        organizations_[d] = std::move(orgs);
    }

private:
    const domain::Date& today_;
    std::map<domain::CampaignId, domain::Campaign> campaigns_;  // by id
    std::map<std::pair<domain::CampaignId, domain::OrganizationId>, domain::Report> reports_;  // by (campaign, organisation)
    std::map<domain::DistrictId, std::vector<domain::OrganizationBrief>> organizations_;
    long next_ = 0;
};

class BasesSnapshots : public domain::BasesSnapshots {
public:
    domain::BasesSnapshot snapshot(const domain::DistrictId& d, const domain::OrganizationId& o) override {
        auto it = snapshots_.find({d, o});
        return it == snapshots_.end() ? domain::BasesSnapshot{} : it->second;
    }
    void set(const domain::DistrictId& d, const domain::OrganizationId& o, domain::BasesSnapshot s) { snapshots_[{d, o}] = std::move(s); }

private:
    std::map<std::pair<domain::DistrictId, domain::OrganizationId>, domain::BasesSnapshot> snapshots_;
};

}  // namespace fakes
