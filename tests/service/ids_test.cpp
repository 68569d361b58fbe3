// The id types (domain/ids.hpp): one kind of id cannot stand for another, nor a bare string
// for any; ids compare and hash by their text.
#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <unordered_set>

#include "domain/ids.hpp"

using namespace domain;

static_assert(!std::is_convertible_v<DistrictId, OrganizationId>, "a district's id is not an organisation's");
static_assert(!std::is_convertible_v<OrganizationId, DistrictId>, "an organisation's id is not a district's");
static_assert(!std::is_convertible_v<RoadmapId, ItemId>, "a roadmap's id is not an item's");
static_assert(!std::is_convertible_v<std::string, DistrictId>, "a bare string is made an id on purpose only");
static_assert(!std::is_convertible_v<const char*, PersonId>, "a literal is made an id on purpose only");
static_assert(!std::is_convertible_v<CampaignId, std::string>, "an id gives its text through str() only");
static_assert(std::is_constructible_v<DistrictId, std::string>);

TEST(Ids, CompareAndHashByTheirText) {
    const DistrictId a{"0b7c6f1e-0000-4000-8000-000000000001"}, b{"0b7c6f1e-0000-4000-8000-000000000001"},
        c{"0b7c6f1e-0000-4000-8000-000000000002"};
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    EXPECT_LT(a, c);
    EXPECT_EQ(a.str(), "0b7c6f1e-0000-4000-8000-000000000001");
    std::unordered_set<DistrictId> set{a, b, c};
    EXPECT_EQ(set.size(), 2U);
    EXPECT_TRUE(DistrictId{}.empty());
    EXPECT_FALSE(a.empty());
}
