// Each district's roll-up kept on write (compliance_district_totals, V0016) against the same
// figures computed from the organisations and their summaries (what national_regions.sql
// summed before V0016): after each kind of write that moves it (a summary row inserted, changed,
// refreshed with the same counts, deleted; the district's own roadmap's row; an organisation
// added, closed, reopened, deleted), and when a summary write and a closing run at once.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <string>

#include "persistence/database.hpp"
#include "persistence/pg.hpp"
#include "tests/db/db_support.hpp"
#include "tests/db/in_flight.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/world_db.hpp"

namespace {

namespace pg = persistence::pg;
using testsupport::app_database;

// The district's figures as national_regions.sql computed them from compliance_summary.
constexpr const char* kComputed =
    "select concat_ws('|', count(*), count(s.owner_key),"
    " count(*) filter (where s.items_due > 0 and s.items_done = s.items_due),"
    " coalesce(sum(s.items_due), 0), coalesce(sum(s.items_done), 0), coalesce(sum(s.items_done_on_time), 0),"
    " coalesce(sum(s.items_due_later), 0), coalesce(sum(s.items_unscheduled), 0))"
    " from organizations o left join compliance_summary s on s.district_id = o.district_id and s.owner_key = o.id"
    " and s.has_approved_roadmap where o.district_id = app_district_id() and o.status = 'active'";
constexpr const char* kKept =
    "select coalesce((select concat_ws('|', organizations, with_roadmap, fully, due, done, done_on_time, due_later,"
    " unscheduled) from compliance_district_totals where district_id = app_district_id()), '0|0|0|0|0|0|0|0')";

class DistrictTotals : public ::testing::Test {
protected:
    std::string d = testsupport::rows::district();
    std::string a = testsupport::rows::organization(d, "Школа 1");
    std::string b = testsupport::rows::organization(d, "Школа 2");

    void run(const std::string& text) {
        app_database().in_tenant(d, [&](soci::session& sql) { pg::exec_simple(sql, text); });
    }

    // A summary row as refresh_compliance (V0005) writes it.
    static std::string upsert_sql(const std::string& d, const std::string& owner, const std::string& org, int due, int done,
                                  bool approved = true) {
        return "insert into compliance_summary (district_id, owner_key, organization_id, as_of, valid_until, items_due,"
               " items_done, items_done_on_time, items_due_later, items_unscheduled, has_approved_roadmap) values ('" +
               d + "', '" + owner + "', " + (org.empty() ? "null" : "'" + org + "'") + ", current_date, current_date + 9, " +
               std::to_string(due) + ", " + std::to_string(done) + ", " + std::to_string(done / 2) + ", 3, 1, " +
               (approved ? "true" : "false") +
               ") on conflict (district_id, owner_key) do update set items_due = excluded.items_due,"
               " items_done = excluded.items_done, items_done_on_time = excluded.items_done_on_time,"
               " has_approved_roadmap = excluded.has_approved_roadmap, as_of = excluded.as_of";
    }
    void summary(const std::string& org, int due, int done, bool approved = true) { run(upsert_sql(d, org, org, due, done, approved)); }
    void status(const std::string& org, const std::string& s) {
        run("update organizations set status = '" + s + "' where district_id = '" + d + "' and id = '" + org + "'");
    }

    void expect_same_as_computed(const char* when) {
        std::string computed, kept;
        app_database().in_tenant(d, [&](soci::session& sql) {
            sql << kComputed, soci::into(computed);
            sql << kKept, soci::into(kept);
        });
        EXPECT_EQ(kept, computed) << when;
    }
};

TEST_F(DistrictTotals, FollowSummariesAndOrganisations) {
    expect_same_as_computed("two organisations, no summary");
    summary(a, 4, 2);
    summary(b, 3, 3);  // fully compliant
    expect_same_as_computed("two summaries");
    summary(a, 5, 5);
    expect_same_as_computed("a summary changed");
    run("update compliance_summary set as_of = current_date, updated_at = now() where district_id = '" + d + "'");
    expect_same_as_computed("refreshed with the same counts");
    run(upsert_sql(d, d, "", 7, 1));  // the district's own roadmap: no organisation's
    expect_same_as_computed("the district's own row");
    summary(b, 3, 3, false);  // no approved roadmap any more
    expect_same_as_computed("a roadmap no longer approved");

    status(a, "closed");
    expect_same_as_computed("an organisation closed");
    summary(a, 9, 1);  // written while closed
    expect_same_as_computed("a closed organisation's summary changed");
    status(a, "active");
    expect_same_as_computed("reopened");
    std::string c = testsupport::rows::organization(d, "Колледж", "college");
    summary(c, 2, 0);
    expect_same_as_computed("an organisation added");
    run("delete from compliance_summary where district_id = '" + d + "' and owner_key = '" + c + "'");
    expect_same_as_computed("a summary deleted");
    run("delete from organizations where district_id = '" + d + "' and id = '" + c + "'");
    expect_same_as_computed("an organisation deleted");

    // Rebuilt from scratch (the migration, the generator, rebuild-history), the row is the same.
    std::string kept, rebuilt;
    app_database().in_tenant(d, [&](soci::session& sql) { sql << kKept, soci::into(kept); });
    run("select compliance_totals_rebuild('" + d + "')");
    app_database().in_tenant(d, [&](soci::session& sql) { sql << kKept, soci::into(rebuilt); });
    EXPECT_EQ(rebuilt, kept);
}

// A summary written while its organisation is closed or reopened, in either order: the one that
// commits second sees the other, so the roll-up adds up.
TEST_F(DistrictTotals, ConcurrentSummariesAndClosingsAddUp) {
    summary(a, 4, 2);
    summary(b, 6, 1);
    // The summary first: the closing waits for its row, then takes away what it left.
    testsupport::while_in_flight(d, upsert_sql(d, a, a, 8, 8), [&] { status(a, "closed"); });
    expect_same_as_computed("summary, then closing");
    // The closing first: the summary's trigger waits for the organisation, then sees it closed.
    testsupport::while_in_flight(d, "update organizations set status = 'closed' where district_id = '" + d + "' and id = '" + b + "'",
                                 [&] { summary(b, 9, 9); });
    expect_same_as_computed("closing, then summary");
    // A first summary row while the organisation is reopened.
    std::string c = testsupport::rows::organization(d, "Детский сад", "kindergarten");
    status(c, "closed");
    testsupport::while_in_flight(d, "update organizations set status = 'active' where district_id = '" + d + "' and id = '" + c + "'",
                                 [&] { summary(c, 5, 4); });
    expect_same_as_computed("reopening, then a first summary");
}

TEST_F(DistrictTotals, AreSeenInTheirDistrictAndTheSystemScopeOnly) {
    summary(a, 4, 2);
    std::string elsewhere = testsupport::rows::district();
    int seen = -1;
    app_database().in_tenant(elsewhere, [&](soci::session& sql) {
        sql << "select count(*) from compliance_district_totals", soci::into(seen);
    });
    EXPECT_EQ(seen, 0);
    app_database().in_global([&](soci::session& sql) {
        sql << "select count(*) from compliance_district_totals where district_id = '" + d + "'", soci::into(seen);
    });
    EXPECT_EQ(seen, 1);
}

}  // namespace
