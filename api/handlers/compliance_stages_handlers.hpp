#pragma once
#include "api/access.hpp"
#include "api/answer_cache.hpp"
#include "api/http/http.hpp"
#include "domain/compliance.hpp"

namespace api {

// GET /districts/{d}/compliance/stages?as_of=: every active organisation's compliance split
// by the seven stages (the heat map), with the district's totals per stage. The numbers are
// the occurrences behind GET …/organizations/{o}/compliance, each under its item's stage
// (else its section's); read in one read scope and kept beside the district's version.
void add_compliance_stage_routes(Router& router, domain::ComplianceService& compliance, Access& access,
                                 AnswerCache& cache);

}  // namespace api
