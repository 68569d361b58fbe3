// The national compliance roll-up (GET /api/v1/compliance) against the real server, with
// every number of the test's own regions computed by hand from a fixture built over HTTP.
// The test database is shared, so only the rows of the regions made here are checked by
// number; the totals are checked as the sums of all the rows.
//
// Dates are relative to today's school year: y0 is the start year of the school year before
// the current one, so y0-09-01..y1-08-31 is in the past and y2-09-01 on is in the future.
//
//   region R1 «Национальный регион 1»
//     district D1
//       A  school       roadmap: 1 «до 1 октября y0» done y0-09-20 (on time), 2 «Ноябрь y0» done
//                       y0-12-10 (late), 3 «Декабрь y0» nothing (overdue), 4 «Май y3» (later),
//                       5 «По запросу» (unscheduled)         → due 3, done 2, on time 1, overdue 1,
//                                                              later 1, unscheduled 1; 66.7 %, 33.3 %
//       B  kindergarten «до 1 октября y0» done y0-09-25, «Февраль y1» done y1-02-10
//                                                            → 2, 2, 2, 0, 0, 0; fully compliant
//       C  college      a draft roadmap only                 → without an approved roadmap
//       X  school       approved, «Октябрь y0» overdue, then closed → left out
//       the district's own roadmap: «Сентябрь y0» overdue   → no organisation's row: left out
//     district D2
//       E  school       «Сентябрь y0» done y0-09-15, «Ноябрь y2» → 1, 1, 1, 0, 1, 0; fully compliant
//     R1: districts 2, organisations 4 (A, B, C, E), fully compliant 2 (B, E), without 1 (C);
//         due 6, done 5, on time 4, overdue 1, later 2, unscheduled 1; 83.3 %, 66.7 %
//   region R2 «Национальный регион 2»
//     district D3
//       F  school       «Декабрь y0» done y1-01-15 (late, a link), «Март y1» in progress (overdue)
//                                                            → 2, 1, 0, 1, 0, 0; 50.0 %, 0.0 %
//       G  kindergarten no roadmap
//     district D4       no organisations
//     R2: districts 2, organisations 2, fully 0, without 1; due 2, done 1, on time 0, overdue 1;
//         50.0 %, 0.0 %
//   region R3 «Национальный регион 3»: no district → a row of zeros, percentages null.
//
// The past: every approval is moved to y0-09-01 and every progress record to its completion
// day, except B's February seminar (recorded today); the history is then computed anew from
// the rows (as after mending data by hand). As of P = y1-03-15 (valid time: the records' dates):
//   A, B, E as today; F «Декабрь y0» done late, «Март y1» not due yet → 1, 1, 0, 0, 1, 0, fully compliant.
//   R1 as today; R2: organisations 2, fully 1 (F), without 1 (G); 1, 1, 0, 0, 1, 0; 100.0 %, 0.0 %
// As known at the end of P (known_at): B «Февраль y1» not yet known done → 2, 1, 1, 1, 0, 0;
//   R1: organisations 4, fully 1 (E), without 1 (C); 6, 4, 3, 2, 2, 1; 66.7 %, 50.0 %; R2 as of P.
// As of y0-08-31, before every approval, the first approved versions count, nothing is due yet:
//   R1 later 8 (A 4, B 2, E 2), unscheduled 1, without 1 (C); as known then: no approved roadmap.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "domain/date.hpp"
#include "tests/support/api_expect.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;
using testsupport::must;
using testsupport::Counts;
using testsupport::expect_counts;
using testsupport::done_with_evidence;
using testsupport::item_numbered;
using testsupport::roadmap_item;

