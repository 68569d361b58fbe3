#include "persistence/compliance_repository.hpp"

#include <algorithm>
#include <tuple>

#include "domain/errors.hpp"
#include "generated/queries.hpp"
#include "persistence/compliance_rows.hpp"
#include "persistence/pg.hpp"

// Every statement here (persistence/sql/compliance/) is prepared once per pooled connection
// (pg::exec) and led by the tenant ($1 = the district, or the region).
// bench/pgbench_scripts.py runs the same SQL on the database alone (`nastavnik statements`).
namespace persistence {

int rebuild_compliance_history(Database& db, const std::optional<std::string>& only,
                               const std::function<void(int, int)>& progress) {
    std::vector<std::string> ids;
    db.in_global([&](soci::session& sql) {
        auto r = pg::exec(sql, queries::history_district_ids, {only});
        for (int i = 0; i < r.rows(); ++i) ids.push_back(r.text(i, "id"));
    });
    if (only && ids.empty()) throw domain::not_found("The district");
    int done = 0;
    for (const auto& d : ids) {
        db.in_tenant(d, [&](soci::session& sql) { pg::exec(sql, queries::history_rebuild, {d}); });
        progress(++done, static_cast<int>(ids.size()));
    }
    return done;
}

void fill_month_totals(soci::session& sql, const domain::Date& day, const std::optional<std::string>& district,
                       const std::optional<std::string>& region) {
    // A replica cannot keep them (persistence/replica_reads.hpp): the reads that follow sum
    // the changes before the month themselves (the `kept` test of persistence/sql/compliance/
    // compliance_region_past.sql and its siblings), and the primary fills them on its
    // own first read of the month.
    if (pg::read_only(sql)) return;
    if (district)
        pg::exec(sql, queries::compliance_fill_month_totals, {day.iso(), district});
    else if (region)
        pg::exec(sql, queries::compliance_fill_month_totals_region, {day.iso(), region});
    else
        pg::exec(sql, queries::compliance_fill_month_totals_all, {day.iso(), std::nullopt});
}

namespace {

// An occurrence detail of row i (the compliance_org_* and compliance_overdue_* columns).
domain::OccurrenceDetail detail_at(const pg::Result& r, int i, const domain::Date& as_of) {
    domain::OccurrenceDetail x;
    if (auto org = r.opt_text(i, "organization_id")) x.organization_id = domain::OrganizationId{std::move(*org)};
    x.roadmap_id = domain::RoadmapId{r.text(i, "roadmap_id")};
    x.item_id = domain::ItemId{r.text(i, "item_id")};
    x.number = r.text(i, "number");
    x.title = r.text(i, "title");
    x.deadline_text = r.text(i, "deadline_text");
    x.responsible = r.text(i, "responsible");
    x.window = {r.date(i, "starts_on"),
                r.date(i, "due_on")};
    x.status = r.text(i, "status");
    x.completed_on = r.opt_text(i, "completed_on");
    x.evidence_title = r.opt_text(i, "evidence_title");
    x.evidence_number = r.opt_text(i, "evidence_number");
    x.evidence_url = r.opt_text(i, "evidence_url");
    std::optional<domain::Date> completed;
    if (x.completed_on) completed = domain::Date::parse_iso(*x.completed_on);
    x.state = domain::occurrence_state(x.window, x.status == "done" && r.boolean(i, "has_evidence"), completed, as_of);
    return x;
}

std::vector<domain::OccurrenceDetail> details_from(const pg::Result& r, const domain::Date& as_of) {
    std::vector<domain::OccurrenceDetail> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(detail_at(r, i, as_of));
    return out;
}


// How `one` is planned for one organisation: as PostgreSQL chooses, or always through its
// generic plan, where that reads a few more of the district's rows than a custom plan but
// PostgreSQL would otherwise plan it on every call (bench/ANALYSIS.md §3: the organisations
// statement 0.58 ms of planning for 0.14 ms of work).
enum class OnePlan { chosen, generic };

// `one` for one organisation (`only`, its parameter at `at`), else the statement's variant
// without that parameter (`-- variant all`, cmake/embed_sql.cmake), whose cached plan knows
// that every organisation is read.
pg::Result exec_only(soci::session& sql, const pg::Statement& one, const pg::Statement& all,
                     std::vector<pg::Param> params, const std::optional<std::string>& only, std::size_t at,
                     OnePlan plan = OnePlan::chosen) {
    if (!only) return pg::exec(sql, all, params);
    params.insert(params.begin() + static_cast<std::ptrdiff_t>(at), *only);
    if (plan == OnePlan::generic)
        return pg::exec_between(sql, queries::generic_plan_on, one, params, queries::generic_plan_off);
    return pg::exec(sql, one, params);
}

// Typed ids and instants as the statements' text parameters.
template <class Tag>
std::optional<std::string> text(const std::optional<domain::Id<Tag>>& id) {
    return id ? std::optional<std::string>{id->str()} : std::nullopt;
}
std::optional<std::string> text(const std::optional<domain::Instant>& at) {
    return at ? std::optional<std::string>{at->utc()} : std::nullopt;
}

// A region's rows: the district (id, name, code), then its roll-up (rollup_of).
std::vector<domain::DistrictRow> district_rows(const pg::Result& r) {
    std::vector<domain::DistrictRow> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        domain::DistrictRow row;
        row.district_id = domain::DistrictId{r.text(i, "id")};
        row.name = r.text(i, "name");
        row.code = r.text(i, "code");
        rollup_of(row, r, i);
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace

void refresh_stale(soci::session& sql, const std::string& d) {
    if (pg::exec(sql, queries::compliance_lock_stale, {d}).int64(0, "stale") > 0)
        pg::exec(sql, queries::compliance_refresh, {d});
}

std::map<std::optional<domain::OrganizationId>, domain::ComplianceCounts> PgComplianceRepository::counts(
    const domain::DistrictId& district, const domain::Date& as_of, bool today,
    const std::optional<domain::OrganizationId>& only_id, const std::optional<domain::Instant>& known) {
    const auto& d = district.str();
    auto only = text(only_id);
    auto known_at = text(known);
    std::map<std::optional<domain::OrganizationId>, domain::ComplianceCounts> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        pg::Result r;
        if (known_at) {
            r = exec_only(sql, queries::compliance_known_counts, queries::compliance_known_counts_all, {d, t, known_at}, only, 2);
        } else if (today) {
            refresh_stale(sql, d);
            r = exec_only(sql, queries::compliance_summary, queries::compliance_summary_all, {d}, only, 1, OnePlan::generic);
        } else {
            fill_month_totals(sql, as_of, d, std::nullopt);
            r = exec_only(sql, queries::compliance_history_counts, queries::compliance_history_counts_all, {d, t}, only, 2);
        }
        for (int i = 0; i < r.rows(); ++i) {
            auto org = r.opt_text(i, "organization_id");
            out[org ? std::optional{domain::OrganizationId{std::move(*org)}} : std::nullopt] = counts_of(r, i);
        }
    });
    return out;
}

std::vector<domain::OrganizationCompliance> PgComplianceRepository::organizations(
    const domain::DistrictId& district, const domain::Date& as_of, const std::optional<domain::OrganizationId>& only_id,
    const std::optional<domain::Instant>& known) {
    const auto& d = district.str();
    auto only = text(only_id);
    auto known_at = text(known);
    std::vector<domain::OrganizationCompliance> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, std::size_t> index;
        auto r = known_at ? exec_only(sql, queries::compliance_organizations_known, queries::compliance_organizations_known_all, {d, t, known_at}, only, 2)
                          : exec_only(sql, queries::compliance_organizations, queries::compliance_organizations_all, {d, t}, only, 2,
                                      OnePlan::generic);
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i) {
            domain::OrganizationCompliance o;
            o.organization_id = domain::OrganizationId{r.text(i, "id")};
            o.name = r.text(i, "name");
            o.short_name = r.opt_text(i, "short_name");
            o.type = r.text(i, "type");
            o.documents.order = r.opt_boolean(i, "has_order");
            o.documents.regulation = r.opt_boolean(i, "has_regulation");
            o.documents.program = r.opt_boolean(i, "has_program");
            o.documents.site_page = r.opt_boolean(i, "has_site_page");
            o.documents.approved_roadmap = r.boolean(i, "approved_roadmap");
            o.documents.curator_appointed = r.boolean(i, "curator_appointed");
            index[o.organization_id.str()] = out.size();
            out.push_back(std::move(o));
        }
        auto m = known_at ? exec_only(sql, queries::compliance_monitoring_known, queries::compliance_monitoring_known_all, {d, t, known_at}, only, 2)
                          : exec_only(sql, queries::compliance_monitoring, queries::compliance_monitoring_all, {d, t}, only, 2);
        for (int i = 0; i < m.rows(); ++i) {
            auto it = index.find(m.text(i, "organization_id"));
            if (it == index.end()) continue;
            out[it->second].monitoring.push_back({domain::CampaignId{m.text(i, "id")}, m.text(i, "title"), m.text(i, "due_date"),
                                                  m.text(i, "status_then"), m.opt_boolean(i, "on_time")});
        }
    });
    return out;
}

