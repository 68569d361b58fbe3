#include "tests/support/api_expect.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace testsupport {

nlohmann::json must(const HttpResponse& r, int status, const std::string& what) {
    if (r.status != status)
        throw std::runtime_error(what + " answered " + std::to_string(r.status) + " (expected " + std::to_string(status) +
                                 "): " + r.body.substr(0, 2000));
    return r.body.empty() ? nlohmann::json() : r.json();
}

void expect_counts(const nlohmann::json& j, const Counts& c, const std::string& what) {
    EXPECT_EQ(j.at("items_due"), c.due) << what;
    EXPECT_EQ(j.at("items_done"), c.done) << what;
    EXPECT_EQ(j.at("items_done_on_time"), c.on_time) << what;
    EXPECT_EQ(j.at("items_overdue"), c.overdue) << what;
    EXPECT_EQ(j.at("items_due_later"), c.later) << what;
    EXPECT_EQ(j.at("items_unscheduled"), c.unscheduled) << what;
    EXPECT_EQ(j.at("compliance_pct"), c.compliance) << what;
    EXPECT_EQ(j.at("on_time_pct"), c.on_time_pct) << what;
}

}  // namespace testsupport
