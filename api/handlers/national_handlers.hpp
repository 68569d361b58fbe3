#pragma once
#include <memory>

#include "api/answer_cache.hpp"
#include "api/http/http.hpp"
#include "domain/national_compliance.hpp"

namespace api {

// GET /api/v1/compliance: the national roll-up (one row per region and the country's
// totals), for system administrators. The repository is kept alive by the route; answers
// are kept in `cache` beside the country's version.
void add_national_routes(Router& router, std::shared_ptr<domain::NationalComplianceRepository> repo,
                         AnswerCache& cache);

}  // namespace api
