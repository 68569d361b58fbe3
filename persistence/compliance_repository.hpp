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

// Before reading the counts of a past `day` (the *_past statements of persistence/sql/): its
// month's totals filled where missing, for one district, a region's districts, or (both
// empty) every district, in the caller's transaction.
void fill_month_totals(soci::session& sql, const domain::Date& day, const std::optional<std::string>& district,
                       const std::optional<std::string>& region);

// Computes districts' compliance history anew from their roadmaps and progress records
// (compliance_history_rebuild, V0008), with the rows kept for today's overdue list and
// completeness (V0014, V0015), each district in its own scope and transaction, for an
// operator after data was mended by hand or restored: one district, or every district when
// `only` is empty. Calls progress(done, total) after each; answers how many were rebuilt.
// An unknown district is not_found.
int rebuild_compliance_history(Database& db, const std::optional<std::string>& only,
                               const std::function<void(int, int)>& progress);

// A district's row of a region's roll-up (the region route's rules) on `as_of` as known at the
// instant `known_at`, from its own records, in its own scope; name and code empty.
domain::DistrictRow known_district_row(Transactions& db, const domain::DistrictId& district_id,
                                       const domain::Date& as_of, const domain::Instant& known_at);

class PgComplianceRepository final : public domain::ComplianceRepository {
public:
    // `db`: the pool, or a read scope's open transaction (persistence/read_scopes.hpp).
    explicit PgComplianceRepository(Transactions& db) : db_(db) {}

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
    long long version(const domain::DistrictId& district_id) override;
    long long region_version(const domain::RegionId& region_id) override;
    std::vector<domain::DistrictRow> region(const domain::RegionId& region_id, const domain::Date& as_of, bool today,
                                            const std::optional<domain::Instant>& known_at) override;

private:
    Transactions& db_;
};

}  // namespace persistence
