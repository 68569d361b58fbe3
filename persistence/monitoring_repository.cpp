#include "persistence/monitoring_repository.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "domain/errors.hpp"
#include "generated/queries.hpp"
#include "persistence/pg.hpp"
#include "persistence/bases_repository.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

using domain::ExpectedVersion;

// A date column as PostgreSQL writes it (YYYY-MM-DD).

// A number as the form and the values have always been stored: rounded to 15 significant
// digits, an integral one without a fraction (jsonb keeps «3.0» apart from «3»). Only finite
// numbers reach here (api/json/monitoring_json.cpp refuses the rest).
nlohmann::json stored_number(double x) {
    if (!std::isfinite(x)) throw std::invalid_argument("a number to store is not finite");
    char digits[32];
    std::snprintf(digits, sizeof digits, "%.15g", x);
    const double rounded = std::strtod(digits, nullptr);
    if (std::trunc(rounded) == rounded && std::fabs(rounded) < 1e15) return static_cast<std::int64_t>(rounded);
    return rounded;
}

std::string indicators_json(const std::vector<domain::Indicator>& form) {
    auto out = nlohmann::json::array();
    for (const auto& x : form) {
        out.push_back({{"code", x.code},
                       {"title", x.title},
                       {"type", domain::to_string(x.type)},
                       {"required", x.required},
                       {"derived", x.derived},
                       {"from_bases", x.from_bases},
                       {"standard", x.standard},
                       {"target", x.target ? stored_number(*x.target) : nlohmann::json(nullptr)}});
    }
    return out.dump();
}

nlohmann::json stored_value(const domain::Value& v) {
    switch (v.kind) {
        case domain::Value::Kind::number: return stored_number(v.number);
        case domain::Value::Kind::boolean: return v.flag;
        case domain::Value::Kind::text: return v.text;
        case domain::Value::Kind::not_applicable: return "not_applicable";
    }
    return nullptr;
}

std::string values_json(const domain::Values& values) {
    auto out = nlohmann::json::object();
    for (const auto& [code, v] : values) out[code] = stored_value(v);
    return out.dump();
}

domain::Campaign campaign_from(const pg::Result& r, int i) {
    domain::Campaign c;
    c.id = domain::CampaignId{r.text(i, "id")};
    c.district_id = domain::DistrictId{r.text(i, "district_id")};
    c.title = r.text(i, "title");
    c.reporting_date = r.date(i, "reporting_date");
    c.due_date = r.date(i, "due_date");
    c.lock_date = r.date(i, "lock_date");
    c.version = r.integer(i, "version");
    c.created_at = r.instant(i, "created_at");
    c.updated_at = r.instant(i, "updated_at");
    for (auto& o : split_list(r.text(i, "organization_ids"))) c.organization_ids.emplace_back(std::move(o));
    return c;
}

// A form entry from the columns `code` … `target` of row i (`prefix`: indicator_ before the
// first three where the row also holds the campaign's own title).
domain::Indicator indicator_from(const pg::Result& r, int i, bool prefixed) {
    domain::Indicator x;
    x.code = r.text(i, prefixed ? "indicator_code" : "code");
    x.title = r.opt_text(i, prefixed ? "indicator_title" : "title").value_or("");
    x.type = domain::parse_indicator_type(r.opt_text(i, prefixed ? "indicator_type" : "type").value_or(""))
                 .value_or(domain::IndicatorType::integer);
    x.required = r.boolean(i, "required");
    x.derived = r.boolean(i, "derived");
    x.from_bases = r.boolean(i, "from_bases");
    x.standard = r.boolean(i, "standard");
    if (!r.null(i, "target")) x.target = r.real(i, "target");
    return x;
}

void load_indicators(soci::session& sql, domain::Campaign& c) {
    auto r = pg::exec(sql, queries::campaign_form, {c.district_id.str(), c.id.str()});
    for (int i = 0; i < r.rows(); ++i) c.indicators.push_back(indicator_from(r, i, false));
}

// The campaign and its form in one statement, prepared once per connection (every report
// read and write starts with it): a campaign row repeated per form entry, in form order.
std::optional<domain::Campaign> load_campaign(soci::session& sql, const domain::DistrictId& d,
                                              const domain::CampaignId& id, bool lock) {
    auto r =
        pg::exec(sql, lock ? queries::campaign_with_form_locked : queries::campaign_with_form, {d.str(), id.str()});
    if (r.rows() == 0) return std::nullopt;
    domain::Campaign c = campaign_from(r, 0);
    for (int i = 0; i < r.rows(); ++i) {
        if (r.null(i, "indicator_code")) continue;  // an empty form
        c.indicators.push_back(indicator_from(r, i, true));
    }
    return c;
}

