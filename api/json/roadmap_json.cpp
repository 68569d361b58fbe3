#include "api/json/roadmap_json.hpp"

#include <set>

#include "domain/validation.hpp"

namespace api {

using nlohmann::json;

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<int>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<domain::Date>& v) { return v ? json(v->iso()) : json(nullptr); }
template <class Tag>
json opt(const std::optional<domain::Id<Tag>>& v) { return v ? json(v->str()) : json(nullptr); }
json texts(const std::vector<domain::UserId>& ids) {
    json out = json::array();
    for (auto& id : ids) out.push_back(id.str());
    return out;
}

// Reads an object's string and stage fields with JSON pointers for every error.
struct ObjectFields {
    const json& obj;
    std::string base;
    std::vector<domain::FieldError>& errors;
    std::set<std::string> seen;

    std::string text(const char* name, bool required = false) {
        seen.insert(name);
        auto it = obj.find(name);
        if (it == obj.end() || it->is_null()) {
            if (required) errors.push_back({base + "/" + name, "is required"});
            return {};
        }
        if (!it->is_string() || it->get<std::string>().find('\0') != std::string::npos) {
            errors.push_back({base + "/" + name, "must be a string"});
            return {};
        }
        return it->get<std::string>();
    }
    std::optional<int> stage() {
        seen.insert("stage");
        auto it = obj.find("stage");
        if (it == obj.end() || it->is_null()) return std::nullopt;
        if (!it->is_number_integer() || it->get<long long>() < 1 || it->get<long long>() > 7) {
            errors.push_back({base + "/stage", "must be a whole number from 1 to 7 or null"});
            return std::nullopt;
        }
        return static_cast<int>(it->get<long long>());
    }
    void finish(std::initializer_list<const char*> also_known = {}) {
        for (auto* k : also_known) seen.insert(k);
        for (auto& [k, v] : obj.items())
            if (!seen.count(k)) errors.push_back({base + "/" + k, "is not a field here"});
    }
};
}  // namespace

json to_json(const domain::Schedule& s) {
    json windows = json::array();
    for (auto& w : s.windows) windows.push_back({{"start", w.start.iso()}, {"end", w.end.iso()}});
    return {{"kind", domain::to_string(s.kind)},
            {"windows", windows},
            {"times_per_year", opt(s.times_per_year)},
            {"reason", opt(s.reason)}};
}

json to_json(const domain::Occurrence& o) {
    json out = {{"id", o.id.str()},
                {"start", o.window.start.iso()},
                {"end", o.window.end.iso()},
                {"seq", o.seq},
                {"status", domain::to_string(o.status)},
                {"completed_on", opt(o.completed_on)},
                {"evidence", nullptr},
                {"comment", opt(o.comment)}};
    if (o.evidence)
        out["evidence"] = {{"title", opt(o.evidence->title)},
                           {"number", opt(o.evidence->number)},
                           {"date", opt(o.evidence->date)},
                           {"url", opt(o.evidence->url)}};
    return out;
}

json to_json(const domain::RoadmapItem& i) {
    json occ = json::array();
    for (auto& o : i.occurrences) occ.push_back(to_json(o));
    return {{"id", i.id.str()},
            {"section_id", i.section_id.str()},
            {"number", i.number},
            {"title", i.title},
            {"deadline_text", i.deadline_text},
            {"schedule", to_json(i.schedule)},
            {"responsible", i.responsible},
            {"expected_result", i.expected_result},
            {"indicators", i.indicators},
            {"notes", i.notes},
            {"responsible_user_ids", texts(i.responsible_user_ids)},
            {"stage", opt(i.stage)},
            {"version", i.version},
            {"occurrences", occ}};
}

json to_json(const domain::RoadmapSection& s) {
    json items = json::array();
    for (auto& i : s.items) items.push_back(to_json(i));
    return {{"id", s.id.str()},   {"number", s.number}, {"title", s.title}, {"description", s.description},
            {"stage", opt(s.stage)}, {"items", items}};
}

