#include "persistence/soci_monitoring_repository.hpp"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "domain/errors.hpp"
#include "persistence/soci_bases_repository.hpp"
#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

#define TS NASTAVNIK_TS

using domain::ExpectedVersion;

constexpr const char* kCampaignCols =
    "c.id::text, c.district_id::text, c.title, c.reporting_date::text, c.due_date::text, c.lock_date::text, c.version, " TS(
        "c.created_at") ", " TS("c.updated_at") ","
    " coalesce((select string_agg(x.organization_id::text, ',' order by x.organization_id)"
    " from monitoring_campaign_organizations x where x.district_id = c.district_id and x.campaign_id = c.id), '')";

constexpr const char* kReportCols =
    "id::text, district_id::text, campaign_id::text, organization_id::text, status, " TS("first_submitted_at") ", " TS(
        "submitted_at") ", submitted_by, " TS("accepted_at") ", accepted_by, " TS("returned_at") ", returned_by,"
    " return_comment, reopened::int, version, " TS("created_at") ", " TS("updated_at");


// A number as the form and the values have always been stored: rounded to 15 significant
// digits, an integral one without a fraction (jsonb keeps «3.0» apart from «3»). Only finite
// numbers reach here (api/monitoring_json.cpp refuses the rest).
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

domain::Campaign campaign_from(const soci::row& r) {
    domain::Campaign c;
    c.id = r.get<std::string>(0);
    c.district_id = r.get<std::string>(1);
    c.title = r.get<std::string>(2);
    c.reporting_date = r.get<std::string>(3);
    c.due_date = r.get<std::string>(4);
    c.lock_date = r.get<std::string>(5);
    c.version = r.get<int>(6);
    c.created_at = r.get<std::string>(7);
    c.updated_at = r.get<std::string>(8);
    c.organization_ids = split_list(r.get<std::string>(9));
    return c;
}

void load_indicators(soci::session& sql, domain::Campaign& c) {
    soci::rowset<soci::row> rs =
        (sql.prepare << "select e->>'code', e->>'title', e->>'type', (e->>'required')::boolean::int,"
                        " (e->>'derived')::boolean::int, (e->>'from_bases')::boolean::int,"
                        " (e->>'standard')::boolean::int, (e->>'target')::float8"
                        " from monitoring_campaigns c, jsonb_array_elements(c.indicators) with ordinality as t(e, n)"
                        " where c.district_id = cast(:d as uuid) and c.id = cast(:id as uuid) order by t.n",
         soci::use(c.district_id), soci::use(c.id));
    for (auto& r : rs) {
        domain::Indicator i;
        i.code = r.get<std::string>(0);
        i.title = r.get<std::string>(1);
        i.type = domain::parse_indicator_type(r.get<std::string>(2)).value_or(domain::IndicatorType::integer);
        i.required = r.get<int>(3) != 0;
        i.derived = r.get<int>(4) != 0;
        i.from_bases = r.get<int>(5) != 0;
        i.standard = r.get<int>(6) != 0;
        if (r.get_indicator(7) == soci::i_ok) i.target = r.get<double>(7);
        c.indicators.push_back(std::move(i));
    }
}

// The campaign and its form in one statement, prepared once per connection (every report
// read and write starts with it): a campaign row repeated per form entry, in form order. The
// form's jsonb is expanded, not sent (column 10 is NULL): sent whole on every row it cost more
// than all the rest of a report's write.
constexpr const char* kCampaignWithForm =
    " select c.*, NULL::text, e->>'code', e->>'title', e->>'type', (e->>'required')::boolean,"
    " (e->>'derived')::boolean, (e->>'from_bases')::boolean, (e->>'standard')::boolean, (e->>'target')::float8"
    " from c left join lateral jsonb_array_elements((select m.indicators from monitoring_campaigns m"
    " where m.district_id = $1::uuid and m.id = $2::uuid)) with ordinality as t(e, n) on true order by t.n";
constexpr const char* kOneCampaign =
    " from monitoring_campaigns c where c.district_id = $1::uuid and c.id = $2::uuid";

const pg::Statement kCampaign{"nsk_campaign_with_form", std::string("with c as materialized (select ") +
                                                             kCampaignCols + kOneCampaign + ")" + kCampaignWithForm};
const pg::Statement kCampaignLocked{"nsk_campaign_with_form_locked", std::string("with c as materialized (select ") +
                                                                         kCampaignCols + kOneCampaign +
                                                                         " for update of c)" + kCampaignWithForm};