std::vector<domain::OccurrenceDetail> PgComplianceRepository::occurrences(
    const domain::DistrictId& district, const domain::Date& as_of, const domain::OrganizationId& organization,
    const std::optional<domain::Instant>& known) {
    const auto& d = district.str();
    const auto& organization_id = organization.str();
    auto known_at = text(known);
    std::vector<domain::OccurrenceDetail> out;
    std::string t = as_of.iso();
    bool today = as_of == domain::Date::today_utc() && !known_at;
    db_.in_tenant(d, [&](soci::session& sql) {
        if (known_at)
            out = details_from(pg::exec(sql, queries::compliance_org_known, {d, t, organization_id, known_at}), as_of);
        else
            out = details_from(pg::exec(sql, today ? queries::compliance_org_today : queries::compliance_org_past, {d, t, organization_id}),
                               as_of);
    });
    return out;
}

std::vector<domain::OccurrenceDetail> PgComplianceRepository::overdue(const domain::DistrictId& district,
                                                                        const domain::Date& as_of,
                                                                        bool district_owner, int limit,
                                                                        const std::optional<domain::Instant>& known) {
    const auto& d = district.str();
    auto known_at = text(known);
    std::vector<domain::OccurrenceDetail> out;
    bool today = as_of == domain::Date::today_utc() && !known_at;
    std::string owner = district_owner ? "true" : "false";
    db_.in_tenant(d, [&](soci::session& sql) {
        if (today) {
            // Its generic plan reads what a custom one does (bench/ANALYSIS.md §1), but the LIMIT
            // from a parameter makes it look costlier, so PostgreSQL would plan it on every call.
            out = details_from(pg::exec_between(sql, queries::generic_plan_on, queries::compliance_overdue_today,
                                                {d, as_of.iso(), owner, std::to_string(limit)}, queries::generic_plan_off),
                               as_of);
            return;
        }
        // Batches in due order until `limit` overdue ones are found and every other one due the
        // same day as the last of them; then in list order (due, organisation, item, seq).
        struct Found {
            domain::OccurrenceDetail detail;
            int position, seq;
        };
        std::vector<Found> found;
        std::optional<domain::Date> cutoff;
        pg::Param after_due = std::string("-infinity"), after_id = std::string("00000000-0000-0000-0000-000000000000");
        const int batch = std::max(4 * limit, 100);
        for (bool more = true; more;) {
            auto r = known_at ? pg::exec(sql, queries::compliance_overdue_known,
                                         {d, as_of.iso(), owner, after_due, after_id, std::to_string(batch), known_at})
                              : pg::exec(sql, queries::compliance_overdue_past,
                                         {d, as_of.iso(), owner, after_due, after_id, std::to_string(batch)});
            more = r.rows() == batch;
            for (int i = 0; i < r.rows(); ++i) {
                auto due = r.date(i, "due_on");
                if (cutoff && *cutoff < due) {
                    more = false;
                    break;
                }
                after_due = r.text(i, "due_on");
                after_id = r.text(i, "id");
                if (!r.boolean(i, "overdue")) continue;
                found.push_back({detail_at(r, i, as_of), r.integer(i, "position"), r.integer(i, "seq")});
                if (!cutoff && static_cast<int>(found.size()) == limit) cutoff = due;
            }
        }
        std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
            auto key = [](const Found& f) {
                return std::make_tuple(f.detail.window.end, f.detail.organization_id.has_value(),
                                       f.detail.organization_id.value_or(domain::OrganizationId{}), f.position, f.seq);
            };
            return key(a) < key(b);
        });
        if (static_cast<int>(found.size()) > limit) found.resize(static_cast<std::size_t>(limit));
        out.reserve(found.size());
        for (auto& f : found) out.push_back(std::move(f.detail));
    });
    return out;
}

