#pragma once
#include "api/access.hpp"
#include "api/answer_cache.hpp"
#include "api/http/http.hpp"
#include "domain/compliance.hpp"

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
// the service computes it in one read scope of the district (domain/read_scope.hpp). A region's
// answer is read through `regions`, whose repository may read a replica (app/compliance_module.cpp).
void add_compliance_routes(Router& router, domain::ComplianceService& compliance, domain::ComplianceService& regions,
                           Access& access, AnswerCache& cache);

// ?as_of= (default today); 400 when it is not a date or lies in the future.
domain::Date as_of_param(const Request& req);

// The two time axes of a compliance read (docs/domain.md, «Compliance»): ?as_of= a date in the
// world, and ?known_at= an RFC 3339 instant — what the system knew then; as_of
// defaults to known_at's UTC day when only known_at is given, else to today. 400 bad-query
// when either is malformed or in the future.
struct ComplianceTime {
    domain::Date as_of;
    std::optional<domain::Instant> known_at;
};
ComplianceTime compliance_time(const Request& req);
// known_at as JSON: its UTC text, or null.
nlohmann::json known_at_json(const std::optional<domain::Instant>& known_at);

}  // namespace api
