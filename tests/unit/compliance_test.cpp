// Compliance rules (docs/domain.md, «Compliance») without a database: percentages to one
// decimal, the state of an occurrence on a date, and the district table's filter and sort.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "domain/compliance.hpp"

using domain::ComplianceCounts;
using domain::ComplianceFilter;
using domain::Date;
using domain::DateRange;
using domain::OccurrenceState;
using domain::OrganizationCompliance;

namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

TEST(ComplianceRules, PercentRoundsToOneDecimalHalfAwayFromZero) {
    struct Case {
        const char* what;
        int part, whole;
        double expected;
    };
    const std::vector<Case> cases = {
        {"82.35 exactly (1647 of 2000) → 82.4, not 82.3 from binary noise", 1647, 2000, 82.4},
        {"14 of 17 = 82.352… → 82.4", 14, 17, 82.4},
        {"2 of 3 = 66.66… → 66.7", 2, 3, 66.7},
        {"1 of 3 = 33.33… → 33.3", 1, 3, 33.3},
        {"1 of 8 = 12.5", 1, 8, 12.5},
        {"1 of 16 = 6.25 → 6.3 (half up)", 1, 16, 6.3},
        {"5 of 8 = 62.5", 5, 8, 62.5},
        {"all done = 100", 7, 7, 100.0},
        {"none done = 0", 0, 9, 0.0},
        {"1 of 2000 = 0.05 → 0.1", 1, 2000, 0.1},
        {"1 of 2001 = 0.0499… → 0.0", 1, 2001, 0.0},
        {"1999 of 2000 = 99.95 → 100.0", 1999, 2000, 100.0},
    };
    for (const auto& c : cases) EXPECT_DOUBLE_EQ(domain::percent(c.part, c.whole), c.expected) << c.what;
}

TEST(ComplianceRules, PercentagesAreNullWhenNothingIsDue) {
    struct Case {
        const char* what;
        ComplianceCounts counts;
        std::optional<double> compliance, on_time;
        int overdue;
    };
    auto counts = [](int due, int done, int on_time, int later = 0, int unscheduled = 0) {
        ComplianceCounts c;
        c.due = due;
        c.done = done;
        c.done_on_time = on_time;
        c.due_later = later;
        c.unscheduled = unscheduled;
        return c;
    };
    const std::vector<Case> cases = {
        {"nothing due, only later and unscheduled → null, not 0 or 100", counts(0, 0, 0, 5, 2), std::nullopt, std::nullopt, 0},
        {"nothing at all → null", counts(0, 0, 0), std::nullopt, std::nullopt, 0},
        {"14 of 17 done, 12 on time", counts(17, 14, 12), 82.4, 70.6, 3},
        {"2 of 3 done, 1 on time", counts(3, 2, 1), 66.7, 33.3, 1},
        {"8 due, 5 done, 4 on time", counts(8, 5, 4, 8, 1), 62.5, 50.0, 3},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(c.counts.compliance_pct(), c.compliance) << c.what;
        EXPECT_EQ(c.counts.on_time_pct(), c.on_time) << c.what;
        EXPECT_EQ(c.counts.overdue(), c.overdue) << c.what;
    }
    auto sum = counts(8, 5, 4, 8, 1);
    sum += counts(2, 2, 2, 0, 0);
    EXPECT_EQ(sum.due, 10);
    EXPECT_EQ(sum.done, 7);
    EXPECT_EQ(sum.done_on_time, 6);
    EXPECT_EQ(sum.due_later, 8);
    EXPECT_EQ(sum.unscheduled, 1);
    EXPECT_EQ(sum.compliance_pct(), 70.0);
}

TEST(ComplianceRules, OccurrenceStateForEveryCase) {
    struct Case {
        const char* what;
        DateRange window;
        bool done_with_evidence;
        std::optional<Date> completed_on;
        Date as_of;
        OccurrenceState expected;
    };
    const DateRange nov{d("2025-11-01"), d("2025-11-30")};
    const std::vector<Case> cases = {
        {"done within the window → on time", nov, true, d("2025-11-15"), d("2026-01-10"), OccurrenceState::done_on_time},
        {"done on the window's last day → on time", nov, true, d("2025-11-30"), d("2026-01-10"), OccurrenceState::done_on_time},
        {"done before the window opened, window now due → on time", nov, true, d("2025-10-20"), d("2026-01-10"),
         OccurrenceState::done_on_time},
        {"done the day after the window → late", nov, true, d("2025-12-01"), d("2026-01-10"), OccurrenceState::done_late},
        {"done late, on the as-of day itself → late", nov, true, d("2026-01-10"), d("2026-01-10"), OccurrenceState::done_late},
        {"not done, window over → overdue", nov, false, std::nullopt, d("2026-01-10"), OccurrenceState::overdue},
        {"window ends on the as-of day and not done → overdue (due on its last day)", nov, false, std::nullopt,
         d("2025-11-30"), OccurrenceState::overdue},
        {"window ends on the as-of day and done → on time", nov, true, d("2025-11-29"), d("2025-11-30"),
         OccurrenceState::done_on_time},
        {"a date but no evidence → not done → overdue", nov, false, d("2025-11-15"), d("2026-01-10"),
         OccurrenceState::overdue},
        {"evidence but no completion date → overdue", nov, true, std::nullopt, d("2026-01-10"), OccurrenceState::overdue},
        {"window ends after as_of → due later", nov, false, std::nullopt, d("2025-11-29"), OccurrenceState::due_later},
        {"done early, window not yet due → due later (counts once due)", nov, true, d("2025-11-02"), d("2025-11-29"),
         OccurrenceState::due_later},
        {"done before the window even started, window not due → due later", nov, true, d("2025-10-01"),
         d("2025-10-15"), OccurrenceState::due_later},
        {"done after as_of does not count → overdue", nov, true, d("2026-02-01"), d("2026-01-10"),
         OccurrenceState::overdue},
        {"done after as_of, window not due → due later", nov, true, d("2025-12-01"), d("2025-11-20"),
         OccurrenceState::due_later},
    };
    for (const auto& c : cases)
        EXPECT_EQ(domain::to_string(domain::occurrence_state(c.window, c.done_with_evidence, c.completed_on, c.as_of)),
                  domain::to_string(c.expected))
            << c.what;
    EXPECT_EQ(domain::to_string(OccurrenceState::done_on_time), "done_on_time");
    EXPECT_EQ(domain::to_string(OccurrenceState::done_late), "done_late");
    EXPECT_EQ(domain::to_string(OccurrenceState::overdue), "overdue");
    EXPECT_EQ(domain::to_string(OccurrenceState::due_later), "due_later");
}