std::vector<domain::CampaignCompleteness> PgComplianceRepository::completeness(
    const domain::DistrictId& district, const domain::Date& as_of, const std::optional<domain::Instant>& known) {
    const auto& d = district.str();
    auto known_at = text(known);
    std::vector<domain::CampaignCompleteness> out;
    std::string t = as_of.iso();
    // As of today from the counts kept on write (V0015); another day from the reports.
    const auto& day = as_of == domain::Date::today_utc() ? queries::compliance_completeness_today : queries::compliance_completeness;
    db_.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, std::size_t> index;
        auto r = known_at ? pg::exec(sql, queries::compliance_completeness_known, {d, t, known_at}) : pg::exec(sql, day, {d, t});
        for (int i = 0; i < r.rows(); ++i) {
            auto id = r.text(i, "id");
            auto [it, fresh] = index.emplace(id, out.size());
            if (fresh) {
                domain::CampaignCompleteness c;
                c.campaign_id = domain::CampaignId{id};
                c.title = r.text(i, "title");
                c.due_date = r.text(i, "due_date");
                out.push_back(std::move(c));
            }
            auto& c = out[it->second];
            int expected = r.integer(i, "expected"), submitted = r.integer(i, "submitted"), on_time = r.integer(i, "on_time");
            c.expected += expected;
            c.submitted += submitted;
            c.on_time += on_time;
            c.by_type[r.text(i, "type")] = {expected, submitted, on_time};
        }
        for (auto& c : out) {
            c.late = c.submitted - c.on_time;
            c.missing = c.expected - c.submitted;
        }
    });
    return out;
}

