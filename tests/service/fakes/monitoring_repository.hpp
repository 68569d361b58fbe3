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

    domain::Campaign create_campaign(const std::string& d, const domain::Campaign& c) override;
    std::optional<domain::Campaign> find_campaign(const std::string& d, const std::string& id) override;
    domain::Page<domain::Campaign> list_campaigns(const std::string& d, const domain::PageRequest&) override;
    domain::Campaign update_campaign(const std::string& d, const std::string& id, domain::ExpectedVersion,
                                     const std::function<void(domain::Campaign&)>& change) override;
    std::vector<domain::OrganizationBrief> organizations(const std::string& d) override { return organizations_[d]; }
    std::optional<domain::Report> find_report(const std::string& d, const std::string& c, const std::string& o) override;
    std::vector<domain::ReportBrief> report_briefs(const std::string& d, const std::string& c) override;
    domain::Report change_report(
        const std::string& d, const std::string& c, const std::string& o,
        const std::function<domain::ReportChange(const domain::Campaign&, const std::optional<domain::Report>&)>& change)
        override;

    // The district's organisations (the catalog's, as the monitoring port reads them).
    void set_organizations(const std::string& d, std::vector<domain::OrganizationBrief> orgs) {
        organizations_[d] = std::move(orgs);
    }

private:
    const domain::Date& today_;
    std::map<std::string, domain::Campaign> campaigns_;                       // by id
    std::map<std::pair<std::string, std::string>, domain::Report> reports_;  // by (campaign, organisation)
    std::map<std::string, std::vector<domain::OrganizationBrief>> organizations_;
    long next_ = 0;
};

class BasesSnapshots : public domain::BasesSnapshots {
public:
    domain::BasesSnapshot snapshot(const std::string& d, const std::string& o) override {
        auto it = snapshots_.find({d, o});
        return it == snapshots_.end() ? domain::BasesSnapshot{} : it->second;
    }
    void set(const std::string& d, const std::string& o, domain::BasesSnapshot s) { snapshots_[{d, o}] = std::move(s); }

private:
    std::map<std::pair<std::string, std::string>, domain::BasesSnapshot> snapshots_;
};

}  // namespace fakes
