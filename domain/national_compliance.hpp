#pragma once
// The national compliance roll-up: one row per region, as of today from the per-owner
// summaries, as of a past date from the changes kept on write. The counting rules are the region's (docs/domain.md, «Compliance»; ComplianceService::region):
// active organisations only, a district's own roadmap is no organisation's row, and an
// organisation is fully compliant when something is due and all of it is done.
#include <optional>
#include <string>
#include <vector>

#include "domain/compliance.hpp"
#include "domain/date.hpp"
#include "domain/ids.hpp"
#include "domain/instant.hpp"

namespace domain {

struct RegionRow {
    RegionId region_id;
    std::string name, code;
    int districts = 0, organizations = 0, fully_compliant = 0, without_approved_roadmap = 0;
    ComplianceCounts counts;
};

struct NationalTotals {
    int regions = 0, districts = 0, organizations = 0, fully_compliant = 0, without_approved_roadmap = 0;
    ComplianceCounts counts;
};

struct NationalCompliance {
    Date as_of;
    std::optional<Instant> known_at;  // as in DistrictCompliance
    std::vector<RegionRow> rows;  // by region name
    NationalTotals totals;
};

class NationalComplianceRepository {
public:
    virtual ~NationalComplianceRepository() = default;
    // Every region's row as of the date: today from the summaries (brought up to date first),
    // a past date from the changes kept on write; as known at `known_at` from the records
    // that existed then.
    virtual std::vector<RegionRow> regions(const Date& as_of, bool today, const std::optional<Instant>& known_at) = 0;
    // Changes whenever anything any district's answer depends on, or a region, changes.
    virtual long long version() = 0;
};

// The totals of the rows, the sums of every column.
NationalTotals sum_rows(const std::vector<RegionRow>& rows);

class NationalComplianceService {
public:
    explicit NationalComplianceService(NationalComplianceRepository& repo) : repo_(repo) {}
    NationalCompliance rollup(const Date& as_of, const Date& today, const std::optional<Instant>& known_at = std::nullopt);

private:
    NationalComplianceRepository& repo_;
};

}  // namespace domain
