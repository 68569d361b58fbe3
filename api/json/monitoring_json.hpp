#pragma once
// JSON ⇄ the monitoring and bases domain: reading requests with api::Fields (nested
// pointers such as /items/17/birth_year) and the response shapes.
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/json/json_io.hpp"
#include "domain/bases.hpp"
#include "domain/monitoring.hpp"

namespace api::monitoring {

using nlohmann::json;

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
