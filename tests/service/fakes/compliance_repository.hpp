#pragma once
// In-memory fakes of the compliance ports for the service tests: ComplianceRepository
// (domain/compliance.hpp), ReadScopes (domain/read_scope.hpp) and NationalComplianceRepository
// (domain/national_compliance.hpp).
//
// The test fills the repository with what the database would hold — a district's organisations,
// the occurrences of the plans that count (each with its progress), each owner's unscheduled
// items, the monitoring campaigns' completeness, a region's rows — and it answers as the port
// says: the counts per owner worked out from the occurrences by the rules of docs/domain.md
// (domain::occurrence_state), the oldest overdue ones in list order, and at `known_at` only the
// records entered by then (a completion entered later is not known: the occurrence is planned).
// Ids are typed as the ports' are (domain/ids.hpp); the calls' log keeps their text.
// Every change bumps the district's version. It logs every call, and whether the call came
// through a read scope, so a test can see what a service asked, how often and where.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/compliance.hpp"
#include "domain/national_compliance.hpp"
#include "domain/read_scope.hpp"

namespace fakes {

class BoundCompliance;

class ComplianceRepository : public domain::ComplianceRepository {
public:
    // One organisation of a district; `row.counts` is ignored (the counts come from the plan).
    struct Organization {
        domain::OrganizationCompliance row;
        bool active = true;
        std::optional<domain::Instant> entered_at;  // nullopt: before any known_at
    };
    // One occurrence of the plan that counts for its owner (detail.organization_id; nullopt:
    // the district's own); `detail.state` is ignored (worked out for the date asked).
    struct Occurrence {
        domain::OccurrenceDetail detail;
        bool has_evidence = true;
        int position = 0, seq = 0;          // the item's place in its roadmap, the occurrence's in its window
        std::optional<domain::Instant> progress_entered_at;  // when its status and completion were entered
    };
    struct Call {
        std::string method, scope_id;  // the district's id (the region's for region, region_version)
        std::optional<domain::Date> as_of;
        bool today = false;
        std::optional<std::string> only;  // the organisation's id
        std::optional<domain::Instant> known_at;
        bool in_scope = false;  // through a read scope's repository (ReadScopes below)
    };

    // Filling: each bumps the district's version (a committed change).
    void add_organization(const domain::DistrictId& district_id, Organization);
    // The owner (an organisation, or nullopt: the district) has an approved roadmap with
    // `unscheduled` items of no schedule, entered at `entered_at`. An owner without one has no counts.
    void add_plan(const domain::DistrictId& district_id, const std::optional<domain::OrganizationId>& owner,
                  int unscheduled = 0, std::optional<domain::Instant> entered_at = std::nullopt);
    void add_occurrence(const domain::DistrictId& district_id, Occurrence);
    // A campaign's completeness, counted from its reporting date on.
    void add_campaign(const domain::DistrictId& district_id, domain::CampaignCompleteness,
                      const domain::Date& reporting_date, std::optional<domain::Instant> entered_at = std::nullopt);
    // A district's row of the region's roll-up (what the region's statements answer).
    void add_region_row(const domain::RegionId& region_id, domain::DistrictRow);

    std::map<std::optional<domain::OrganizationId>, domain::ComplianceCounts> counts(
        const domain::DistrictId& district_id, const domain::Date& as_of, bool today,
        const std::optional<domain::OrganizationId>& only, const std::optional<domain::Instant>& known_at) override;
    std::vector<domain::OrganizationCompliance> organizations(const domain::DistrictId& district_id,
                                                              const domain::Date& as_of,
                                                              const std::optional<domain::OrganizationId>& only,
                                                              const std::optional<domain::Instant>& known_at) override;
    std::vector<domain::OccurrenceDetail> occurrences(const domain::DistrictId& district_id, const domain::Date& as_of,
                                                      const domain::OrganizationId& organization_id,
                                                      const std::optional<domain::Instant>& known_at) override;
    std::vector<domain::OccurrenceDetail> overdue(const domain::DistrictId& district_id, const domain::Date& as_of,
                                                  bool district_owner, int limit,
                                                  const std::optional<domain::Instant>& known_at) override;
    std::vector<domain::CampaignCompleteness> completeness(const domain::DistrictId& district_id,
                                                           const domain::Date& as_of,
                                                           const std::optional<domain::Instant>& known_at) override;
    std::vector<domain::DistrictRow> region(const domain::RegionId& region_id, const domain::Date& as_of, bool today,
                                            const std::optional<domain::Instant>& known_at) override;
    long long version(const domain::DistrictId& district_id) override;
    long long region_version(const domain::RegionId& region_id) override;

