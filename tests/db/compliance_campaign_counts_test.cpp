// The campaigns' completeness kept on write (compliance_campaign_counts, V0015) against the
// statement that computes it from the reports (compliance_completeness.sql, still the one for
// a past day): after each kind of write that moves it (reports created, submitted, returned,
// submitted again, accepted, deleted; an organisation added to or removed from a campaign,
// closed, reopened, of another type; a campaign's due date moved, a campaign deleted), the
// answer as of today read from the counts is the one computed from the reports on the same rows.
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

// A district with two schools, a kindergarten and a college, and three campaigns: one reported
// and due in the past, one reported but due later, one not yet reported (not counted today).
class CampaignCounts : public ::testing::Test {
protected:
    std::string d = testsupport::rows::district();
    std::string a = testsupport::rows::organization(d, "Школа 1");
    std::string b = testsupport::rows::organization(d, "Школа 2");
    std::string k = testsupport::rows::organization(d, "Детский сад", "kindergarten");
    std::string c = testsupport::rows::organization(d, "Колледж", "college");
    std::string past = campaign(-10, -2), open = campaign(-1, 5), later = campaign(3, 8);

    void run(const std::string& text) {
        app_database().in_tenant(d, [&](soci::session& sql) { pg::exec_simple(sql, text); });
    }

    std::string campaign(int reported, int due) {
        std::string id;
        app_database().in_tenant(d, [&](soci::session& sql) {
            sql << "insert into monitoring_campaigns (district_id, title, reporting_date, due_date, lock_date, indicators)"
                   " values ('" + d + "', 'Мониторинг', current_date + " + std::to_string(reported) + ", current_date + " +
                       std::to_string(due) + ", current_date + 30, '[]') returning id::text",
                soci::into(id);
        });
        return id;
    }

    void expect(const std::string& campaign_id, const std::string& org) {
        run("insert into monitoring_campaign_organizations (district_id, campaign_id, organization_id) values ('" + d +
            "', '" + campaign_id + "', '" + org + "')");
    }

    // A report's row as the monitoring statements write it (persistence/sql/monitoring/).
    void report(const std::string& campaign_id, const std::string& org, const std::string& set) {
        run("update monitoring_reports set " + set + " where district_id = '" + d + "' and campaign_id = '" + campaign_id +
            "' and organization_id = '" + org + "'");
    }
    void draft(const std::string& campaign_id, const std::string& org) {
        run("insert into monitoring_reports (district_id, campaign_id, organization_id, status) values ('" + d + "', '" +
            campaign_id + "', '" + org + "', 'draft')");
    }
    void submit(const std::string& campaign_id, const std::string& org) {
        report(campaign_id, org, "status = 'submitted', submitted_at = now(), first_submitted_at = coalesce(first_submitted_at, now())");
    }

    void expect_same_as_from_the_reports() {
        std::vector<std::string> computed, kept;
        app_database().in_tenant(d, [&](soci::session& sql) {
            std::string today;
            sql << "select current_date::text", soci::into(today);
            computed = testsupport::rows_of(pg::exec(sql, testsupport::embedded_statement("nsk_compliance_completeness"), {d, today}), 7);
            kept = testsupport::rows_of(pg::exec(sql, testsupport::embedded_statement("nsk_compliance_completeness_today"), {d, today}), 7);
        });
        EXPECT_EQ(kept, computed);
    }
};

TEST_F(CampaignCounts, FollowReportsThroughTheirLife) {
    for (const auto& org : {a, b, k, c}) expect(past, org);
    for (const auto& org : {a, k}) expect(open, org);
    expect(later, a);
    expect_same_as_from_the_reports();

    draft(past, a);
    draft(open, a);
    draft(past, k);
    expect_same_as_from_the_reports();
    submit(past, a);  // late: the campaign was due two days ago
    submit(open, a);  // on time
    report(past, k, "status = 'submitted', submitted_at = now() - interval '5 days', first_submitted_at = now() - interval '5 days'");
    expect_same_as_from_the_reports();
    report(past, a, "status = 'returned', returned_at = now()");
    expect_same_as_from_the_reports();
    submit(past, a);  // again, after its return
    report(open, a, "status = 'accepted', accepted_at = now()");
    expect_same_as_from_the_reports();
    report(past, k, "status = 'returned', returned_at = now()");
    report(past, k, "status = 'draft', reopened = true");
    expect_same_as_from_the_reports();

    // A report deleted, then its organisation no longer expected; another one added.
    run("delete from monitoring_reports where district_id = '" + d + "' and campaign_id = '" + open + "' and organization_id = '" + a + "'");
    run("delete from monitoring_campaign_organizations where district_id = '" + d + "' and campaign_id = '" + open +
        "' and organization_id = '" + a + "'");
    expect(open, b);
    draft(open, b);
    submit(open, b);
    expect_same_as_from_the_reports();
}

