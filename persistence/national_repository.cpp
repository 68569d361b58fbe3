#include "persistence/national_repository.hpp"

#include "generated/queries.hpp"
#include "persistence/compliance_rows.hpp"
#include "persistence/pg.hpp"
#include "persistence/compliance_repository.hpp"

namespace persistence {

long long PgNationalRepository::version() {
    return db_.read(nullptr, nullptr, queries::national_version, {}).int64(0, "version");  // one round trip
}

namespace {
// The regions as known at an instant: every district from its own records (known_district_row).
std::vector<domain::RegionRow> regions_known_at(Transactions& db, const domain::Date& as_of,
                                                const domain::Instant& known_at) {
    std::vector<domain::RegionRow> out;
    std::vector<std::pair<std::size_t, domain::DistrictId>> districts;  // (row, district)
    db.in_global([&](soci::session& sql) {
        auto res = pg::exec(sql, queries::national_regions_districts, {});
        for (int i = 0; i < res.rows(); ++i) {
            if (out.empty() || out.back().region_id.str() != res.view(i, "region_id")) {
                domain::RegionRow row;
                row.region_id = domain::RegionId{res.text(i, "region_id")};
                row.name = res.text(i, "name");
                row.code = res.text(i, "code");
                out.push_back(std::move(row));
            }
            if (auto d = res.opt_text(i, "district_id")) districts.emplace_back(out.size() - 1, domain::DistrictId{*d});
        }
    });
    for (const auto& [at, d] : districts) {
        auto row = known_district_row(db, d, as_of, known_at);
        auto& region = out[at];
        ++region.districts;
        region.organizations += row.organizations;
        region.fully_compliant += row.fully_compliant;
        region.without_approved_roadmap += row.without_approved_roadmap;
        region.counts += row.counts;
    }
    return out;
}
}  // namespace

std::vector<domain::RegionRow> PgNationalRepository::regions(const domain::Date& as_of, bool today,
                                                               const std::optional<domain::Instant>& known_at) {
    std::vector<domain::RegionRow> out;
    if (known_at) return regions_known_at(db_, as_of, *known_at);
    auto read = [&](const pg::Result& res) {
        out.reserve(static_cast<std::size_t>(res.rows()));
        for (int i = 0; i < res.rows(); ++i) {
            domain::RegionRow row;
            row.region_id = domain::RegionId{res.text(i, "id")};
            row.name = res.text(i, "name");
            row.code = res.text(i, "code");
            row.districts = res.integer(i, "districts");
            rollup_of(row, res, i);
            out.push_back(std::move(row));
        }
    };
    if (!today) {
        db_.in_global([&](soci::session& sql) {
            fill_month_totals(sql, as_of, std::nullopt, std::nullopt);
            read(pg::exec(sql, queries::national_regions_past, {as_of.iso()}));
        });
        return out;
    }
    // Rows from an earlier day are recomputed first, each district in its own scope: once a
    // day for a district whose next due date has passed (usually none, then one statement).
    std::vector<std::string> stale;
    db_.in_global([&](soci::session& sql) {
        auto res = pg::exec(sql, queries::national_stale_districts, {});
        for (int i = 0; i < res.rows(); ++i) stale.push_back(res.text(i, "district_id"));
    });
    for (const auto& d : stale)
        db_.in_tenant(d, [&](soci::session& sql) { refresh_stale(sql, d); });

    db_.in_global([&](soci::session& sql) { read(pg::exec(sql, queries::national_regions, {})); });
    return out;
}

}  // namespace persistence
