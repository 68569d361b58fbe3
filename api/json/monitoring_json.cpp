#include "api/json/monitoring_json.hpp"

#include <cmath>
#include <limits>

#include "api/http/problem_ru.hpp"

namespace api::monitoring {
namespace {

json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
template <class Tag>
json opt(const std::optional<domain::Id<Tag>>& v) { return v ? json(v->str()) : json(nullptr); }
template <class Tag>
json ids(const std::vector<domain::Id<Tag>>& v) {
    json out = json::array();
    for (const auto& id : v) out.push_back(id.str());
    return out;
}

// Ids in text fields, as stated: the domain checks they are UUIDs with the other fields
// (PairInput::validate, validate_campaign), so that one 422 names every invalid field.
template <class IdT>
std::optional<IdT> id_of(const std::optional<std::string>& text) {
    return text ? std::optional<IdT>(IdT{*text}) : std::nullopt;
}
template <class IdT>
std::optional<std::vector<IdT>> ids_of(const std::optional<std::vector<std::string>>& texts) {
    if (!texts) return std::nullopt;
    std::vector<IdT> out;
    for (const auto& t : *texts) out.emplace_back(t);
    return out;
}

// A date field's text parsed once, here: nullopt when absent, an empty DateInput when it is
// no date (the domain names it "must be a date" with the other invalid fields).
std::optional<domain::DateInput> date_of(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    return domain::Date::parse_iso(*text);
}
// The same for a field that may be null: an inner nullopt for null.
std::optional<std::optional<domain::DateInput>> nullable_date_of(const std::optional<std::optional<std::string>>& text) {
    if (!text) return std::nullopt;
    if (!*text) return std::optional<domain::DateInput>{};
    return std::optional<domain::DateInput>(domain::Date::parse_iso(**text));
}

constexpr std::initializer_list<const char*> kServerFields = {"id", "version", "created_at", "updated_at",
                                                             "district_id", "organization_id"};

std::optional<domain::ConsentInput> read_consent(Fields& f, const std::string& prefix, std::vector<domain::FieldError>& errors,
                                            bool& present) {
    present = false;
    if (f.is_null("consent")) {
        present = true;
        return std::nullopt;
    }
    const json* c = f.object("consent", false, true);
    if (!c) return std::nullopt;
    present = true;
    Fields cf(*c, prefix + "/consent", errors);
    domain::ConsentInput out;
    out.date = date_of(cf.text("date", true)).value_or(domain::DateInput{});
    out.given_by = cf.choice("given_by", true, domain::parse_consent_giver, domain::kConsentGivers)
                       .value_or(domain::ConsentGiver::self);
    cf.finish();
    return out;
}

}  // namespace

// ---- requests ---------------------------------------------------------------------------

domain::PersonInput read_person(const json& object, const std::string& prefix, std::vector<domain::FieldError>& errors) {
    Fields f(object, prefix, errors, {"id", "version", "created_at", "updated_at", "district_id", "organization_id",
                                      "kind", "erased", "erased_at", "consent_sufficient"});
    domain::PersonInput in;
    if (!object.is_object()) {
        f.finish();
        return in;
    }
    in.external_id = f.text("external_id", false);
    in.full_name = f.text("full_name", true).value_or("");
    in.category = f.choice("category", true, domain::parse_person_category, domain::kPersonCategories)
                      .value_or(domain::PersonCategory::student);
    if (auto y = f.nullable_integer("birth_year", 0, 9999)) in.birth_year = *y;
    bool present = false;
    in.consent = read_consent(f, prefix, errors, present);
    f.finish();
    return in;
}

domain::PersonPatch read_person_patch(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, {"id", "version", "created_at", "updated_at", "district_id", "organization_id", "kind",
                                  "erased", "erased_at", "consent_sufficient"});
    domain::PersonPatch p;
    p.external_id = f.nullable_text("external_id");
    p.full_name = f.text("full_name", false);
    p.category = f.choice("category", false, domain::parse_person_category, domain::kPersonCategories);
    p.birth_year = f.nullable_integer("birth_year", 0, 9999);
    bool present = false;
    auto consent = read_consent(f, "", errors, present);
    if (present) p.consent = consent;
    f.finish();
    return p;
}

domain::ProgramInput read_program(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, kServerFields);
    domain::ProgramInput in;
    in.title = f.text("title", true).value_or("");
    in.forms = f.text_list("forms", true).value_or(std::vector<std::string>{});
    if (const json* period = f.object("period", true)) {
        Fields pf(*period, "/period", errors);
        in.start = date_of(pf.text("start", true)).value_or(domain::DateInput{});
        in.end = date_of(pf.text("end", true)).value_or(domain::DateInput{});
        pf.finish();
    }
    if (auto c = f.nullable_integer("capacity", 1, 1000)) in.capacity = *c;
    f.finish();
    return in;
}

