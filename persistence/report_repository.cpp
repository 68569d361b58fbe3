#include "persistence/report_repository.hpp"

#include "generated/queries.hpp"
#include "persistence/pg.hpp"

namespace persistence {
namespace {

// Values of submitted and accepted reports only: a draft is not data yet.
void load_rows(soci::session& sql, const std::string& d, CampaignSheet& sheet) {
    auto r = pg::exec(sql, queries::report_campaign_rows, {d, sheet.id});
    for (int i = 0; i < r.rows(); ++i)
        sheet.rows.push_back({r.text(i, "organization_id"), r.text(i, "name"), r.text(i, "type"), r.text(i, "status"),
                              r.opt_text(i, "short_name"), r.text(i, "values")});
}

CampaignSheet sheet_from(const pg::Result& r, int i) {
    return {r.text(i, "id"), r.text(i, "title"), r.text(i, "reporting_date"), r.text(i, "due_date"),
            r.text(i, "indicators"), {}};
}

}  // namespace

std::optional<CampaignSheet> PgReportRepository::campaign(const std::string& d, const std::string& campaign_id) {
    std::optional<CampaignSheet> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::report_campaign, {d, campaign_id}), sheet_from);
        if (out) load_rows(sql, d, *out);
    });
    return out;
}

std::optional<CampaignSheet> PgReportRepository::latest_campaign(const std::string& d, const std::string& as_of) {
    std::optional<CampaignSheet> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::report_latest_campaign, {d, as_of}), sheet_from);
        if (out) load_rows(sql, d, *out);
    });
    return out;
}

std::vector<PgReportRepository::DistrictInfo> PgReportRepository::districts_of(const std::string& region_id) {
    std::vector<DistrictInfo> out;
    db_.in_global([&](soci::session& sql) {
        out = pg::every(pg::exec(sql, queries::report_region_districts, {region_id}), [](const pg::Result& r, int i) {
            return DistrictInfo{r.text(i, "id"), r.text(i, "name"), r.text(i, "code")};
        });
    });
    return out;
}

}  // namespace persistence