TEST_F(CampaignCounts, FollowOrganisationsAndCampaigns) {
    for (const auto& org : {a, b, k, c}) {
        expect(past, org);
        expect(open, org);
        draft(past, org);
        draft(open, org);
    }
    submit(past, a);
    submit(open, a);
    submit(open, k);
    report(past, c, "status = 'submitted', submitted_at = now() - interval '3 days', first_submitted_at = now() - interval '3 days'");
    expect_same_as_from_the_reports();

    run("update organizations set status = 'closed' where district_id = '" + d + "' and id = '" + a + "'");
    expect_same_as_from_the_reports();
    submit(past, a);  // written while closed
    run("update organizations set status = 'active' where district_id = '" + d + "' and id = '" + a + "'");
    expect_same_as_from_the_reports();
    run("update organizations set type = 'college' where district_id = '" + d + "' and id = '" + k + "'");
    expect_same_as_from_the_reports();

    // The due dates moved: other reports are on time.
    run("update monitoring_campaigns set due_date = current_date - 4 where district_id = '" + d + "' and id = '" + past + "'");
    run("update monitoring_campaigns set due_date = current_date + 1, reporting_date = current_date - 30 where district_id = '" +
        d + "' and id = '" + later + "'");
    expect_same_as_from_the_reports();

    // A campaign deleted with its expected organisations (no report yet).
    expect(later, b);
    run("delete from monitoring_campaigns where district_id = '" + d + "' and id = '" + later + "'");
    expect_same_as_from_the_reports();
    int left = -1;
    app_database().in_tenant(d, [&](soci::session& sql) {
        sql << "select count(*) from compliance_campaign_counts where campaign_id = '" + later + "'", soci::into(left);
    });
    EXPECT_EQ(left, 0);

    // Rebuilt from scratch (the migration, the generator, rebuild-history), the rows are the same.
    std::string kept, rebuilt;
    // (a row moved to zero by a change of type stays, as zero; a rebuild writes none)
    auto rows = "select string_agg(x::text, ',' order by campaign_id, type) from compliance_campaign_counts x"
                " where (expected, submitted, on_time) <> (0, 0, 0)";
    app_database().in_tenant(d, [&](soci::session& sql) { sql << rows, soci::into(kept); });
    run("select compliance_counts_rebuild('" + d + "')");
    app_database().in_tenant(d, [&](soci::session& sql) { sql << rows, soci::into(rebuilt); });
    EXPECT_EQ(rebuilt, kept);
}

// A report submitted while its organisation is closed (or a campaign's due date moved):
// whichever commits second sees the other, so the counts add up.
TEST_F(CampaignCounts, ConcurrentSubmissionsClosingsAndDueDatesAddUp) {
    for (const auto& org : {a, b}) {
        expect(past, org);
        draft(past, org);
    }
    auto submit_sql = [&](const std::string& org) {
        return "update monitoring_reports set status = 'submitted', submitted_at = now() - interval '3 days',"
               " first_submitted_at = now() - interval '3 days' where district_id = '" + d + "' and campaign_id = '" + past +
               "' and organization_id = '" + org + "'";
    };
    testsupport::while_in_flight(d, submit_sql(a), [&] {
        run("update organizations set status = 'closed' where district_id = '" + d + "' and id = '" + a + "'");
    });
    expect_same_as_from_the_reports();
    testsupport::while_in_flight(d, submit_sql(b), [&] {
        run("update monitoring_campaigns set due_date = current_date - 5 where district_id = '" + d + "' and id = '" + past + "'");
    });
    expect_same_as_from_the_reports();
}

TEST_F(CampaignCounts, AreSeenOnlyInTheirOwnDistrict) {
    expect(past, a);
    std::string elsewhere = testsupport::rows::district();
    int seen = -1;
    app_database().in_tenant(elsewhere, [&](soci::session& sql) {
        sql << "select count(*) from compliance_campaign_counts", soci::into(seen);
    });
    EXPECT_EQ(seen, 0);
}

}  // namespace