domain::ReportStatus report_status(std::string_view st) {
    return domain::parse_report_status(st).value_or(domain::ReportStatus::draft);
}

// A report and its values in one statement: the report's columns repeated on one row per
// value, then the value's key, value_type (JSON) and value_text (key NULL when it has none).
std::optional<domain::Report> report_from(const pg::Result& r) {
    if (r.rows() == 0) return std::nullopt;
    domain::Report x;
    x.id = domain::ReportId{r.text(0, "id")};
    x.district_id = domain::DistrictId{r.text(0, "district_id")};
    x.campaign_id = domain::CampaignId{r.text(0, "campaign_id")};
    x.organization_id = domain::OrganizationId{r.text(0, "organization_id")};
    x.status = report_status(r.view(0, "status"));
    x.first_submitted_at = r.opt_instant(0, "first_submitted_at");
    x.submitted_at = r.opt_instant(0, "submitted_at");
    x.submitted_by = r.opt_text(0, "submitted_by");
    x.accepted_at = r.opt_instant(0, "accepted_at");
    x.accepted_by = r.opt_text(0, "accepted_by");
    x.returned_at = r.opt_instant(0, "returned_at");
    x.returned_by = r.opt_text(0, "returned_by");
    x.return_comment = r.opt_text(0, "return_comment");
    x.reopened = r.integer(0, "reopened") != 0;
    x.version = r.integer(0, "version");
    x.created_at = r.instant(0, "created_at");
    x.updated_at = r.instant(0, "updated_at");
    for (int i = 0; i < r.rows(); ++i) {
        if (r.null(i, "key")) continue;  // no values
        auto type = r.opt_text(i, "value_type").value_or("");
        auto text = r.opt_text(i, "value_text").value_or("");
        domain::Value v;
        if (type == "number")
            v = domain::Value::of(std::strtod(text.c_str(), nullptr));
        else if (type == "boolean")
            v = domain::Value::yes_no(text == "true");
        else if (type == "string")
            v = text == "not_applicable" ? domain::Value::not_applicable() : domain::Value::of_text(text);
        else
            continue;
        x.values[r.text(i, "key")] = v;
    }
    return x;
}

std::optional<domain::Report> load_report(soci::session& sql, const domain::DistrictId& d,
                                          const domain::CampaignId& c, const domain::OrganizationId& o, bool lock) {
    return report_from(pg::exec(sql, lock ? queries::report_with_values_locked : queries::report_with_values,
                                {d.str(), c.str(), o.str()}));
}

void insert_organizations(soci::session& sql, const domain::DistrictId& d, const domain::CampaignId& c,
                          const std::vector<domain::OrganizationId>& ids) {
    for (const auto& o : ids) pg::exec(sql, queries::campaign_organization_insert, {d.str(), c.str(), o.str()});
}

}  // namespace

domain::Campaign PgMonitoringRepository::create_campaign(const domain::DistrictId& d, const domain::Campaign& c) {
    domain::Campaign out;
    auto form = indicators_json(c.indicators);
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        domain::CampaignId id{
            pg::exec(sql, queries::campaign_insert,
                     {d.str(), c.title, c.reporting_date.iso(), c.due_date.iso(), c.lock_date.iso(), form})
                .text(0, "id")};
        insert_organizations(sql, d, id, c.organization_ids);
        out = *load_campaign(sql, d, id, false);
    });
    return out;
}

std::optional<domain::Campaign> PgMonitoringRepository::find_campaign(const domain::DistrictId& d,
                                                                      const domain::CampaignId& id) {
    std::optional<domain::Campaign> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) { out = load_campaign(sql, d, id, false); });
    return out;
}

domain::Page<domain::Campaign> PgMonitoringRepository::list_campaigns(const domain::DistrictId& d,
                                                                       const domain::PageRequest& page) {
    PageCursor c(page);
    std::vector<domain::Campaign> rows;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::campaigns_page, {d.str(), c.key, c.id, std::to_string(page.limit + 1)}),
                         campaign_from);
        for (auto& x : rows) load_indicators(sql, x);
    });
    return page_of(std::move(rows), page.limit, [](auto& x) { return x.reporting_date.iso(); });
}