json to_json(const domain::Roadmap& r) {
    json out = {{"id", r.id.str()},
                {"district_id", r.district_id.str()},
                {"owner",
                 {{"kind", r.owner.is_district() ? "district" : "organization"},
                  {"organization_id", opt(r.owner.organization_id)}}},
                {"title", r.title},
                {"period", {{"start", r.period.start.iso()}, {"end", r.period.end.iso()}}},
                {"status", domain::to_string(r.status)},
                {"return_comment", opt(r.return_comment)},
                {"approval", {{"order_number", opt(r.approval.order_number)}, {"order_date", opt(r.approval.order_date)}}},
                {"revision", r.revision},
                {"previous_id", opt(r.previous_id)},
                {"superseded_by", opt(r.superseded_by)},
                {"template_id", opt(r.template_id)},
                {"item_count", r.item_count},
                {"version", r.version},
                {"created_at", r.created_at},
                {"updated_at", r.updated_at},
                {"submitted_at", r.submitted_at},
                {"approved_at", r.approved_at}};
    json sections = json::array();
    for (auto& s : r.sections) sections.push_back(to_json(s));
    out["sections"] = sections;
    if (!r.import_warnings.empty()) {
        json warnings = json::array();
        for (auto& w : r.import_warnings) warnings.push_back(to_json(w));
        out["import_warnings"] = warnings;
    }
    return out;
}

json to_json(const domain::RoadmapTemplate& t) {
    json stages = json::array();
    for (auto& s : t.stages)
        stages.push_back({{"number", s.number},
                          {"code", s.code},
                          {"title", s.title},
                          {"activities", s.activities},
                          {"documents", s.documents}});
    return {{"id", t.id}, {"title", t.title}, {"source", t.source}, {"stages", stages}};
}

json to_json(const domain::UnplacedLine& u) {
    return {{"line", u.line}, {"text", u.text}, {"reason", u.reason}, {"code", u.code}};
}

json to_json(const domain::ImportWarning& w) {
    return {{"line", w.line}, {"code", w.code}, {"message", w.message}, {"message_ru", w.message_ru}};
}

json to_json(const domain::ImportedPart& p, int imported_part) {
    return {{"number", p.number},
            {"line", p.line},
            {"end_line", p.end_line},
            {"caption", p.caption.empty() ? json(nullptr) : json(p.caption)},
            {"tables", p.tables},
            {"sections", p.sections},
            {"items", p.items},
            {"imported", p.number == imported_part}};
}

json import_report_json(const std::vector<domain::UnplacedLine>& unplaced, int tables,
                        const std::vector<domain::ImportWarning>& warnings,
                        const std::vector<domain::ImportedPart>& parts, int part) {
    json u = json::array(), w = json::array(), p = json::array();
    for (auto& x : unplaced) u.push_back(to_json(x));
    for (auto& x : warnings) w.push_back(to_json(x));
    for (auto& x : parts) p.push_back(to_json(x, part));
    return {{"unplaced", u}, {"tables", tables}, {"warnings", w}, {"parts", p}, {"part", part}};
}

json preview_json(const domain::NewRoadmapRecord& rec, const domain::ImportedRoadmap* parsed) {
    const auto& in = rec.input;
    json sections = json::array();
    int items_total = 0;
    for (std::size_t k = 0; k < rec.sections.size(); ++k) {
        const auto& s = rec.sections[k];
        const domain::ImportedSection* ps =
            parsed && k < parsed->sections.size() ? &parsed->sections[k] : nullptr;
        json items = json::array();
        for (std::size_t j = 0; j < s.items.size(); ++j) {
            const auto& i = s.items[j];
            const domain::ImportedItem* pi = ps && j < ps->items.size() ? &ps->items[j] : nullptr;
            items.push_back({{"number", i.input.number},
                             {"title", i.input.title},
                             {"deadline_text", i.input.deadline_text},
                             {"schedule", to_json(i.schedule)},
                             {"occurrence_count", i.occurrences.size()},
                             {"responsible", i.input.responsible},
                             {"expected_result", i.input.expected_result},
                             {"indicators", i.input.indicators},
                             {"notes", i.input.notes},
                             {"stage", opt(i.input.stage)},
                             {"line", pi ? json(pi->line) : json(nullptr)},
                             {"end_line", pi ? json(pi->end_line) : json(nullptr)}});
            ++items_total;
        }
        sections.push_back({{"number", s.input.number},
                            {"title", s.input.title},
                            {"description", s.input.description},
                            {"stage", opt(s.input.stage)},
                            {"line", ps ? json(ps->line) : json(nullptr)},
                            {"items", items}});
    }
    return {{"title", in.title},
            {"owner",
             {{"kind", in.owner.is_district() ? "district" : "organization"},
              {"organization_id", opt(in.owner.organization_id)}}},
            {"period", {{"start", in.period.start.iso()}, {"end", in.period.end.iso()}}},
            {"status", domain::to_string(domain::RoadmapStatus::draft)},
            {"item_count", items_total},
            {"sections", sections}};
}

