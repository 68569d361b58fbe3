// The open occurrences kept on write (compliance_open_occurrences, V0014) against the walk
// they replace: after each kind of write that moves an occurrence in or out (progress done,
// undone, cancelled, evidence added or removed; a new revision approved over the old one; an
// organisation closed and reopened; an item made unscheduled; a roadmap deleted), the oldest
// overdue list read from them (persistence/sql/compliance/compliance_overdue_today.sql) is
// the one the former statement computes from the roadmaps and occurrences themselves, on the
// same rows, for several limits (ties included) and both owners.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <string>
#include <vector>

#include "persistence/database.hpp"
#include "persistence/pg.hpp"
#include "tests/db/db_support.hpp"
#include "tests/db/in_flight.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/world_db.hpp"

namespace {

namespace pg = persistence::pg;
using testsupport::app_database;

// The statement before V0014 (a sorted walk over the district's due occurrences, filtered
// through its approved, current roadmaps of active owners), word for word.
const pg::Statement kWalk{"nsk_test_overdue_today_walk", R"SQL(
  WITH rm AS MATERIALIZED (
    SELECT r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL
      AND CASE WHEN $3::boolean THEN r.organization_id IS NULL ELSE r.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id AND org.status = 'active') END),
  cand AS (
    SELECT o.* FROM item_occurrences o
    WHERE o.district_id = $1::uuid AND o.due_on <= $2::date AND o.status <> 'cancelled'
      AND NOT (o.status = 'done' AND o.has_evidence) AND o.roadmap_id IN (SELECT id FROM rm)
    ORDER BY o.due_on FETCH FIRST ($4::int) ROWS WITH TIES)
  SELECT rm.organization_id::text, rm.id::text AS roadmap_id, i.id::text AS item_id, i.number, i.title, i.deadline_text, i.responsible,
         o.starts_on::text, o.due_on::text, o.status, o.completed_on::text, o.has_evidence,
         NULL::text AS evidence_title, NULL::text AS evidence_number, NULL::text AS evidence_url
  FROM cand o JOIN rm ON rm.id = o.roadmap_id
  JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
  ORDER BY o.due_on, rm.organization_id NULLS FIRST, i.position, o.seq
  LIMIT $4::int)SQL"};

// A district with two schools and a kindergarten; its own roadmap and one per organisation,
// written as the application writes them (its role, the district's scope, the triggers on).
class OpenOccurrences : public ::testing::Test {
protected:
    std::string d = testsupport::rows::district();
    std::string school = testsupport::rows::organization(d, "Школа 1");
    std::string kindergarten = testsupport::rows::organization(d, "Детский сад", "kindergarten");
    std::string other = testsupport::rows::organization(d, "Школа 2");

    void run(const std::string& text) {
        app_database().in_tenant(d, [&](soci::session& sql) { pg::exec_simple(sql, text); });
    }

    std::string one(const std::string& query) {
        std::string v;
        app_database().in_tenant(d, [&](soci::session& sql) { sql << query, soci::into(v); });
        return v;
    }

    // A draft roadmap of `owner` ("" for the district's own): five scheduled items, each due
    // once in the past (items 1 and 4, 2 and 5 due the same day, across owners too) and once
    // later (item 5 twice in one window, seq 0 and 1), and one unscheduled item. Its id.
    std::string roadmap(const std::string& owner, const std::string& previous = "") {
        std::string org = owner.empty() ? "NULL" : "'" + owner + "'::uuid";
        std::string prev = previous.empty() ? "NULL" : "'" + previous + "'::uuid";
        std::string id = one("select gen_random_uuid()::text");
        run("insert into roadmaps (district_id, id, organization_id, title, period_start, period_end, previous_id) values ('" + d +
            "', '" + id + "', " + org + ", 'План', current_date - 365, current_date + 365, " + prev + ");"
            "insert into roadmap_sections (district_id, roadmap_id, position) values ('" + d + "', '" + id + "', 1);"
            "insert into roadmap_items (district_id, roadmap_id, section_id, position, number, title, schedule_kind)"
            " select '" + d + "', '" + id + "', s.id, k, k::text, 'Мероприятие ' || k,"
            "        case when k = 6 then 'unscheduled' else 'window' end"
            " from roadmap_sections s, generate_series(1, 6) k where s.district_id = '" + d + "' and s.roadmap_id = '" + id + "';"
            "insert into item_occurrences (district_id, roadmap_id, item_id, starts_on, due_on, seq)"
            " select i.district_id, i.roadmap_id, i.id, w.starts_on, w.due_on, w.seq from roadmap_items i"
            " cross join lateral (values (current_date - 60, current_date - 1 - 10 * (i.position % 3), 0),"
            "                            (current_date, current_date + 10 * i.position, 0),"
            "                            (current_date - 40, current_date - 31, 1)) w(starts_on, due_on, seq)"
            " where i.district_id = '" + d + "' and i.roadmap_id = '" + id + "' and i.schedule_kind <> 'unscheduled'"
            "   and (w.seq = 0 or i.position = 5);");
        return id;
    }