std::optional<domain::Campaign> load_campaign(soci::session& sql, const std::string& d, const std::string& id,
                                              bool lock) {
    auto r = pg::exec(sql, lock ? kCampaignLocked : kCampaign, {d, id});
    if (r.rows() == 0) return std::nullopt;
    domain::Campaign c;
    c.id = r.text(0, 0);
    c.district_id = r.text(0, 1);
    c.title = r.text(0, 2);
    c.reporting_date = r.text(0, 3);
    c.due_date = r.text(0, 4);
    c.lock_date = r.text(0, 5);
    c.version = r.integer(0, 6);
    c.created_at = r.text(0, 7);
    c.updated_at = r.text(0, 8);
    c.organization_ids = split_list(r.text(0, 9));
    // column 10: NULL (the form is expanded below); then one form entry per row
    for (int i = 0; i < r.rows(); ++i) {
        if (r.null(i, 11)) continue;  // an empty form
        domain::Indicator x;
        x.code = r.text(i, 11);
        x.title = r.opt_text(i, 12).value_or("");
        x.type = domain::parse_indicator_type(r.opt_text(i, 13).value_or("")).value_or(domain::IndicatorType::integer);
        x.required = r.boolean(i, 14);
        x.derived = r.boolean(i, 15);
        x.from_bases = r.boolean(i, 16);
        x.standard = r.boolean(i, 17);
        if (!r.null(i, 18)) x.target = std::strtod(r.text(i, 18).c_str(), nullptr);
        c.indicators.push_back(std::move(x));
    }
    return c;
}

// A report and its values in one statement: the report's columns (kReportCols) repeated on
// one row per value, then the value's code, JSON type and text (NULL when it has none).
constexpr const char* kValueCols = ", e.key, jsonb_typeof(e.value), e.value #>> '{}'";

std::optional<domain::Report> report_from(const pg::Result& r) {
    if (r.rows() == 0) return std::nullopt;
    domain::Report x;
    x.id = r.text(0, 0);
    x.district_id = r.text(0, 1);
    x.campaign_id = r.text(0, 2);
    x.organization_id = r.text(0, 3);
    auto st = r.text(0, 4);
    x.status = st == "submitted"  ? domain::ReportStatus::submitted
               : st == "accepted" ? domain::ReportStatus::accepted
               : st == "returned" ? domain::ReportStatus::returned
                                  : domain::ReportStatus::draft;
    x.first_submitted_at = r.opt_text(0, 5);
    x.submitted_at = r.opt_text(0, 6);
    x.submitted_by = r.opt_text(0, 7);
    x.accepted_at = r.opt_text(0, 8);
    x.accepted_by = r.opt_text(0, 9);
    x.returned_at = r.opt_text(0, 10);
    x.returned_by = r.opt_text(0, 11);
    x.return_comment = r.opt_text(0, 12);
    x.reopened = r.integer(0, 13) != 0;
    x.version = r.integer(0, 14);
    x.created_at = r.text(0, 15);
    x.updated_at = r.text(0, 16);
    for (int i = 0; i < r.rows(); ++i) {
        if (r.null(i, 17)) continue;  // no values
        auto type = r.opt_text(i, 18).value_or("");
        auto text = r.opt_text(i, 19).value_or("");
        domain::Value v;
        if (type == "number")
            v = domain::Value::of(std::strtod(text.c_str(), nullptr));
        else if (type == "boolean")
            v = domain::Value::yes_no(text == "true");
        else if (type == "string")
            v = text == "not_applicable" ? domain::Value::not_applicable() : domain::Value::of_text(text);
        else
            continue;
        x.values[r.text(i, 17)] = v;
    }
    return x;
}

const std::string kOneReport = std::string("select ") + kReportCols + kValueCols +
                               " from monitoring_reports r left join lateral jsonb_each(r.\"values\") e on true"
                               " where r.district_id = $1::uuid and r.campaign_id = $2::uuid and"
                               " r.organization_id = $3::uuid";
const pg::Statement kReport{"nsk_report_with_values", kOneReport};
const pg::Statement kReportLocked{"nsk_report_with_values_locked", kOneReport + " for update of r"};

std::optional<domain::Report> load_report(soci::session& sql, const std::string& d, const std::string& c,
                                          const std::string& o, bool lock) {
    return report_from(pg::exec(sql, lock ? kReportLocked : kReport, {d, c, o}));
}

// A report's write returns the row as stored, with its values: no second read.
const std::string kReadBack =
    std::string(" select ") + kReportCols + kValueCols + " from w left join lateral jsonb_each(w.\"values\") e on true";
const pg::Statement kReportInsert{
    "nsk_report_insert",
    "with w as (insert into monitoring_reports (district_id, campaign_id, organization_id, status, \"values\")"
    " values ($1::uuid, $2::uuid, $3::uuid, $4, $5::jsonb) on conflict do nothing returning *)" +
        kReadBack};