namespace {

const std::string kV1 = "/api/v1";
const std::string kNational = kV1 + "/compliance";


void expect_orgs(const json& j, int districts, int organizations, int fully, int without, const std::string& what) {
    EXPECT_EQ(j.at("districts"), districts) << what;
    EXPECT_EQ(j.at("organizations"), organizations) << what;
    EXPECT_EQ(j.at("organizations_fully_compliant"), fully) << what;
    EXPECT_EQ(j.at("organizations_without_approved_roadmap"), without) << what;
}

const char* const kCountKeys[] = {"items_due",        "items_done",        "items_done_on_time",
                                  "items_overdue",    "items_due_later",   "items_unscheduled"};
const char* const kOrgKeys[] = {"organizations", "organizations_fully_compliant", "organizations_without_approved_roadmap"};

// The world, built once for the suite (tests/support/world.hpp).
struct World {
    testsupport::TestServer server;
    testsupport::World build{server};
    std::string y0, y1, y2, y3;
    testsupport::Region r1, r2, r3;
    testsupport::District d1, d2, d3, d4;
    testsupport::Organization a, b, c, x, e, f, g;
    std::string token_coordinator, token_viewer, token_analyst, token_curator;

    HttpClient admin() { return server.admin(); }
    HttpClient as(const std::string& token) { return server.client().with_token(token); }

    json draft(const testsupport::District& d, json owner, json items) {
        return testsupport::World::draft_roadmap(admin(), d, {owner, testsupport::World::one_section(items)});
    }
    json approved(const testsupport::District& d, json owner, json items) {
        return testsupport::World::approved_roadmap(admin(), d, {owner, testsupport::World::one_section(items)});
    }
    static json org_owner(const testsupport::Organization& o) { return testsupport::World::owner(o); }
    void progress(const testsupport::District& d, const json& rm, const std::string& number, const json& body) {
        testsupport::World::progress(admin(), d, rm, number, body);
    }

    World() {
        auto years = testsupport::school_years();
        y0 = years.y0;
        y1 = years.y1;
        y2 = years.y2;
        y3 = years.y3;

        r1 = build.region("Национальный регион 1");
        r2 = build.region("Национальный регион 2");
        r3 = build.region("Национальный регион 3");
        d1 = build.district(r1, "Район Первый");
        d2 = build.district(r1, "Район Второй");
        d3 = build.district(r2, "Район Третий");
        d4 = build.district(r2, "Район Четвёртый");
        a = build.organization(d1, "Школа А", "school");
        b = build.organization(d1, "Детский сад Б", "kindergarten");
        c = build.organization(d1, "Колледж В", "college");
        x = build.organization(d1, "Школа Закрытая", "school");
        e = build.organization(d2, "Школа Е", "school");
        f = build.organization(d3, "Школа Ж", "school");
        g = build.organization(d3, "Детский сад З", "kindergarten");

        auto rm_a = approved(d1, org_owner(a),
                             json::array({roadmap_item("1", "Приказ", "до 1 октября " + y0), roadmap_item("2", "Положение", "Ноябрь " + y0),
                                          roadmap_item("3", "Программа", "Декабрь " + y0), roadmap_item("4", "Конференция", "Май " + y3),
                                          roadmap_item("5", "Консультации", "По запросу")}));
        progress(d1, rm_a, "1", done_with_evidence(y0 + "-09-20", "Приказ № 1"));
        progress(d1, rm_a, "2", done_with_evidence(y0 + "-12-10", "Положение № 2"));

        auto rm_b = approved(d1, org_owner(b),
                             json::array({roadmap_item("1", "Приказ", "до 1 октября " + y0), roadmap_item("2", "Семинар", "Февраль " + y1)}));
        progress(d1, rm_b, "1", done_with_evidence(y0 + "-09-25", "Приказ № 3"));
        progress(d1, rm_b, "2", done_with_evidence(y1 + "-02-10", "Программа семинара"));

        draft(d1, org_owner(c), json::array({roadmap_item("1", "Приказ", "Октябрь " + y0)}));

        approved(d1, org_owner(x), json::array({roadmap_item("1", "Приказ закрытой школы", "Октябрь " + y0)}));
        must(admin().request("DELETE", x.path()), 200, "close X");

        approved(d1, {{"kind", "district"}}, json::array({roadmap_item("1", "Муниципальный приказ", "Сентябрь " + y0)}));

        auto rm_e = approved(d2, org_owner(e),
                             json::array({roadmap_item("1", "Приказ", "Сентябрь " + y0), roadmap_item("2", "Форум", "Ноябрь " + y2)}));
        progress(d2, rm_e, "1", done_with_evidence(y0 + "-09-15", "Приказ № 5"));

        auto rm_f = approved(d3, org_owner(f),
                             json::array({roadmap_item("1", "Положение", "Декабрь " + y0), roadmap_item("2", "Семинар", "Март " + y1)}));
        progress(d3, rm_f, "1",
                 {{"status", "done"}, {"completed_on", y1 + "-01-15"}, {"evidence", {{"url", "https://f.example/doc"}}}});
        progress(d3, rm_f, "2", {{"status", "in_progress"}, {"comment", "Готовится"}});

        // The past (see the top): approvals and records moved back, but B's seminar.
        std::string b_seminar = item_numbered(rm_b, "2").at("id");
        {
            auto s = testsupport::admin_session();
            const std::string approved_on = y0 + "-09-01 10:00:00+00";
            for (const auto& district : {d1, d2, d3}) {
                const auto& d = district.id;
                *s << "update roadmaps set approved_at = cast(:t as timestamptz)"
                      " where district_id = cast(:d as uuid) and status = 'approved'",
                    soci::use(approved_on), soci::use(d);
                *s << "update item_progress set recorded_at = completed_on + time '12:00'"
                      " where district_id = cast(:d as uuid) and completed_on is not null and item_id <> cast(:i as uuid)",
                    soci::use(d), soci::use(b_seminar);
            }
        }
        for (const auto& d : {d1, d2, d3, d4}) testsupport::rebuild_compliance_history(d.id);

        token_coordinator = build.coordinator(d1).token;
        token_viewer = build.viewer(d1).token;
        token_curator = build.curator(a).token;
        token_analyst = build.analyst(r1).token;
    }
};

class NationalComplianceApi : public ::testing::Test {
protected:
    static void SetUpTestSuite() { world = new World(); }
    static void TearDownTestSuite() {
        delete world;
        world = nullptr;
    }
    static World& w() { return *world; }