    void approve(const std::string& id) {
        run("update roadmaps set status = 'approved', approved_at = now() where district_id = '" + d + "' and id = '" + id + "'");
    }

    // Sets the state of the occurrences of item `position` of roadmap `id` due by today, as a
    // progress record does (occurrence_state_update.sql).
    void progress(const std::string& id, int position, const std::string& status, const std::string& completed,
                  bool evidence) {
        run("update item_occurrences o set status = '" + status + "', completed_on = " + completed +
            ", has_evidence = " + (evidence ? "true" : "false") + " from roadmap_items i"
            " where o.district_id = '" + d + "' and o.roadmap_id = '" + id + "' and o.due_on <= current_date"
            " and i.district_id = o.district_id and i.id = o.item_id and i.position = " + std::to_string(position));
    }

    // The former statement and the new one agree for both owners and several limits.
    void expect_same_as_the_walk() {
        for (const char* own : {"true", "false"})
            for (int limit : {1, 2, 3, 5, 8, 1000}) {
                std::vector<std::string> walk, kept;
                app_database().in_tenant(d, [&](soci::session& sql) {
                    std::vector<pg::Param> params{d, one_today(sql), std::string(own), std::to_string(limit)};
                    walk = testsupport::rows_of(pg::exec(sql, kWalk, params), 15);
                    kept = testsupport::rows_of(pg::exec(sql, testsupport::embedded_statement("nsk_compliance_overdue_today"), params), 15);
                });
                EXPECT_EQ(kept, walk) << "own " << own << ", limit " << limit;
            }
    }

    // How many rows the district keeps.
    int kept_rows() { return std::stoi(one("select count(*)::text from compliance_open_occurrences")); }

private:
    static std::string one_today(soci::session& sql) {
        std::string t;
        sql << "select current_date::text", soci::into(t);
        return t;
    }
};

TEST_F(OpenOccurrences, FollowProgressRecords) {
    std::string own = roadmap(""), s = roadmap(school), k = roadmap(kindergarten);
    EXPECT_EQ(kept_rows(), 0) << "drafts do not count";
    for (const auto& id : {own, s, k}) approve(id);
    EXPECT_EQ(kept_rows(), 3 * 11) << "every occurrence of the three approved roadmaps is open";
    expect_same_as_the_walk();

    progress(s, 1, "done", "current_date - 2", true);  // done with evidence: out
    expect_same_as_the_walk();
    progress(s, 2, "done", "current_date", false);  // done without evidence: still overdue
    expect_same_as_the_walk();
    progress(s, 3, "cancelled", "NULL", false);  // cancelled: out
    progress(own, 4, "in_progress", "NULL", false);
    expect_same_as_the_walk();
    progress(s, 1, "in_progress", "NULL", false);  // undone: back in
    progress(s, 3, "planned", "NULL", false);     // no longer cancelled: back in
    expect_same_as_the_walk();
    progress(k, 5, "done", "current_date - 1", true);
    progress(k, 5, "done", "current_date - 1", false);  // its evidence taken away: back in
    progress(k, 2, "done", "current_date - 3", true);   // evidence added
    expect_same_as_the_walk();
    EXPECT_EQ(kept_rows(), 3 * 11 - 1) << "only the kindergarten's item 2 (due once by today) is done with evidence";
}