domain::ProgramPatch read_program_patch(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, kServerFields);
    domain::ProgramPatch p;
    p.title = f.text("title", false);
    p.forms = f.text_list("forms", false);
    if (const json* period = f.object("period", false)) {
        Fields pf(*period, "/period", errors);
        p.start = date_of(pf.text("start", false));
        p.end = date_of(pf.text("end", false));
        pf.finish();
    }
    p.capacity = f.nullable_integer("capacity", 1, 1000);
    f.finish();
    return p;
}

domain::PairInput read_pair(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, kServerFields);
    domain::PairInput in;
    in.mentor_id = domain::PersonId{f.text("mentor_id", true).value_or("")};
    in.mentee_ids = ids_of<domain::PersonId>(f.text_list("mentee_ids", true)).value_or(std::vector<domain::PersonId>{});
    in.form = f.text("form", true).value_or("");
    if (auto p = f.nullable_text("program_id")) in.program_id = id_of<domain::ProgramId>(*p);
    in.start_date = date_of(f.text("start_date", true)).value_or(domain::DateInput{});
    if (auto e = nullable_date_of(f.nullable_text("end_date"))) in.end_date = *e;
    in.status = f.choice("status", false, domain::parse_pair_status, domain::kPairStatuses)
                    .value_or(domain::PairStatus::active);
    f.finish();
    return in;
}

domain::PairPatch read_pair_patch(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, kServerFields);
    domain::PairPatch p;
    p.mentor_id = id_of<domain::PersonId>(f.text("mentor_id", false));
    p.mentee_ids = ids_of<domain::PersonId>(f.text_list("mentee_ids", false));
    p.form = f.text("form", false);
    if (auto id = f.nullable_text("program_id")) p.program_id = id_of<domain::ProgramId>(*id);
    p.start_date = date_of(f.text("start_date", false));
    p.end_date = nullable_date_of(f.nullable_text("end_date"));
    p.status = f.choice("status", false, domain::parse_pair_status, domain::kPairStatuses);
    f.finish();
    return p;
}

namespace {
std::vector<domain::IndicatorInput> read_indicators(const json& arr, std::vector<domain::FieldError>& errors) {
    std::vector<domain::IndicatorInput> out;
    for (std::size_t i = 0; i < arr.size(); ++i) {
        // The fields the server fills in are accepted back (a GET's form can be sent again).
        Fields f(arr[i], "/indicators/" + std::to_string(i), errors, {}, {"derived", "from_bases", "standard", "target"});
        domain::IndicatorInput in;
        if (arr[i].is_object()) {
            in.code = f.text("code", true).value_or("");
            in.title = f.text("title", false);
            in.type = f.choice("type", false, domain::parse_indicator_type, domain::kIndicatorTypes);
            in.required = f.boolean("required");
        }
        f.finish();
        out.push_back(std::move(in));
    }
    return out;
}
}  // namespace

domain::CampaignInput read_campaign(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, {"id", "version", "created_at", "updated_at", "district_id"});
    domain::CampaignInput in;
    in.title = f.text("title", true).value_or("");
    in.reporting_date = date_of(f.text("reporting_date", true)).value_or(domain::DateInput{});
    in.due_date = date_of(f.text("due_date", true)).value_or(domain::DateInput{});
    in.lock_date = date_of(f.text("lock_date", true)).value_or(domain::DateInput{});
    if (const json* arr = f.array("indicators", false)) in.indicators = read_indicators(*arr, errors);
    in.organization_ids = ids_of<domain::OrganizationId>(f.text_list("organization_ids", false));
    f.finish();
    return in;
}

domain::CampaignPatch read_campaign_patch(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors, {"id", "version", "created_at", "updated_at", "district_id"});
    domain::CampaignPatch p;
    p.title = f.text("title", false);
    p.reporting_date = date_of(f.text("reporting_date", false));
    p.due_date = date_of(f.text("due_date", false));
    p.lock_date = date_of(f.text("lock_date", false));
    if (const json* arr = f.array("indicators", false)) p.indicators = read_indicators(*arr, errors);
    p.organization_ids = ids_of<domain::OrganizationId>(f.text_list("organization_ids", false));
    f.finish();
    return p;
}