    static json national(const std::string& query = {}) { return must(w().admin().get(kNational + query), 200, "national"); }
    static json row_of(const json& body, const std::string& region) {
        for (auto& r : body.at("regions"))
            if (r.at("region_id") == region) return r;
        return nullptr;
    }

    static World* world;
};
World* NationalComplianceApi::world = nullptr;

TEST_F(NationalComplianceApi, EveryNumberOfTheTestsRegions) {
    auto body = national();
    EXPECT_EQ(body.at("as_of"), domain::Date::today_utc().iso());

    auto r1 = row_of(body, w().r1.id);
    ASSERT_TRUE(r1.is_object()) << "no row for R1";
    EXPECT_EQ(r1.at("name"), "Национальный регион 1");
    EXPECT_TRUE(r1.at("code").is_string());
    expect_orgs(r1, 2, 4, 2, 1, "R1");
    expect_counts(r1, {6, 5, 4, 1, 2, 1, 83.3, 66.7}, "R1");

    auto r2 = row_of(body, w().r2.id);
    ASSERT_TRUE(r2.is_object()) << "no row for R2";
    expect_orgs(r2, 2, 2, 0, 1, "R2");
    expect_counts(r2, {2, 1, 0, 1, 0, 0, 50.0, 0.0}, "R2");

    auto r3 = row_of(body, w().r3.id);
    ASSERT_TRUE(r3.is_object()) << "a region without districts still has its row";
    expect_orgs(r3, 0, 0, 0, 0, "R3");
    expect_counts(r3, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "R3");

    // Rows by name (then id).
    std::string previous;
    for (auto& r : body.at("regions")) {
        auto name = r.at("name").get<std::string>();
        EXPECT_LE(previous, name) << "rows are ordered by name";
        previous = name;
    }
}

TEST_F(NationalComplianceApi, TotalsAreTheSumsOfTheRows) {
    auto body = national();
    std::map<std::string, long> sums;
    long districts = 0;
    for (auto& r : body.at("regions")) {
        for (auto* k : kCountKeys) sums[k] += r.at(k).get<long>();
        for (auto* k : kOrgKeys) sums[k] += r.at(k).get<long>();
        districts += r.at("districts").get<long>();
    }
    auto& t = body.at("totals");
    EXPECT_EQ(t.at("regions"), body.at("regions").size());
    EXPECT_EQ(t.at("districts"), districts);
    for (auto& [k, v] : sums) EXPECT_EQ(t.at(k), v) << k;
    EXPECT_GE(t.at("districts").get<long>(), 4);
    // The percentages from the summed counts (one decimal, half away from zero).
    long due = sums["items_due"];
    ASSERT_GT(due, 0);
    auto pct = [](long part, long whole) { return std::round(1000.0 * part / whole) / 10.0; };
    EXPECT_DOUBLE_EQ(t.at("compliance_pct").get<double>(), pct(sums["items_done"], due));
    EXPECT_DOUBLE_EQ(t.at("on_time_pct").get<double>(), pct(sums["items_done_on_time"], due));
}

TEST_F(NationalComplianceApi, RowsAreTheSumsOfTheRegionsDistrictRows) {
    auto body = national();
    for (auto* region : {&w().r1.id, &w().r2.id, &w().r3.id}) {
        auto row = row_of(body, *region);
        ASSERT_TRUE(row.is_object());
        auto reg = must(w().admin().get(kV1 + "/regions/" + *region + "/compliance"), 200, "region compliance");
        std::map<std::string, long> sums;
        for (auto& d : reg.at("districts")) {
            for (auto* k : kCountKeys) sums[k] += d.at(k).get<long>();
            for (auto* k : kOrgKeys) sums[k] += d.at(k).get<long>();
        }
        EXPECT_EQ(row.at("districts"), reg.at("districts").size());
        for (auto* k : kCountKeys) EXPECT_EQ(row.at(k), sums[k]) << k;
        for (auto* k : kOrgKeys) EXPECT_EQ(row.at(k), sums[k]) << k;
        for (auto* k : kCountKeys) EXPECT_EQ(row.at(k), reg.at("totals").at(k)) << k;
        EXPECT_EQ(row.at("compliance_pct"), reg.at("totals").at("compliance_pct"));
        EXPECT_EQ(row.at("on_time_pct"), reg.at("totals").at("on_time_pct"));
    }
}

TEST_F(NationalComplianceApi, AClosedOrganisationIsOut) {
    // X (closed) had an approved roadmap with an overdue item: it is in no count.
    auto r1 = row_of(national(), w().r1.id);
    EXPECT_EQ(r1.at("organizations"), 4);
    EXPECT_EQ(r1.at("items_overdue"), 1);  // A's item 3 only (not X's, not the district's own)
    // Closing another one (B, fully compliant, 2 due) takes its numbers away at once.
    auto b = w().build.organization(w().d2, "Школа на закрытие", "school");
    auto rm = w().approved(w().d2, World::org_owner(b), json::array({roadmap_item("1", "Приказ", "Сентябрь " + w().y0)}));
    w().progress(w().d2, rm, "1", done_with_evidence(w().y0 + "-09-10", "Приказ № 9"));
    auto with = row_of(national(), w().r1.id);
    expect_orgs(with, 2, 5, 3, 1, "R1 with one more school");
    expect_counts(with, {7, 6, 5, 1, 2, 1, 85.7, 71.4}, "R1 with one more school");
    must(w().admin().request("DELETE", b.path()), 200, "close");
    auto without = row_of(national(), w().r1.id);
    expect_orgs(without, 2, 4, 2, 1, "R1 after closing it");
    expect_counts(without, {6, 5, 4, 1, 2, 1, 83.3, 66.7}, "R1 after closing it");
}

TEST_F(NationalComplianceApi, StaleSummariesAreRecomputedNotZeroed) {
    // A's row from an earlier day with wrong numbers, and E's from a later day (a clock change):
    // both are recomputed from the roadmaps in their districts' scopes before the roll-up.
    {
        auto s = testsupport::admin_session();
        *s << "update compliance_summary set as_of = current_date - 3, valid_until = current_date - 1,"
              " items_due = 99, items_done = 0 where organization_id = cast(:o as uuid)",
            soci::use(w().a.id);
        *s << "update compliance_summary set as_of = current_date + 1, items_due = 0, items_done = 0,"
              " items_done_on_time = 0 where organization_id = cast(:o as uuid)",
            soci::use(w().e.id);
        // Rows go stale when the day changes, and a new day finds no kept answer (answers are
        // kept per date): moving the districts' versions stands in for the new day here.
        *s << "update district_versions set version = version + 1 where district_id in"
              " (select district_id from organizations where id in (cast(:a as uuid), cast(:e as uuid)))",
            soci::use(w().a.id), soci::use(w().e.id);
    }
    auto r1 = row_of(national(), w().r1.id);
    expect_orgs(r1, 2, 4, 2, 1, "R1 after the refresh");
    expect_counts(r1, {6, 5, 4, 1, 2, 1, 83.3, 66.7}, "R1 after the refresh");
    auto s = testsupport::admin_session();
    int due = -1, fresh = 0;
    *s << "select items_due, (as_of = current_date and valid_until >= current_date)::int from compliance_summary"
          " where organization_id = cast(:o as uuid)",
        soci::use(w().a.id), soci::into(due), soci::into(fresh);
    EXPECT_EQ(due, 3);
    EXPECT_EQ(fresh, 1);
}

TEST_F(NationalComplianceApi, AsOfTodayExplicitlyIsTheSame) {
    auto today = domain::Date::today_utc().iso();
    auto body = national("?as_of=" + today);
    EXPECT_EQ(body.at("as_of"), today);
    expect_counts(row_of(body, w().r1.id), {6, 5, 4, 1, 2, 1, 83.3, 66.7}, "R1 as_of today");
}

TEST_F(NationalComplianceApi, APastDateWithTheDatesTheRecordsState) {
    auto past = w().y1 + "-03-15";
    auto body = national("?as_of=" + past);
    EXPECT_EQ(body.at("as_of"), past);
    EXPECT_TRUE(body.at("known_at").is_null());
    auto r1 = row_of(body, w().r1.id);
    ASSERT_TRUE(r1.is_object());
    expect_orgs(r1, 2, 4, 2, 1, "R1 as of P");
    expect_counts(r1, {6, 5, 4, 1, 2, 1, 83.3, 66.7}, "R1 as of P (B's seminar counts, recorded today)");
    auto r2 = row_of(body, w().r2.id);
    ASSERT_TRUE(r2.is_object());
    expect_orgs(r2, 2, 2, 1, 1, "R2 as of P");
    expect_counts(r2, {1, 1, 0, 0, 1, 0, 100.0, 0.0}, "R2 as of P");
    auto r3 = row_of(body, w().r3.id);
    ASSERT_TRUE(r3.is_object());
    expect_counts(r3, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "R3 as of P");

    auto before = national("?as_of=" + w().y0 + "-08-31");
    auto r1_before = row_of(before, w().r1.id);
    expect_orgs(r1_before, 2, 4, 0, 1, "R1 before every approval");
    expect_counts(r1_before, {0, 0, 0, 0, 8, 1, nullptr, nullptr}, "R1 before every approval");
}

TEST_F(NationalComplianceApi, APastDateAsItWasKnownThen) {
    auto past = w().y1 + "-03-15";
    auto body = national("?as_of=" + past + "&known_at=" + past + "T23:59:59Z");
    EXPECT_EQ(body.at("as_of"), past);
    EXPECT_EQ(body.at("known_at"), past + "T23:59:59Z");
    auto r1 = row_of(body, w().r1.id);
    ASSERT_TRUE(r1.is_object());
    expect_orgs(r1, 2, 4, 1, 1, "R1 as known at P");
    expect_counts(r1, {6, 4, 3, 2, 2, 1, 66.7, 50.0}, "R1 as known at P");
    auto r2 = row_of(body, w().r2.id);
    ASSERT_TRUE(r2.is_object());
    expect_orgs(r2, 2, 2, 1, 1, "R2 as known at P");
    expect_counts(r2, {1, 1, 0, 0, 1, 0, 100.0, 0.0}, "R2 as known at P");
    auto r3 = row_of(body, w().r3.id);
    ASSERT_TRUE(r3.is_object());
    expect_counts(r3, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "R3 as known at P");
    // The totals are the sums of the rows.
    std::map<std::string, long> sums;
    for (auto& r : body.at("regions"))
        for (auto* k : kCountKeys) sums[k] += r.at(k).get<long>();
    for (auto& [k, v] : sums) EXPECT_EQ(body.at("totals").at(k), v) << k;

    auto before = national("?known_at=" + w().y0 + "-08-31T23:59:59Z");
    EXPECT_EQ(before.at("as_of"), w().y0 + "-08-31");
    auto r1_before = row_of(before, w().r1.id);
    expect_orgs(r1_before, 2, 4, 0, 4, "R1 as known before every approval");
    expect_counts(r1_before, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "R1 as known before every approval");
}

TEST_F(NationalComplianceApi, APastDatesRowsAreTheRegionsPastTotals) {
    auto past = w().y1 + "-03-15";
    auto body = national("?as_of=" + past);
    for (auto* region : {&w().r1.id, &w().r2.id, &w().r3.id}) {
        auto row = row_of(body, *region);
        ASSERT_TRUE(row.is_object());
        auto reg = must(w().admin().get(kV1 + "/regions/" + *region + "/compliance?as_of=" + past), 200, "region");
        std::map<std::string, long> sums;
        for (auto& d : reg.at("districts"))
            for (auto* k : kOrgKeys) sums[k] += d.at(k).get<long>();
        for (auto* k : kCountKeys) EXPECT_EQ(row.at(k), reg.at("totals").at(k)) << k;
        for (auto* k : kOrgKeys) EXPECT_EQ(row.at(k), sums[k]) << k;
        EXPECT_EQ(row.at("compliance_pct"), reg.at("totals").at("compliance_pct"));
    }
    // The totals are the sums of the rows as of the past date too.
    std::map<std::string, long> sums;
    for (auto& r : body.at("regions"))
        for (auto* k : kCountKeys) sums[k] += r.at(k).get<long>();
    for (auto& [k, v] : sums) EXPECT_EQ(body.at("totals").at(k), v) << k;
}

TEST_F(NationalComplianceApi, ABadOrFutureDateIs400) {
    for (std::string bad : {"2024-13-01", "yesterday", "2024-02-30", "", "2099-01-01"}) {
        auto r = w().admin().get(kNational + "?as_of=" + bad);
        EXPECT_EQ(r.status, 400) << bad << ": " << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json") << bad;
        if (r.status == 400) {
            EXPECT_EQ(r.json().at("type"), "https://nastavnik.example/problems/bad-query") << bad;
        }
    }
}

TEST_F(NationalComplianceApi, SystemAdministratorsOnly) {
    for (auto& [who, token] : std::map<std::string, std::string>{{"coordinator", w().token_coordinator},
                                                                   {"viewer", w().token_viewer},
                                                                   {"curator", w().token_curator},
                                                                   {"analyst", w().token_analyst}}) {
        auto r = w().as(token).get(kNational);
        EXPECT_EQ(r.status, 403) << who << ": " << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json") << who;
        // The role is refused before the date is looked at.
        EXPECT_EQ(w().as(token).get(kNational + "?as_of=" + w().y1 + "-03-15").status, 403) << who;
    }
    auto anonymous = w().server.client().get(kNational);
    EXPECT_EQ(anonymous.status, 401);
    EXPECT_FALSE(anonymous.header("www-authenticate").empty());
}

}  // namespace