long long PgComplianceRepository::version(const domain::DistrictId& district) {
    const auto& d = district.str();
    return db_.read(&d, nullptr, queries::district_version, {d}).int64(0, "version");  // one round trip
}

long long PgComplianceRepository::region_version(const domain::RegionId& region) {
    const auto& region_id = region.str();
    return db_.read(nullptr, &region_id, queries::region_version, {region_id}).int64(0, "version");
}

domain::DistrictRow known_district_row(Transactions& db, const domain::DistrictId& district, const domain::Date& as_of,
                                       const domain::Instant& known) {
    const auto& d = district.str();
    auto known_at = known.utc();
    domain::DistrictRow row;
    row.district_id = district;
    db.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, domain::ComplianceCounts> counts;
        auto r = pg::exec(sql, queries::compliance_known_counts_all, {d, as_of.iso(), known_at});
        for (int i = 0; i < r.rows(); ++i)
            if (auto org = r.opt_text(i, "organization_id")) counts[*org] = counts_of(r, i);
        auto orgs = pg::exec(sql, queries::compliance_active_organizations, {d});
        row.organizations = orgs.rows();
        int with_roadmap = 0;
        for (int i = 0; i < orgs.rows(); ++i) {
            auto it = counts.find(orgs.text(i, "id"));
            if (it == counts.end()) continue;
            ++with_roadmap;
            row.counts += it->second;
            if (it->second.due > 0 && it->second.done == it->second.due) ++row.fully_compliant;
        }
        row.without_approved_roadmap = row.organizations - with_roadmap;
    });
    return row;
}

std::vector<domain::DistrictRow> PgComplianceRepository::region(const domain::RegionId& region,
                                                                  const domain::Date& as_of, bool today,
                                                                  const std::optional<domain::Instant>& known_at) {
    const auto& region_id = region.str();
    std::vector<domain::DistrictRow> out;
    if (known_at) {
        // As known at an instant: each district from its own records, in its own scope (a
        // region scope reads no roadmap or progress record).
        db_.in_region(region_id, [&](soci::session& sql) {
            auto r = pg::exec(sql, queries::compliance_region_districts, {region_id});
            for (int i = 0; i < r.rows(); ++i) {
                domain::DistrictRow row;
                row.district_id = domain::DistrictId{r.text(i, "id")};
                row.name = r.text(i, "name");
                row.code = r.text(i, "code");
                out.push_back(std::move(row));
            }
        });
        for (auto& row : out) {
            auto known = known_district_row(db_, row.district_id, as_of, *known_at);
            known.name = std::move(row.name);
            known.code = std::move(row.code);
            row = std::move(known);
        }
        return out;
    }
    if (today) {
        // Districts whose rows are from an earlier day are brought up to date first (once a day).
        std::vector<std::string> stale;
        db_.in_region(region_id, [&](soci::session& sql) {
            auto r = pg::exec(sql, queries::compliance_region_stale, {region_id});
            for (int i = 0; i < r.rows(); ++i) stale.push_back(r.text(i, "district_id"));
        });
        for (auto& d : stale) db_.in_tenant(d, [&](soci::session& sql) { refresh_stale(sql, d); });
        // One statement over the region's aggregates.
        db_.in_region(region_id, [&](soci::session& sql) { out = district_rows(pg::exec(sql, queries::compliance_region_today, {region_id})); });
        return out;
    }
    // A past date: one statement over the region's valid-time changes (V0008, V0009).
    db_.in_region(region_id, [&](soci::session& sql) {
        fill_month_totals(sql, as_of, std::nullopt, region_id);
        out = district_rows(pg::exec(sql, queries::compliance_region_past, {region_id, as_of.iso()}));
    });
    return out;
}

}  // namespace persistence
