#include "fakes/compliance_repository.hpp"

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "domain/errors.hpp"

namespace fakes {
namespace {

// Known at `known_at` when entered by then (or always known: nullopt).
bool entered_by(const std::optional<domain::Instant>& entered_at, const std::optional<domain::Instant>& known_at) {
    return !known_at || !entered_at || *entered_at <= *known_at;
}

std::optional<std::string> text(const std::optional<domain::OrganizationId>& id) {
    return id ? std::optional<std::string>{id->str()} : std::nullopt;
}

void tally(domain::ComplianceCounts& c, domain::OccurrenceState s) {
    switch (s) {
        case domain::OccurrenceState::done_on_time: ++c.done_on_time; ++c.done; ++c.due; break;
        case domain::OccurrenceState::done_late: ++c.done; ++c.due; break;
        case domain::OccurrenceState::overdue: ++c.due; break;
        case domain::OccurrenceState::due_later: ++c.due_later; break;
    }
}

// The retryable failure a scope's first run can be made to meet (a serialization failure).
struct RetryableFailure {};

}  // namespace

void ComplianceRepository::add_organization(const domain::DistrictId& d, Organization o) {
    auto& district = districts_[d];
    district.organizations.push_back(std::move(o));
    ++district.version;
}

void ComplianceRepository::add_plan(const domain::DistrictId& d, const std::optional<domain::OrganizationId>& owner,
                                    int unscheduled, std::optional<domain::Instant> entered_at) {
    auto& district = districts_[d];
    district.plans[owner] = {unscheduled, entered_at};
    ++district.version;
}

void ComplianceRepository::add_occurrence(const domain::DistrictId& d, Occurrence o) {
    auto& district = districts_[d];
    district.occurrences.push_back(std::move(o));
    ++district.version;
}

void ComplianceRepository::add_campaign(const domain::DistrictId& d, domain::CampaignCompleteness c,
                                        const domain::Date& reporting_date,
                                        std::optional<domain::Instant> entered_at) {
    auto& district = districts_[d];
    district.campaigns.push_back({std::move(c), reporting_date, entered_at});
    ++district.version;
}

void ComplianceRepository::add_region_row(const domain::RegionId& region_id, domain::DistrictRow row) {
    regions_[region_id].push_back(std::move(row));
}

void ComplianceRepository::log(Call c) {
    c.in_scope = in_scope_;
    calls_.push_back(std::move(c));
}

int ComplianceRepository::count_of(const std::string& method) const {
    return static_cast<int>(std::count_if(calls_.begin(), calls_.end(), [&](const Call& c) { return c.method == method; }));
}

const ComplianceRepository::Organization* ComplianceRepository::active(
    const District& d, const domain::OrganizationId& id, const std::optional<domain::Instant>& known_at) const {
    for (auto& o : d.organizations)
        if (o.row.organization_id == id && o.active && entered_by(o.entered_at, known_at)) return &o;
    return nullptr;
}

std::vector<ComplianceRepository::Occurrence> ComplianceRepository::occurrences_known(
    const District& d, const domain::Date& as_of, const std::optional<domain::Instant>& known_at) const {
    std::vector<Occurrence> out;
    for (auto x : d.occurrences) {
        const auto& owner = x.detail.organization_id;
        auto plan = d.plans.find(owner);
        if (plan == d.plans.end() || !entered_by(plan->second.entered_at, known_at)) continue;
        if (owner && !active(d, *owner, known_at)) continue;
        if (!entered_by(x.progress_entered_at, known_at)) {  // its progress was entered later
            x.detail.status = "planned";
            x.detail.completed_on.reset();
            x.detail.evidence_title.reset();
            x.detail.evidence_number.reset();
            x.detail.evidence_url.reset();
            x.has_evidence = false;
        }
        std::optional<domain::Date> completed;
        if (x.detail.completed_on) completed = domain::Date::parse_iso(*x.detail.completed_on);
        x.detail.state = domain::occurrence_state(x.detail.window, x.detail.status == "done" && x.has_evidence,
                                                  completed, as_of);
        out.push_back(std::move(x));
    }
    return out;
}

std::map<std::optional<domain::OrganizationId>, domain::ComplianceCounts> ComplianceRepository::counts(
    const domain::DistrictId& d, const domain::Date& as_of, bool today, const std::optional<domain::OrganizationId>& only,
    const std::optional<domain::Instant>& known_at) {
    log({"counts", d.str(), as_of, today, text(only), known_at});
    std::map<std::optional<domain::OrganizationId>, domain::ComplianceCounts> out;
    const auto& district = districts_[d];
    for (auto& [owner, plan] : district.plans) {
        if ((only && owner != only) || !entered_by(plan.entered_at, known_at)) continue;
        if (owner && !active(district, *owner, known_at)) continue;
        out[owner].unscheduled = plan.unscheduled;
    }
    for (auto& x : occurrences_known(district, as_of, known_at))
        if (!only || x.detail.organization_id == only) tally(out[x.detail.organization_id], x.detail.state);
    return out;
}

std::vector<domain::OrganizationCompliance> ComplianceRepository::organizations(
    const domain::DistrictId& d, const domain::Date& as_of, const std::optional<domain::OrganizationId>& only,
    const std::optional<domain::Instant>& known_at) {
    log({"organizations", d.str(), as_of, false, text(only), known_at});
    std::vector<domain::OrganizationCompliance> out;
    for (auto& o : districts_[d].organizations) {
        if (!o.active || !entered_by(o.entered_at, known_at)) continue;
        if (only && o.row.organization_id != *only) continue;
        out.push_back(o.row);
        out.back().counts = {};
    }
    return out;
}

std::vector<domain::OccurrenceDetail> ComplianceRepository::occurrences(
    const domain::DistrictId& d, const domain::Date& as_of, const domain::OrganizationId& organization_id,
    const std::optional<domain::Instant>& known_at) {
    log({"occurrences", d.str(), as_of, false, organization_id.str(), known_at});
    auto xs = occurrences_known(districts_[d], as_of, known_at);
    std::erase_if(xs, [&](const Occurrence& x) { return x.detail.organization_id != organization_id; });
    std::stable_sort(xs.begin(), xs.end(), [](const Occurrence& a, const Occurrence& b) {
        return std::tie(a.detail.window.end, a.position, a.seq) < std::tie(b.detail.window.end, b.position, b.seq);
    });
    std::vector<domain::OccurrenceDetail> out;
    for (auto& x : xs) out.push_back(std::move(x.detail));
    return out;
}

std::vector<domain::OccurrenceDetail> ComplianceRepository::overdue(const domain::DistrictId& d,
                                                                    const domain::Date& as_of, bool district_owner,
                                                                    int limit,
                                                                    const std::optional<domain::Instant>& known_at) {
    log({"overdue", d.str(), as_of, false, std::nullopt, known_at});
    auto xs = occurrences_known(districts_[d], as_of, known_at);
    std::erase_if(xs, [&](const Occurrence& x) {
        return x.detail.state != domain::OccurrenceState::overdue || x.detail.organization_id.has_value() == district_owner;
    });
    auto key = [](const Occurrence& x) {
        return std::make_tuple(x.detail.window.end, x.detail.organization_id.has_value(),
                               x.detail.organization_id.value_or(domain::OrganizationId{}), x.position, x.seq);
    };
    std::stable_sort(xs.begin(), xs.end(), [&](const Occurrence& a, const Occurrence& b) { return key(a) < key(b); });
    std::vector<domain::OccurrenceDetail> out;
    for (auto& x : xs)
        if (static_cast<int>(out.size()) < limit) out.push_back(std::move(x.detail));
    return out;
}

std::vector<domain::CampaignCompleteness> ComplianceRepository::completeness(
    const domain::DistrictId& d, const domain::Date& as_of, const std::optional<domain::Instant>& known_at) {
    log({"completeness", d.str(), as_of, false, std::nullopt, known_at});
    std::vector<domain::CampaignCompleteness> out;
    for (auto& c : districts_[d].campaigns)
        if (c.reporting_date <= as_of && entered_by(c.entered_at, known_at)) out.push_back(c.row);
    return out;
}

std::vector<domain::DistrictRow> ComplianceRepository::region(const domain::RegionId& region_id,
                                                              const domain::Date& as_of, bool today,
                                                              const std::optional<domain::Instant>& known_at) {
    log({"region", region_id.str(), as_of, today, std::nullopt, known_at});
    return regions_[region_id];
}

long long ComplianceRepository::version(const domain::DistrictId& d) {
    log({"version", d.str(), std::nullopt, false, std::nullopt, std::nullopt});
    return districts_[d].version;
}

long long ComplianceRepository::region_version(const domain::RegionId& region_id) {
    log({"region_version", region_id.str(), std::nullopt, false, std::nullopt, std::nullopt});
    long long v = static_cast<long long>(regions_[region_id].size());
    for (auto& row : regions_[region_id]) v += districts_[row.district_id].version;
    return v;
}

// A scope's compliance repository: the district's reads only, while the scope runs; the
// first run's `fail_at`-th read fails (retryably) when the scope was told so.
class BoundCompliance final : public domain::ComplianceRepository {
    template <class F>
    auto forward(const domain::DistrictId& d, F&& read) {
        if (!open_) throw std::logic_error("a read scope's repository used after the scope ended");
        if (d != district_) throw std::logic_error("a read scope of " + district_.str() + " asked for " + d.str());
        if (fail_at_ && ++reads_ == *fail_at_) throw RetryableFailure{};
        store_.in_scope_ = true;
        struct Reset {
            bool& flag;
            ~Reset() { flag = false; }
        } reset{store_.in_scope_};
        return read();
    }

public:
    BoundCompliance(fakes::ComplianceRepository& store, domain::DistrictId district_id, std::optional<int> fail_at)
        : store_(store), district_(std::move(district_id)), fail_at_(fail_at) {}
    void close() { open_ = false; }

