#include <gtest/gtest.h>

#include <soci/postgresql/soci-postgresql.h>

#include "persistence/connection_string.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/world_db.hpp"

namespace {

// Sessions as the application role, exactly as the server connects.
std::unique_ptr<soci::session> app_session() {
    auto info = persistence::parse_database_url(testsupport::test_database().owner_url);
    return std::make_unique<soci::session>(soci::postgresql, persistence::to_soci_connect_string(info, "nastavnik_app"));
}

// Districts A and B of one region; a school in each (tests/support/world_db.hpp).
struct Fixture {
    std::string region = testsupport::rows::region("R");
    std::string district_a = testsupport::rows::district(region, "A"), district_b = testsupport::rows::district(region, "B");
    std::string org_a = testsupport::rows::organization(district_a, "A school"),
                org_b = testsupport::rows::organization(district_b, "B school");
};

int count_orgs(soci::session& s) {
    int n = -1;
    s << "select count(*) from organizations", soci::into(n);
    return n;
}

TEST(RowLevelSecurity, TheApplicationRoleIsNeitherSuperuserNorOwnerNorBypassing) {
    auto s = app_session();
    std::string user;
    int super = 1, bypass = 1;
    *s << "select current_user, rolsuper::int, rolbypassrls::int from pg_roles where rolname = current_user",
        soci::into(user), soci::into(super), soci::into(bypass);
    EXPECT_EQ(user, "nastavnik_app");
    EXPECT_EQ(super, 0);
    EXPECT_EQ(bypass, 0);
    std::string owner;
    *s << "select tableowner from pg_tables where tablename = 'organizations'", soci::into(owner);
    EXPECT_NE(owner, "nastavnik_app");
}

TEST(RowLevelSecurity, WithNoDistrictSetNothingIsVisible) {
    Fixture f;
    auto s = app_session();
    EXPECT_EQ(count_orgs(*s), 0);
}

TEST(RowLevelSecurity, DistrictACannotReadInsertUpdateOrDeleteDistrictB) {
    Fixture f;
    auto s = app_session();
    soci::transaction tx(*s);
    *s << "select set_config('app.district_id', :d, true)", soci::use(f.district_a);

    int visible_b = -1;
    *s << "select count(*) from organizations where district_id = cast(:d as uuid)", soci::use(f.district_b),
        soci::into(visible_b);
    EXPECT_EQ(visible_b, 0);
    EXPECT_EQ(count_orgs(*s), 1);

    soci::statement upd = (s->prepare << "update organizations set name = 'hacked' where id = cast(:o as uuid)",
                           soci::use(f.org_b));
    upd.execute(true);
    EXPECT_EQ(upd.get_affected_rows(), 0);
    soci::statement del = (s->prepare << "delete from organizations where id = cast(:o as uuid)", soci::use(f.org_b));
    del.execute(true);
    EXPECT_EQ(del.get_affected_rows(), 0);

    EXPECT_THROW((*s << "insert into organizations(district_id, name, type) values (cast(:d as uuid), 'x', 'school')",
                  soci::use(f.district_b)),
                 soci::soci_error);
    tx.rollback();

    auto admin = testsupport::admin_session();
    std::string name;
    *admin << "select name from organizations where id = cast(:o as uuid)", soci::use(f.org_b), soci::into(name);
    EXPECT_EQ(name, "B school");
}

TEST(RowLevelSecurity, TheDistrictSettingEndsWithTheTransaction) {
    Fixture f;
    auto s = app_session();
    {
        soci::transaction tx(*s);
        *s << "select set_config('app.district_id', :d, true)", soci::use(f.district_a);
        EXPECT_EQ(count_orgs(*s), 1);
        tx.commit();
    }
    EXPECT_EQ(count_orgs(*s), 0);
}

}  // namespace

