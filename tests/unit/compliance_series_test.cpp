// The dates of a compliance series (api/handlers/compliance_series_handlers.hpp).
#include <gtest/gtest.h>

#include "api/handlers/compliance_series_handlers.hpp"

using domain::Date;

namespace {

std::vector<std::string> iso(const std::vector<Date>& v) {
    std::vector<std::string> out;
    for (auto& d : v) out.push_back(d.iso());
    return out;
}

}  // namespace

TEST(ComplianceSeries, MonthsKeepTheDayAndClampItToShorterMonths) {
    EXPECT_EQ(iso(api::series_dates(Date(2024, 1, 31), Date(2024, 4, 30), true)),
              (std::vector<std::string>{"2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"}));
    EXPECT_EQ(iso(api::series_dates(Date(2025, 11, 30), Date(2026, 3, 1), true)),
              (std::vector<std::string>{"2025-11-30", "2025-12-30", "2026-01-30", "2026-02-28", "2026-03-01"}));
}

TEST(ComplianceSeries, TheLastDateIsAlwaysTo) {
    EXPECT_EQ(iso(api::series_dates(Date(2024, 9, 1), Date(2024, 11, 15), true)),
              (std::vector<std::string>{"2024-09-01", "2024-10-01", "2024-11-01", "2024-11-15"}));
    EXPECT_EQ(iso(api::series_dates(Date(2024, 9, 1), Date(2024, 9, 1), true)), (std::vector<std::string>{"2024-09-01"}));
    EXPECT_EQ(iso(api::series_dates(Date(2024, 12, 25), Date(2025, 1, 10), false)),
              (std::vector<std::string>{"2024-12-25", "2025-01-01", "2025-01-08", "2025-01-10"}));
}

TEST(ComplianceSeries, ALongPeriodStopsJustPastTheLimit) {
    // The handler refuses more than 60 points; the generator never makes hundreds first.
    auto v = api::series_dates(Date(1990, 1, 1), Date(2025, 1, 1), false);
    EXPECT_GT(v.size(), 60u);
    EXPECT_LE(v.size(), 63u);
}
