// A district's version (V0006; kept answers are served while it stands) moves with every write
// an answer is computed from, and not with a draft report saved again (V0017): the answers read
// a report's status and timestamps, and its values only once it stands submitted or accepted.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <functional>
#include <string>

#include "persistence/database.hpp"
#include "persistence/pg.hpp"
#include "tests/db/db_support.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/world_db.hpp"

namespace {

namespace pg = persistence::pg;
using testsupport::app_database;

class DistrictVersions : public ::testing::Test {
protected:
    std::string d = testsupport::rows::district();
    std::string o = testsupport::rows::organization(d, "Школа 1");
    std::string c;

    void SetUp() override {
        app_database().in_tenant(d, [&](soci::session& sql) {
            sql << "insert into monitoring_campaigns (district_id, title, reporting_date, due_date, lock_date, indicators)"
                   " values ('" + d + "', 'Мониторинг', current_date - 1, current_date + 5, current_date + 30, '[]')"
                   " returning id::text",
                soci::into(c);
        });
        run("insert into monitoring_campaign_organizations (district_id, campaign_id, organization_id) values ('" + d + "', '" +
            c + "', '" + o + "')");
    }

    void run(const std::string& text) {
        app_database().in_tenant(d, [&](soci::session& sql) { pg::exec_simple(sql, text); });
    }
    void report(const std::string& set) {
        run("update monitoring_reports set " + set + " where district_id = '" + d + "' and campaign_id = '" + c + "'");
    }
    long long version() {
        long long v = -1;
        app_database().in_tenant(d, [&](soci::session& sql) {
            sql << "select coalesce((select version from district_versions where district_id = '" + d + "'), 0)", soci::into(v);
        });
        return v;
    }
    // Whether `write` moved the version.
    bool moves(const std::function<void()>& write) {
        auto before = version();
        write();
        return version() != before;
    }
};

TEST_F(DistrictVersions, MoveWithReportsButNotWithADraftSavedAgain) {
    EXPECT_TRUE(moves([&] {
        run("insert into monitoring_reports (district_id, campaign_id, organization_id, status, \"values\") values ('" + d +
            "', '" + c + "', '" + o + "', 'draft', '{\"has_order\": true}')");
    })) << "a report begun: the organisation's state is «draft» now";
    EXPECT_FALSE(moves([&] { report("\"values\" = '{\"has_order\": false}', version = version + 1, updated_at = now()"); }))
        << "a draft saved again";
    EXPECT_TRUE(moves([&] {
        report("status = 'submitted', submitted_at = now(), first_submitted_at = now(), version = version + 1");
    })) << "submitted";
    EXPECT_TRUE(moves([&] { report("\"values\" = '{\"has_order\": true}', updated_at = now()"); }))
        << "a submitted report's values are the documents' answers";
    EXPECT_TRUE(moves([&] { report("status = 'returned', returned_at = now(), return_comment = 'Уточните'"); })) << "returned";
    EXPECT_FALSE(moves([&] { report("\"values\" = '{\"has_order\": false}', updated_at = now()"); }))
        << "a returned report saved again";
    EXPECT_TRUE(moves([&] { report("status = 'draft', reopened = true"); })) << "back to a draft";
    EXPECT_TRUE(moves([&] { report("status = 'accepted', accepted_at = now()"); })) << "accepted";
    EXPECT_TRUE(moves([&] {
        run("delete from monitoring_reports where district_id = '" + d + "' and campaign_id = '" + c + "'");
    })) << "deleted";
}

}  // namespace
