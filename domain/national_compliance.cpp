#include "domain/national_compliance.hpp"

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

NationalCompliance NationalComplianceService::rollup(const Date& as_of, const Date& today,
                                                     const std::optional<Instant>& known_at) {
    NationalCompliance out;
    out.as_of = as_of;
    out.known_at = known_at;
    out.rows = repo_.regions(as_of, as_of == today && !known_at, known_at);
    out.totals = sum_rows(out.rows);
    return out;
}

}  // namespace domain
