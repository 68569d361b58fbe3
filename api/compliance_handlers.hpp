#pragma once
#include "api/access.hpp"
#include "api/answer_cache.hpp"
#include "api/http.hpp"
#include "domain/compliance.hpp"
#include "persistence/database.hpp"

namespace api {

nlohmann::json to_json(const domain::ComplianceCounts& c);
// A roll-up row (a district of a region, a region of the country): the counts and how many
// organisations, fully compliant, without an approved roadmap.
nlohmann::json rollup_json(const domain::ComplianceCounts& c, int organizations, int fully_compliant,
                           int without_approved_roadmap);
// A 200 application/json answer from its serialised body (a kept answer).
Response json_answer(std::string body);

// /districts/{d}/compliance, /districts/{d}/organizations/{o}/compliance, /regions/{r}/compliance.
// A district's or an organisation's answer is kept in `cache` beside the district's version
// (read first, in a round trip of its own) and served again until anything changes; on a miss
// it is computed in one transaction of the district.
void add_compliance_routes(Router& router, domain::ComplianceService& compliance, Access& access,
                           persistence::Database& db, AnswerCache& cache);

// ?as_of= (default today); 400 when it is not a date or lies in the future.
domain::Date as_of_param(const Request& req);

}  // namespace api
