#include "domain/monitoring.hpp"
#include "domain/instant.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <sstream>
#include <utility>

namespace domain {
namespace {

constexpr std::size_t kTitleMax = 500;
constexpr std::size_t kIndicatorTitleMax = 300;
constexpr std::size_t kTextValueMax = 2000;
constexpr std::size_t kCommentMax = 2000;
constexpr std::size_t kMaxOwnIndicators = 100;

constexpr std::array<std::pair<IndicatorType, std::string_view>, 5> kTypes{{
    {IndicatorType::integer, "integer"},
    {IndicatorType::decimal, "decimal"},
    {IndicatorType::percentage, "percentage"},
    {IndicatorType::boolean, "boolean"},
    {IndicatorType::text, "text"},
}};

}  // namespace

bool is_indicator_code(std::string_view s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

namespace {

std::string fmt(double x) {
    if (x == std::floor(x) && std::fabs(x) < 1e15) return std::to_string(static_cast<long long>(x));
    std::ostringstream s;
    s << x;
    return s.str();
}

std::optional<double> number_of(const Values& v, const std::string& code) {
    auto it = v.find(code);
    if (it == v.end() || it->second.kind != Value::Kind::number) return std::nullopt;
    return it->second.number;
}
bool is_na(const Values& v, const std::string& code) {
    auto it = v.find(code);
    return it != v.end() && it->second.kind == Value::Kind::not_applicable;
}

std::string title_of(const std::string& code) {
    if (auto* i = find_standard_indicator(code)) return "«" + i->title + "»";
    return code;
}

[[noreturn]] void stale(const char* detail) {
    throw Error(ErrorKind::precondition_failed, "stale", detail);
}

// RFC 9110: If-Match (a version, or * for any) needs a current report; If-None-Match: *
// (create_only) needs none. Without either, a report is created, never overwritten.
void check_precondition(const std::optional<Report>& cur, const std::optional<ExpectedVersion>& if_match,
                        bool create_only) {
    if (cur) {
        if (create_only)
            throw Error(ErrorKind::precondition_failed, "report-exists",
                        "The report exists already (If-None-Match: * creates only); fetch it and send If-Match with "
                        "its ETag to change it.");
        if (!if_match)
            throw Error(ErrorKind::precondition_required, "if-match-required",
                        "This report exists: send If-Match with the ETag you last read, so that no one's change is lost.");
        if (!if_match->matches(cur->version))
            stale("The report has changed since you read it; fetch it again and retry.");
    } else if (if_match) {
        stale("The report does not exist yet, so If-Match cannot match: send it without If-Match (or with "
              "If-None-Match: *) to create it.");
    }
}

void check_open(const Campaign& camp, const std::optional<Report>& cur, const ReportActor& by, Date today) {
    if (today > camp.lock_date && !by.coordinator && !(cur && cur->reopened))
        throw conflict("report-locked", "The campaign was locked on " + camp.lock_date.iso() +
                                            "; only the district coordinator can reopen this report.");
}

// A report for an organisation the campaign does not expect: a 404 of its own type that
// says what to do (e.g. a school opened after the campaign started).
[[noreturn]] void not_in_campaign(const Campaign& camp, const OrganizationId& o) {
    throw Error(ErrorKind::not_found, "organization-not-in-campaign",
                "The campaign does not expect organisation " + o.str() +
                    ": ask the district coordinator to add it to the campaign (POST /api/v1/districts/" +
                    camp.district_id.str() + "/monitoring-campaigns/" + camp.id.str() + "/organizations).");
}

// Every organisation a campaign names is one of the district's.
void check_of_district(const std::vector<OrganizationId>& ids, const std::vector<OrganizationBrief>& orgs,
                       Validator& v) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (is_uuid(ids[i].str()) && std::none_of(orgs.begin(), orgs.end(), [&](auto& o) { return o.id == ids[i]; }))
            v.fail("/organization_ids/" + std::to_string(i), "no such organisation in this district");
}

// Which organisations a campaign expects changes only while it is open (up to its lock date).
void check_membership_open(const Campaign& camp, Date today) {
    if (today > camp.lock_date)
        throw conflict("campaign-locked", "The campaign was locked on " + camp.lock_date.iso() +
                                              "; reopen it (a later lock_date) before changing which organisations "
                                              "it expects.");
}

}  // namespace

// ---- indicators -----------------------------------------------------------------------

std::string_view to_string(IndicatorType t) {
    for (auto& [k, s] : kTypes)
        if (k == t) return s;
    return "integer";
}
std::optional<IndicatorType> parse_indicator_type(std::string_view s) {
    for (auto& [k, name] : kTypes)
        if (name == s) return k;
    return std::nullopt;
}

const std::vector<Indicator>& standard_indicators() {
    using T = IndicatorType;
    // code, title, type, required, derived, from_bases, standard, target
    static const std::vector<Indicator> form = {
        {"students_10_18", "Обучающиеся в возрасте 10–18 лет", T::integer, true, false, false, true, std::nullopt},
        {"mentees_students_10_18", "Из них вовлечены в наставничество в роли наставляемых", T::integer, true, false, true, true, std::nullopt},
        {"teachers_total", "Педагогические работники", T::integer, true, false, false, true, std::nullopt},
        {"young_teachers", "Молодые педагоги (стаж 0–3 года)", T::integer, true, false, false, true, std::nullopt},
        {"mentees_young_teachers", "Из них вовлечены в наставничество в роли наставляемых", T::integer, true, false, true, true, std::nullopt},
        {"mentors_total", "Наставники", T::integer, true, false, true, true, std::nullopt},
        {"mentees_total", "Наставляемые", T::integer, true, false, true, true, std::nullopt},
        {"pairs_total", "Наставнические пары и группы", T::integer, true, false, true, true, std::nullopt},
        {"programs_total", "Программы наставничества", T::integer, true, false, true, true, std::nullopt},
        {"surveyed", "Участники, прошедшие анкетирование", T::integer, false, false, false, true, std::nullopt},
        {"satisfied", "Из них удовлетворены участием", T::integer, false, false, false, true, std::nullopt},
        {"share_students_10_18_pct", "Доля обучающихся 10–18 лет в роли наставляемых, %", T::percentage, false, true, false, true, 70.0},
        {"share_young_teachers_pct", "Доля молодых педагогов в роли наставляемых, %", T::percentage, false, true, false, true, 70.0},
        {"satisfaction_pct", "Доля удовлетворённых участников, %", T::percentage, false, true, false, true, std::nullopt},
        {"has_order", "Приказ о внедрении целевой модели наставничества", T::boolean, true, false, false, true, std::nullopt},
        {"has_regulation", "Положение о наставничестве", T::boolean, true, false, false, true, std::nullopt},
        {"has_program", "Программа наставничества", T::boolean, true, false, false, true, std::nullopt},
        {"has_site_page", "Раздел «Наставничество» на сайте", T::boolean, true, false, false, true, std::nullopt},
    };
    return form;
}

const Indicator* find_standard_indicator(std::string_view code) {
    for (auto& i : standard_indicators())
        if (i.code == code) return &i;
    return nullptr;
}

std::vector<Indicator> build_form(const std::vector<IndicatorInput>& extra, Validator& v) {
    auto form = standard_indicators();
    std::set<std::string> seen;
    std::size_t own = 0;
    for (std::size_t i = 0; i < extra.size(); ++i) {
        const auto& in = extra[i];
        auto p = "/indicators/" + std::to_string(i);
        if (!is_indicator_code(in.code)) {
            v.fail(p + "/code", "must be 1–64 characters: a lowercase Latin letter, then letters, digits or '_'");
            continue;
        }
        if (!seen.insert(in.code).second) {
            v.fail(p + "/code", "appears twice");
            continue;
        }
        auto std_it = std::find_if(form.begin(), form.end(), [&](auto& x) { return x.code == in.code; });
        if (std_it != form.end()) {
            if ((in.title && trim(*in.title) != std_it->title) || (in.type && *in.type != std_it->type))
                v.fail(p, "a standard indicator keeps its title and type; only `required` may change");
            if (std_it->derived && in.required.value_or(false))
                v.fail(p + "/required", "a derived share is computed, so it cannot be required");
            else if (in.required)
                std_it->required = *in.required;
            continue;
        }
        if (++own > kMaxOwnIndicators) {
            v.fail(p, "a campaign has at most " + std::to_string(kMaxOwnIndicators) + " indicators of its own");
            continue;
        }
        Indicator ind;
        ind.code = in.code;
        ind.standard = false;
        ind.title = trim(in.title.value_or(""));
        if (ind.title.empty())
            v.fail(p + "/title", "is required for an indicator of the campaign's own");
        else if (utf8_length(ind.title) > kIndicatorTitleMax)
            v.fail(p + "/title", "must be at most " + std::to_string(kIndicatorTitleMax) + " characters");
        if (!in.type)
            v.fail(p + "/type", std::string("is required: one of ") + kIndicatorTypes);
        else
            ind.type = *in.type;
        ind.required = in.required.value_or(false);
        form.push_back(std::move(ind));
    }
    return form;
}

std::vector<IndicatorInput> form_inputs(const std::vector<Indicator>& form) {
    std::vector<IndicatorInput> out;
    for (const auto& i : form) {
        if (auto* s = find_standard_indicator(i.code); s && i.standard) {
            if (s->required != i.required) out.push_back({i.code, std::nullopt, std::nullopt, i.required});
        } else {
            out.push_back({i.code, i.title, i.type, i.required});
        }
    }
    return out;
}

const Indicator* Campaign::indicator(std::string_view code) const {
    for (auto& i : indicators)
        if (i.code == code) return &i;
    return nullptr;
}

bool Campaign::expects(const OrganizationId& organization_id) const {
    return std::find(organization_ids.begin(), organization_ids.end(), organization_id) != organization_ids.end();
}

void validate_campaign(Campaign& c, Validator& v) {
    validate_campaign(c, {c.reporting_date, c.due_date, c.lock_date}, v);
}

void validate_campaign(Campaign& c, const CampaignDates& dates, Validator& v) {
    v.text("/title", c.title, kTitleMax);
    const auto& [r, d, l] = dates;
    if (!r) v.fail("/reporting_date", "must be a date (YYYY-MM-DD)");
    if (!d) v.fail("/due_date", "must be a date (YYYY-MM-DD)");
    if (!l) v.fail("/lock_date", "must be a date (YYYY-MM-DD)");
    if (r && d && *d < *r) v.fail("/due_date", "comes before the reporting date " + r->iso());
    if (d && l && *l < *d) v.fail("/lock_date", "comes before the due date " + d->iso() + ": reports lock after they are due");
    if (r) c.reporting_date = *r;
    if (d) c.due_date = *d;
    if (l) c.lock_date = *l;
    if (c.organization_ids.empty())
        v.fail("/organization_ids", "must name at least one organisation (by default: every active one)");
    std::set<OrganizationId> seen;
    for (std::size_t i = 0; i < c.organization_ids.size(); ++i) {
        if (!is_uuid(c.organization_ids[i].str()))
            v.fail("/organization_ids/" + std::to_string(i), "must be an organisation id (UUID)");
        else if (!seen.insert(c.organization_ids[i]).second)
            v.fail("/organization_ids/" + std::to_string(i), "appears twice");
    }
}

// ---- values -------------------------------------------------------------------------------

void validate_values(const Campaign& c, const Values& values, Validator& v) {
    for (const auto& [code, val] : values) {
        auto p = "/values/" + code;
        const auto* ind = c.indicator(code);
        if (!ind) {
            v.fail(p, "is not an indicator of this campaign (see the campaign's indicators)");
            continue;
        }
        if (ind->derived) {
            v.fail(p, "is derived from other values; it is computed, not entered");
            continue;
        }
        if (val.kind == Value::Kind::not_applicable) continue;
        const std::string na = " or \"not_applicable\"";
        switch (ind->type) {
            case IndicatorType::integer:
                if (val.kind != Value::Kind::number || val.number < 0 || val.number != std::floor(val.number) ||
                    val.number > 1e9)
                    v.fail(p, "must be a whole number from 0" + na);
                break;
            case IndicatorType::decimal:
                if (val.kind != Value::Kind::number || val.number < 0 || val.number > 1e12)
                    v.fail(p, "must be a number from 0" + na);
                break;
            case IndicatorType::percentage:
                if (val.kind != Value::Kind::number || val.number < 0 || val.number > 100)
                    v.fail(p, "must be a percentage from 0 to 100" + na);
                break;
            case IndicatorType::boolean:
                if (val.kind != Value::Kind::boolean) v.fail(p, "must be true or false" + na);
                break;
            case IndicatorType::text:
                if (val.kind != Value::Kind::text || trim(val.text).empty())
                    v.fail(p, "must be a non-empty text" + na);
                else if (utf8_length(val.text) > kTextValueMax)
                    v.fail(p, "must be at most " + std::to_string(kTextValueMax) + " characters");
                break;
        }
    }
}

Values derive(const Values& values) {
    Values out;
    auto share = [&](const char* code, const std::string& part, const std::string& whole) {
        auto has = [&](const std::string& c) { return values.count(c) > 0; };
        if (!has(part) || !has(whole)) return;  // missing stays missing
        if (is_na(values, part) || is_na(values, whole)) {
            out[code] = Value::not_applicable();
            return;
        }
        auto p = number_of(values, part), w = number_of(values, whole);
        if (!p || !w) return;
        if (*w == 0) {
            out[code] = Value::not_applicable();
            return;
        }
        out[code] = Value::of(std::round(*p / *w * 1000.0) / 10.0);
    };
    share("share_students_10_18_pct", "mentees_students_10_18", "students_10_18");
    share("share_young_teachers_pct", "mentees_young_teachers", "young_teachers");
    share("satisfaction_pct", "satisfied", "surveyed");
    return out;
}

std::vector<Flag> rule_failures(const Values& values) {
    std::vector<Flag> out;
    auto part_of = [&](const std::string& part, const std::string& whole) {
        auto p = number_of(values, part), w = number_of(values, whole);
        if (p && w && *p > *w)
            out.push_back({part, "rule",
                           title_of(part) + " (" + fmt(*p) + ") exceeds " + title_of(whole) + " (" + fmt(*w) +
                               "): it counts a part of them, so it cannot be larger"});
    };
    part_of("mentees_students_10_18", "students_10_18");
    part_of("mentees_young_teachers", "young_teachers");
    part_of("young_teachers", "teachers_total");
    part_of("satisfied", "surveyed");
    part_of("mentees_students_10_18", "mentees_total");
    part_of("mentees_young_teachers", "mentees_total");
    auto s = number_of(values, "surveyed"), m = number_of(values, "mentors_total"), e = number_of(values, "mentees_total");
    if (s && m && e && *s > *m + *e)
        out.push_back({"surveyed", "rule",
                       "more participants were surveyed (" + fmt(*s) + ") than there are mentors and mentees (" +
                           fmt(*m + *e) + ")"});
    auto pairs = number_of(values, "pairs_total");
    if (pairs && *pairs > 0) {
        if (m && *m < 1)
            out.push_back({"mentors_total", "rule",
                           "there are " + fmt(*pairs) + " pairs/groups but no mentor: each pair has exactly one mentor"});
        if (e && *e < 1)
            out.push_back({"mentees_total", "rule",
                           "there are " + fmt(*pairs) + " pairs/groups but no mentee: each pair has at least one mentee"});
    }
    return out;
}

std::vector<Flag> missing_required(const Campaign& c, const Values& values) {
    std::vector<Flag> out;
    for (const auto& i : c.indicators)
        if (i.required && !i.derived && !values.count(i.code))
            out.push_back({i.code, "required",
                           "is required by this campaign and has no value: enter it, or \"not_applicable\" when it does "
                           "not apply"});
    return out;
}

std::vector<Flag> bases_flags(const Values& values, const std::optional<BasesCounts>& bases, Date as_of) {
    std::vector<Flag> out;
    if (!bases) return out;
    for (const auto& [code, n] : bases->by_code()) {
        auto it = values.find(code);
        if (it == values.end()) continue;
        if (it->second.kind == Value::Kind::number && it->second.number != n)
            out.push_back({code, "bases",
                           "entered " + fmt(it->second.number) + ", but the organisation's records give " +
                               std::to_string(n) + " as of " + as_of.iso()});
        else if (it->second.kind == Value::Kind::not_applicable && n > 0)
            out.push_back({code, "bases",
                           "marked not applicable, but the organisation's records give " + std::to_string(n) +
                               " as of " + as_of.iso()});
    }
    return out;
}

std::vector<Flag> target_flags(const Campaign& c, const Values& derived) {
    std::vector<Flag> out;
    for (const auto& i : c.indicators) {
        if (!i.target) continue;
        auto n = number_of(derived, i.code);
        if (n && *n < *i.target)
            out.push_back({i.code, "target", fmt(*n) + " % is below the federal target of " + fmt(*i.target) + " %"});
    }
    return out;
}

std::string_view to_string(ReportStatus s) {
    switch (s) {
        case ReportStatus::draft: return "draft";
        case ReportStatus::submitted: return "submitted";
        case ReportStatus::accepted: return "accepted";
        case ReportStatus::returned: return "returned";
    }
    return "draft";
}

std::optional<ReportStatus> parse_report_status(std::string_view s) {
    for (auto st : {ReportStatus::draft, ReportStatus::submitted, ReportStatus::accepted, ReportStatus::returned})
        if (to_string(st) == s) return st;
    return std::nullopt;
}

// ---- completeness --------------------------------------------------------------------------

std::optional<double> CompletenessCounts::pct() const {
    if (expected == 0) return std::nullopt;
    return std::round(double(submitted) / expected * 1000.0) / 10.0;
}

bool is_late(const std::optional<Instant>& submitted_at, Date due) {
    return submitted_at && submitted_at->utc_date() > due;
}

Completeness completeness(const Campaign& c, const std::vector<OrganizationBrief>& orgs,
                          const std::vector<ReportBrief>& reports) {
    Completeness out;
    std::map<OrganizationId, const ReportBrief*> by_org;
    for (const auto& r : reports) by_org[r.organization_id] = &r;
    for (const auto& o : orgs) {
        if (!c.expects(o.id)) continue;
        if (o.closed) {
            ++out.closed_excluded;
            continue;
        }
        auto& t = out.by_type[std::string(to_string(o.type))];
        for (auto* counts : {&out.totals, &t}) {
            ++counts->expected;
            auto it = by_org.find(o.id);
            bool submitted = it != by_org.end() && (it->second->status == ReportStatus::submitted ||
                                                    it->second->status == ReportStatus::accepted);
            if (!submitted) {
                ++counts->missing;
                continue;
            }
            ++counts->submitted;
            if (it->second->status == ReportStatus::accepted) ++counts->accepted;
            if (is_late(it->second->first_submitted_at, c.due_date))
                ++counts->late;
            else
                ++counts->on_time;
        }
    }
    return out;
}

// ---- the service ----------------------------------------------------------------------------

Campaign MonitoringService::create_campaign(const DistrictId& d, CampaignInput in) {
    Validator v;
    Campaign c;
    c.district_id = d;
    c.title = in.title;

    c.indicators = build_form(in.indicators, v);
    auto orgs = repo_.organizations(d);
    if (in.organization_ids) {
        c.organization_ids = *in.organization_ids;
        check_of_district(c.organization_ids, orgs, v);
    } else {
        for (auto& o : orgs)
            if (!o.closed) c.organization_ids.push_back(o.id);
    }
    validate_campaign(c, {in.reporting_date, in.due_date, in.lock_date}, v);
    v.throw_if_failed();
    return repo_.create_campaign(d, c);
}

Campaign MonitoringService::campaign(const DistrictId& d, const CampaignId& id) {
    if (auto c = repo_.find_campaign(d, id)) return *c;
    throw not_found("The monitoring campaign");
}

Campaign MonitoringService::update_campaign(const DistrictId& d, const CampaignId& id, ExpectedVersion ev,
                                            CampaignPatch patch) {
    auto orgs = repo_.organizations(d);
    return repo_.update_campaign(d, id, ev, [&](Campaign& c) {
        Validator v;
        if (patch.title) c.title = *patch.title;
        CampaignDates dates{c.reporting_date, c.due_date, c.lock_date};
        if (patch.reporting_date) dates.reporting = *patch.reporting_date;
        if (patch.due_date) dates.due = *patch.due_date;
        if (patch.lock_date) dates.lock = *patch.lock_date;
        if (patch.indicators) c.indicators = build_form(*patch.indicators, v);
        if (patch.organization_ids) {
            c.organization_ids = *patch.organization_ids;
            check_of_district(c.organization_ids, orgs, v);
        }
        validate_campaign(c, dates, v);
        v.throw_if_failed();
    });
}

CampaignMembership MonitoringService::add_organization(const DistrictId& d, const CampaignId& c,
                                                       const OrganizationId& o) {
    auto today = today_();
    auto current = campaign(d, c);
    auto orgs = repo_.organizations(d);
    auto it = std::find_if(orgs.begin(), orgs.end(), [&](auto& x) { return x.id == o; });
    if (it == orgs.end()) throw validation_error({{"/organization_id", "no such organisation in this district"}});
    if (it->closed)
        throw validation_error({{"/organization_id", "must be an active organisation of this district"}},
                               "The organisation is closed; only an active organisation can be added to a campaign.");
    check_membership_open(current, today);
    if (current.expects(o)) return {current, false};  // added already: a retry changes nothing
    auto next = repo_.update_campaign(d, c, ExpectedVersion{}, [&](Campaign& camp) {
        check_membership_open(camp, today);
        if (!camp.expects(o)) camp.organization_ids.push_back(o);
    });
    return {next, true};
}

Campaign MonitoringService::remove_organization(const DistrictId& d, const CampaignId& c, const OrganizationId& o) {
    auto today = today_();
    auto current = campaign(d, c);
    if (!current.expects(o)) not_in_campaign(current, o);
    check_membership_open(current, today);
    if (repo_.find_report(d, c, o))
        throw conflict("organization-has-report", "Organisation " + o.str() +
                                                      " has a report in this campaign; a campaign keeps every "
                                                      "organisation that reported.");
    return repo_.update_campaign(d, c, ExpectedVersion{}, [&](Campaign& camp) {
        check_membership_open(camp, today);
        if (!camp.expects(o)) not_in_campaign(camp, o);
        std::erase(camp.organization_ids, o);
        if (camp.organization_ids.empty())
            throw conflict("campaign-needs-organization", "A campaign expects at least one organisation.");
    });
}

ReportView MonitoringService::view(const Campaign& c, const OrganizationId& o, std::optional<Report> r) {
    ReportView out;
    out.campaign = c;
    out.organization_id = o;
    auto snapshot = bases_.snapshot(c.district_id, o);
    if (snapshot.has_records) out.bases = count_bases(snapshot, c.reporting_date);
    if (r) {
        out.values = r->values;
    } else if (out.bases) {
        // Nothing entered yet: what the records can give is pre-filled.
        for (const auto& [code, n] : out.bases->by_code())
            if (const auto* ind = c.indicator(code); ind && !ind->derived) out.values[code] = Value::of(n);
    }
    out.derived = derive(out.values);
    for (auto* list : {&out.flags}) {
        auto add = [&](std::vector<Flag> f) { list->insert(list->end(), f.begin(), f.end()); };
        add(missing_required(c, out.values));
        add(rule_failures(out.values));
        add(bases_flags(out.values, out.bases, c.reporting_date));
        add(target_flags(c, out.derived));
    }
    auto today = today_();
    out.locked = today > c.lock_date && !(r && r->reopened);
    bool submitted = r && (r->status == ReportStatus::submitted || r->status == ReportStatus::accepted);
    out.late = r && is_late(r->first_submitted_at, c.due_date);
    out.overdue = !submitted && today > c.due_date;
    out.report = std::move(r);
    return out;
}

ReportView MonitoringService::report(const DistrictId& d, const CampaignId& c, const OrganizationId& o) {
    auto camp = campaign(d, c);
    if (!camp.expects(o)) not_in_campaign(camp, o);
    return view(camp, o, repo_.find_report(d, c, o));
}

ReportView MonitoringService::put_report(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                                         const std::optional<ExpectedVersion>& if_match, Values values,
                                         const ReportActor& by, bool create_only) {
    auto today = today_();
    Campaign camp;
    auto stored = repo_.change_report(d, c, o, [&](const Campaign& cp, const std::optional<Report>& cur) {
        camp = cp;
        if (!cp.expects(o)) not_in_campaign(cp, o);
        check_precondition(cur, if_match, create_only);
        check_open(cp, cur, by, today);
        if (cur && (cur->status == ReportStatus::submitted || cur->status == ReportStatus::accepted))
            throw conflict("report-" + std::string(to_string(cur->status)),
                           "The report is " + std::string(to_string(cur->status)) +
                               "; the district coordinator returns it before it can change.");
        Validator v;
        validate_values(cp, values, v);
        v.throw_if_failed("The values do not fit the campaign's form.");
        Report next = cur ? *cur : Report{};
        next.district_id = d;
        next.campaign_id = c;
        next.organization_id = o;
        next.values = values;
        next.status = ReportStatus::draft;
        return ReportChange{next, "edit"};
    });
    return view(camp, o, stored);
}

Report MonitoringService::transition(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                                     const std::optional<ExpectedVersion>& if_match, const ReportActor& by,
                                     const std::function<void(const Campaign&, Report&, std::string&)>& step) {
    return repo_.change_report(d, c, o, [&](const Campaign& cp, const std::optional<Report>& cur) {
        if (!cp.expects(o)) not_in_campaign(cp, o);
        if (!cur) throw conflict("report-not-started", "There is no report yet: PUT its values first.");
        if (if_match && !if_match->matches(cur->version))
            stale("The report has changed since you read it; fetch it again and retry.");
        Report next = *cur;
        std::string name;
        step(cp, next, name);
        return ReportChange{next, name};
    });
}

ReportView MonitoringService::submit(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                                     const std::optional<ExpectedVersion>& if_match, const ReportActor& by) {
    auto today = today_();
    Campaign camp;
    auto r = transition(d, c, o, if_match, by, [&](const Campaign& cp, Report& r, std::string& name) {
        camp = cp;
        if (r.status != ReportStatus::draft && r.status != ReportStatus::returned)
            throw conflict("report-" + std::string(to_string(r.status)),
                           "The report is " + std::string(to_string(r.status)) +
                               "; only a draft or a returned report can be submitted.");
        check_open(cp, r, by, today);
        std::vector<FieldError> errors;
        for (auto& f : missing_required(cp, r.values)) errors.push_back({"/values/" + f.code, f.message});
        for (auto& f : rule_failures(r.values)) errors.push_back({"/values/" + f.code, f.message});
        if (!errors.empty())
            throw validation_error(std::move(errors), "The report cannot be submitted: " + std::to_string(errors.size()) +
                                                          " check(s) failed; each is listed with its indicator.");
        r.status = ReportStatus::submitted;
        r.submitted_by = by.who;
        r.reopened = false;
        name = "submit";
    });
    return view(camp, o, r);
}

ReportView MonitoringService::accept(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                                     const std::optional<ExpectedVersion>& if_match, const ReportActor& by) {
    Campaign camp;
    auto r = transition(d, c, o, if_match, by, [&](const Campaign& cp, Report& r, std::string& name) {
        camp = cp;
        if (r.status != ReportStatus::submitted)
            throw conflict("report-" + std::string(to_string(r.status)),
                           "The report is " + std::string(to_string(r.status)) + "; only a submitted report can be accepted.");
        r.status = ReportStatus::accepted;
        r.accepted_by = by.who;
        r.reopened = false;
        name = "accept";
    });
    return view(camp, o, r);
}

ReportView MonitoringService::return_report(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                                            const std::optional<ExpectedVersion>& if_match, std::string comment,
                                            const ReportActor& by) {
    Validator v;
    v.text("/comment", comment, kCommentMax);
    v.throw_if_failed("Say what needs to change: a comment is required.");
    auto today = today_();
    Campaign camp;
    auto r = transition(d, c, o, if_match, by, [&](const Campaign& cp, Report& r, std::string& name) {
        camp = cp;
        if (r.status != ReportStatus::submitted && r.status != ReportStatus::accepted)
            throw conflict("report-" + std::string(to_string(r.status)),
                           "The report is " + std::string(to_string(r.status)) +
                               "; only a submitted or accepted report can be returned.");
        r.status = ReportStatus::returned;
        r.returned_by = by.who;
        r.return_comment = comment;
        r.reopened = today > cp.lock_date;  // after the lock date, returning reopens it
        name = "return";
    });
    return view(camp, o, r);
}

std::vector<ReportListItem> MonitoringService::reports(const DistrictId& d, const CampaignId& c,
                                                       const std::optional<OrganizationId>& only_org) {
    auto camp = campaign(d, c);
    auto orgs = repo_.organizations(d);
    auto briefs = repo_.report_briefs(d, c);
    std::map<OrganizationId, const ReportBrief*> by_org;
    for (auto& b : briefs) by_org[b.organization_id] = &b;
    auto today = today_();
    std::vector<ReportListItem> out;
    for (auto& o : orgs) {
        if (!camp.expects(o.id) || (only_org && *only_org != o.id)) continue;
        ReportListItem item;
        item.organization_id = o.id;
        item.name = o.name;
        item.type = o.type;
        item.organization_status = o.closed ? OrganizationStatus::closed : OrganizationStatus::active;
        bool submitted = false;
        if (auto it = by_org.find(o.id); it != by_org.end()) {
            item.status = it->second->status;
            item.submitted_at = it->second->submitted_at;
            item.version = it->second->version;
            item.late = is_late(it->second->first_submitted_at, camp.due_date);
            submitted = it->second->status == ReportStatus::submitted || it->second->status == ReportStatus::accepted;
        }
        item.overdue = !submitted && !o.closed && today > camp.due_date;
        out.push_back(std::move(item));
    }
    return out;
}

Completeness MonitoringService::completeness(const DistrictId& d, const CampaignId& c) {
    auto camp = campaign(d, c);
    return domain::completeness(camp, repo_.organizations(d), repo_.report_briefs(d, c));
}

}  // namespace domain
