#include "persistence/soci_national_repository.hpp"

#include "persistence/compliance_rows.hpp"
#include "persistence/pg.hpp"
#include "persistence/soci_compliance_repository.hpp"

namespace persistence {
namespace {

// Districts with a summary row from an earlier day (or, after a clock change, a later one).
// The system scope reads the summaries but not the roadmaps and occurrences behind them
// (they are tenant rows), so it can find the stale rows, not recompute them:
// refresh_compliance run here would see no roadmap and write zeros.
const pg::Statement kStaleDistricts{"nsk_national_stale_districts", R"SQL(
  SELECT DISTINCT s.district_id::text FROM compliance_summary s
  WHERE s.valid_until < current_date OR s.as_of > current_date
)SQL"};

// Every region's row in one statement, with the region route's rules: active organisations
// only, each with its counts when it has an approved roadmap (the district's own roadmap
// matches no organisation); fully compliant = something due and all of it done; without an
// approved roadmap = active organisations without counts. One pass over organisations joined
// to their counts — `per_org` — summed per district, then per region.
std::string regions_sql(const std::string& counts_cte, const std::string& per_org) {
    return "WITH " + counts_cte + R"SQL(
  per_district AS (
    SELECT o.district_id, count(*)::int AS organizations, count(s.organization_id)::int AS with_roadmap,
           count(*) FILTER (WHERE s.due > 0 AND s.done = s.due)::int AS fully,
           sum(s.due)::int AS due, sum(s.done)::int AS done,
           sum(s.on_time)::int AS on_time, sum(s.later)::int AS later,
           sum(s.unscheduled)::int AS unscheduled
    FROM organizations o
    LEFT JOIN )SQL" + per_org + R"SQL(
    WHERE o.status = 'active'
    GROUP BY o.district_id)
  SELECT r.id::text, r.name, r.code, count(d.id)::int,
         coalesce(sum(p.organizations), 0)::int, coalesce(sum(p.fully), 0)::int,
         coalesce(sum(p.due), 0)::int, coalesce(sum(p.done), 0)::int,
         coalesce(sum(p.on_time), 0)::int, coalesce(sum(p.later), 0)::int,
         coalesce(sum(p.unscheduled), 0)::int, coalesce(sum(p.with_roadmap), 0)::int
  FROM regions r
  LEFT JOIN districts d ON d.region_id = r.id
  LEFT JOIN per_district p ON p.district_id = d.id
  GROUP BY r.id, r.name, r.code
  ORDER BY r.name, r.id
)SQL";
}

// As of today from the summaries, joined by their key (district_id, owner_key).
const pg::Statement kRegionsToday{"nsk_national_regions", regions_sql(summary_counts("true") + ",",
                                  "summary s ON s.district_id = o.district_id AND s.owner_key = o.id")};

// As of a past date ($1) from the changes kept on write (V0008).
const pg::Statement kRegionsPast{"nsk_national_regions_past",
    regions_sql(history_at("organization_id IS NOT NULL", "true", "$1") + ",",
                "hist s ON s.district_id = o.district_id AND s.organization_id = o.id")};

// The roll-up's key: a digest of every district's version and region, and of the regions'
// names (a change anywhere in the country changes it).
const pg::Statement kNationalVersion{"nsk_national_version", R"SQL(
  SELECT ('x' || substr(md5(
      (SELECT coalesce(string_agg(d.id::text || ':' || d.region_id::text || ':' || coalesce(v.version, 0), ','
                                  ORDER BY d.id), '')
         FROM districts d LEFT JOIN district_versions v ON v.district_id = d.id)
      || '|' ||
      (SELECT coalesce(string_agg(r.id::text || ':' || r.name || ':' || coalesce(r.code, ''), ',' ORDER BY r.id), '')
         FROM regions r)), 1, 15))::bit(60)::bigint
)SQL"};

}  // namespace

long long SociNationalRepository::version() {
    return db_.read(nullptr, nullptr, kNationalVersion, {}).int64(0, 0);  // one round trip
}

namespace {
const pg::Statement kRegionsAndDistricts{"nsk_national_regions_districts", R"SQL(
  SELECT r.id::text, r.name, r.code, d.id::text
  FROM regions r LEFT JOIN districts d ON d.region_id = r.id
  ORDER BY r.name, r.id, d.id
)SQL"};
}  // namespace

std::vector<domain::RegionRow> SociNationalRepository::regions(const domain::Date& as_of, bool today,
                                                               const std::optional<std::string>& known_at) {
    std::vector<domain::RegionRow> out;
    if (known_at) {
        // As known at an instant: every district from its own records (known_district_row).
        std::vector<std::pair<std::size_t, std::string>> districts;  // (row, district)
        db_.in_global([&](soci::session& sql) {
            auto res = pg::exec(sql, kRegionsAndDistricts, {});
            for (int i = 0; i < res.rows(); ++i) {
                if (out.empty() || out.back().region_id != res.text(i, 0)) {
                    domain::RegionRow row;
                    row.region_id = res.text(i, 0);
                    row.name = res.text(i, 1);
                    row.code = res.text(i, 2);
                    out.push_back(std::move(row));
                }
                if (auto d = res.opt_text(i, 3)) districts.emplace_back(out.size() - 1, *d);
            }
        });
        for (const auto& [at, d] : districts) {
            auto row = known_district_row(db_, d, as_of, *known_at);
            auto& region = out[at];
            ++region.districts;
            region.organizations += row.organizations;
            region.fully_compliant += row.fully_compliant;
            region.without_approved_roadmap += row.without_approved_roadmap;
            region.counts += row.counts;
        }
        return out;
    }
    auto read = [&](const pg::Result& res) {
        out.reserve(static_cast<std::size_t>(res.rows()));
        for (int i = 0; i < res.rows(); ++i) {
            domain::RegionRow row;
            row.region_id = res.text(i, 0);
            row.name = res.text(i, 1);
            row.code = res.text(i, 2);
            row.districts = res.integer(i, 3);
            rollup_at(row, res, i, 4);
            out.push_back(std::move(row));
        }
    };
    if (!today) {
        db_.in_global([&](soci::session& sql) {
            fill_month_totals(sql, as_of, std::nullopt, std::nullopt);
            read(pg::exec(sql, kRegionsPast, {as_of.iso()}));
        });
        return out;
    }
    // Rows from an earlier day are recomputed first, each district in its own scope: once a
    // day for a district whose next due date has passed (usually none, then one statement).
    std::vector<std::string> stale;
    db_.in_global([&](soci::session& sql) {
        auto res = pg::exec(sql, kStaleDistricts, {});
        for (int i = 0; i < res.rows(); ++i) stale.push_back(res.text(i, 0));
    });
    for (const auto& d : stale)
        db_.in_tenant(d, [&](soci::session& sql) { refresh_stale(sql, d); });

    db_.in_global([&](soci::session& sql) { read(pg::exec(sql, kRegionsToday, {})); });
    return out;
}

}  // namespace persistence
