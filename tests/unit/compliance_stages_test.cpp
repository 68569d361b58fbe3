// Occurrences by stage (domain/compliance_stages.hpp).
#include <gtest/gtest.h>

#include "domain/compliance_stages.hpp"

using namespace domain;

TEST(ComplianceStages, EachOccurrenceCountsUnderItsItemsStage) {
    auto occ = [](std::string item, OccurrenceState s) {
        OccurrenceDetail d;
        d.roadmap_id = RoadmapId{"r"};
        d.item_id = ItemId{std::move(item)};
        d.state = s;
        return d;
    };
    std::vector<OccurrenceDetail> v = {occ("a", OccurrenceState::done_on_time), occ("a", OccurrenceState::done_late),
                                       occ("b", OccurrenceState::overdue), occ("c", OccurrenceState::due_later),
                                       occ("x", OccurrenceState::overdue)};
    auto m = counts_by_stage(v, [](const RoadmapId& roadmap, const ItemId& item) -> std::optional<int> {
        EXPECT_EQ(roadmap.str(), "r");
        if (item.str() == "a" || item.str() == "b") return 2;
        if (item.str() == "c") return 7;
        return std::nullopt;
    });
    ASSERT_EQ(m.size(), 3u);
    EXPECT_EQ(m["2"].due, 3);
    EXPECT_EQ(m["2"].done, 2);
    EXPECT_EQ(m["2"].done_on_time, 1);
    EXPECT_EQ(m["2"].overdue(), 1);
    EXPECT_EQ(m["7"].due, 0);
    EXPECT_EQ(m["7"].due_later, 1);
    EXPECT_EQ(m["none"].overdue(), 1);
    EXPECT_TRUE(counts_by_stage({}, [](auto&, auto&) { return std::optional<int>(1); }).empty());
}