domain::Campaign PgMonitoringRepository::update_campaign(const domain::DistrictId& d, const domain::CampaignId& id,
                                                           ExpectedVersion v,
                                                           const std::function<void(domain::Campaign&)>& change) {
    domain::Campaign out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto current = load_campaign(sql, d, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The monitoring campaign");
        auto next = *current;
        change(next);
        std::set<domain::OrganizationId> keep(next.organization_ids.begin(), next.organization_ids.end());
        std::vector<domain::FieldError> errors;
        for (const auto& o : current->organization_ids) {
            if (keep.count(o)) continue;
            int reports = pg::exec(sql, queries::campaign_organization_reports, {d.str(), id.str(), o.str()})
                              .integer(0, "reports");
            if (reports > 0)
                errors.push_back({"/organization_ids", "organisation " + o.str() +
                                                           " has a report in this campaign already, so it stays expected"});
            else
                pg::exec(sql, queries::campaign_organization_delete, {d.str(), id.str(), o.str()});
        }
        if (!errors.empty()) throw domain::validation_error(std::move(errors));
        insert_organizations(sql, d, id, next.organization_ids);
        auto form = indicators_json(next.indicators);
        pg::exec(sql, queries::campaign_update,
                 {next.title, next.reporting_date.iso(), next.due_date.iso(), next.lock_date.iso(), form, d.str(),
                  id.str()});
        out = *load_campaign(sql, d, id, false);
    });
    return out;
}

std::vector<domain::OrganizationBrief> PgMonitoringRepository::organizations(const domain::DistrictId& d) {
    std::vector<domain::OrganizationBrief> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        out = pg::every(pg::exec(sql, queries::monitoring_organizations, {d.str()}), [](const pg::Result& r, int i) {
            return domain::OrganizationBrief{
                domain::OrganizationId{r.text(i, "id")}, r.text(i, "name"),
                domain::parse_organization_type(r.view(i, "type")).value_or(domain::OrganizationType::school),
                r.view(i, "status") == "closed"};
        });
    });
    return out;
}

std::optional<domain::Report> PgMonitoringRepository::find_report(const domain::DistrictId& d,
                                                                    const domain::CampaignId& c,
                                                                    const domain::OrganizationId& o) {
    std::optional<domain::Report> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) { out = load_report(sql, d, c, o, false); });
    return out;
}

std::vector<domain::ReportBrief> PgMonitoringRepository::report_briefs(const domain::DistrictId& d,
                                                                       const domain::CampaignId& c) {
    std::vector<domain::ReportBrief> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        out = pg::every(pg::exec(sql, queries::report_briefs, {d.str(), c.str()}), [](const pg::Result& r, int i) {
            domain::ReportBrief b;
            b.organization_id = domain::OrganizationId{r.text(i, "organization_id")};
            b.status = report_status(r.view(i, "status"));
            b.first_submitted_at = r.opt_instant(i, "first_submitted_at");
            b.submitted_at = r.opt_instant(i, "submitted_at");
            b.version = r.integer(i, "version");
            return b;
        });
    });
    return out;
}

domain::Report PgMonitoringRepository::change_report(
    const domain::DistrictId& d, const domain::CampaignId& c, const domain::OrganizationId& o,
    const std::function<domain::ReportChange(const domain::Campaign&, const std::optional<domain::Report>&)>& change) {
    domain::Report out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto campaign = load_campaign(sql, d, c, false);
        if (!campaign) throw domain::not_found("The monitoring campaign");
        auto current = load_report(sql, d, c, o, true);
        auto result = change(*campaign, current);
        const auto& n = result.next;
        auto values = values_json(n.values);
        std::string status(domain::to_string(n.status));
        std::optional<domain::Report> stored;
        if (!current) {
            stored = report_from(pg::exec(sql, queries::report_insert, {d.str(), c.str(), o.str(), status, values}));
            if (!stored)
                throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                                    "The report was created meanwhile by another request; fetch it and retry with "
                                    "If-Match.");
        } else {
            stored = report_from(pg::exec(sql, queries::report_update,
                                          {d.str(), c.str(), o.str(), status, values, result.transition,
                                           n.submitted_by, n.accepted_by, n.returned_by, n.return_comment,
                                           std::string(n.reopened ? "true" : "false"),
                                           std::to_string(current->version)}));
            if (!stored)
                throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                                    "The report has changed since you read it; fetch it again and retry.");
        }
        out = std::move(*stored);
    });
    return out;
}

void PgMonitoringRepository::set_submission_time(const domain::DistrictId& d, const domain::CampaignId& c,
                                                   const domain::OrganizationId& o,
                                                   const std::string& at) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        pg::exec(sql, queries::report_submission_time_set, {at, d.str(), c.str(), o.str()});
    });
}

}  // namespace persistence