std::optional<domain::DateRange> read_period(FieldReader& f, const json& body, const char* name, bool required) {
    auto it = body.find(name);
    if (it == body.end() || it->is_null()) {
        if (required) f.fail(name, "is required: {start, end} as YYYY-MM-DD");
        f.mark(name);
        return std::nullopt;
    }
    f.mark(name);
    if (!it->is_object() || !it->contains("start") || !it->contains("end") || !(*it)["start"].is_string() ||
        !(*it)["end"].is_string() || it->size() != 2) {
        f.fail(name, "must be {start, end} as YYYY-MM-DD");
        return std::nullopt;
    }
    auto s = domain::Date::parse_iso((*it)["start"].get<std::string>());
    auto e = domain::Date::parse_iso((*it)["end"].get<std::string>());
    if (!s) f.fail(std::string(name) + "/start", "must be a date (YYYY-MM-DD)");
    if (!e) f.fail(std::string(name) + "/end", "must be a date (YYYY-MM-DD)");
    if (!s || !e) return std::nullopt;
    return domain::DateRange{*s, *e};
}

domain::ItemInput read_item(const json& body, const std::string& pointer, std::vector<domain::FieldError>& errors) {
    domain::ItemInput in;
    if (!body.is_object()) {
        errors.push_back({pointer, "must be an object"});
        return in;
    }
    ObjectFields f{body, pointer, errors, {}};
    in.number = f.text("number");
    in.title = f.text("title", true);
    in.deadline_text = f.text("deadline_text");
    in.responsible = f.text("responsible");
    in.expected_result = f.text("expected_result");
    in.indicators = f.text("indicators");
    in.notes = f.text("notes");
    in.stage = f.stage();
    f.seen.insert("responsible_user_ids");
    if (auto u = body.find("responsible_user_ids"); u != body.end() && !u->is_null()) {
        if (!u->is_array()) errors.push_back({pointer + "/responsible_user_ids", "must be an array of user ids"});
        else
            for (std::size_t k = 0; k < u->size(); ++k) {
                if ((*u)[k].is_string()) in.responsible_user_ids.emplace_back((*u)[k].get<std::string>());
                else errors.push_back({pointer + "/responsible_user_ids/" + std::to_string(k), "must be a user id"});
            }
    }
    f.finish({"id", "version", "schedule", "occurrences", "section_id"});
    return in;
}

domain::SectionInput read_section(const json& body, const std::string& pointer,
                                  std::vector<domain::FieldError>& errors) {
    domain::SectionInput in;
    if (!body.is_object()) {
        errors.push_back({pointer, "must be an object"});
        return in;
    }
    ObjectFields f{body, pointer, errors, {}};
    in.number = f.text("number");
    in.title = f.text("title");
    in.description = f.text("description");
    in.stage = f.stage();
    f.seen.insert("items");
    if (auto it = body.find("items"); it != body.end() && !it->is_null()) {
        if (!it->is_array()) errors.push_back({pointer + "/items", "must be an array"});
        else
            for (std::size_t i = 0; i < it->size(); ++i)
                in.items.push_back(read_item((*it)[i], pointer + "/items/" + std::to_string(i), errors));
    }
    f.finish({"id"});
    return in;
}

}  // namespace api