    std::map<std::optional<domain::OrganizationId>, domain::ComplianceCounts> counts(
        const domain::DistrictId& d, const domain::Date& as_of, bool today,
        const std::optional<domain::OrganizationId>& only, const std::optional<domain::Instant>& known_at) override {
        return forward(d, [&] { return store_.counts(d, as_of, today, only, known_at); });
    }
    std::vector<domain::OrganizationCompliance> organizations(const domain::DistrictId& d, const domain::Date& as_of,
                                                              const std::optional<domain::OrganizationId>& only,
                                                              const std::optional<domain::Instant>& known_at) override {
        return forward(d, [&] { return store_.organizations(d, as_of, only, known_at); });
    }
    std::vector<domain::OccurrenceDetail> occurrences(const domain::DistrictId& d, const domain::Date& as_of,
                                                      const domain::OrganizationId& organization_id,
                                                      const std::optional<domain::Instant>& known_at) override {
        return forward(d, [&] { return store_.occurrences(d, as_of, organization_id, known_at); });
    }
    std::vector<domain::OccurrenceDetail> overdue(const domain::DistrictId& d, const domain::Date& as_of,
                                                  bool district_owner, int limit,
                                                  const std::optional<domain::Instant>& known_at) override {
        return forward(d, [&] { return store_.overdue(d, as_of, district_owner, limit, known_at); });
    }
    std::vector<domain::CampaignCompleteness> completeness(const domain::DistrictId& d, const domain::Date& as_of,
                                                           const std::optional<domain::Instant>& known_at) override {
        return forward(d, [&] { return store_.completeness(d, as_of, known_at); });
    }
    std::vector<domain::DistrictRow> region(const domain::RegionId&, const domain::Date&, bool,
                                            const std::optional<domain::Instant>&) override {
        throw std::logic_error("a district's read scope reads no region");
    }
    long long version(const domain::DistrictId& d) override {
        return forward(d, [&] { return store_.version(d); });
    }
    long long region_version(const domain::RegionId&) override {
        throw std::logic_error("a district's read scope reads no region");
    }
    [[nodiscard]] int reads() const { return reads_; }

private:
    fakes::ComplianceRepository& store_;
    domain::DistrictId district_;
    std::optional<int> fail_at_;
    int reads_ = 0;
    bool open_ = true;
};

void ReadScopes::in_district(const domain::DistrictId& district_id,
                             const std::function<void(domain::DistrictReads&)>& fn) {
    ++scopes_;
    auto fail_at = fail_at_read_;
    fail_at_read_.reset();
    for (;;) {
        ++runs_;
        BoundCompliance compliance(compliance_, district_id, fail_at);
        domain::DistrictReads reads{compliance, roadmaps_};
        try {
            fn(reads);
            if (fail_at) throw RetryableFailure{};  // it read less: its commit fails
            compliance.close();
            return;
        } catch (const RetryableFailure&) {
            compliance.close();
            fail_at.reset();  // rolled back; the next run is a new transaction
        } catch (...) {
            compliance.close();
            throw;
        }
    }
}

void NationalComplianceRepository::set_rows(const domain::Date& as_of, std::vector<domain::RegionRow> rows) {
    rows_[as_of] = std::move(rows);
    ++version_;
}

std::vector<domain::RegionRow> NationalComplianceRepository::regions(const domain::Date& as_of, bool today,
                                                                     const std::optional<domain::Instant>& known_at) {
    calls_.push_back({as_of, today, known_at});
    auto it = rows_.find(as_of);
    return it == rows_.end() ? std::vector<domain::RegionRow>{} : it->second;
}

}  // namespace fakes