const pg::Statement kReportUpdate{
    "nsk_report_update",
    "with w as (update monitoring_reports set status = $4, \"values\" = $5::jsonb,"
    " submitted_at = case when $6::text = 'submit' then now() else submitted_at end,"
    " first_submitted_at = case when $6::text = 'submit' then coalesce(first_submitted_at, now())"
    " else first_submitted_at end, submitted_by = $7,"
    " accepted_at = case when $6::text = 'accept' then now() else accepted_at end, accepted_by = $8,"
    " returned_at = case when $6::text = 'return' then now() else returned_at end,"
    " returned_by = $9, return_comment = $10, reopened = $11::boolean,"
    " version = version + 1, updated_at = now()"
    " where district_id = $1::uuid and campaign_id = $2::uuid and organization_id = $3::uuid"
    " and version = $12::int returning *)" +
        kReadBack};

void insert_organizations(soci::session& sql, const std::string& d, const std::string& c,
                          const std::vector<std::string>& ids) {
    for (const auto& o : ids)
        sql << "insert into monitoring_campaign_organizations (district_id, campaign_id, organization_id)"
               " values (cast(:d as uuid), cast(:c as uuid), cast(:o as uuid)) on conflict do nothing",
            soci::use(d), soci::use(c), soci::use(o);
}

}  // namespace

domain::Campaign SociMonitoringRepository::create_campaign(const std::string& d, const domain::Campaign& c) {
    domain::Campaign out;
    auto form = indicators_json(c.indicators);
    db_.in_tenant(d, [&](soci::session& sql) {
        std::string id;
        sql << "insert into monitoring_campaigns (district_id, title, reporting_date, due_date, lock_date, indicators)"
               " values (cast(:d as uuid), :t, cast(:r as date), cast(:du as date), cast(:l as date), cast(:i as jsonb))"
               " returning id::text",
            soci::use(d), soci::use(c.title), soci::use(c.reporting_date), soci::use(c.due_date), soci::use(c.lock_date),
            soci::use(form), soci::into(id);
        insert_organizations(sql, d, id, c.organization_ids);
        out = *load_campaign(sql, d, id, false);
    });
    return out;
}

std::optional<domain::Campaign> SociMonitoringRepository::find_campaign(const std::string& d, const std::string& id) {
    std::optional<domain::Campaign> out;
    db_.in_tenant(d, [&](soci::session& sql) { out = load_campaign(sql, d, id, false); });
    return out;
}

domain::Page<domain::Campaign> SociMonitoringRepository::list_campaigns(const std::string& d,
                                                                       const domain::PageRequest& page) {
    CursorParams c(page);
    int fetch = page.limit + 1;
    std::vector<domain::Campaign> rows;
    db_.in_tenant(d, [&](soci::session& sql) {
        rows = all<domain::Campaign>(
            sql,
            std::string("select ") + kCampaignCols +
                " from monitoring_campaigns c where c.district_id = cast(:d as uuid)"
                " and (cast(:k as text) is null or (c.reporting_date, c.id) < (cast(:k2 as date), cast(:ci as uuid)))"
                " order by c.reporting_date desc, c.id desc limit :l",
            campaign_from, soci::use(d), soci::use(c.key.value, c.key.ind), soci::use(c.key.value, c.key.ind),
            soci::use(c.id.value, c.id.ind), soci::use(fetch));
        for (auto& x : rows) load_indicators(sql, x);
    });
    return page_of(std::move(rows), page.limit, [](auto& x) { return x.reporting_date; });
}

domain::Campaign SociMonitoringRepository::update_campaign(const std::string& d, const std::string& id,
                                                           ExpectedVersion v,
                                                           const std::function<void(domain::Campaign&)>& change) {
    domain::Campaign out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto current = load_campaign(sql, d, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The monitoring campaign");
        auto next = *current;
        change(next);
        std::set<std::string> keep(next.organization_ids.begin(), next.organization_ids.end());
        std::vector<domain::FieldError> errors;
        for (const auto& o : current->organization_ids) {
            if (keep.count(o)) continue;
            int reports = 0;
            sql << "select count(*)::int from monitoring_reports where district_id = cast(:d as uuid) and campaign_id ="
                   " cast(:c as uuid) and organization_id = cast(:o as uuid)",
                soci::use(d), soci::use(id), soci::use(o), soci::into(reports);
            if (reports > 0)
                errors.push_back({"/organization_ids", "organisation " + o +
                                                           " has a report in this campaign already, so it stays expected"});
            else
                sql << "delete from monitoring_campaign_organizations where district_id = cast(:d as uuid) and"
                       " campaign_id = cast(:c as uuid) and organization_id = cast(:o as uuid)",
                    soci::use(d), soci::use(id), soci::use(o);
        }
        if (!errors.empty()) throw domain::validation_error(std::move(errors));
        insert_organizations(sql, d, id, next.organization_ids);
        auto form = indicators_json(next.indicators);
        sql << "update monitoring_campaigns set title = :t, reporting_date = cast(:r as date), due_date = cast(:du as date),"
               " lock_date = cast(:l as date), indicators = cast(:i as jsonb), version = version + 1, updated_at = now()"
               " where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
            soci::use(next.title), soci::use(next.reporting_date), soci::use(next.due_date), soci::use(next.lock_date),
            soci::use(form), soci::use(d), soci::use(id);
        out = *load_campaign(sql, d, id, false);
    });
    return out;
}

