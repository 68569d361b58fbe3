#pragma once
#include "domain/compliance.hpp"
#include <functional>
#include <optional>
#include <string>

#include "persistence/database.hpp"

namespace persistence {

// Brings the district's summary rows up to date for today (missing rows, rows from another
// day), in the caller's transaction of that district; usually there are none.
void refresh_stale(soci::session& sql, const std::string& district_id);

// `hv` and `hist` CTEs (for WITH): each roadmap owner's counts as of the date in SQL parameter
// `day` ("$2", valid time) from the changes kept on write (V0008, V0009), narrowed by the SQL
// condition `scope`, over the districts (alias d) `districts` chooses.
// hist's columns: district_id, organization_id, due, done, on_time, later, unscheduled.
std::string history_at(const std::string& scope, const std::string& districts, const std::string& day);
// A `summary` CTE: the owners' counts as of today from compliance_summary (the rows with an
// approved roadmap), with history_at's columns and owner_key, narrowed by `scope`.
std::string summary_counts(const std::string& scope);
// Before reading history_at for `day`: its month's totals filled where missing, for one
// district, a region's districts, or (both empty) every district, in the caller's transaction.
void fill_month_totals(soci::session& sql, const domain::Date& day, const std::optional<std::string>& district,
                       const std::optional<std::string>& region);

// Computes districts' compliance history anew from their roadmaps and progress records
// (compliance_history_rebuild, V0008), each district in its own scope and transaction, for an
// operator after data was mended by hand or restored: one district, or every district when
// `only` is empty. Calls progress(done, total) after each; answers how many were rebuilt.
// An unknown district is not_found.
int rebuild_compliance_history(Database& db, const std::optional<std::string>& only,
                               const std::function<void(int, int)>& progress);

// A district's row of a region's roll-up (the region route's rules) on `as_of` as known at the
// instant `known_at` (UTC text), from its own records, in its own scope; name and code empty.
domain::DistrictRow known_district_row(Transactions& db, const std::string& district_id, const domain::Date& as_of,
                                       const std::string& known_at);

class SociComplianceRepository final : public domain::ComplianceRepository {
public:
    // `db`: the pool, or a read scope's open transaction (persistence/read_scopes.hpp).
    explicit SociComplianceRepository(Transactions& db) : db_(db) {}

    std::map<std::optional<std::string>, domain::ComplianceCounts> counts(
        const std::string& district_id, const domain::Date& as_of, bool today,
        const std::optional<std::string>& only, const std::optional<std::string>& known_at) override;
    std::vector<domain::OrganizationCompliance> organizations(const std::string& district_id, const domain::Date& as_of,
                                                              const std::optional<std::string>& only, const std::optional<std::string>& known_at) override;
    std::vector<domain::OccurrenceDetail> occurrences(const std::string& district_id, const domain::Date& as_of,
                                                      const std::string& organization_id,
                                                      const std::optional<std::string>& known_at) override;
    std::vector<domain::OccurrenceDetail> overdue(const std::string& district_id, const domain::Date& as_of,
                                                  bool district_owner, int limit,
                                                  const std::optional<std::string>& known_at) override;
    std::vector<domain::CampaignCompleteness> completeness(const std::string& district_id,
                                                           const domain::Date& as_of,
                                                           const std::optional<std::string>& known_at) override;
    long long version(const std::string& district_id) override;
    long long region_version(const std::string& region_id) override;
    std::vector<domain::DistrictRow> region(const std::string& region_id, const domain::Date& as_of, bool today,
                                            const std::optional<std::string>& known_at) override;

private:
    Transactions& db_;
};

}  // namespace persistence
