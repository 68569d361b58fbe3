#include "domain/national_compliance.hpp"

#include "domain/errors.hpp"

namespace domain {

NationalTotals sum_rows(const std::vector<RegionRow>& rows) {
    NationalTotals t;
    for (const auto& r : rows) {
        ++t.regions;
        t.districts += r.districts;
        t.organizations += r.organizations;
        t.fully_compliant += r.fully_compliant;
        t.without_approved_roadmap += r.without_approved_roadmap;
        t.counts += r.counts;
    }
    return t;
}

NationalCompliance NationalComplianceService::rollup(const Date& as_of, const Date& today) {
    if (as_of != today)
        throw Error(ErrorKind::validation, "as-of-not-supported",
                    "The national roll-up is available as of today; past dates need the monthly counters, "
                    "not built yet. Ask a region's compliance (/regions/{r}/compliance?as_of=) for a past date.");
    NationalCompliance out;
    out.as_of = as_of;
    out.rows = repo_.regions_today();
    out.totals = sum_rows(out.rows);
    return out;
}

}  // namespace domain
