#pragma once
// JSON ⇄ the monitoring and bases domain: a field reader that knows numbers, booleans,
// objects and nested pointers (/items/17/birth_year), and the response shapes.
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/bases.hpp"
#include "domain/monitoring.hpp"

namespace api::monitoring {

using nlohmann::json;

// Like api::FieldReader, for objects nested anywhere: errors go to a shared list with
// `prefix` before every pointer; `finish` adds unknown and read-only fields.
class Fields {
public:
    Fields(const json& object, std::string prefix, std::vector<domain::FieldError>& errors,
           std::initializer_list<const char*> read_only = {}, std::initializer_list<const char*> ignored = {});

    std::optional<std::string> text(const char* name, bool required);
    std::optional<std::optional<std::string>> nullable_text(const char* name);
    std::optional<std::vector<std::string>> text_list(const char* name, bool required);
    std::optional<int> integer(const char* name, bool required, int min, int max);
    std::optional<std::optional<int>> nullable_integer(const char* name, int min, int max);
    std::optional<bool> boolean(const char* name);
    // An object (or null when `nullable`): nullptr when absent, null or of the wrong type.
    const json* object(const char* name, bool required, bool nullable = false);
    const json* array(const char* name, bool required);
    bool is_null(const char* name) const;
    template <class T>
    std::optional<T> choice(const char* name, bool required, std::optional<T> (*parse)(std::string_view),
                            const char* allowed) {
        auto s = text(name, required);
        if (!s) return std::nullopt;
        auto v = parse(*s);
        if (!v) fail(name, std::string("must be one of: ") + allowed);
        return v;
    }
    void fail(const std::string& name, std::string message);
    std::string pointer(const std::string& name) const { return prefix_ + "/" + name; }
    void finish();

private:
    const json* find(const char* name);
    const json& object_;
    std::string prefix_;
    std::vector<domain::FieldError>& errors_;
    std::set<std::string> seen_, read_only_, ignored_;
};

// Throws one 422 naming every error, if any.
void throw_if_any(std::vector<domain::FieldError>& errors, const std::string& detail = "The request has invalid fields.");

// ---- requests ---------------------------------------------------------------------
domain::PersonInput read_person(const json& object, const std::string& prefix, std::vector<domain::FieldError>& errors);
domain::PersonPatch read_person_patch(const json& object, std::vector<domain::FieldError>& errors);
domain::ProgramInput read_program(const json& object, std::vector<domain::FieldError>& errors);
domain::ProgramPatch read_program_patch(const json& object, std::vector<domain::FieldError>& errors);
domain::PairInput read_pair(const json& object, std::vector<domain::FieldError>& errors);
domain::PairPatch read_pair_patch(const json& object, std::vector<domain::FieldError>& errors);
domain::CampaignInput read_campaign(const json& object, std::vector<domain::FieldError>& errors);
domain::CampaignPatch read_campaign_patch(const json& object, std::vector<domain::FieldError>& errors);
// {values: {...}}: number, true/false, text, "not_applicable"; null means missing.
domain::Values read_values(const json& object, std::vector<domain::FieldError>& errors);

// ---- responses --------------------------------------------------------------------
json value_json(const domain::Value& v);
json values_json(const domain::Values& v);
json person_json(const domain::Person& p, domain::Date today);
json program_json(const domain::Program& p);
json pair_json(const domain::Pair& p);
json indicator_json(const domain::Indicator& i);
json campaign_json(const domain::Campaign& c);
json report_json(const domain::ReportView& v);
json report_item_json(const domain::ReportListItem& i);
json completeness_json(const domain::Campaign& c, const domain::Completeness& x);
json mentoring_form_json(const domain::MentoringForm& f);

}  // namespace api::monitoring