OrganizationCompliance row(const std::string& id, const std::string& name, const std::string& type, int due, int done) {
    OrganizationCompliance o;
    o.organization_id = domain::OrganizationId{id};
    o.name = name;
    o.type = type;
    o.counts.due = due;
    o.counts.done = done;
    o.counts.done_on_time = done;
    return o;
}

std::vector<std::string> ids(const std::vector<OrganizationCompliance>& rows) {
    std::vector<std::string> out;
    for (auto& r : rows) out.push_back(r.organization_id.str());
    return out;
}

TEST(ComplianceRules, FilterByTypeAndThresholdAndSort) {
    // a: 62.5% (3 overdue), b: 100%, c: nothing due, d: 50% (1 overdue), e: 0% (2 overdue), f: 75% (1 overdue)
    const std::vector<OrganizationCompliance> all = {
        row("a", "Школа А", "school", 8, 5),          row("b", "Детский сад Б", "kindergarten", 2, 2),
        row("c", "Колледж В", "college", 0, 0),       row("d", "Школа Г", "school", 2, 1),
        row("e", "Детский сад Д", "kindergarten", 2, 0), row("f", "Гимназия Е", "school", 4, 3),
    };
    struct Case {
        const char* what;
        ComplianceFilter filter;
        std::vector<std::string> expected;
    };
    auto filter = [](std::optional<std::string> type, std::optional<double> below, std::string sort) {
        ComplianceFilter f;
        f.type = std::move(type);
        f.below_pct = below;
        f.sort = std::move(sort);
        return f;
    };
    const std::vector<Case> cases = {
        {"no filter: by name (byte order of UTF-8)", filter(std::nullopt, std::nullopt, "name"),
         {"f", "b", "e", "c", "a", "d"}},
        {"type school, by name", filter("school", std::nullopt, "name"), {"f", "a", "d"}},
        {"type with no rows", filter("methodical_center", std::nullopt, "name"), {}},
        {"below 70: under the threshold only; nothing due is kept out", filter(std::nullopt, 70.0, "name"),
         {"e", "a", "d"}},
        {"below 100: 100% itself is not below", filter(std::nullopt, 100.0, "name"), {"f", "e", "a", "d"}},
        {"below 0: nothing", filter(std::nullopt, 0.0, "name"), {}},
        {"below 62.5: 62.5 is not below itself", filter(std::nullopt, 62.5, "name"), {"e", "d"}},
        {"by compliance: lowest first, nothing due last", filter(std::nullopt, std::nullopt, "compliance"),
         {"e", "d", "a", "f", "b", "c"}},
        {"by overdue: most first, ties by name", filter(std::nullopt, std::nullopt, "overdue"),
         {"a", "e", "f", "d", "b", "c"}},
        {"type kindergarten below 100 by compliance", filter("kindergarten", 100.0, "compliance"), {"e"}},
        {"type school by overdue", filter("school", std::nullopt, "overdue"), {"a", "f", "d"}},
    };
    for (const auto& c : cases) {
        auto rows = all;
        domain::apply_filter(rows, c.filter);
        EXPECT_EQ(ids(rows), c.expected) << c.what;
    }
}

TEST(ComplianceRules, SortTiesOnEqualNamesFallBackToId) {
    std::vector<OrganizationCompliance> rows = {row("z", "Школа", "school", 1, 1), row("m", "Школа", "school", 1, 1)};
    ComplianceFilter f;
    domain::apply_filter(rows, f);
    EXPECT_EQ(ids(rows), (std::vector<std::string>{"m", "z"}));
}

TEST(ComplianceRules, DocumentsChecklistCountsWhatIsPresent) {
    domain::DocumentsChecklist c;
    EXPECT_EQ(c.present(), 0) << "not reported is not present";
    c.order = true;
    c.regulation = true;
    c.program = false;
    c.site_page = true;
    EXPECT_EQ(c.present(), 3);
    c.approved_roadmap = true;
    c.curator_appointed = true;
    EXPECT_EQ(c.present(), 5);
    EXPECT_EQ(domain::DocumentsChecklist::required, 6);
}

}  // namespace
