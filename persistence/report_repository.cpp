#include "persistence/report_repository.hpp"

#include <nlohmann/json.hpp>

#include "generated/queries.hpp"
#include "persistence/pg.hpp"

namespace persistence {
namespace {

using nlohmann::json;


// The stored form ([{code, title, type, derived, ...}]): entries without a code are skipped,
// a missing title is the code, a missing type integer, an unknown one text.
std::vector<domain::Indicator> indicators_of(const std::string& text) {
    std::vector<domain::Indicator> out;
    auto form = json::parse(text, nullptr, false);
    if (!form.is_array()) return out;
    for (auto& i : form) {
        if (!i.is_object() || !i.contains("code")) continue;
        domain::Indicator x;
        x.code = i.value("code", std::string());
        x.title = i.value("title", x.code);
        auto type = domain::parse_indicator_type(i.value("type", std::string("integer")));
        x.type = type.value_or(domain::IndicatorType::text);
        x.derived = i.value("derived", false);
        out.push_back(std::move(x));
    }
    return out;
}

// Stored values: {code: number | true/false | "text" | "not_applicable"}.
domain::Values values_of(const std::string& text) {
    domain::Values out;
    auto j = json::parse(text, nullptr, false);
    if (!j.is_object()) return out;
    for (auto& [code, v] : j.items()) {
        if (v.is_number()) out[code] = domain::Value::of(v.get<double>());
        else if (v.is_boolean()) out[code] = domain::Value::yes_no(v.get<bool>());
        else if (v.is_string() && v.get<std::string>() == "not_applicable") out[code] = domain::Value::not_applicable();
        else if (v.is_string()) out[code] = domain::Value::of_text(v.get<std::string>());
    }
    return out;
}

CampaignSheet::Row row_from(const pg::Result& r, int i) {
    CampaignSheet::Row row;
    row.organization_id = domain::OrganizationId{r.text(i, "organization_id")};
    row.name = r.text(i, "name");
    row.type = domain::parse_organization_type(r.view(i, "type")).value_or(domain::OrganizationType::school);
    row.status = domain::parse_report_status(r.view(i, "status"));  // not_started: none
    row.short_name = r.opt_text(i, "short_name");
    row.values = values_of(r.text(i, "values"));
    return row;
}

// Values of submitted and accepted reports only: a draft is not data yet.
void load_rows(soci::session& sql, const domain::DistrictId& d, CampaignSheet& sheet) {
    sheet.rows = pg::every(pg::exec(sql, queries::report_campaign_rows, {d.str(), sheet.id.str()}), row_from);
}

CampaignSheet sheet_from(const pg::Result& r, int i) {
    return {domain::CampaignId{r.text(i, "id")}, r.text(i, "title"), r.date(i, "reporting_date"),
            r.date(i, "due_date"), indicators_of(r.text(i, "indicators")), {}};
}

}  // namespace

std::optional<CampaignSheet> PgReportRepository::campaign(const domain::DistrictId& d,
                                                          const domain::CampaignId& campaign_id) {
    std::optional<CampaignSheet> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::report_campaign, {d.str(), campaign_id.str()}), sheet_from);
        if (out) load_rows(sql, d, *out);
    });
    return out;
}

std::optional<CampaignSheet> PgReportRepository::latest_campaign(const domain::DistrictId& d, domain::Date as_of) {
    std::optional<CampaignSheet> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::report_latest_campaign, {d.str(), as_of.iso()}), sheet_from);
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
