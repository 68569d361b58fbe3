#pragma once
// The national compliance roll-up: one row per region, from the per-owner summaries as of
// today. The counting rules are the region's (domain.md, «Compliance»; ComplianceService::region):
// active organisations only, a district's own roadmap is no organisation's row, and an
// organisation is fully compliant when something is due and all of it is done.
#include <string>
#include <vector>

#include "domain/compliance.hpp"
#include "domain/date.hpp"

namespace domain {

struct RegionRow {
    std::string region_id, name, code;
    int districts = 0, organizations = 0, fully_compliant = 0, without_approved_roadmap = 0;
    ComplianceCounts counts;
};

struct NationalTotals {
    int regions = 0, districts = 0, organizations = 0, fully_compliant = 0, without_approved_roadmap = 0;
    ComplianceCounts counts;
};

struct NationalCompliance {
    Date as_of;
    std::vector<RegionRow> rows;  // by region name
    NationalTotals totals;
};

class NationalComplianceRepository {
public:
    virtual ~NationalComplianceRepository() = default;
    // Every region's row as of today, from the summaries (brought up to date first).
    virtual std::vector<RegionRow> regions_today() = 0;
    // Changes whenever anything any district's answer depends on, or a region, changes.
    virtual long long version() = 0;
};

// The totals of the rows, the sums of every column.
NationalTotals sum_rows(const std::vector<RegionRow>& rows);

class NationalComplianceService {
public:
    explicit NationalComplianceService(NationalComplianceRepository& repo) : repo_(repo) {}
    // As of `today` only: a past date needs the occurrence history of every district, which
    // is readable per district alone; it is refused (validation, `as-of-not-supported`)
    // until monthly counters make it affordable.
    NationalCompliance rollup(const Date& as_of, const Date& today);

private:
    NationalComplianceRepository& repo_;
};

}  // namespace domain
