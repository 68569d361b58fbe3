#pragma once
// Roadmap compliance as of a date (docs/domain.md, «Compliance»): what is due, done, done on
// time, overdue, due later, and unscheduled; the required-documents checklist; the
// monitoring state. Pure rules here; the numbers come from the repository.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/ids.hpp"
#include "domain/instant.hpp"
#include "domain/read_scope.hpp"

namespace domain {

struct ComplianceCounts {
    int due = 0, done = 0, done_on_time = 0, due_later = 0, unscheduled = 0;
    [[nodiscard]] int overdue() const { return due - done; }
    // done ÷ due in percent with one decimal; nullopt when nothing is due yet.
    [[nodiscard]] std::optional<double> compliance_pct() const;
    [[nodiscard]] std::optional<double> on_time_pct() const;
    ComplianceCounts& operator+=(const ComplianceCounts& o);
};

// One decimal, half away from zero: 82.35 → 82.4.
double percent(int part, int whole);

struct DocumentsChecklist {
    // From the organisation's latest submitted or accepted monitoring report; nullopt: not reported.
    std::optional<bool> order, regulation, program, site_page;
    bool approved_roadmap = false;
    bool curator_appointed = false;
    [[nodiscard]] int present() const;
    static constexpr int required = 6;
};

struct MonitoringState {
    CampaignId campaign_id;
    std::string title, due_date;
    std::string status;  // not_started | draft | submitted | accepted | returned
    std::optional<bool> on_time;  // submitted or accepted: by the due date?
};

struct OrganizationCompliance {
    OrganizationId organization_id;
    std::string name, type;
    std::optional<std::string> short_name;
    ComplianceCounts counts;
    DocumentsChecklist documents;
    std::vector<MonitoringState> monitoring;
};

enum class OccurrenceState { done_on_time, done_late, overdue, due_later };
std::string_view to_string(OccurrenceState);

// An occurrence with its item, as the explanation behind a number.
struct OccurrenceDetail {
    std::optional<OrganizationId> organization_id;  // nullopt: the district's own roadmap
    RoadmapId roadmap_id;
    ItemId item_id;
    std::string number, title, deadline_text, responsible;
    DateRange window;
    std::string status;  // planned | in_progress | done (as known on the date)
    std::optional<std::string> completed_on;
    std::optional<std::string> evidence_title, evidence_number, evidence_url;
    OccurrenceState state = OccurrenceState::due_later;
};

// The state of an occurrence on `as_of` (the rules of docs/domain.md).
OccurrenceState occurrence_state(const DateRange& window, bool done_with_evidence,
                                 const std::optional<Date>& completed_on, const Date& as_of);

struct CampaignCompleteness {
    CampaignId campaign_id;
    std::string title, due_date;
    int expected = 0, submitted = 0, on_time = 0, late = 0, missing = 0;
    std::map<std::string, std::array<int, 3>> by_type;  // type → expected, submitted, on time
};

// The two time axes (docs/domain.md): `as_of`, a date in the world (valid time); `known_at`, an
// instant in the system (transaction time, domain/instant.hpp), nullopt: what is known now.
// Given known_at, only the records that existed at that instant count.
struct DistrictCompliance {
    DistrictId district_id;
    Date as_of;
    std::optional<Instant> known_at;
    std::vector<OrganizationCompliance> organizations;
    ComplianceCounts totals;
    std::map<std::string, ComplianceCounts> by_type;
    std::optional<ComplianceCounts> district_roadmap;
    // The oldest overdue occurrences (at most ComplianceFilter::overdue_limit) of the district's
    // own roadmap and of every organisation; the whole lists are as long as the counts'
    // overdue() (district_roadmap, totals) and each organisation's are at its own route.
    std::vector<OccurrenceDetail> district_roadmap_overdue;
    std::vector<OccurrenceDetail> overdue;
    std::vector<CampaignCompleteness> monitoring;
};

struct DistrictRow {
    DistrictId district_id;
    std::string name, code;
    int organizations = 0, fully_compliant = 0, without_approved_roadmap = 0;
    ComplianceCounts counts;
};

struct RegionCompliance {
    Date as_of;
    std::optional<Instant> known_at;
    std::vector<DistrictRow> districts;
    ComplianceCounts totals;
};

// Sorting and filtering a district's rows: by name, compliance, overdue; a type; below a threshold.
struct ComplianceFilter {
    std::optional<std::string> type;
    std::optional<double> below_pct;  // rows whose compliance is under it (rows with nothing due are kept out)
    std::string sort = "name";        // name | compliance | overdue
    int overdue_limit = 20;           // how many of the oldest overdue occurrences to list
    static constexpr int max_overdue_limit = 1000;
};
void apply_filter(std::vector<OrganizationCompliance>& rows, const ComplianceFilter& f);

class ComplianceRepository {
public:
    virtual ~ComplianceRepository() = default;
    // Counts per roadmap owner (an organisation; nullopt key = the district's own) as of the
    // date (as known at `known_at`, when given); `only`: that organisation's alone. Every
    // method takes known_at last: nullopt, what is known now.
    virtual std::map<std::optional<OrganizationId>, ComplianceCounts> counts(const DistrictId& district_id,
                                                                             const Date& as_of, bool today,
                                                                             const std::optional<OrganizationId>& only,
                                                                             const std::optional<Instant>& known_at) = 0;
    virtual std::vector<OrganizationCompliance> organizations(const DistrictId& district_id, const Date& as_of,
                                                              const std::optional<OrganizationId>& only,
                                                              const std::optional<Instant>& known_at) = 0;
    // Every occurrence of one organisation's roadmap that counts on the date.
    virtual std::vector<OccurrenceDetail> occurrences(const DistrictId& district_id, const Date& as_of,
                                                      const OrganizationId& organization_id,
                                                      const std::optional<Instant>& known_at) = 0;
    // The oldest overdue occurrences as of the date, at most `limit`: of the district's own
    // roadmap, or of its active organisations' roadmaps.
    virtual std::vector<OccurrenceDetail> overdue(const DistrictId& district_id, const Date& as_of,
                                                  bool district_owner, int limit,
                                                  const std::optional<Instant>& known_at) = 0;
    virtual std::vector<CampaignCompleteness> completeness(const DistrictId& district_id, const Date& as_of,
                                                           const std::optional<Instant>& known_at) = 0;
    virtual std::vector<DistrictRow> region(const RegionId& region_id, const Date& as_of, bool today,
                                            const std::optional<Instant>& known_at) = 0;
    // A number that grows with every committed change to what the district's compliance is
    // computed from (0 before the first); an answer read after it holds while it stands.
    virtual long long version(const DistrictId& district_id) = 0;
    // The same for a region: changes whenever one of its districts' versions does.
    virtual long long region_version(const RegionId& region_id) = 0;
};

// An organisation's compliance split by the seven stages (domain/compliance_stages.hpp).
struct OrganizationStages {
    OrganizationCompliance row;
    std::map<std::string, ComplianceCounts> by_stage;
};
// The heat map of a district: every active organisation by stage, and the district's totals per stage.
struct DistrictStages {
    std::vector<OrganizationStages> organizations;
    std::map<std::string, ComplianceCounts> totals_by_stage;
};

// Each of a district's answers is read in one read scope (domain/read_scope.hpp): one
// snapshot, however many statements it takes. `repo` serves the one-statement reads
// (versions) and the region's roll-up, which reads no district's own records.
class ComplianceService {
public:
    ComplianceService(ComplianceRepository& repo, ReadScopes& scopes) : repo_(repo), scopes_(scopes) {}
    DistrictCompliance district(const DistrictId& district_id, const Date& as_of, const ComplianceFilter& filter,
                                const std::optional<Instant>& known_at = std::nullopt);
    // One organisation, with every occurrence behind its numbers.
    std::pair<OrganizationCompliance, std::vector<OccurrenceDetail>> organization(
        const DistrictId& district_id, const OrganizationId& organization_id, const Date& as_of,
        const std::optional<Instant>& known_at = std::nullopt);
    // The district's compliance on each of `dates` (a trend), all in one read scope.
    std::vector<DistrictCompliance> series(const DistrictId& district_id, const std::vector<Date>& dates,
                                           const ComplianceFilter& filter);
    // Every active organisation's occurrences by stage as of the date (domain/compliance_stages.cpp).
    DistrictStages stages(const DistrictId& district_id, const Date& as_of);
    RegionCompliance region(const RegionId& region_id, const Date& as_of,
                            const std::optional<Instant>& known_at = std::nullopt);
    long long version(const DistrictId& district_id) { return repo_.version(district_id); }
    long long region_version(const RegionId& region_id) { return repo_.region_version(region_id); }

private:
    // The rules, reading through the repository they are given (a scope's).
    static DistrictCompliance district_in(ComplianceRepository& repo, const DistrictId& district_id, const Date& as_of,
                                          const ComplianceFilter& filter, const std::optional<Instant>& known_at);
    static std::pair<OrganizationCompliance, std::vector<OccurrenceDetail>> organization_in(
        ComplianceRepository& repo, const DistrictId& district_id, const OrganizationId& organization_id,
        const Date& as_of, const std::optional<Instant>& known_at);

    ComplianceRepository& repo_;
    ReadScopes& scopes_;
};

}  // namespace domain
