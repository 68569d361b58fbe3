// The access rules every route asks (domain/access.cpp), decided without a server: for each
// role, its own district, another district of its region and a district of another region,
// reading and writing; organisations for curators and school systems' keys by scope; who sees
// personal data. Another tenant's object is not_found (it looks missing), a visible one that
// may not be changed is forbidden. The same rules over HTTP: tests/api/access_matrix_test.cpp.
#include <gtest/gtest.h>

#include <ostream>

#include "domain/access.hpp"
#include "domain/errors.hpp"

namespace {

using namespace domain;

const RegionId kOwnRegion{"r-own"}, kFarRegion{"r-far"};
const DistrictRef kOwn{DistrictId{"d-own"}, kOwnRegion};
const DistrictRef kNeighbour{DistrictId{"d-neighbour"}, kOwnRegion};  // another district of the same region
const DistrictRef kFar{DistrictId{"d-far"}, kFarRegion};              // a district of another region
const OrganizationId kSchool{"o-school"}, kOtherSchool{"o-other"};

Actor actor(Role role, std::vector<std::string> scopes = {}) {
    Actor a;
    a.role = role;
    a.region_id = kOwnRegion;
    if (role != Role::system_admin && role != Role::region_analyst) a.district_id = kOwn.id;
    if (role == Role::org_curator || role == Role::org_system) a.organization_id = kSchool;
    if (role == Role::org_system) a.kind = Actor::Kind::api_key;
    a.scopes = std::move(scopes);
    return a;
}

enum class Answer { ok, hidden, refused };

template <class F>
Answer answer(F&& f) {
    try {
        f();
        return Answer::ok;
    } catch (const Error& e) {
        if (e.kind() == ErrorKind::not_found) return Answer::hidden;
        if (e.kind() == ErrorKind::forbidden) return Answer::refused;
        throw;
    }
}

// How a failure names an answer.
void PrintTo(Answer a, std::ostream* os) { *os << (a == Answer::ok ? "ok" : a == Answer::hidden ? "hidden (404)" : "refused (403)"); }

struct DistrictRow {
    Role role;
    Answer own_read, own_write, neighbour_read, far_read;
};

TEST(AccessRules, EachRoleSeesAndChangesTheDistrictsItShould) {
    const std::vector<DistrictRow> rows = {
        {Role::system_admin, Answer::ok, Answer::ok, Answer::ok, Answer::ok},
        {Role::region_analyst, Answer::ok, Answer::refused, Answer::ok, Answer::hidden},
        {Role::district_coordinator, Answer::ok, Answer::ok, Answer::hidden, Answer::hidden},
        {Role::district_viewer, Answer::ok, Answer::refused, Answer::hidden, Answer::hidden},
        {Role::org_curator, Answer::ok, Answer::refused, Answer::hidden, Answer::hidden},
        {Role::org_system, Answer::ok, Answer::refused, Answer::hidden, Answer::hidden},
    };
    for (const auto& row : rows) {
        auto a = actor(row.role, {"read", "write"});
        std::string who(to_string(row.role));
        EXPECT_EQ(answer([&] { check_district(a, kOwn, Need::read); }), row.own_read) << who << " reads its district";
        EXPECT_EQ(answer([&] { check_district(a, kOwn, Need::write); }), row.own_write) << who << " writes its district";
        EXPECT_EQ(answer([&] { check_district(a, kNeighbour, Need::read); }), row.neighbour_read) << who << " reads a neighbour";
        EXPECT_EQ(answer([&] { check_district(a, kNeighbour, Need::write); }),
                  row.neighbour_read == Answer::hidden ? Answer::hidden : row.own_write)
            << who << " writes a neighbour";
        EXPECT_EQ(answer([&] { check_district(a, kFar, Need::read); }), row.far_read) << who << " reads another region";
    }
}

TEST(AccessRules, CuratorsAndKeysReachTheirOwnOrganisationOnlyAndKeysByScope) {
    for (Role role : {Role::org_curator, Role::org_system}) {
        auto a = actor(role, {"read", "write"});
        std::string who(to_string(role));
        EXPECT_EQ(answer([&] { check_organization(a, kOwn, kSchool, Need::write); }), Answer::ok) << who;
        EXPECT_EQ(answer([&] { check_organization(a, kOwn, kOtherSchool, Need::read); }), Answer::hidden) << who;
        EXPECT_EQ(answer([&] { check_organization(a, kNeighbour, kSchool, Need::read); }), Answer::hidden) << who;
    }
    auto reader = actor(Role::org_system, {"read"});
    EXPECT_EQ(answer([&] { check_organization(reader, kOwn, kSchool, Need::read); }), Answer::ok);
    EXPECT_EQ(answer([&] { check_organization(reader, kOwn, kSchool, Need::write); }), Answer::refused);
    auto writer = actor(Role::org_system, {"write"});
    EXPECT_EQ(answer([&] { check_organization(writer, kOwn, kSchool, Need::read); }), Answer::ok) << "write implies read";
    auto no_scope = actor(Role::org_system, {});
    EXPECT_EQ(answer([&] { check_organization(no_scope, kOwn, kSchool, Need::read); }), Answer::refused);
    // Everyone else reaches an organisation as they reach its district.
    auto coordinator = actor(Role::district_coordinator);
    EXPECT_EQ(answer([&] { check_organization(coordinator, kOwn, kOtherSchool, Need::write); }), Answer::ok);
    EXPECT_EQ(answer([&] { check_organization(coordinator, kFar, kOtherSchool, Need::read); }), Answer::hidden);
}

TEST(AccessRules, OnlyCoordinatorsAndAdministratorsManageADistrictsPeopleAndKeys) {
    EXPECT_EQ(answer([&] { check_district_admin(actor(Role::system_admin), kFar); }), Answer::ok);
    EXPECT_EQ(answer([&] { check_district_admin(actor(Role::district_coordinator), kOwn); }), Answer::ok);
    EXPECT_EQ(answer([&] { check_district_admin(actor(Role::district_coordinator), kNeighbour); }), Answer::hidden);
    for (Role role : {Role::district_viewer, Role::org_curator, Role::region_analyst})
        EXPECT_EQ(answer([&] { check_district_admin(actor(role), kOwn); }), Answer::refused) << to_string(role);
    EXPECT_EQ(answer([&] { check_region(actor(Role::region_analyst), kOwnRegion, Need::read); }), Answer::ok);
    EXPECT_EQ(answer([&] { check_region(actor(Role::region_analyst), kOwnRegion, Need::write); }), Answer::refused);
    EXPECT_EQ(answer([&] { check_region(actor(Role::region_analyst), kFarRegion, Need::read); }), Answer::hidden);
    EXPECT_EQ(answer([&] { check_region(actor(Role::district_coordinator), kOwnRegion, Need::read); }), Answer::hidden);
    EXPECT_EQ(answer([&] { check_system_admin(actor(Role::district_coordinator)); }), Answer::refused);
}

TEST(AccessRules, PersonalDataIsTheDistrictsAndTheOrganisationsOwnOnly) {
    EXPECT_TRUE(may_see_personal_data(actor(Role::district_coordinator), kOwn, kSchool));
    EXPECT_FALSE(may_see_personal_data(actor(Role::district_coordinator), kNeighbour, kSchool));
    EXPECT_TRUE(may_see_personal_data(actor(Role::org_curator), kOwn, kSchool));
    EXPECT_FALSE(may_see_personal_data(actor(Role::org_curator), kOwn, kOtherSchool));
    EXPECT_FALSE(may_see_personal_data(actor(Role::org_curator), kOwn, std::nullopt));
    EXPECT_TRUE(may_see_personal_data(actor(Role::org_system, {"read"}), kOwn, kSchool));
    for (Role role : {Role::system_admin, Role::region_analyst, Role::district_viewer})
        EXPECT_FALSE(may_see_personal_data(actor(role), kOwn, kSchool)) << to_string(role);
}

}  // namespace
