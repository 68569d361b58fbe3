#pragma once
// What API tests say of answers again and again: a status that must be, and the compliance
// counts as the API spells them.
#include <string>

#include <nlohmann/json.hpp>

#include "tests/support/http_client.hpp"

namespace testsupport {

// The answer's JSON when its status is `status`; otherwise throws, naming `what` and the body.
nlohmann::json must(const HttpResponse& r, int status, const std::string& what);

// Compliance counts as the API spells them (items_due … on_time_pct); a percentage is a
// number or null.
struct Counts {
    int due, done, on_time, overdue, later, unscheduled;
    nlohmann::json compliance, on_time_pct;
};
void expect_counts(const nlohmann::json& j, const Counts& c, const std::string& what);

}  // namespace testsupport