domain::Values read_values(const json& object, std::vector<domain::FieldError>& errors) {
    Fields f(object, "", errors,
             {"id", "version", "created_at", "updated_at", "campaign_id", "organization_id", "status", "derived", "bases",
              "flags", "locked", "late", "overdue", "submitted_at", "submitted_by", "first_submitted_at", "accepted_at",
              "accepted_by", "returned_at", "returned_by", "return_comment", "reopened", "due_date", "lock_date",
              "reporting_date", "prefilled"});
    domain::Values out;
    if (const json* values = f.object("values", true)) {
        for (auto& [code, v] : values->items()) {
            if (!domain::is_indicator_code(code)) {  // never a pointer or a value made of it
                errors.push_back({"/values", "has a key that is not an indicator code (a lowercase Latin letter, then "
                                             "letters, digits or '_', at most 64)"});
                continue;
            }
            auto p = "/values/" + code;
            if (v.is_null()) continue;  // missing
            if (v.is_number()) {
                double d = v.get<double>();
                if (!std::isfinite(d))
                    errors.push_back({p, "must be a finite number"});
                else
                    out[code] = domain::Value::of(d);
            } else if (v.is_boolean()) {
                out[code] = domain::Value::yes_no(v.get<bool>());
            } else if (v.is_string()) {
                auto s = v.get<std::string>();
                if (s == "not_applicable")
                    out[code] = domain::Value::not_applicable();
                else if (s.find('\0') != std::string::npos)
                    errors.push_back({p, "must not contain NUL characters"});
                else
                    out[code] = domain::Value::of_text(std::move(s));
            } else {
                errors.push_back({p, "must be a number, true/false, a text, \"not_applicable\", or null (missing)"});
            }
        }
    }
    f.finish();
    return out;
}

// ---- responses -----------------------------------------------------------------------------

json value_json(const domain::Value& v) {
    switch (v.kind) {
        case domain::Value::Kind::number:
            if (v.number == std::floor(v.number) && std::fabs(v.number) < 1e15) return json(static_cast<long long>(v.number));
            return json(v.number);
        case domain::Value::Kind::boolean: return json(v.flag);
        case domain::Value::Kind::text: return json(v.text);
        case domain::Value::Kind::not_applicable: return json("not_applicable");
    }
    return json(nullptr);
}

json values_json(const domain::Values& values) {
    json out = json::object();
    for (auto& [code, v] : values) out[code] = value_json(v);
    return out;
}

json person_json(const domain::Person& p, domain::Date today) {
    json consent = nullptr;
    if (p.consent) consent = {{"date", p.consent->date.iso()}, {"given_by", domain::to_string(p.consent->given_by)}};
    return {{"id", p.id.str()},
            {"organization_id", p.organization_id.str()},
            {"kind", domain::to_string(p.kind)},
            {"external_id", opt(p.external_id)},
            {"full_name", opt(p.full_name)},
            {"category", domain::to_string(p.category)},
            {"birth_year", p.birth_year ? json(*p.birth_year) : json(nullptr)},
            {"consent", consent},
            {"consent_sufficient", !domain::consent_problem(p, today).has_value()},
            {"erased", p.erased_at.has_value()},
            {"erased_at", p.erased_at},
            {"version", p.version},
            {"created_at", p.created_at},
            {"updated_at", p.updated_at}};
}

json program_json(const domain::Program& p) {
    return {{"id", p.id.str()},
            {"organization_id", p.organization_id.str()},
            {"title", p.title},
            {"forms", p.forms},
            {"period", {{"start", p.start.iso()}, {"end", p.end.iso()}}},
            {"capacity", p.capacity ? json(*p.capacity) : json(nullptr)},
            {"version", p.version},
            {"created_at", p.created_at},
            {"updated_at", p.updated_at}};
}

json pair_json(const domain::Pair& p) {
    return {{"id", p.id.str()},
            {"organization_id", p.organization_id.str()},
            {"mentor_id", p.mentor_id.str()},
            {"mentee_ids", ids(p.mentee_ids)},
            {"form", p.form},
            {"program_id", opt(p.program_id)},
            {"start_date", p.start_date.iso()},
            {"end_date", p.end_date ? json(p.end_date->iso()) : json(nullptr)},
            {"status", domain::to_string(p.status)},
            {"version", p.version},
            {"created_at", p.created_at},
            {"updated_at", p.updated_at}};
}

json indicator_json(const domain::Indicator& i) {
    return {{"code", i.code},
            {"title", i.title},
            {"type", domain::to_string(i.type)},
            {"required", i.required},
            {"derived", i.derived},
            {"from_bases", i.from_bases},
            {"standard", i.standard},
            {"target", i.target ? json(*i.target) : json(nullptr)}};
}

