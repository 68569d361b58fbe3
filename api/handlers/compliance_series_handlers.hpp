#pragma once
#include "api/access.hpp"
#include "api/answer_cache.hpp"
#include "api/http/http.hpp"
#include "domain/compliance.hpp"

namespace api {

// GET /districts/{d}/compliance/series?from=&to=&step=month|week: the district's totals and
// per organisation type on a series of dates in one call (a trend over the school year).
// Each point is the district's compliance as of that date, as GET /districts/{d}/compliance
// answers it; the whole series is read in one read scope and kept beside the district's
// version like the single answers.
void add_compliance_series_routes(Router& router, domain::ComplianceService& compliance, Access& access,
                                  AnswerCache& cache);

// The dates of a series: from, from + step, … while not after `to`, and `to` itself last.
// A month step keeps from's day of the month, clamped to shorter months (31 Jan → 28 Feb → 31 Mar).
std::vector<domain::Date> series_dates(const domain::Date& from, const domain::Date& to, bool monthly);

}  // namespace api
