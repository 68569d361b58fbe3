// Which occurrence a progress record lands on (domain::progress_target): the rule the database
// repository and the service tests' fake both follow.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "domain/roadmap.hpp"

namespace {

using domain::Date;
using domain::ProgressStatus;

domain::RoadmapItem item(domain::ScheduleKind kind, std::vector<std::pair<Date, ProgressStatus>> windows) {
    domain::RoadmapItem i;
    i.schedule.kind = kind;
    for (auto& [start, status] : windows) {
        domain::Occurrence o;
        o.window = {start, start};
        o.status = status;
        i.occurrences.push_back(o);
    }
    return i;
}

std::vector<std::string> fields_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const domain::Error& e) {
        std::vector<std::string> out;
        for (auto& fe : e.fields()) out.push_back(fe.pointer);
        return out;
    }
    return {};
}

TEST(ProgressTarget, NamedWindowTheFirstStillOpenOfSeveralThatDay) {
    Date d{2026, 3, 1}, e{2026, 6, 1};
    auto it = item(domain::ScheduleKind::count_per_year,
                   {{d, ProgressStatus::done}, {d, ProgressStatus::planned}, {d, ProgressStatus::planned}, {e, ProgressStatus::planned}});
    domain::ProgressInput in;
    in.occurrence = d;
    EXPECT_EQ(domain::progress_target(it, in).existing, 1u);
    in.occurrence = e;
    EXPECT_EQ(domain::progress_target(it, in).existing, 3u);
    in.occurrence = Date{2026, 4, 1};
    EXPECT_EQ(fields_of([&] { domain::progress_target(it, in); }), std::vector<std::string>{"/occurrence"});
}

TEST(ProgressTarget, TheOnlyWindowOrANameForOneOfSeveral) {
    domain::ProgressInput in;
    auto one = item(domain::ScheduleKind::window, {{Date{2026, 3, 1}, ProgressStatus::planned}});
    EXPECT_EQ(domain::progress_target(one, in).existing, 0u);
    auto two = item(domain::ScheduleKind::recurring, {{Date{2026, 3, 1}, ProgressStatus::planned}, {Date{2026, 6, 1}, ProgressStatus::planned}});
    EXPECT_EQ(fields_of([&] { domain::progress_target(two, in); }), std::vector<std::string>{"/occurrence"});
}

TEST(ProgressTarget, AnUnscheduledItemsDayIsFoundOrMade) {
    Date d{2026, 3, 1};
    auto it = item(domain::ScheduleKind::unscheduled, {{d, ProgressStatus::done}});
    domain::ProgressInput in;
    EXPECT_EQ(fields_of([&] { domain::progress_target(it, in); }), std::vector<std::string>{"/completed_on"});
    in.completed_on = d;
    auto same = domain::progress_target(it, in);
    EXPECT_EQ(same.existing, 0u);
    EXPECT_FALSE(same.new_on);
    in.completed_on = Date{2026, 3, 2};
    auto fresh = domain::progress_target(it, in);
    EXPECT_FALSE(fresh.existing);
    EXPECT_EQ(fresh.new_on, in.completed_on);
}

}  // namespace
