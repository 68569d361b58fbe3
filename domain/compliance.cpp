#include "domain/compliance.hpp"

#include <algorithm>
#include <cmath>

#include "domain/errors.hpp"

namespace domain {

double percent(int part, int whole) {
    if (whole <= 0) return 0;
    // Integer arithmetic first, so 82.35 is not 82.34999… in binary.
    long long tenths_x2 = 2000LL * part / whole;  // twice the tenths, truncated
    long long tenths = (tenths_x2 + 1) / 2;        // half away from zero (parts are never negative)
    return static_cast<double>(tenths) / 10.0;
}

std::optional<double> ComplianceCounts::compliance_pct() const {
    if (due == 0) return std::nullopt;
    return percent(done, due);
}

std::optional<double> ComplianceCounts::on_time_pct() const {
    if (due == 0) return std::nullopt;
    return percent(done_on_time, due);
}

ComplianceCounts& ComplianceCounts::operator+=(const ComplianceCounts& o) {
    due += o.due;
    done += o.done;
    done_on_time += o.done_on_time;
    due_later += o.due_later;
    unscheduled += o.unscheduled;
    return *this;
}

int DocumentsChecklist::present() const {
    int n = 0;
    for (auto& v : {order, regulation, program, site_page})
        if (v.value_or(false)) ++n;
    return n + (approved_roadmap ? 1 : 0) + (curator_appointed ? 1 : 0);
}

std::string_view to_string(OccurrenceState s) {
    switch (s) {
        case OccurrenceState::done_on_time: return "done_on_time";
        case OccurrenceState::done_late: return "done_late";
        case OccurrenceState::overdue: return "overdue";
        case OccurrenceState::due_later: return "due_later";
    }
    return "due_later";
}

OccurrenceState occurrence_state(const DateRange& window, bool done_with_evidence,
                                 const std::optional<Date>& completed_on, const Date& as_of) {
    bool done = done_with_evidence && completed_on && *completed_on <= as_of;
    if (window.end > as_of) return OccurrenceState::due_later;  // early work counts once its window is due
    if (!done) return OccurrenceState::overdue;
    return *completed_on <= window.end ? OccurrenceState::done_on_time : OccurrenceState::done_late;
}

void apply_filter(std::vector<OrganizationCompliance>& rows, const ComplianceFilter& f) {
    std::erase_if(rows, [&](const OrganizationCompliance& r) {
        if (f.type && r.type != *f.type) return true;
        if (f.below_pct) {
            auto pct = r.counts.compliance_pct();
            return !pct || *pct >= *f.below_pct;
        }
        return false;
    });
    auto by_name = [](const OrganizationCompliance& a, const OrganizationCompliance& b) {
        return std::tie(a.name, a.organization_id) < std::tie(b.name, b.organization_id);
    };
    if (f.sort == "compliance") {
        std::stable_sort(rows.begin(), rows.end(), [&](auto& a, auto& b) {
            auto pa = a.counts.compliance_pct().value_or(101), pb = b.counts.compliance_pct().value_or(101);
            return pa != pb ? pa < pb : by_name(a, b);
        });
    } else if (f.sort == "overdue") {
        std::stable_sort(rows.begin(), rows.end(), [&](auto& a, auto& b) {
            return a.counts.overdue() != b.counts.overdue() ? a.counts.overdue() > b.counts.overdue() : by_name(a, b);
        });
    } else {
        std::stable_sort(rows.begin(), rows.end(), by_name);
    }
}

DistrictCompliance ComplianceService::district(const DistrictId& district_id, const Date& as_of,
                                               const ComplianceFilter& filter, const std::optional<Instant>& known_at) {
    DistrictCompliance out;
    scopes_.in_district(district_id,
                        [&](DistrictReads& r) { out = district_in(r.compliance, district_id, as_of, filter, known_at); });
    return out;
}

std::vector<DistrictCompliance> ComplianceService::series(const DistrictId& district_id,
                                                          const std::vector<Date>& dates,
                                                          const ComplianceFilter& filter) {
    std::vector<DistrictCompliance> out;
    scopes_.in_district(district_id, [&](DistrictReads& r) {
        out.clear();  // a retried scope starts again
        for (const auto& date : dates) out.push_back(district_in(r.compliance, district_id, date, filter, std::nullopt));
    });
    return out;
}

std::pair<OrganizationCompliance, std::vector<OccurrenceDetail>> ComplianceService::organization(
    const DistrictId& district_id, const OrganizationId& organization_id, const Date& as_of,
    const std::optional<Instant>& known_at) {
    std::pair<OrganizationCompliance, std::vector<OccurrenceDetail>> out;
    scopes_.in_district(district_id, [&](DistrictReads& r) {
        out = organization_in(r.compliance, district_id, organization_id, as_of, known_at);
    });
    return out;
}

DistrictCompliance ComplianceService::district_in(ComplianceRepository& repo, const DistrictId& district_id,
                                                  const Date& as_of, const ComplianceFilter& filter,
                                                  const std::optional<Instant>& known_at) {
    DistrictCompliance out;
    out.district_id = district_id;
    out.as_of = as_of;
    out.known_at = known_at;
    bool today = as_of == Date::today_utc() && !known_at;
    auto counts = repo.counts(district_id, as_of, today, std::nullopt, known_at);
    out.organizations = repo.organizations(district_id, as_of, std::nullopt, known_at);
    for (auto& o : out.organizations) {
        if (auto it = counts.find(o.organization_id); it != counts.end()) o.counts = it->second;
        out.totals += o.counts;
        out.by_type[o.type] += o.counts;
    }
    if (auto it = counts.find(std::nullopt); it != counts.end()) {
        out.district_roadmap = it->second;
        if (it->second.overdue() > 0 && filter.overdue_limit > 0)
            out.district_roadmap_overdue = repo.overdue(district_id, as_of, true, filter.overdue_limit, known_at);
    }
    if (out.totals.overdue() > 0 && filter.overdue_limit > 0)
        out.overdue = repo.overdue(district_id, as_of, false, filter.overdue_limit, known_at);
    out.monitoring = repo.completeness(district_id, as_of, known_at);
    apply_filter(out.organizations, filter);
    return out;
}

std::pair<OrganizationCompliance, std::vector<OccurrenceDetail>> ComplianceService::organization_in(
    ComplianceRepository& repo, const DistrictId& district_id, const OrganizationId& organization_id,
    const Date& as_of, const std::optional<Instant>& known_at) {
    auto rows = repo.organizations(district_id, as_of, organization_id, known_at);
    if (rows.empty()) throw not_found("The organization");
    auto row = rows.front();
    auto details = repo.occurrences(district_id, as_of, organization_id, known_at);
    ComplianceCounts c;
    for (auto& d : details) {
        switch (d.state) {
            case OccurrenceState::done_on_time: ++c.done_on_time; ++c.done; ++c.due; break;
            case OccurrenceState::done_late: ++c.done; ++c.due; break;
            case OccurrenceState::overdue: ++c.due; break;
            case OccurrenceState::due_later: ++c.due_later; break;
        }
    }
    c.unscheduled = repo.counts(district_id, as_of, as_of == Date::today_utc() && !known_at, organization_id,
                                 known_at)[organization_id]
                        .unscheduled;
    row.counts = c;
    return {row, details};
}

RegionCompliance ComplianceService::region(const RegionId& region_id, const Date& as_of,
                                           const std::optional<Instant>& known_at) {
    RegionCompliance out;
    out.as_of = as_of;
    out.known_at = known_at;
    out.districts = repo_.region(region_id, as_of, as_of == Date::today_utc() && !known_at, known_at);
    for (auto& d : out.districts) out.totals += d.counts;
    return out;
}

}  // namespace domain