    // What the tests look at: every call in order, and how many reads a method had.
    [[nodiscard]] const std::vector<Call>& calls() const { return calls_; }
    [[nodiscard]] int count_of(const std::string& method) const;
    void clear_calls() { calls_.clear(); }

private:
    friend class BoundCompliance;
    struct Plan {
        int unscheduled = 0;
        std::optional<domain::Instant> entered_at;
    };
    struct Campaign {
        domain::CampaignCompleteness row;
        domain::Date reporting_date;
        std::optional<domain::Instant> entered_at;
    };
    struct District {
        std::vector<Organization> organizations;
        std::map<std::optional<domain::OrganizationId>, Plan> plans;
        std::vector<Occurrence> occurrences;
        std::vector<Campaign> campaigns;
        long long version = 0;
    };
    void log(Call c);
    [[nodiscard]] const Organization* active(const District&, const domain::OrganizationId& id,
                                             const std::optional<domain::Instant>& known_at) const;
    // The occurrences of owners with a plan known at `known_at`, each as known then, with its state on `as_of`.
    [[nodiscard]] std::vector<Occurrence> occurrences_known(const District&, const domain::Date& as_of,
                                                const std::optional<domain::Instant>& known_at) const;

    std::map<domain::DistrictId, District> districts_;
    std::map<domain::RegionId, std::vector<domain::DistrictRow>> regions_;
    std::vector<Call> calls_;
    bool in_scope_ = false;  // set while a scope's repository forwards a call
};

// Read scopes over the fake repository: fn is handed repositories that read only the scope's
// district and only while fn runs (a call for another district, or after the scope ended, is
// a std::logic_error). As the database may, the first run can be made to fail with a
// retryable error (a serialization failure): fn then runs again from the start.
class ReadScopes : public domain::ReadScopes {
public:
    ReadScopes(ComplianceRepository& compliance, domain::RoadmapRepository& roadmaps)
        : compliance_(compliance), roadmaps_(roadmaps) {}
    void in_district(const domain::DistrictId& district_id,
                     const std::function<void(domain::DistrictReads&)>& fn) override;

    // The next scope's first run fails at its `read`-th read of the compliance repository
    // (1: the first), or when it commits if it reads less.
    void fail_first_run_at_read(int read) { fail_at_read_ = read; }
    [[nodiscard]] int scopes() const { return scopes_; }  // how many scopes were opened
    [[nodiscard]] int runs() const { return runs_; }      // how many times fn ran, retries included

private:
    ComplianceRepository& compliance_;
    domain::RoadmapRepository& roadmaps_;
    std::optional<int> fail_at_read_;
    int scopes_ = 0, runs_ = 0;
};

// The national roll-up's rows as the test sets them for each as-of date; logs each read.
class NationalComplianceRepository : public domain::NationalComplianceRepository {
public:
    struct Call {
        domain::Date as_of;
        bool today = false;
        std::optional<domain::Instant> known_at;
    };
    void set_rows(const domain::Date& as_of, std::vector<domain::RegionRow> rows);
    std::vector<domain::RegionRow> regions(const domain::Date& as_of, bool today,
                                           const std::optional<domain::Instant>& known_at) override;
    long long version() override { return version_; }
    [[nodiscard]] const std::vector<Call>& calls() const { return calls_; }

private:
    std::map<domain::Date, std::vector<domain::RegionRow>> rows_;
    std::vector<Call> calls_;
    long long version_ = 0;
};

}  // namespace fakes