TEST_F(OpenOccurrences, FollowApprovalsClosingsAndDeletions) {
    std::string own = roadmap(""), s = roadmap(school), k = roadmap(kindergarten), o = roadmap(other);
    for (const auto& id : {own, s, k, o}) approve(id);
    progress(s, 1, "done", "current_date - 2", true);
    expect_same_as_the_walk();

    // A new revision of the school's roadmap approved over the old one (every window open again).
    std::string s2 = roadmap(school, s);
    expect_same_as_the_walk();
    approve(s2);
    run("update roadmaps set superseded_by = '" + s2 + "' where district_id = '" + d + "' and id = '" + s + "'");
    expect_same_as_the_walk();
    progress(s2, 4, "done", "current_date", true);
    progress(s, 5, "done", "current_date", true);  // the replaced version no longer counts
    expect_same_as_the_walk();

    // The kindergarten closed, then reopened.
    run("update organizations set status = 'closed' where district_id = '" + d + "' and id = '" + kindergarten + "'");
    expect_same_as_the_walk();
    progress(k, 1, "done", "current_date", true);  // written while closed
    run("update organizations set status = 'active' where district_id = '" + d + "' and id = '" + kindergarten + "'");
    expect_same_as_the_walk();

    // An item made unscheduled (its windows go with its schedule), and a new window added.
    run("update roadmap_items set schedule_kind = 'unscheduled' where district_id = '" + d + "' and roadmap_id = '" + o +
        "' and position = 2; delete from item_occurrences o using roadmap_items i where o.district_id = '" + d +
        "' and i.district_id = o.district_id and i.id = o.item_id and i.roadmap_id = '" + o + "' and i.position = 2");
    run("insert into item_occurrences (district_id, roadmap_id, item_id, starts_on, due_on, seq)"
        " select district_id, roadmap_id, id, current_date - 100, current_date - 90, 0 from roadmap_items"
        " where district_id = '" + d + "' and roadmap_id = '" + o + "' and position = 3");
    expect_same_as_the_walk();

    // A roadmap deleted: its rows go with it.
    int before = kept_rows();
    run("delete from roadmaps where district_id = '" + d + "' and id = '" + o + "'");
    EXPECT_EQ(kept_rows(), before - 11 + 2 - 1) << "its 11 open windows less item 2's two, plus the one added";
    expect_same_as_the_walk();

    // Rebuilt from scratch (the migration, the generator, rebuild-history), the rows are the same.
    std::string kept = one("select string_agg(x::text, ',' order by occurrence_id) from compliance_open_occurrences x");
    run("select compliance_open_rebuild('" + d + "')");
    EXPECT_EQ(one("select string_agg(x::text, ',' order by occurrence_id) from compliance_open_occurrences x"), kept);
}

// A progress record in flight (under its roadmap's share lock, as the roadmap repository
// records it) when the organisation is closed: the closing waits for it, and nothing of the
// closed organisation is left.
TEST_F(OpenOccurrences, AnOrganisationClosedWhileProgressIsRecordedLeavesNothingBehind) {
    std::string s = roadmap(school);
    approve(s);
    testsupport::while_in_flight(d,
        "select 1 from roadmaps where district_id = '" + d + "' and id = '" + s + "' for share;"
        "update item_occurrences set status = 'in_progress' where district_id = '" + d + "' and roadmap_id = '" + s + "'"
        " and due_on <= current_date",
        [&] { run("update organizations set status = 'closed' where district_id = '" + d + "' and id = '" + school + "'"); });
    EXPECT_EQ(kept_rows(), 0);
    expect_same_as_the_walk();
}

TEST_F(OpenOccurrences, AreSeenAndWrittenOnlyInTheirOwnDistrict) {
    approve(roadmap(school));
    ASSERT_GT(kept_rows(), 0);
    std::string elsewhere = testsupport::rows::district();
    int seen = -1;
    app_database().in_tenant(elsewhere, [&](soci::session& sql) {
        sql << "select count(*) from compliance_open_occurrences", soci::into(seen);
    });
    EXPECT_EQ(seen, 0);
    EXPECT_THROW(app_database().in_tenant(elsewhere, [&](soci::session& sql) {
        pg::exec_simple(sql, "insert into compliance_open_occurrences (district_id, occurrence_id, district_own, due_on, roadmap_id,"
                             " item_id, starts_on, seq, status, has_evidence) values ('" + d + "', gen_random_uuid(), true,"
                             " current_date, gen_random_uuid(), gen_random_uuid(), current_date, 0, 'planned', false)");
    }), std::exception);
}

}  // namespace