json campaign_json(const domain::Campaign& c) {
    json indicators = json::array();
    for (auto& i : c.indicators) indicators.push_back(indicator_json(i));
    return {{"id", c.id.str()},
            {"district_id", c.district_id.str()},
            {"title", c.title},
            {"reporting_date", c.reporting_date.iso()},
            {"due_date", c.due_date.iso()},
            {"lock_date", c.lock_date.iso()},
            {"indicators", indicators},
            {"organization_ids", ids(c.organization_ids)},
            {"version", c.version},
            {"created_at", c.created_at},
            {"updated_at", c.updated_at}};
}

json report_json(const domain::ReportView& v) {
    json flags = json::array();
    // Beside the fields people see them: in Russian too, from the catalogue the problems use.
    for (auto& f : v.flags)
        flags.push_back({{"code", f.code}, {"kind", f.kind}, {"message", f.message}, {"message_ru", message_ru(f.message)}});
    json bases = nullptr;
    if (v.bases) {
        bases = json::object();
        bases["as_of"] = v.campaign.reporting_date.iso();
        for (auto& [code, n] : v.bases->by_code()) bases[code] = n;
        bases["pairs_by_form"] = v.bases->pairs_by_form;
    }
    const auto& r = v.report;
    auto field = [&](const std::optional<std::string> domain::Report::*m) { return r ? opt((*r).*m) : json(nullptr); };
    auto time = [&](const std::optional<domain::Instant> domain::Report::*m) { return r ? json((*r).*m) : json(nullptr); };
    return {{"id", r ? json(r->id.str()) : json(nullptr)},
            {"campaign_id", v.campaign.id.str()},
            {"organization_id", v.organization_id.str()},
            {"status", r ? std::string(domain::to_string(r->status)) : std::string("not_started")},
            {"values", values_json(v.values)},
            {"prefilled", !r && v.bases.has_value()},
            {"derived", values_json(v.derived)},
            {"bases", bases},
            {"flags", flags},
            {"reporting_date", v.campaign.reporting_date.iso()},
            {"due_date", v.campaign.due_date.iso()},
            {"lock_date", v.campaign.lock_date.iso()},
            {"locked", v.locked},
            {"late", v.late},
            {"overdue", v.overdue},
            {"first_submitted_at", time(&domain::Report::first_submitted_at)},
            {"submitted_at", time(&domain::Report::submitted_at)},
            {"submitted_by", field(&domain::Report::submitted_by)},
            {"accepted_at", time(&domain::Report::accepted_at)},
            {"accepted_by", field(&domain::Report::accepted_by)},
            {"returned_at", time(&domain::Report::returned_at)},
            {"returned_by", field(&domain::Report::returned_by)},
            {"return_comment", field(&domain::Report::return_comment)},
            {"reopened", r && r->reopened},
            {"version", r ? r->version : 0},
            {"created_at", r ? json(r->created_at) : json(nullptr)},
            {"updated_at", r ? json(r->updated_at) : json(nullptr)}};
}

json report_item_json(const domain::ReportListItem& i) {
    return {{"organization_id", i.organization_id.str()},
            {"name", i.name},
            {"type", domain::to_string(i.type)},
            {"organization_status", domain::to_string(i.organization_status)},
            {"status", i.status ? std::string(domain::to_string(*i.status)) : std::string("not_started")},
            {"submitted_at", i.submitted_at},
            {"late", i.late},
            {"overdue", i.overdue},
            {"version", i.version}};
}

namespace {
json counts_json(const domain::CompletenessCounts& c) {
    auto pct = c.pct();
    return {{"expected", c.expected}, {"submitted", c.submitted}, {"accepted", c.accepted},
            {"on_time", c.on_time},   {"late", c.late},           {"missing", c.missing},
            {"completeness_pct", pct ? json(*pct) : json(nullptr)}};
}
}  // namespace

json completeness_json(const domain::Campaign& c, const domain::Completeness& x) {
    json out = counts_json(x.totals);
    out["campaign_id"] = c.id.str();
    out["due_date"] = c.due_date.iso();
    out["closed_excluded"] = x.closed_excluded;
    json by_type = json::object();
    for (auto& [type, counts] : x.by_type) by_type[type] = counts_json(counts);
    out["by_type"] = by_type;
    return out;
}

json mentoring_form_json(const domain::MentoringForm& f) {
    return {{"code", f.code}, {"title", f.title}, {"model", f.model}};
}

}  // namespace api::monitoring