std::vector<domain::OrganizationBrief> SociMonitoringRepository::organizations(const std::string& d) {
    std::vector<domain::OrganizationBrief> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = all<domain::OrganizationBrief>(
            sql,
            "select id::text, name, type, status from organizations where district_id = cast(:d as uuid) order by name, id",
            [](const soci::row& r) {
                return domain::OrganizationBrief{r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2),
                                                 r.get<std::string>(3) == "closed"};
            },
            soci::use(d));
    });
    return out;
}

std::optional<domain::Report> SociMonitoringRepository::find_report(const std::string& d, const std::string& c,
                                                                    const std::string& o) {
    std::optional<domain::Report> out;
    db_.in_tenant(d, [&](soci::session& sql) { out = load_report(sql, d, c, o, false); });
    return out;
}

std::vector<domain::ReportBrief> SociMonitoringRepository::report_briefs(const std::string& d, const std::string& c) {
    std::vector<domain::ReportBrief> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = all<domain::ReportBrief>(
            sql,
            "select organization_id::text, status, " TS("first_submitted_at") ", " TS("submitted_at") ", version"
            " from monitoring_reports where district_id = cast(:d as uuid) and campaign_id = cast(:c as uuid)",
            [](const soci::row& r) {
                domain::ReportBrief b;
                b.organization_id = r.get<std::string>(0);
                auto st = r.get<std::string>(1);
                b.status = st == "submitted"  ? domain::ReportStatus::submitted
                           : st == "accepted" ? domain::ReportStatus::accepted
                           : st == "returned" ? domain::ReportStatus::returned
                                              : domain::ReportStatus::draft;
                b.first_submitted_at = opt_text(r, 2);
                b.submitted_at = opt_text(r, 3);
                b.version = r.get<int>(4);
                return b;
            },
            soci::use(d), soci::use(c));
    });
    return out;
}

domain::Report SociMonitoringRepository::change_report(
    const std::string& d, const std::string& c, const std::string& o,
    const std::function<domain::ReportChange(const domain::Campaign&, const std::optional<domain::Report>&)>& change) {
    domain::Report out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto campaign = load_campaign(sql, d, c, false);
        if (!campaign) throw domain::not_found("The monitoring campaign");
        auto current = load_report(sql, d, c, o, true);
        auto result = change(*campaign, current);
        const auto& n = result.next;
        auto values = values_json(n.values);
        std::string status(domain::to_string(n.status));
        std::optional<domain::Report> stored;
        if (!current) {
            stored = report_from(pg::exec(sql, kReportInsert, {d, c, o, status, values}));
            if (!stored)
                throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                                    "The report was created meanwhile by another request; fetch it and retry with "
                                    "If-Match.");
        } else {
            stored = report_from(pg::exec(sql, kReportUpdate,
                                          {d, c, o, status, values, result.transition, n.submitted_by, n.accepted_by,
                                           n.returned_by, n.return_comment, std::string(n.reopened ? "true" : "false"),
                                           std::to_string(current->version)}));
            if (!stored)
                throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                                    "The report has changed since you read it; fetch it again and retry.");
        }
        out = std::move(*stored);
    });
    return out;
}

void SociMonitoringRepository::set_submission_time(const std::string& d, const std::string& c, const std::string& o,
                                                   const std::string& at) {
    db_.in_tenant(d, [&](soci::session& sql) {
        sql << "update monitoring_reports set submitted_at = cast(:a as timestamptz), first_submitted_at ="
               " cast(:a2 as timestamptz) where district_id = cast(:d as uuid) and campaign_id = cast(:c as uuid) and"
               " organization_id = cast(:o as uuid)",
            soci::use(at), soci::use(at), soci::use(d), soci::use(c), soci::use(o);
    });
}

}  // namespace persistence
