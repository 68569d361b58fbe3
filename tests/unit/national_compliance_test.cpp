// The national roll-up's service: totals are the sums of the rows; a past date is refused
// before the repository is asked.
#include <gtest/gtest.h>

#include "domain/errors.hpp"
#include "domain/national_compliance.hpp"

namespace {

class FakeRepo final : public domain::NationalComplianceRepository {
public:
    std::vector<domain::RegionRow> rows;
    int calls = 0;
    std::vector<domain::RegionRow> regions_today() override {
        ++calls;
        return rows;
    }
    long long version() override { return 0; }  // the route's cache key; not the service's concern
};

domain::RegionRow row(const std::string& id, int districts, int orgs, int fully, int without, domain::ComplianceCounts c) {
    domain::RegionRow r;
    r.region_id = id;
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

TEST(NationalCompliance, APastDateIsRefusedWithoutAskingTheRepository) {
    FakeRepo repo;
    domain::NationalComplianceService service(repo);
    try {
        service.rollup(domain::Date(2025, 5, 30), domain::Date(2025, 5, 31));
        FAIL() << "a past date was answered";
    } catch (const domain::Error& e) {
        EXPECT_EQ(e.kind(), domain::ErrorKind::validation);
        EXPECT_EQ(e.slug(), "as-of-not-supported");
        EXPECT_NE(std::string(e.what()).find("monthly counters"), std::string::npos);
    }
    EXPECT_EQ(repo.calls, 0);
}

}  // namespace