namespace {

TEST(RowLevelSecurity, ARegionScopeReadsItsDistrictsOrganisationsAndAggregatesOnly) {
    Fixture f;  // districts A and B in one region
    const std::string other_region = testsupport::rows::region("R2");
    const std::string district_c = testsupport::rows::district(other_region, "C");
    testsupport::rows::organization(district_c, "C school");
    std::string region_ab;
    {
        auto admin = testsupport::admin_session();
        *admin << "select region_id::text from districts where id = cast(:d as uuid)", soci::use(f.district_a),
            soci::into(region_ab);
    }
    auto s = app_session();
    soci::transaction tx(*s);
    *s << "select set_config('app.region_id', :r, true)", soci::use(region_ab);
    int in_region = -1, in_c = -1, users = -1, roadmaps = -1;
    *s << "select count(*) from organizations where district_id in (cast(:a as uuid), cast(:b as uuid))",
        soci::use(f.district_a), soci::use(f.district_b), soci::into(in_region);
    *s << "select count(*) from organizations where district_id = cast(:c as uuid)", soci::use(district_c),
        soci::into(in_c);
    *s << "select count(*) from users", soci::into(users);
    *s << "select count(*) from roadmaps", soci::into(roadmaps);
    EXPECT_EQ(in_region, 2);
    EXPECT_EQ(in_c, 0);
    EXPECT_EQ(users, 0);     // people are never visible to a region scope
    EXPECT_EQ(roadmaps, 0);  // nor a district's own records
    soci::statement upd = (s->prepare << "update organizations set name = 'x' where district_id = cast(:a as uuid)",
                           soci::use(f.district_a));
    upd.execute(true);
    EXPECT_EQ(upd.get_affected_rows(), 0);
    tx.rollback();
}

// The compliance history (V0008): a district reads and writes its own changes only; a region
// scope and the system scope read them but can neither write nor take them away; a month's
// totals may be filled by any scope that reads them, and taken away only by the district.
TEST(RowLevelSecurity, TheComplianceHistoryIsWrittenOnlyInItsOwnDistrict) {
    Fixture f;
    std::string region;
    {
        auto admin = testsupport::admin_session();
        *admin << "select region_id::text from districts where id = cast(:d as uuid)", soci::use(f.district_a),
            soci::into(region);
        for (const auto& d : {f.district_a, f.district_b})
            *admin << "insert into compliance_day_deltas values (cast(:d as uuid), current_date, cast(:o as uuid), NULL,"
                      " 1, 1, 1, 0, 0, 0)",
                soci::use(d), soci::use(d);
    }
    auto s = app_session();
    auto count = [&](const std::string& table) {
        int n = -1;
        *s << "select count(*) from " + table + " where district_id in (cast(:a as uuid), cast(:b as uuid))",
            soci::use(f.district_a), soci::use(f.district_b), soci::into(n);
        return n;
    };
    auto affected = [&](const std::string& sql) {
        soci::statement st = (s->prepare << sql, soci::use(f.district_b));
        st.execute(true);
        return st.get_affected_rows();
    };
    const std::string insert_b = "insert into compliance_day_deltas select x, current_date - 1, x, NULL, 1, 1, 1, 0, 0, 0"
                                 " from (select cast(:b as uuid) as x) b";
    {  // district A
        soci::transaction tx(*s);
        *s << "select set_config('app.district_id', :d, true)", soci::use(f.district_a);
        EXPECT_EQ(count("compliance_day_deltas"), 1) << "its own only";
        EXPECT_EQ(affected("delete from compliance_day_deltas where district_id = cast(:b as uuid)"), 0);
        EXPECT_EQ(affected("update compliance_day_deltas set due = 9 where district_id = cast(:b as uuid)"), 0);
        tx.rollback();
    }
    for (std::string scope : {"region", "system"}) {
        soci::transaction tx(*s);
        if (scope == "region")
            *s << "select set_config('app.region_id', :r, true)", soci::use(region);
        else
            *s << "select set_config('app.system', 'on', true)";
        EXPECT_EQ(count("compliance_day_deltas"), 2) << scope << " reads both";
        EXPECT_EQ(affected("delete from compliance_day_deltas where district_id = cast(:b as uuid)"), 0) << scope;
        EXPECT_EQ(affected("update compliance_day_deltas set due = 9 where district_id = cast(:b as uuid)"), 0) << scope;
        EXPECT_EQ(affected("insert into compliance_month_totals select x, date_trunc('month', current_date)::date, x, NULL,"
                           " 1, 1, 1, 0, 0, 0 from (select cast(:b as uuid) as x) b"),
                  1)
            << scope << " fills a month's totals";
        EXPECT_EQ(affected("delete from compliance_month_totals where district_id = cast(:b as uuid)"), 0) << scope;
        tx.rollback();
    }
    for (std::string scope : {"district A", "region", "system"}) {
        soci::transaction tx(*s);
        if (scope == "region")
            *s << "select set_config('app.region_id', :r, true)", soci::use(region);
        else if (scope == "system")
            *s << "select set_config('app.system', 'on', true)";
        else
            *s << "select set_config('app.district_id', :d, true)", soci::use(f.district_a);
        soci::statement st = (s->prepare << insert_b, soci::use(f.district_b));
        EXPECT_THROW(st.execute(true), soci::soci_error) << scope << " writes no change of district B";
    }
    {  // district B itself
        soci::transaction tx(*s);
        *s << "select set_config('app.district_id', :d, true)", soci::use(f.district_b);
        EXPECT_EQ(affected(insert_b), 1);
        EXPECT_EQ(affected("delete from compliance_day_deltas where district_id = cast(:b as uuid)"), 2);
        tx.rollback();
    }
}

}  // namespace
