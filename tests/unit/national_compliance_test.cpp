// The national roll-up's service: totals are the sums of the rows; the repository is asked
// for the date, told whether it is today.
#include <gtest/gtest.h>

#include <optional>

#include "domain/national_compliance.hpp"

namespace {

class FakeRepo final : public domain::NationalComplianceRepository {
public:
    std::vector<domain::RegionRow> rows;
    int calls = 0;
    std::optional<domain::Date> asked;
    bool asked_today = false;
    std::optional<domain::Instant> asked_known_at;
    std::vector<domain::RegionRow> regions(const domain::Date& as_of, bool today,
                                           const std::optional<domain::Instant>& known_at) override {
        ++calls;
        asked = as_of;
        asked_today = today;
        asked_known_at = known_at;
        return rows;
    }
    long long version() override { return 0; }  // the route's cache key; not the service's concern
};

domain::RegionRow row(const std::string& id, int districts, int orgs, int fully, int without, domain::ComplianceCounts c) {
    domain::RegionRow r;
    r.region_id = domain::RegionId{id};
    r.name = "Регион " + id;
    r.code = id;
    r.districts = districts;
    r.organizations = orgs;
    r.fully_compliant = fully;
    r.without_approved_roadmap = without;
    r.counts = c;
    return r;
}

TEST(NationalCompliance, TotalsAreTheSumsOfTheRows) {
    FakeRepo repo;
    repo.rows = {row("1", 2, 4, 2, 1, {6, 5, 4, 2, 1}), row("2", 2, 2, 0, 1, {2, 1, 0, 0, 0}), row("3", 0, 0, 0, 0, {})};
    domain::NationalComplianceService service(repo);
    auto today = domain::Date(2025, 5, 31);
    auto n = service.rollup(today, today);
    EXPECT_EQ(n.as_of, today);
    ASSERT_EQ(n.rows.size(), 3u);
    EXPECT_EQ(n.totals.regions, 3);
    EXPECT_EQ(n.totals.districts, 4);
    EXPECT_EQ(n.totals.organizations, 6);
    EXPECT_EQ(n.totals.fully_compliant, 2);
    EXPECT_EQ(n.totals.without_approved_roadmap, 2);
    EXPECT_EQ(n.totals.counts.due, 8);
    EXPECT_EQ(n.totals.counts.done, 6);
    EXPECT_EQ(n.totals.counts.done_on_time, 4);
    EXPECT_EQ(n.totals.counts.overdue(), 2);
    EXPECT_EQ(n.totals.counts.due_later, 2);
    EXPECT_EQ(n.totals.counts.unscheduled, 1);
    EXPECT_EQ(n.totals.counts.compliance_pct(), 75.0);
    EXPECT_EQ(n.totals.counts.on_time_pct(), 50.0);
}

TEST(NationalCompliance, NoRowsNoTotals) {
    FakeRepo repo;
    domain::NationalComplianceService service(repo);
    auto today = domain::Date(2025, 5, 31);
    auto n = service.rollup(today, today);
    EXPECT_EQ(n.totals.regions, 0);
    EXPECT_FALSE(n.totals.counts.compliance_pct().has_value());
}

TEST(NationalCompliance, APastDateIsAskedOfTheRepositoryAsAPastDate) {
    FakeRepo repo;
    repo.rows = {row("1", 1, 2, 1, 0, {3, 2, 1, 1, 0})};
    domain::NationalComplianceService service(repo);
    auto n = service.rollup(domain::Date(2025, 5, 30), domain::Date(2025, 5, 31));
    EXPECT_EQ(repo.calls, 1);
    ASSERT_TRUE(repo.asked.has_value());
    EXPECT_EQ(*repo.asked, domain::Date(2025, 5, 30));
    EXPECT_FALSE(repo.asked_today);
    EXPECT_EQ(n.as_of, domain::Date(2025, 5, 30));
    EXPECT_EQ(n.totals.counts.due, 3);
    service.rollup(domain::Date(2025, 5, 31), domain::Date(2025, 5, 31));
    EXPECT_TRUE(repo.asked_today);
}

// Today as known at an instant is what the records of that instant give, never today's summaries.
TEST(NationalCompliance, KnownAtIsNeverReadFromTodaysSummaries) {
    FakeRepo repo;
    domain::NationalComplianceService service(repo);
    auto at = domain::Instant::parse_rfc3339("2025-05-31T08:00:00Z");
    auto n = service.rollup(domain::Date(2025, 5, 31), domain::Date(2025, 5, 31), at);
    EXPECT_FALSE(repo.asked_today);
    EXPECT_EQ(repo.asked_known_at, at);
    EXPECT_EQ(n.known_at, at);
}

}  // namespace
