// Compliance and the regional report against the real server, with every number computed
// by hand from a fixture built through the API (docs/domain.md, «Compliance»).
//
// The world (built once, shared by the ComplianceApi and RegionalReportApi suites):
//   region R: district D1 («Район Центральный») and D2 («Район Северный», one school, no roadmap).
//   Dates are relative to today's school year so the fixture stays valid: y0 is the start
//   year of the school year before the current one, so everything dated y0-09-01..y1-08-31
//   is in the past and everything from y2-09-01 on is in the future. P = y1-03-15 is the past as_of.
//   D1 organisations:
//     A  school        «МБОУ "СОШ № 1", корпус 2» (a comma and quotes, for the CSV)
//     B  kindergarten  «БДОУ детский сад № 5»
//     C  college       «ГБПОУ Колледж связи», no roadmap
//     D  school        «МБОУ СОШ № 9», closed after submitting a report; an overdue item
//   A's roadmap, period y0-09-01..y3-08-31, approved_at backdated to y0-09-01:
//     1 «до 1 октября y0»                 window [y0-09-01, y0-10-01], done y0-09-20 (recorded then)  → on time
//     2 «Ноябрь y0»                        done y0-12-10 (recorded then), evidence a link            → late
//     3 «Декабрь y0»                       only «in progress»                                         → overdue
//     4 «Октябрь y0, март y1, октябрь y2»  Oct y0 done y0-10-15 but recorded today; Mar y1 nothing;
//                                          Oct y2 done early y1-04-01 (recorded then)
//     5 «3 раза в год»                     3 per school year × 3 years; two of y0/y1's done
//                                          (y0-12-01 and y1-02-01, recorded then)
//     6 «Еженедельно»                      whole period                                               → later
//     7 «По запросу»                       unscheduled; work recorded on y1-01-20 makes no due item
//     8 «Январь y1»                        cancelled (recorded y1-01-10)                              → not due
//   As of today: due 8 (1, 2, 3, 4a, 4b, 5×3), done 5 (1, 2, 4a, 5×2), on time 4 (1, 4a, 5×2),
//     overdue 3 (3, 4b, 5), later 8 (4c, 5×6, 6), unscheduled 1 → 62.5 %, on time 50.0 %.
//   As of P (valid time: work counts with the dates it states, whenever it was recorded):
//     due 4 (1, 2, 3, 4a), done 3 (1, 2, 4a: completed y0-10-15, recorded today), on time 2
//     (1, 4a), overdue 1 (3), later 12 (4b, 4c, 5×9, 6; 8 is cancelled), unscheduled 1 → 75.0 %, 50.0 %.
//   As known at the end of P (known_at): due 4, done 2 (4a's record came later), on time 1,
//     overdue 2 (4a, 3), later 12, unscheduled 1 → 50.0 %, 25.0 %.
//   B: «до 1 октября y0» done y0-09-25, «Февраль y1» done y1-02-10: 2/2/2 → 100 %;
//     approved_at backdated to y1-04-01, after P: as of P its (first approved) version counts
//     all the same; as known at P it had no approved roadmap.
//   The district's own roadmap (responsible УО), approved y0-09-01: «Сентябрь y0» done y0-09-30,
//     «Январь y1» not done, «Май y3» later: due 2, done 1, on time 1, overdue 1, later 1.
//   Campaigns (every organisation, D included, then D closed):
//     c2 «апрель» reporting y1-04-20, due y1-05-31 (past): C submits today → late.
//     c1 «май»    reporting y1-05-20, due 2099-05-31: A and D submit → on time; B only a draft.
//   Curators: of A and of C (appointed today). A mentor in A's bases, whose name no export holds.
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "tests/support/api_expect.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"
#include "tests/support/xlsx_reader.hpp"

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
const std::string kMentorName = "Наставникова Агриппина Всеволодовна";
const std::string kCuratorName = "Кураторова Ираида Полуэктовна";

void sql_exec(const std::string& statement) {
    auto s = testsupport::admin_session();
    *s << statement;
}

json period(const std::string& start, const std::string& end) { return {{"start", start}, {"end", end}}; }

void expect_documents(const json& d, json order, json regulation, json program, json site, bool roadmap, bool curator,
                      int present, const std::string& what) {
    EXPECT_EQ(d.at("order"), order) << what;
    EXPECT_EQ(d.at("regulation"), regulation) << what;
    EXPECT_EQ(d.at("program"), program) << what;
    EXPECT_EQ(d.at("site_page"), site) << what;
    EXPECT_EQ(d.at("approved_roadmap"), roadmap) << what;
    EXPECT_EQ(d.at("curator_appointed"), curator) << what;
    EXPECT_EQ(d.at("present"), present) << what;
    EXPECT_EQ(d.at("required"), 6) << what;
}

// The world the two suites read.
struct World {
    testsupport::TestServer server;
    testsupport::World build{server};
    std::string y0, y1, y2, y3, past;  // years as text; past = y1-03-15
    std::string region, d1, d2, a, b, c, closed, d2_school;
    std::string name_a, name_b, name_c;
    std::string rm_a, rm_b, rm_district, rm_closed;
    std::string c1, c2;
    std::string token_coordinator, token_viewer, token_curator_a, token_curator_c, token_coordinator_d2, token_analyst;
    json a_values, c_values;

    HttpClient as(const std::string& token) { return server.client().with_token(token); }
    HttpClient coordinator() { return as(token_coordinator); }

    testsupport::District district1() const { return {d1, region}; }

    // Creates, submits and approves a roadmap; answers it approved.
    json approved(json owner, json sections) {
        return testsupport::World::approved_roadmap(coordinator(), district1(), {std::move(owner), std::move(sections)});
    }
    // Records progress and backdates the new record to `recorded_on` (empty: leave it today).
    void progress(const json& rm, const std::string& number, json body, const std::string& recorded_on) {
        std::string item_id = item_numbered(rm, number)["id"];
        testsupport::World::progress(coordinator(), district1(), rm, number, body);
        if (!recorded_on.empty())
            sql_exec("update item_progress set recorded_at = '" + recorded_on + " 12:00:00+00' where item_id = '" + item_id +
                     "' and id = (select id from item_progress where item_id = '" + item_id +
                     "' order by recorded_at desc limit 1)");
    }

    World() {
        auto years = testsupport::school_years();
        y0 = years.y0;
        y1 = years.y1;
        y2 = years.y2;
        y3 = years.y3;
        past = y1 + "-03-15";
        auto r = build.region("Регион комплаенса");
        region = r.id;
        auto D1 = build.district(r, "Район Центральный"), D2 = build.district(r, "Район Северный");
        d1 = D1.id;
        d2 = D2.id;
        name_a = "МБОУ \"СОШ № 1\", корпус 2";
        name_b = "БДОУ детский сад № 5";
        name_c = "ГБПОУ Колледж связи";
        auto A = build.organization(D1, name_a, "school");
        a = A.id;
        b = build.organization(D1, name_b, "kindergarten").id;
        auto C = build.organization(D1, name_c, "college");
        c = C.id;
        closed = build.organization(D1, "МБОУ СОШ № 9", "school").id;
        d2_school = build.organization(D2, "Школа района Северный", "school").id;
        token_coordinator = build.coordinator(D1).token;
        token_viewer = build.viewer(D1).token;
        token_curator_a = build.curator(A, kCuratorName).token;
        token_curator_c = build.curator(C, kCuratorName + " (колледж)").token;
        token_coordinator_d2 = build.coordinator(D2).token;
        token_analyst = build.analyst(r).token;

        // ---- roadmaps
        auto rm_a_json = approved({{"kind", "organization"}, {"organization_id", a}},
                                  json::array({{{"number", "1"},
                                                {"title", "Организационные мероприятия"},
                                                {"items", json::array({
                                                              roadmap_item("1", "Приказ о внедрении ЦМН", "до 1 октября " + y0),
                                                              roadmap_item("2", "Положение о наставничестве", "Ноябрь " + y0),
                                                              roadmap_item("3", "Программа наставничества", "Декабрь " + y0),
                                                              roadmap_item("4", "Педагогический совет",
                                                                   "Октябрь " + y0 + ", март " + y1 + ", октябрь " + y2),
                                                              roadmap_item("5", "Встречи наставников", "3 раза в год"),
                                                              roadmap_item("6", "Консультации наставляемых", "Еженедельно"),
                                                              roadmap_item("7", "Индивидуальные консультации", "По запросу"),
                                                              roadmap_item("8", "Фестиваль наставничества", "Январь " + y1),
                                                          })}}}));
        rm_a = rm_a_json["id"];
        check_schedules(rm_a_json);
        progress(rm_a_json, "1", done_with_evidence(y0 + "-09-20", "Приказ № 12"), y0 + "-09-20");
        progress(rm_a_json, "2",
                 {{"status", "done"}, {"completed_on", y0 + "-12-10"}, {"evidence", {{"url", "https://school1.example/doc"}}}},
                 y0 + "-12-10");
        progress(rm_a_json, "3", {{"status", "in_progress"}, {"comment", "Готовится"}}, y0 + "-12-15");
        progress(rm_a_json, "4", done_with_evidence(y0 + "-10-15", "Протокол педсовета", y0 + "-10-01"), "");  // recorded today
        progress(rm_a_json, "4", done_with_evidence(y1 + "-04-01", "Протокол (заранее)", y2 + "-10-01"), y1 + "-04-01");
        progress(rm_a_json, "5", done_with_evidence(y0 + "-12-01", "Протокол встречи 1", y0 + "-09-01"), y0 + "-12-01");
        progress(rm_a_json, "5", done_with_evidence(y1 + "-02-01", "Протокол встречи 2", y0 + "-09-01"), y1 + "-02-01");
        progress(rm_a_json, "7", done_with_evidence(y1 + "-01-20", "Журнал консультаций"), y1 + "-01-20");
        progress(rm_a_json, "8", {{"status", "cancelled"}, {"comment", "Отменён региональным планом"}}, y1 + "-01-10");
        sql_exec("update roadmaps set approved_at = '" + y0 + "-09-01 10:00:00+00' where id = '" + rm_a + "'");

        auto rm_b_json = approved({{"kind", "organization"}, {"organization_id", b}},
                                  json::array({{{"number", "1"},
                                                {"title", "Мероприятия"},
                                                {"items", json::array({roadmap_item("1", "Приказ", "до 1 октября " + y0, "Заведующий"),
                                                                       roadmap_item("2", "Семинар", "Февраль " + y1, "Заведующий")})}}}));
        rm_b = rm_b_json["id"];
        progress(rm_b_json, "1", done_with_evidence(y0 + "-09-25", "Приказ № 3"), y0 + "-09-25");
        progress(rm_b_json, "2", done_with_evidence(y1 + "-02-10", "Программа семинара"), y1 + "-02-10");
        sql_exec("update roadmaps set approved_at = '" + y1 + "-04-01 10:00:00+00' where id = '" + rm_b + "'");

        auto rm_closed_json = approved({{"kind", "organization"}, {"organization_id", closed}},
                                       json::array({{{"number", "1"},
                                                     {"title", "Мероприятия"},
                                                     {"items", json::array({roadmap_item("1", "Приказ закрытой школы", "Октябрь " + y0)})}}}));
        rm_closed = rm_closed_json["id"];
        sql_exec("update roadmaps set approved_at = '" + y0 + "-09-01 10:00:00+00' where id = '" + rm_closed + "'");

        auto rm_d_json = approved({{"kind", "district"}},
                                  json::array({{{"number", "1"},
                                                {"title", "Муниципальный уровень"},
                                                {"items", json::array({roadmap_item("1", "Муниципальный приказ", "Сентябрь " + y0, "УО"),
                                                                       roadmap_item("2", "Муниципальный форум", "Январь " + y1, "УО, МЦ"),
                                                                       roadmap_item("3", "Итоговая конференция", "Май " + y3, "УО")})}}}));
        rm_district = rm_d_json["id"];
        progress(rm_d_json, "1", done_with_evidence(y0 + "-09-30", "Приказ УО № 100"), y0 + "-09-30");
        sql_exec("update roadmaps set approved_at = '" + y0 + "-09-01 10:00:00+00' where id = '" + rm_district + "'");
        testsupport::rebuild_compliance_history(d1);  // the dates above were moved by hand

        // ---- monitoring
        auto co = coordinator();
        auto campaigns = kV1 + "/districts/" + d1 + "/monitoring-campaigns";
        c1 = must(co.send_json("POST", campaigns,
                               {{"title", "Мониторинг ЦМН, май"}, {"reporting_date", y1 + "-05-20"}, {"due_date", "2099-05-31"},
                                {"lock_date", "2099-06-10"}}),
                  201, "campaign c1")["id"];
        c2 = must(co.send_json("POST", campaigns,
                               {{"title", "Мониторинг ЦМН, апрель"}, {"reporting_date", y1 + "-04-20"}, {"due_date", y1 + "-05-31"},
                                {"lock_date", "2099-06-10"}}),
                  201, "campaign c2")["id"];
        a_values = {{"students_10_18", 200}, {"mentees_students_10_18", 150}, {"teachers_total", 40}, {"young_teachers", 5},
                    {"mentees_young_teachers", 4}, {"mentors_total", 12}, {"mentees_total", 154}, {"pairs_total", 60},
                    {"programs_total", 2}, {"surveyed", 100}, {"satisfied", 90}, {"has_order", true},
                    {"has_regulation", true}, {"has_program", false}, {"has_site_page", true}};
        c_values = {{"students_10_18", 300}, {"mentees_students_10_18", 30}, {"teachers_total", 25}, {"young_teachers", 3},
                    {"mentees_young_teachers", 3}, {"mentors_total", 7}, {"mentees_total", 33}, {"pairs_total", 20},
                    {"programs_total", 1}, {"has_order", false}, {"has_regulation", true}, {"has_program", true},
                    {"has_site_page", false}};
        json d_values = a_values;
        d_values["students_10_18"] = 1000;
        auto report = [&](const std::string& campaign, const std::string& org, const json& values, bool submit) {
            auto url = campaigns + "/" + campaign + "/reports/" + org;
            must(co.send_json("PUT", url, {{"values", values}}), 201, "report values");
            if (submit) must(co.send_json("POST", url + "/submit", json::object()), 200, "submit report");
        };
        report(c1, a, a_values, true);
        report(c1, closed, d_values, true);
        report(c1, b, {{"students_10_18", 80}}, false);
        report(c2, c, c_values, true);
        must(server.admin().request("DELETE", kV1 + "/districts/" + d1 + "/organizations/" + closed), 200, "close D");

        // A person in A's bases: no export may carry the name.
        must(co.send_json("POST", kV1 + "/districts/" + d1 + "/organizations/" + a + "/mentors",
                          {{"external_id", "m1"}, {"full_name", kMentorName}, {"category", "teacher"}, {"birth_year", 1975},
                           {"consent", {{"date", y0 + "-09-01"}, {"given_by", "self"}}}}),
             201, "mentor");
    }

    void check_schedules(const json& rm) {
        auto kind = [&](const std::string& n) { return item_numbered(rm, n).at("schedule").at("kind").get<std::string>(); };
        auto occurrences = [&](const std::string& n) { return item_numbered(rm, n).at("occurrences").size(); };
        EXPECT_EQ(kind("1"), "window");
        EXPECT_EQ(item_numbered(rm, "1")["occurrences"][0]["end"], y0 + "-10-01");
        EXPECT_EQ(kind("2"), "window");
        EXPECT_EQ(kind("3"), "window");
        EXPECT_EQ(kind("4"), "recurring");
        EXPECT_EQ(occurrences("4"), 3u);
        EXPECT_EQ(kind("5"), "count_per_year");
        EXPECT_EQ(occurrences("5"), 9u) << item_numbered(rm, "5").dump();
        EXPECT_EQ(kind("6"), "whole_period");
        EXPECT_EQ(occurrences("6"), 1u);
        EXPECT_EQ(kind("7"), "unscheduled");
        EXPECT_EQ(occurrences("7"), 0u);
        EXPECT_EQ(kind("8"), "window");
    }
};

World* world = nullptr;

class WorldCleanup : public ::testing::Environment {
public:
    void TearDown() override {
        delete world;
        world = nullptr;
    }
};
[[maybe_unused]] auto* const cleanup = ::testing::AddGlobalTestEnvironment(new WorldCleanup);

// Every non-zero change per owner and day of a district's history kept on write (V0008, V0009).
std::map<std::string, std::string> history_snapshot(const std::string& district) {
    auto sql = testsupport::admin_session();
    std::map<std::string, std::string> out;
    soci::rowset<soci::row> rows = (sql->prepare << "select owner_key::text || '@' || day::text,"
                                         " concat_ws(',', sum(roadmaps), sum(occurrences), sum(due), sum(done),"
                                         " sum(done_on_time), sum(unscheduled)) from compliance_day_deltas"
                                         " where district_id = cast(:d as uuid) group by 1"
                                         " having sum(abs(roadmaps) + abs(occurrences) + abs(due) + abs(done)"
                                         " + abs(done_on_time) + abs(unscheduled)) > 0",
                                     soci::use(district));
    for (auto& r : rows) out[r.get<std::string>(0)] = r.get<std::string>(1);
    return out;
}

// The history kept on write is what computing it again from the rows gives.
void expect_history_exact(const std::string& district, const std::string& what) {
    auto kept = history_snapshot(district);
    testsupport::rebuild_compliance_history(district);
    EXPECT_EQ(kept, history_snapshot(district)) << what;
}

class ComplianceApi : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!world) world = new World();
    }
    World& w() { return *world; }
    std::string district_path(const std::string& d = {}) const { return kV1 + "/districts/" + (d.empty() ? world->d1 : d); }
    std::string org_compliance(const std::string& o, const std::string& query = {}) const {
        return district_path() + "/organizations/" + o + "/compliance" + query;
    }
    json get(HttpClient c, const std::string& path) { return must(c.get(path), 200, "GET " + path); }

    static json row_of(const json& body, const std::string& org) {
        for (auto& r : body.at("organizations"))
            if (r.at("organization_id") == org) return r;
        return nullptr;
    }
    static std::vector<std::string> names(const json& rows) {
        std::vector<std::string> out;
        for (auto& r : rows) out.push_back(r.at("name"));
        return out;
    }
    // Overdue entries as "org:number:end" (org "A", "B", "D" or "district").
    std::vector<std::string> overdue_keys(const json& list, bool organisations_only) {
        std::vector<std::string> out;
        for (auto& x : list) {
            std::string who;
            if (x.at("organization_id").is_null()) {
                if (organisations_only) continue;
                who = "district";
            } else if (x["organization_id"] == w().a) who = "A";
            else if (x["organization_id"] == w().b) who = "B";
            else if (x["organization_id"] == w().c) who = "C";
            else if (x["organization_id"] == w().closed) who = "D(closed)";
            else who = "?";
            out.push_back(who + ":" + x.at("number").get<std::string>() + ":" + x.at("end").get<std::string>());
        }
        return out;
    }
    static std::vector<std::string> group_keys(const json& occurrences, const std::string& group) {
        std::vector<std::string> out;
        for (auto& x : occurrences.at(group)) out.push_back(x.at("number").get<std::string>() + ":" + x.at("end").get<std::string>());
        std::sort(out.begin(), out.end());
        return out;
    }
    static std::vector<std::string> sorted(std::vector<std::string> v) {
        std::sort(v.begin(), v.end());
        return v;
    }
};

// ---------------------------------------------------------------- the district, today

TEST_F(ComplianceApi, DistrictAsOfTodayEveryNumber) {
    auto body = get(w().coordinator(), district_path() + "/compliance");
    EXPECT_EQ(body["as_of"], domain::Date::today_utc().iso());
    EXPECT_EQ(body["district_id"], w().d1);
    // The closed organisation is left out; rows by name.
    EXPECT_EQ(names(body["organizations"]), (std::vector<std::string>{w().name_b, w().name_c, w().name_a}));
    EXPECT_TRUE(row_of(body, w().closed).is_null()) << "a closed organisation has no row";

    auto a = row_of(body, w().a), b = row_of(body, w().b), c = row_of(body, w().c);
    expect_counts(a, {8, 5, 4, 3, 8, 1, 62.5, 50.0}, "A today");
    expect_counts(b, {2, 2, 2, 0, 0, 0, 100.0, 100.0}, "B today");
    expect_counts(c, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "C (no roadmap) today");
    EXPECT_EQ(a["type"], "school");
    EXPECT_EQ(b["type"], "kindergarten");
    EXPECT_EQ(c["type"], "college");

    expect_counts(body["totals"], {10, 7, 6, 3, 8, 1, 70.0, 60.0}, "totals today (closed D out)");
    EXPECT_EQ(body["by_type"].size(), 3u) << body["by_type"].dump();
    expect_counts(body["by_type"]["school"], {8, 5, 4, 3, 8, 1, 62.5, 50.0}, "schools (A only; D closed)");
    expect_counts(body["by_type"]["kindergarten"], {2, 2, 2, 0, 0, 0, 100.0, 100.0}, "kindergartens");
    expect_counts(body["by_type"]["college"], {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "colleges");

    ASSERT_TRUE(body["district_roadmap"].is_object()) << body["district_roadmap"].dump();
    expect_counts(body["district_roadmap"], {2, 1, 1, 1, 1, 0, 50.0, 50.0}, "the district's own roadmap");
    EXPECT_EQ(overdue_keys(body["district_roadmap"]["overdue"], false),
              (std::vector<std::string>{"district:2:" + w().y1 + "-01-31"}));
    auto& own = body["district_roadmap"]["overdue"][0];
    EXPECT_EQ(own["roadmap_id"], w().rm_district);
    EXPECT_EQ(own["responsible"], "УО, МЦ");
    EXPECT_EQ(own["state"], "overdue");

    // The overdue list: every organisation's overdue occurrence, oldest first; none of the closed one's.
    EXPECT_EQ(overdue_keys(body["overdue"], true),
              (std::vector<std::string>{"A:3:" + w().y0 + "-12-31", "A:4:" + w().y1 + "-03-31", "A:5:" + w().y1 + "-08-31"}))
        << body["overdue"].dump(1);
    for (auto& x : body["overdue"]) {
        EXPECT_EQ(x["state"], "overdue");
        EXPECT_NE(x["organization_id"], w().closed) << "the closed organisation's overdue item is listed: " << x.dump();
    }
}

TEST_F(ComplianceApi, OverdueListIsTheOldestUpToTheLimitWithTheWholeCount) {
    // Today: A has three overdue occurrences (oldest first), the district's own roadmap one.
    const std::vector<std::string> all = {"A:3:" + w().y0 + "-12-31", "A:4:" + w().y1 + "-03-31",
                                          "A:5:" + w().y1 + "-08-31"};
    auto whole = get(w().coordinator(), district_path() + "/compliance");
    EXPECT_EQ(whole["overdue_limit"], 20.0) << "the default";
    EXPECT_EQ(whole["overdue_total"], 3.0);
    EXPECT_EQ(whole["district_roadmap"]["overdue_total"], 1.0);
    EXPECT_EQ(overdue_keys(whole["overdue"], true), all);

    auto two = get(w().coordinator(), district_path() + "/compliance?overdue_limit=2");
    EXPECT_EQ(two["overdue_limit"], 2.0);
    EXPECT_EQ(two["overdue_total"], 3.0) << "the count is of every overdue occurrence, not of the listed ones";
    EXPECT_EQ(overdue_keys(two["overdue"], true), (std::vector<std::string>{all[0], all[1]}));
    EXPECT_EQ(two["district_roadmap"]["overdue"].size(), 1u);
    expect_counts(two["totals"], {10, 7, 6, 3, 8, 1, 70.0, 60.0}, "the limit changes no number");

    auto none = get(w().coordinator(), district_path() + "/compliance?overdue_limit=0");
    EXPECT_TRUE(none["overdue"].empty());
    EXPECT_TRUE(none["district_roadmap"]["overdue"].empty());
    EXPECT_EQ(none["overdue_total"], 3.0);

    // As of a past date the list is cut the same way: as of P (4a's October was done then,
    // recorded later) and as known at the end of P (it was not known done).
    auto past = get(w().coordinator(), district_path() + "/compliance?overdue_limit=1&as_of=" + w().past);
    EXPECT_EQ(past["overdue_total"], 1.0);
    EXPECT_EQ(overdue_keys(past["overdue"], true), (std::vector<std::string>{"A:3:" + w().y0 + "-12-31"}));
    auto known = get(w().coordinator(), district_path() + "/compliance?overdue_limit=1&as_of=" + w().past +
                                            "&known_at=" + w().past + "T23:59:59Z");
    EXPECT_EQ(known["overdue_total"], 2.0);
    EXPECT_EQ(overdue_keys(known["overdue"], true), (std::vector<std::string>{"A:4:" + w().y0 + "-10-31"}));

    for (auto bad : {"-1", "1001", "ten", "", "2.5", "20x"}) {
        auto r = w().coordinator().get(district_path() + "/compliance?overdue_limit=" + std::string(bad));
        EXPECT_EQ(r.status, 400) << "overdue_limit=" << bad << "\n" << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json");
    }
    EXPECT_EQ(w().coordinator().get(district_path() + "/compliance?overdue_limit=1000").status, 200);
}

// Answers are kept beside the district's version and served again until something they are
// computed from changes: every kind of change shows on the very next read, of the district
// and of the organisation. A district of its own (in a region of its own) so the shared
// world's numbers stay as they are.
TEST_F(ComplianceApi, EveryChangeShowsOnTheNextReadThoughAnswersAreKept) {
    auto admin = w().server.admin();
    auto X = w().build.district(w().build.region("Регион кэша"), "Район кэша");
    const std::string region = X.region_id, x = X.id;
    auto s = w().build.organization(X, "Школа до переименования", "school").id;
    auto coord = w().build.coordinator(X).http();
    auto path = kV1 + "/districts/" + x + "/compliance";
    auto org_path = kV1 + "/districts/" + x + "/organizations/" + s + "/compliance";
    auto row = [&] {
        auto body = must(coord.get(path), 200, "district compliance");
        EXPECT_EQ(body["organizations"].size(), 1u);
        return body;
    };
    // The region's row of X and the country's row of the region move with it.
    auto region_and_nation = [&](double due, double done, const std::string& what) {
        auto reg = must(admin.get(kV1 + "/regions/" + region + "/compliance"), 200, "region " + what);
        ASSERT_EQ(reg["districts"].size(), 1u) << reg.dump();
        EXPECT_EQ(reg["districts"][0]["items_due"], due) << what;
        EXPECT_EQ(reg["districts"][0]["items_done"], done) << what;
        auto nation = must(admin.get(kV1 + "/compliance"), 200, "nation " + what);
        bool found = false;
        for (auto& r : nation["regions"])
            if (r["region_id"] == region) {
                found = true;
                EXPECT_EQ(r["items_due"], due) << what;
                EXPECT_EQ(r["items_done"], done) << what;
            }
        EXPECT_TRUE(found) << what;
    };
    region_and_nation(0, 0, "at first");

    auto first = coord.get(path), again = coord.get(path);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.body, again.body) << "nothing changed: the same answer";
    EXPECT_EQ(first.json()["organizations"][0]["name"], "Школа до переименования");
    EXPECT_EQ(first.json()["organizations"][0]["documents"]["curator_appointed"], false);

    // An organisation renamed.
    must(admin.send_json("PATCH", kV1 + "/districts/" + x + "/organizations/" + s, {{"name", "Школа после"}},
                         {{"If-Match", "*"}}),
         200, "rename");
    EXPECT_EQ(row()["organizations"][0]["name"], "Школа после");

    // A roadmap approved with one item due in the past: due 1, overdue 1, listed.
    auto roadmaps = kV1 + "/districts/" + x + "/roadmaps";
    auto rm = must(coord.send_json("POST", roadmaps,
                                   {{"owner", {{"kind", "organization"}, {"organization_id", s}}},
                                    {"title", "Дорожная карта"},
                                    {"period", period(w().y0 + "-09-01", w().y3 + "-08-31")},
                                    {"sections", json::array({{{"number", "1"},
                                                               {"title", "Мероприятия"},
                                                               {"items", json::array({roadmap_item("1", "Приказ", "Январь " + w().y1)})}}})}}),
                   201, "roadmap");
    auto rm_path = roadmaps + "/" + rm["id"].get<std::string>();
    auto org_before = must(coord.get(org_path), 200, "organisation before approval");
    EXPECT_EQ(org_before["items_due"], 0.0);
    must(coord.send_json("POST", rm_path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit");
    must(coord.send_json("POST", rm_path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve");
    auto due = row();
    EXPECT_EQ(due["organizations"][0]["items_due"], 1.0);
    EXPECT_EQ(due["overdue_total"], 1.0);
    EXPECT_EQ(due["overdue"].size(), 1u);
    EXPECT_EQ(must(coord.get(org_path), 200, "organisation")["occurrences"]["overdue"].size(), 1u);
    region_and_nation(1, 0, "after approval");

    // Progress recorded: done, nothing overdue.
    auto full = must(coord.get(rm_path), 200, "roadmap");
    std::string item_id = full["sections"][0]["items"][0]["id"];
    must(coord.send_json("POST", rm_path + "/items/" + item_id + "/progress", done_with_evidence(w().y1 + "-01-15", "Приказ № 1"),
                         {{"If-Match", "*"}}),
         201, "progress");
    auto after = row();
    EXPECT_EQ(after["organizations"][0]["items_done"], 1.0);
    EXPECT_EQ(after["overdue_total"], 0.0);
    EXPECT_TRUE(after["overdue"].empty());
    auto org_after = must(coord.get(org_path), 200, "organisation after progress");
    EXPECT_EQ(org_after["items_done"], 1.0);
    EXPECT_EQ(org_after["occurrences"]["done_late"].size() + org_after["occurrences"]["done_on_time"].size(), 1u);
    region_and_nation(1, 1, "after progress");
    // A district renamed shows in the region's row.
    must(admin.send_json("PATCH", kV1 + "/districts/" + x, {{"name", "Район кэша переименован"}}, {{"If-Match", "*"}}),
         200, "rename the district");
    EXPECT_EQ(must(admin.get(kV1 + "/regions/" + region + "/compliance"), 200, "region")["districts"][0]["name"],
              "Район кэша переименован");

    // A curator appointed.
    w().build.curator({s, x});
    EXPECT_EQ(row()["organizations"][0]["documents"]["curator_appointed"], true);

    // The organisation closed: its row leaves the district's answer.
    must(admin.request("DELETE", kV1 + "/districts/" + x + "/organizations/" + s), 200, "close");
    EXPECT_TRUE(must(coord.get(path), 200, "district after closing")["organizations"].empty());
    region_and_nation(0, 0, "after closing");
}

// The history kept on write (V0008) is exactly what computing it again from the roadmaps and
// the progress records gives, after every kind of write: approvals, records done, in progress
// then done, cancelled, work on an unscheduled item, a new version replacing the old; and
// summed up to today it is today's summary.
TEST_F(ComplianceApi, TheHistoryKeptOnWriteIsTheHistoryComputedAgain) {
    auto X = w().build.district(w().build.region("Регион истории"), "Район истории");
    const std::string region = X.region_id, x = X.id;
    auto s1 = w().build.organization(X, "Школа истории", "school").id;
    auto s2 = w().build.organization(X, "Сад истории", "kindergarten").id;
    auto coord = w().build.coordinator(X).http();
    auto roadmaps = kV1 + "/districts/" + x + "/roadmaps";
    auto approve = [&](const std::string& path) {
        must(coord.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit");
        must(coord.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve");
        return must(coord.get(path), 200, "roadmap");
    };
    auto create = [&](json owner, json items) {
        auto rm = must(coord.send_json("POST", roadmaps,
                                       {{"owner", owner},
                                        {"title", "Дорожная карта"},
                                        {"period", period(w().y0 + "-09-01", w().y3 + "-08-31")},
                                        {"sections", json::array({{{"number", "1"}, {"title", "Мероприятия"}, {"items", items}}})}}),
                       201, "roadmap");
        return approve(roadmaps + "/" + rm["id"].get<std::string>());
    };
    auto record = [&](const json& rm, const std::string& number, json body) {
        std::string item_id = item_numbered(rm, number)["id"];
        must(coord.send_json("POST", roadmaps + "/" + rm["id"].get<std::string>() + "/items/" + item_id + "/progress", body,
                             {{"If-Match", "*"}}),
             201, "progress " + number + ": " + body.dump());
    };
    json items = json::array({roadmap_item("1", "Приказ", "Сентябрь " + w().y0), roadmap_item("2", "Положение", "Январь " + w().y1),
                              roadmap_item("3", "Форум", "Ноябрь " + w().y2), roadmap_item("4", "Консультации", "По запросу"),
                              roadmap_item("5", "Встречи", "Октябрь " + w().y0 + ", март " + w().y1)});
    auto rm1 = create({{"kind", "organization"}, {"organization_id", s1}}, items);
    record(rm1, "1", done_with_evidence(w().y0 + "-09-10", "Приказ № 1"));                              // on time
    record(rm1, "2", {{"status", "in_progress"}});
    record(rm1, "2", done_with_evidence(w().y1 + "-02-01", "Положение № 2"));                           // late
    record(rm1, "3", done_with_evidence(domain::Date::today_utc().iso(), "Форум заранее"));             // early
    record(rm1, "4", done_with_evidence(w().y1 + "-01-20", "Журнал"));                                  // unscheduled
    record(rm1, "5", {{"status", "cancelled"}, {"comment", "Перенесено"}, {"occurrence", w().y0 + "-10-01"}});
    auto rm2 = create({{"kind", "organization"}, {"organization_id", s2}}, items);
    record(rm2, "1", done_with_evidence(w().y0 + "-09-20", "Приказ сада"));
    auto own = create({{"kind", "district"}}, json::array({roadmap_item("1", "Муниципальный приказ", "Декабрь " + w().y0, "УО")}));
    // A new version of the school's roadmap replaces the first (its progress starts anew).
    auto next = must(coord.send_json("POST", roadmaps + "/" + rm1["id"].get<std::string>() + "/versions", json::object(),
                                     {{"If-Match", "*"}}),
                     201, "new version");
    auto rm1b = approve(roadmaps + "/" + next["id"].get<std::string>());
    record(rm1b, "1", done_with_evidence(w().y0 + "-09-12", "Приказ № 1 (новая версия)"));
    record(rm1b, "2", {{"status", "in_progress"}});
    // A completion date corrected to an earlier day; a done record taken back.
    record(rm2, "2", done_with_evidence(w().y1 + "-03-01", "Положение сада"));
    record(rm2, "2", done_with_evidence(w().y1 + "-01-10", "Положение сада (дата исправлена)"));
    record(rm1b, "3", done_with_evidence(w().y1 + "-05-01", "Форум"));
    record(rm1b, "3", {{"status", "in_progress"}, {"comment", "Протокол не утверждён"}});

    auto kept = history_snapshot(x);
    EXPECT_GE(kept.size(), 5u);  // the days of the changes (due dates, completions, the approval of rm1b)
    testsupport::rebuild_compliance_history(x);
    EXPECT_EQ(kept, history_snapshot(x));

    // An approval date mended by hand (the replacing version's: the span of the first moves
    // too), followed by the trigger exactly as a rebuild computes it.
    {
        auto sql0 = testsupport::admin_session();
        const std::string mended = w().y1 + "-01-15 09:00:00+00";
        const std::string rm1b_id = rm1b["id"];
        *sql0 << "update roadmaps set approved_at = cast(:t as timestamptz) where id = cast(:i as uuid)",
            soci::use(mended), soci::use(rm1b_id);
    }
    expect_history_exact(x, "after an approval date moved by hand");

    // Summed up to today, per owner: today's summary.
    auto sql = testsupport::admin_session();
    soci::rowset<soci::row> rows = (sql->prepare << R"SQL(
        select s.owner_key::text, s.items_due, s.items_done, s.items_done_on_time, s.items_due_later, s.items_unscheduled,
               coalesce(h.due, -1), coalesce(h.done, -1), coalesce(h.on_time, -1), coalesce(h.later, -1), coalesce(h.unscheduled, -1)
        from compliance_summary s
        left join (select owner_key, sum(due)::int due, sum(done)::int done, sum(done_on_time)::int on_time,
                          (sum(occurrences) - sum(due))::int later, sum(unscheduled)::int unscheduled
                   from compliance_day_deltas where district_id = cast(:d as uuid) and day <= current_date
                   group by owner_key) h on h.owner_key = s.owner_key
        where s.district_id = cast(:d2 as uuid) and s.has_approved_roadmap)SQL",
                                     soci::use(x), soci::use(x));
    int owners = 0;
    for (auto& r : rows) {
        ++owners;
        for (int i = 1; i <= 5; ++i) EXPECT_EQ(r.get<int>(i), r.get<int>(i + 5)) << r.get<std::string>(0) << " column " << i;
    }
    EXPECT_EQ(owners, 3);  // the school's, the kindergarten's and the district's own
    // As of yesterday, with the dates the records state: the school's second version (approved
    // y1-01-15 by the mended date; its progress anew: 1 on time, 2 in progress, 5 twice
    // overdue, 3 later), the kindergarten's (1 on time, 2 done y1-01-10 on time, 5 twice
    // overdue, 3 later), the district's own (December, overdue).
    auto yesterday_day = domain::Date::today_utc().plus_days(-1).iso();
    auto yesterday = must(coord.get(kV1 + "/districts/" + x + "/compliance?as_of=" + yesterday_day), 200, "yesterday");
    expect_counts(yesterday["district_roadmap"], {1, 0, 0, 1, 0, 0, 0.0, 0.0}, "the district's own yesterday");
    expect_counts(yesterday["totals"], {8, 3, 3, 5, 2, 2, 37.5, 37.5}, "yesterday");
    // As known at the end of y0-12-31, before any approval: nothing.
    auto before = must(coord.get(kV1 + "/districts/" + x + "/compliance?as_of=" + w().y0 + "-12-31&known_at=" +
                                 w().y0 + "-12-31T23:59:59Z"),
                       200, "known before any approval");
    EXPECT_TRUE(before["district_roadmap"].is_null());
    expect_counts(before["totals"], {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "as known before any approval");
    (void)own;
}

// A district that starts mid-year: its roadmap approved today, last year's work recorded today
// with its real dates. As of three past dates the numbers are the definition's (docs/domain.md,
// «Compliance») for the organisation, the district, the region and the country; as known at an
// instant before the records were made, nothing was done. Items, all of school S:
//   1 «Сентябрь y0» done y0-09-20 (on time)   2 «Ноябрь y0» done y0-12-05 (late)
//   3 «Февраль y1» in progress                4 «Май y1» done y1-04-10 (early, on time)
//   y0-10-15: due 1 (1), done 1, on time 1, later 3           → 100 %, 100 %
//   y0-12-01: due 2 (1, 2), done 1 (2 is done on y0-12-05), on time 1, overdue 1, later 2 → 50 %, 50 %
//   y1-03-15: due 3 (1, 2, 3), done 2, on time 1, overdue 1, later 1 → 66.7 %, 33.3 %
// Then item 2's completion date is corrected to y0-11-25: as of y0-12-01 it is done on time, a
// closed month's totals move, and the answer kept for that date goes.
TEST_F(ComplianceApi, WorkRecordedTodayWithPastDatesCountsOnThoseDates) {
    auto admin = w().server.admin();
    auto X = w().build.district(w().build.region("Регион позднего старта"), "Район позднего старта");
    const std::string region = X.region_id, x = X.id;
    auto s = w().build.organization(X, "Школа позднего старта", "school").id;
    auto coord = w().build.coordinator(X).http();
    auto roadmaps = kV1 + "/districts/" + x + "/roadmaps";
    const auto& y0 = w().y0;
    const auto& y1 = w().y1;
    auto rm = must(coord.send_json("POST", roadmaps,
                                   {{"owner", {{"kind", "organization"}, {"organization_id", s}}},
                                    {"title", "Дорожная карта"},
                                    {"period", period(y0 + "-09-01", w().y3 + "-08-31")},
                                    {"sections", json::array({{{"number", "1"},
                                                               {"title", "Мероприятия"},
                                                               {"items", json::array({roadmap_item("1", "Приказ", "Сентябрь " + y0),
                                                                                      roadmap_item("2", "Положение", "Ноябрь " + y0),
                                                                                      roadmap_item("3", "Семинар", "Февраль " + y1),
                                                                                      roadmap_item("4", "Конференция", "Май " + y1)})}}})}}),
                   201, "roadmap");
    auto path = roadmaps + "/" + rm["id"].get<std::string>();
    must(coord.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit");
    must(coord.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve");
    auto full = must(coord.get(path), 200, "roadmap");
    std::string approved_then;  // an instant after the approval, before any record
    *testsupport::admin_session() << "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
        soci::into(approved_then);
    auto record = [&](const std::string& number, json body) {
        std::string item_id = item_numbered(full, number)["id"];
        must(coord.send_json("POST", path + "/items/" + item_id + "/progress", body, {{"If-Match", "*"}}), 201,
             "progress " + number);
    };
    record("1", done_with_evidence(y0 + "-09-20", "Приказ № 1"));
    record("2", done_with_evidence(y0 + "-12-05", "Положение"));
    record("3", {{"status", "in_progress"}});
    record("4", done_with_evidence(y1 + "-04-10", "Программа конференции"));

    auto district_path_x = kV1 + "/districts/" + x + "/compliance";
    auto org_path = kV1 + "/districts/" + x + "/organizations/" + s + "/compliance";
    auto everywhere = [&](const std::string& query, const Counts& expected, const std::string& what) {
        auto org = must(coord.get(org_path + query), 200, "organisation " + what);
        expect_counts(org, expected, "organisation " + what);
        auto district = must(coord.get(district_path_x + query), 200, "district " + what);
        ASSERT_EQ(district["organizations"].size(), 1u);
        expect_counts(district["organizations"][0], expected, "district row " + what);
        expect_counts(district["totals"], expected, "district totals " + what);
        auto reg = must(admin.get(kV1 + "/regions/" + region + "/compliance" + query), 200, "region " + what);
        ASSERT_EQ(reg["districts"].size(), 1u);
        expect_counts(reg["districts"][0], expected, "region's district " + what);
        expect_counts(reg["totals"], expected, "region totals " + what);
        auto nation = must(admin.get(kV1 + "/compliance" + query), 200, "national " + what);
        bool found = false;
        for (auto& r : nation["regions"])
            if (r["region_id"] == region) {
                found = true;
                expect_counts(r, expected, "national row " + what);
            }
        EXPECT_TRUE(found) << what;
    };
    everywhere("?as_of=" + y0 + "-10-15", {1, 1, 1, 0, 3, 0, 100.0, 100.0}, "as of y0-10-15");
    everywhere("?as_of=" + y0 + "-12-01", {2, 1, 1, 1, 2, 0, 50.0, 50.0}, "as of y0-12-01");
    everywhere("?as_of=" + y1 + "-03-15", {3, 2, 1, 1, 1, 0, 66.7, 33.3}, "as of y1-03-15");
    // As known before the records were made: the roadmap, nothing done.
    everywhere("?as_of=" + y1 + "-03-15&known_at=" + approved_then, {3, 0, 0, 3, 1, 0, 0.0, 0.0},
               "as of y1-03-15 known before the records");
    everywhere("?as_of=" + y0 + "-12-01&known_at=" + approved_then, {2, 0, 0, 2, 2, 0, 0.0, 0.0},
               "as of y0-12-01 known before the records");

    // A record dated in a closed month: y0-12-01's totals (summed for December at the district's
    // version) and the answer kept for that date both move.
    auto dec = district_path_x + "?as_of=" + y0 + "-12-01";
    auto kept = coord.get(dec);
    ASSERT_EQ(kept.status, 200);
    EXPECT_EQ(coord.get(dec).body, kept.body) << "nothing changed: the kept answer";
    auto month_totals = [&] {
        auto sql = testsupport::admin_session();
        int rows = 0, done = -1, deltas_done = -2;
        const std::string month = y0 + "-12-01";
        *sql << "select count(*), coalesce(sum(done), 0) from compliance_month_totals t"
                " where t.district_id = cast(:d as uuid) and t.month = cast(:m as date)"
                " and t.version = (select version from district_versions where district_id = t.district_id)",
            soci::use(x), soci::use(month), soci::into(rows), soci::into(done);
        *sql << "select coalesce(sum(done), 0) from compliance_day_deltas where district_id = cast(:d as uuid)"
                " and day < cast(:m as date)",
            soci::use(x), soci::use(month), soci::into(deltas_done);
        EXPECT_EQ(rows, 1) << "the month's totals at the district's version";
        EXPECT_EQ(done, deltas_done) << "the month's totals are the changes before it";
        return done;
    };
    EXPECT_EQ(month_totals(), 1) << "item 1 (done from y0-09-30)";
    record("2", done_with_evidence(y0 + "-11-25", "Положение (дата исправлена)"));
    auto moved = must(coord.get(dec), 200, "after the backdated record");
    EXPECT_NE(moved.dump(), kept.json().dump());
    expect_counts(moved["totals"], {2, 2, 2, 0, 2, 0, 100.0, 100.0}, "as of y0-12-01 after the correction");
    EXPECT_EQ(month_totals(), 2) << "item 2 now done from y0-11-30: December's totals summed again";
    everywhere("?as_of=" + y0 + "-12-01", {2, 2, 2, 0, 2, 0, 100.0, 100.0}, "as of y0-12-01 after the correction");
    everywhere("?as_of=" + y1 + "-03-15", {3, 2, 2, 1, 1, 0, 66.7, 66.7}, "as of y1-03-15 after the correction");
    expect_history_exact(x, "after the backdated records");
}

// The plan that counts at a date: the latest version approved on or before it; before any
// approval, the first approved version. School T's version 1 («Сентябрь y0», «Ноябрь y0»,
// approved y0-10-01) is replaced by version 2 (item 2 moved to «Март y1», approved y1-01-15;
// its progress starts anew).
TEST_F(ComplianceApi, ThePlanThatCountsIsTheVersionApprovedByTheDate) {
    auto X = w().build.district(w().build.region("Регион версий"), "Район версий");
    const std::string region = X.region_id, x = X.id;
    auto t = w().build.organization(X, "Школа версий", "school").id;
    auto coord = w().build.coordinator(X).http();
    auto roadmaps = kV1 + "/districts/" + x + "/roadmaps";
    const auto& y0 = w().y0;
    const auto& y1 = w().y1;
    auto approve = [&](const std::string& path) {
        must(coord.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit");
        must(coord.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve");
        return must(coord.get(path), 200, "roadmap");
    };
    auto set_approved = [&](const json& rm, const std::string& at) {
        auto sql = testsupport::admin_session();
        const std::string id = rm["id"];
        *sql << "update roadmaps set approved_at = cast(:t as timestamptz) where id = cast(:i as uuid)", soci::use(at),
            soci::use(id);
    };
    auto created = must(coord.send_json("POST", roadmaps,
                                        {{"owner", {{"kind", "organization"}, {"organization_id", t}}},
                                         {"title", "Дорожная карта"},
                                         {"period", period(y0 + "-09-01", w().y3 + "-08-31")},
                                         {"sections", json::array({{{"number", "1"},
                                                                    {"title", "Мероприятия"},
                                                                    {"items", json::array({roadmap_item("1", "Приказ", "Сентябрь " + y0),
                                                                                           roadmap_item("2", "Положение", "Ноябрь " + y0)})}}})}}),
                        201, "roadmap");
    auto v1 = approve(roadmaps + "/" + created["id"].get<std::string>());
    std::string item1 = item_numbered(v1, "1")["id"];
    must(coord.send_json("POST", roadmaps + "/" + v1["id"].get<std::string>() + "/items/" + item1 + "/progress",
                         done_with_evidence(y0 + "-09-20", "Приказ № 1"), {{"If-Match", "*"}}),
         201, "progress on version 1");
    set_approved(v1, y0 + "-10-01 10:00:00+00");

    auto next = must(coord.send_json("POST", roadmaps + "/" + v1["id"].get<std::string>() + "/versions", json::object(),
                                     {{"If-Match", "*"}}),
                     201, "new version");
    auto v2_path = roadmaps + "/" + next["id"].get<std::string>();
    std::string v2_item2 = item_numbered(next, "2")["id"];
    must(coord.send_json("PATCH", v2_path + "/items/" + v2_item2, {{"deadline_text", "Март " + y1}}, {{"If-Match", "*"}}),
         200, "move item 2");
    auto v2 = approve(v2_path);
    set_approved(v2, y1 + "-01-15 10:00:00+00");

    auto org = [&](const std::string& query) {
        return must(coord.get(kV1 + "/districts/" + x + "/organizations/" + t + "/compliance" + query), 200, query);
    };
    // Before any approval: version 1 (the first approved), nothing due yet.
    auto early = org("?as_of=" + y0 + "-09-15");
    expect_counts(early, {0, 0, 0, 0, 2, 0, nullptr, nullptr}, "before any approval");
    EXPECT_EQ(group_keys(early["occurrences"], "due_later"), sorted({"1:" + y0 + "-09-30", "2:" + y0 + "-11-30"}));
    // After version 1's approval, before version 2's: version 1.
    auto mid = org("?as_of=" + y0 + "-12-15");
    expect_counts(mid, {2, 1, 1, 1, 0, 0, 50.0, 50.0}, "between the approvals");
    EXPECT_EQ(group_keys(mid["occurrences"], "overdue"), sorted({"2:" + y0 + "-11-30"}));
    // After version 2's approval: version 2 (item 2 in March; no progress on it yet).
    auto late = org("?as_of=" + y1 + "-02-01");
    expect_counts(late, {1, 0, 0, 1, 1, 0, 0.0, 0.0}, "after the second approval");
    EXPECT_EQ(group_keys(late["occurrences"], "due_later"), sorted({"2:" + y1 + "-03-31"}));
    auto district = must(coord.get(kV1 + "/districts/" + x + "/compliance?as_of=" + y1 + "-02-01"), 200, "district");
    expect_counts(district["totals"], {1, 0, 0, 1, 1, 0, 0.0, 0.0}, "the district after the second approval");
    // As known on y1-01-10 (by the approval dates, version 2 was not approved yet; the record
    // on version 1 was made today): version 1, nothing done.
    auto known = org("?as_of=" + y1 + "-02-01&known_at=" + y1 + "-01-10T00:00:00Z");
    expect_counts(known, {2, 0, 0, 2, 0, 0, 0.0, 0.0}, "known before version 2's approval");
    // Drafts never count: a third version being prepared changes nothing.
    must(coord.send_json("POST", roadmaps + "/" + v2["id"].get<std::string>() + "/versions", json::object(),
                         {{"If-Match", "*"}}),
         201, "a draft version");
    expect_counts(org("?as_of=" + y1 + "-02-01"), {1, 0, 0, 1, 1, 0, 0.0, 0.0}, "with a draft");
    expect_history_exact(x, "after two versions and moved approval dates");
}

// A past date's overdue occurrences are looked for in due order a batch at a time: here the
// three overdue ones are the last due of more than a hundred (every other one done on its
// last day), beyond the first batch; the list still holds the oldest, in list order.
TEST_F(ComplianceApi, APastDatesOverdueListBeyondManyDoneOnes) {
    auto X = w().build.district(w().build.region("Регион месяцев"), "Район месяцев");
    const std::string region = X.region_id, x = X.id;
    auto s = w().build.organization(X, "Школа месяцев", "school").id;
    auto coord = w().build.coordinator(X).http();
    auto roadmaps = kV1 + "/districts/" + x + "/roadmaps";
    json items = json::array();
    for (int k = 1; k <= 12; ++k) items.push_back(roadmap_item(std::to_string(k), "Встреча " + std::to_string(k), "Ежемесячно"));
    auto rm = must(coord.send_json("POST", roadmaps,
                                   {{"owner", {{"kind", "organization"}, {"organization_id", s}}},
                                    {"title", "Дорожная карта"},
                                    {"period", period(w().y0 + "-09-01", w().y3 + "-08-31")},
                                    {"sections", json::array({{{"number", "1"}, {"title", "Встречи"}, {"items", items}}})}}),
                   201, "roadmap");
    auto path = roadmaps + "/" + rm["id"].get<std::string>();
    must(coord.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit");
    must(coord.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve");
    auto full = must(coord.get(path), 200, "roadmap");

    auto day = domain::Date::today_utc().plus_days(-1).iso();
    std::string last;  // the last window's end by `day`
    auto first_item = item_numbered(full, "1");
    for (auto& o : first_item["occurrences"])
        if (o["end"].get<std::string>() <= day) last = std::max(last, o["end"].get<std::string>());
    ASSERT_FALSE(last.empty()) << first_item.dump(1);
    int due = 0;
    for (int k = 1; k <= 12; ++k) {
        auto it = item_numbered(full, std::to_string(k));
        for (auto& o : it["occurrences"]) {
            std::string end = o["end"];
            if (end > day) continue;
            ++due;
            if (k >= 10 && end == last) continue;  // items 10, 11, 12: their last window is overdue
            must(coord.send_json("POST", path + "/items/" + it["id"].get<std::string>() + "/progress",
                                 done_with_evidence(end, "Протокол", o["start"].get<std::string>()), {{"If-Match", "*"}}),
                 201, "progress");
        }
    }
    ASSERT_GT(due, 100) << "more occurrences than one batch";
    {
        auto sql = testsupport::admin_session();
        const std::string approved_on = w().y0 + "-09-01 10:00:00+00";
        *sql << "update roadmaps set approved_at = cast(:t as timestamptz) where district_id = cast(:d as uuid)",
            soci::use(approved_on), soci::use(x);
        *sql << "update item_progress set recorded_at = completed_on + time '12:00' where district_id = cast(:d as uuid)",
            soci::use(x);
    }
    testsupport::rebuild_compliance_history(x);

    auto two = get(coord, kV1 + "/districts/" + x + "/compliance?overdue_limit=2&as_of=" + day);
    expect_counts(two["totals"], {due, due - 3, due - 3, 3, two["totals"]["items_due_later"].get<int>(), 0,
                                  std::round(1000.0 * (due - 3) / due) / 10.0, std::round(1000.0 * (due - 3) / due) / 10.0},
                  "totals");
    EXPECT_EQ(two["overdue_total"], 3);
    std::vector<std::string> numbers;
    for (auto& o : two["overdue"]) {
        numbers.push_back(o["number"]);
        EXPECT_EQ(o["end"], last);
        EXPECT_EQ(o["status"], "planned");
    }
    EXPECT_EQ(numbers, (std::vector<std::string>{"10", "11"}));
    auto all = get(coord, kV1 + "/districts/" + x + "/compliance?as_of=" + day);
    numbers.clear();
    for (auto& o : all["overdue"]) numbers.push_back(o["number"]);
    EXPECT_EQ(numbers, (std::vector<std::string>{"10", "11", "12"}));
}

// A summary row from an earlier day (its next due date has passed) is recomputed before the
// district is read, not served as it stands.
TEST_F(ComplianceApi, ARowFromAnEarlierDayIsRecomputedBeforeTheRead) {
    sql_exec("update compliance_summary set as_of = current_date - 3, valid_until = current_date - 1, items_due = 99,"
             " items_done = 0 where organization_id = '" + w().a + "'");
    // A new day finds no kept answer (answers are kept per date); moving the district's
    // version stands in for the new day here.
    sql_exec("update district_versions set version = version + 1 where district_id = '" + w().d1 + "'");
    auto body = get(w().coordinator(), district_path() + "/compliance");
    expect_counts(row_of(body, w().a), {8, 5, 4, 3, 8, 1, 62.5, 50.0}, "A recomputed");
    auto s = testsupport::admin_session();
    int due = -1, fresh = 0;
    *s << "select items_due, (as_of = current_date and valid_until >= current_date)::int from compliance_summary"
          " where organization_id = cast(:o as uuid)",
        soci::use(w().a), soci::into(due), soci::into(fresh);
    EXPECT_EQ(due, 8);
    EXPECT_EQ(fresh, 1);
}

TEST_F(ComplianceApi, DocumentsChecklistAndMonitoringStatePerOrganisation) {
    auto body = get(w().coordinator(), district_path() + "/compliance");
    auto a = row_of(body, w().a), b = row_of(body, w().b), c = row_of(body, w().c);
    // A: from its submitted report (order, regulation, no program, site page), an approved roadmap, a curator.
    expect_documents(a["documents"], true, true, false, true, true, true, 5, "A");
    // B: a draft is not a report; approved roadmap; no curator.
    expect_documents(b["documents"], nullptr, nullptr, nullptr, nullptr, true, false, 1, "B");
    // C: from its (late) report in the other campaign; no roadmap; a curator.
    expect_documents(c["documents"], false, true, true, false, false, true, 3, "C");

    auto states = [](const json& row) {
        std::vector<std::string> out;
        for (auto& m : row.at("monitoring"))
            out.push_back(m.at("title").get<std::string>() + "|" + m.at("status").get<std::string>() + "|" + m.at("on_time").dump());
        return out;
    };
    EXPECT_EQ(states(a), (std::vector<std::string>{"Мониторинг ЦМН, апрель|not_started|null", "Мониторинг ЦМН, май|submitted|true"}));
    EXPECT_EQ(states(b), (std::vector<std::string>{"Мониторинг ЦМН, апрель|not_started|null", "Мониторинг ЦМН, май|draft|null"}));
    EXPECT_EQ(states(c), (std::vector<std::string>{"Мониторинг ЦМН, апрель|submitted|false", "Мониторинг ЦМН, май|not_started|null"}));
}

TEST_F(ComplianceApi, MonitoringCompletenessPerCampaignLeavesTheClosedOrganisationOut) {
    auto body = get(w().coordinator(), district_path() + "/compliance");
    ASSERT_EQ(body["monitoring"].size(), 2u) << body["monitoring"].dump();
    auto c2 = body["monitoring"][0], c1 = body["monitoring"][1];  // by reporting date
    EXPECT_EQ(c2["campaign_id"], w().c2);
    EXPECT_EQ(c1["campaign_id"], w().c1);
    EXPECT_EQ(c2["due_date"], w().y1 + "-05-31");
    // c1: A and D submitted on time; D is closed: 3 expected, 1 submitted, on time.
    EXPECT_EQ(c1["expected"], 3);
    EXPECT_EQ(c1["submitted"], 1);
    EXPECT_EQ(c1["on_time"], 1);
    EXPECT_EQ(c1["late"], 0);
    EXPECT_EQ(c1["missing"], 2);
    EXPECT_EQ(c1["by_type"], (json{{"school", {{"expected", 1}, {"submitted", 1}, {"on_time", 1}}},
                                   {"kindergarten", {{"expected", 1}, {"submitted", 0}, {"on_time", 0}}},
                                   {"college", {{"expected", 1}, {"submitted", 0}, {"on_time", 0}}}}));
    // c2: C submitted after the due date.
    EXPECT_EQ(c2["expected"], 3);
    EXPECT_EQ(c2["submitted"], 1);
    EXPECT_EQ(c2["on_time"], 0);
    EXPECT_EQ(c2["late"], 1);
    EXPECT_EQ(c2["missing"], 2);
    EXPECT_EQ(c2["by_type"], (json{{"school", {{"expected", 1}, {"submitted", 0}, {"on_time", 0}}},
                                   {"kindergarten", {{"expected", 1}, {"submitted", 0}, {"on_time", 0}}},
                                   {"college", {{"expected", 1}, {"submitted", 1}, {"on_time", 0}}}}));
}

// ---------------------------------------------------------------- one organisation

TEST_F(ComplianceApi, OrganisationAsOfTodayWithTheOccurrencesBehindEveryNumber) {
    auto body = get(w().coordinator(), org_compliance(w().a));
    EXPECT_EQ(body["as_of"], domain::Date::today_utc().iso());
    EXPECT_EQ(body["organization_id"], w().a);
    EXPECT_EQ(body["name"], w().name_a);
    expect_counts(body, {8, 5, 4, 3, 8, 1, 62.5, 50.0}, "A's own page");
    expect_documents(body["documents"], true, true, false, true, true, true, 5, "A's own page");
    auto& occ = body["occurrences"];
    const auto& y0 = w().y0;
    const auto& y1 = w().y1;
    const auto& y2 = w().y2;
    const auto& y3 = w().y3;
    EXPECT_EQ(group_keys(occ, "done_on_time"),
              sorted({"1:" + y0 + "-10-01", "4:" + y0 + "-10-31", "5:" + y1 + "-08-31", "5:" + y1 + "-08-31"}));
    EXPECT_EQ(group_keys(occ, "done_late"), sorted({"2:" + y0 + "-11-30"}));
    EXPECT_EQ(group_keys(occ, "overdue"), sorted({"3:" + y0 + "-12-31", "4:" + y1 + "-03-31", "5:" + y1 + "-08-31"}));
    EXPECT_EQ(group_keys(occ, "due_later"),
              sorted({"4:" + y2 + "-10-31", "5:" + y2 + "-08-31", "5:" + y2 + "-08-31", "5:" + y2 + "-08-31",
                      "5:" + y3 + "-08-31", "5:" + y3 + "-08-31", "5:" + y3 + "-08-31", "6:" + y3 + "-08-31"}));
    // Each number is the size of its group.
    EXPECT_EQ(occ["done_on_time"].size() + occ["done_late"].size(), 5u);
    EXPECT_EQ(occ["overdue"].size(), 3u);
    EXPECT_EQ(occ["due_later"].size(), 8u);
    // The cancelled and the unscheduled items explain nothing here.
    for (auto& [group, list] : occ.items())
        for (auto& x : list) {
            EXPECT_NE(x["number"], "8") << "a cancelled occurrence is not due: " << x.dump();
            EXPECT_NE(x["number"], "7") << "an unscheduled item has no due occurrence: " << x.dump();
            EXPECT_EQ(x["state"], group);
            EXPECT_EQ(x["roadmap_id"], w().rm_a);
        }
    // What a coordinator sees when clicking through.
    for (auto& x : occ["done_late"]) {
        EXPECT_EQ(x["completed_on"], y0 + "-12-10");
        EXPECT_EQ(x["evidence"]["url"], "https://school1.example/doc");
        EXPECT_EQ(x["status"], "done");
    }
    for (auto& x : occ["overdue"])
        if (x["number"] == "3") {
            EXPECT_EQ(x["status"], "in_progress");
            EXPECT_TRUE(x["completed_on"].is_null());
            EXPECT_EQ(x["start"], y0 + "-12-01");
            EXPECT_EQ(x["deadline_text"], "Декабрь " + y0);
        }
    for (auto& x : occ["due_later"])
        if (x["number"] == "4") {
            EXPECT_EQ(x["status"], "done") << "done early, counted once its window is due";
            EXPECT_EQ(x["completed_on"], y1 + "-04-01");
        }

    auto b = get(w().coordinator(), org_compliance(w().b));
    expect_counts(b, {2, 2, 2, 0, 0, 0, 100.0, 100.0}, "B's own page");
    auto c = get(w().coordinator(), org_compliance(w().c));
    expect_counts(c, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "C's own page");
    for (auto& g : {"done_on_time", "done_late", "overdue", "due_later"}) EXPECT_TRUE(c["occurrences"][g].empty()) << g;
    EXPECT_EQ(w().coordinator().get(org_compliance(w().closed)).status, 404) << "a closed organisation has no compliance";
}

// ---------------------------------------------------------------- a past date

TEST_F(ComplianceApi, AsOfAPastDateCountsWorkWithTheDatesItStates) {
    auto body = get(w().coordinator(), district_path() + "/compliance?as_of=" + w().past);
    EXPECT_EQ(body["as_of"], w().past);
    EXPECT_TRUE(body["known_at"].is_null());
    EXPECT_EQ(names(body["organizations"]), (std::vector<std::string>{w().name_b, w().name_c, w().name_a}));
    auto a = row_of(body, w().a), b = row_of(body, w().b), c = row_of(body, w().c);
    expect_counts(a, {4, 3, 2, 1, 12, 1, 75.0, 50.0}, "A as of P (Oct's work counts though recorded today)");
    expect_counts(b, {2, 2, 2, 0, 0, 0, 100.0, 100.0}, "B as of P: its first approved version counts before its approval");
    expect_counts(c, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "C as of P");
    expect_counts(body["totals"], {6, 5, 4, 1, 12, 1, 83.3, 66.7}, "totals as of P");
    expect_counts(body["by_type"]["school"], {4, 3, 2, 1, 12, 1, 75.0, 50.0}, "schools as of P (closed D out)");
    expect_counts(body["by_type"]["kindergarten"], {2, 2, 2, 0, 0, 0, 100.0, 100.0}, "kindergartens as of P");
    expect_counts(body["district_roadmap"], {2, 1, 1, 1, 1, 0, 50.0, 50.0}, "district roadmap as of P");
    EXPECT_EQ(overdue_keys(body["overdue"], true), (std::vector<std::string>{"A:3:" + w().y0 + "-12-31"}))
        << body["overdue"].dump(1);
    // Documents as they stood then: no report had been submitted, no curator appointed yet,
    // B's roadmap not yet approved.
    expect_documents(a["documents"], nullptr, nullptr, nullptr, nullptr, true, false, 1, "A as of P");
    expect_documents(b["documents"], nullptr, nullptr, nullptr, nullptr, false, false, 0, "B as of P");
    expect_documents(c["documents"], nullptr, nullptr, nullptr, nullptr, false, false, 0, "C as of P");
    EXPECT_TRUE(body["monitoring"].empty()) << "no campaign had its reporting date by P";
    EXPECT_TRUE(a["monitoring"].empty());

    auto org = get(w().coordinator(), org_compliance(w().a, "?as_of=" + w().past));
    EXPECT_TRUE(org["known_at"].is_null());
    expect_counts(org, {4, 3, 2, 1, 12, 1, 75.0, 50.0}, "A's page as of P");
    auto& occ = org["occurrences"];
    const auto& y0 = w().y0;
    const auto& y1 = w().y1;
    const auto& y2 = w().y2;
    const auto& y3 = w().y3;
    EXPECT_EQ(group_keys(occ, "done_on_time"), sorted({"1:" + y0 + "-10-01", "4:" + y0 + "-10-31"}));
    EXPECT_EQ(group_keys(occ, "done_late"), sorted({"2:" + y0 + "-11-30"}));
    EXPECT_EQ(group_keys(occ, "overdue"), sorted({"3:" + y0 + "-12-31"}));
    std::vector<std::string> later = {"4:" + y1 + "-03-31", "4:" + y2 + "-10-31", "6:" + y3 + "-08-31"};
    for (auto& end : {y1, y2, y3})
        for (int i = 0; i < 3; ++i) later.push_back("5:" + end + "-08-31");
    EXPECT_EQ(group_keys(occ, "due_later"), sorted(later));

    // Before anything was approved the first approved versions count all the same: nothing due yet.
    auto before = get(w().coordinator(), district_path() + "/compliance?as_of=" + y0 + "-08-31");
    expect_counts(before["totals"], {0, 0, 0, 0, 18, 1, nullptr, nullptr}, "before any approval (A 16, B 2 later)");
    expect_counts(before["district_roadmap"], {0, 0, 0, 0, 3, 0, nullptr, nullptr}, "the district's own before approval");
    EXPECT_TRUE(before["overdue"].empty());
}

// The same dates as the system knew them at an instant (known_at): only the records that
// existed then — the numbers a report made on that day showed.
TEST_F(ComplianceApi, KnownAtGivesWhatWasRecordedThen) {
    auto known_at = w().past + "T23:59:59Z";
    auto body = get(w().coordinator(), district_path() + "/compliance?as_of=" + w().past + "&known_at=" + known_at);
    EXPECT_EQ(body["as_of"], w().past);
    EXPECT_EQ(body["known_at"], known_at);
    auto a = row_of(body, w().a), b = row_of(body, w().b);
    expect_counts(a, {4, 2, 1, 2, 12, 1, 50.0, 25.0}, "A as known at P (Oct's record came later)");
    expect_counts(b, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "B as known at P: its roadmap was approved after P");
    expect_counts(body["totals"], {4, 2, 1, 2, 12, 1, 50.0, 25.0}, "totals as known at P");
    expect_counts(body["district_roadmap"], {2, 1, 1, 1, 1, 0, 50.0, 50.0}, "district roadmap as known at P");
    EXPECT_EQ(overdue_keys(body["overdue"], true),
              (std::vector<std::string>{"A:4:" + w().y0 + "-10-31", "A:3:" + w().y0 + "-12-31"}));
    expect_documents(a["documents"], nullptr, nullptr, nullptr, nullptr, true, false, 1, "A as known at P");

    // Without as_of, the day of known_at; an offset names the same instant.
    auto same = get(w().coordinator(), district_path() + "/compliance?known_at=" + w().past + "T23:59:59Z");
    EXPECT_EQ(same["as_of"], w().past);
    auto offset = get(w().coordinator(), district_path() + "/compliance?known_at=" + w().y1 + "-03-16T02:59:59%2B03:00");
    EXPECT_EQ(offset["as_of"], w().past) << "the instant's UTC day";
    EXPECT_EQ(offset["known_at"], known_at);
    expect_counts(offset["totals"], {4, 2, 1, 2, 12, 1, 50.0, 25.0}, "the same instant with an offset");

    auto org = get(w().coordinator(), org_compliance(w().a, "?as_of=" + w().past + "&known_at=" + known_at));
    EXPECT_EQ(org["known_at"], known_at);
    expect_counts(org, {4, 2, 1, 2, 12, 1, 50.0, 25.0}, "A's page as known at P");
    for (auto& x : org["occurrences"]["overdue"])
        if (x["number"] == "4") {
            EXPECT_EQ(x["status"], "planned") << "the record made after P was not known";
        }
    for (auto& x : org["occurrences"]["due_later"])
        if (x["number"] == "4" && x["end"] == w().y2 + "-10-31") {
            EXPECT_EQ(x["status"], "planned") << "recorded after P";
        }

    // Before anything was approved nothing counts.
    auto before = get(w().coordinator(), district_path() + "/compliance?as_of=" + w().y0 + "-08-31&known_at=" + w().y0 +
                                             "-08-31T23:59:59Z");
    expect_counts(before["totals"], {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "known before any approval");
    EXPECT_TRUE(before["district_roadmap"].is_null()) << before["district_roadmap"].dump();

    // Known now (the database's clock, after every record of the world): as without known_at.
    std::string instant;
    *testsupport::admin_session() << "select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')",
        soci::into(instant);
    auto now = get(w().coordinator(), district_path() + "/compliance?as_of=" + w().past + "&known_at=" + instant);
    expect_counts(now["totals"], {6, 5, 4, 1, 12, 1, 83.3, 66.7}, "as of P known today");
}

TEST_F(ComplianceApi, PastDateOnTheDayAfterAWindowCountsItDue) {
    // y0-10-01: item 1's window ends that day (done y0-09-20) → 1 due, done on time.
    // Later: 16 occurrences in all (8's January is cancelled: a cancellation states no date,
    // so it counts at every date) − 1 due = 15.
    auto org = get(w().coordinator(), org_compliance(w().a, "?as_of=" + w().y0 + "-10-01"));
    expect_counts(org, {1, 1, 1, 0, 15, 1, 100.0, 100.0}, "A as of y0-10-01");
    for (auto& [group, list] : org["occurrences"].items())
        for (auto& x : list) EXPECT_NE(x["number"], "8") << "the cancelled occurrence is in " << group;
    // As known at the end of that day the cancellation (recorded y1-01-10) was not: 16 later.
    auto known = get(w().coordinator(), org_compliance(w().a, "?known_at=" + w().y0 + "-10-01T23:59:59Z"));
    expect_counts(known, {1, 1, 1, 0, 16, 1, 100.0, 100.0}, "A as known at y0-10-01");
    // y0-09-30: nothing of A's is due; the district's «Сентябрь» is, and is done.
    auto d = get(w().coordinator(), district_path() + "/compliance?as_of=" + w().y0 + "-09-30");
    expect_counts(row_of(d, w().a), {0, 0, 0, 0, 16, 1, nullptr, nullptr}, "A as of y0-09-30");
    expect_counts(d["district_roadmap"], {1, 1, 1, 0, 2, 0, 100.0, 100.0}, "district roadmap as of y0-09-30");
}

TEST_F(ComplianceApi, PastDateMonitoringIsAsKnownThen) {
    // y1-05-25: both campaigns had their reporting date, but every report was submitted today.
    auto day = w().y1 + "-05-25";
    auto body = get(w().coordinator(), district_path() + "/compliance?as_of=" + day);
    ASSERT_EQ(body["monitoring"].size(), 2u) << body["monitoring"].dump();
    for (auto& m : body["monitoring"]) {
        EXPECT_EQ(m["expected"], 3) << m.dump();
        EXPECT_EQ(m["submitted"], 0) << "nothing was submitted by " << day << ": " << m.dump();
        EXPECT_EQ(m["on_time"], 0) << m.dump();
        EXPECT_EQ(m["late"], 0) << m.dump();
        EXPECT_EQ(m["missing"], 3) << m.dump();
    }
    auto c = row_of(body, w().c);
    ASSERT_EQ(c["monitoring"].size(), 2u);
    EXPECT_EQ(c["monitoring"][0]["status"], "not_started") << "C's report was made today: " << c["monitoring"].dump();
    EXPECT_TRUE(c["monitoring"][0]["on_time"].is_null()) << c["monitoring"].dump();
    expect_documents(c["documents"], nullptr, nullptr, nullptr, nullptr, false, false, 0, "C as of " + day);
}

// ---------------------------------------------------------------- filters, sorting, bad input

TEST_F(ComplianceApi, FiltersAndSorting) {
    auto co = w().coordinator();
    auto base = district_path() + "/compliance";
    auto rows = [&](const std::string& q) { return names(get(co, base + q)["organizations"]); };
    EXPECT_EQ(rows("?type=school"), (std::vector<std::string>{w().name_a}));
    EXPECT_EQ(rows("?type=college"), (std::vector<std::string>{w().name_c}));
    EXPECT_EQ(rows("?type=methodical_center"), (std::vector<std::string>{}));
    EXPECT_EQ(rows("?below=70"), (std::vector<std::string>{w().name_a})) << "C has nothing due: kept out";
    EXPECT_EQ(rows("?below=100"), (std::vector<std::string>{w().name_a})) << "100 is not below 100";
    EXPECT_EQ(rows("?below=62.5"), (std::vector<std::string>{}));
    EXPECT_EQ(rows("?below=62.6"), (std::vector<std::string>{w().name_a}));
    EXPECT_EQ(rows("?sort=name"), (std::vector<std::string>{w().name_b, w().name_c, w().name_a}));
    EXPECT_EQ(rows("?sort=compliance"), (std::vector<std::string>{w().name_a, w().name_b, w().name_c}));
    EXPECT_EQ(rows("?sort=overdue"), (std::vector<std::string>{w().name_a, w().name_b, w().name_c}));
    EXPECT_EQ(rows("?type=kindergarten&below=100"), (std::vector<std::string>{}));
    EXPECT_EQ(rows("?as_of=" + w().past + "&sort=compliance"), (std::vector<std::string>{w().name_a, w().name_b, w().name_c}));
    // Totals are the district's whatever the filter shows.
    expect_counts(get(co, base + "?type=college")["totals"], {10, 7, 6, 3, 8, 1, 70.0, 60.0}, "totals with a filter");

    for (auto q : {"?sort=size", "?below=abc", "?below=101", "?below=-1", "?below=", "?below=nan", "?below=inf"}) {
        auto r = co.get(base + q);
        EXPECT_EQ(r.status, 400) << q << " " << r.body;
    }
}

TEST_F(ComplianceApi, BadAsOfIs400OnEveryCompliancePath) {
    auto tomorrow = domain::Date::today_utc().plus_days(1).iso();
    std::vector<std::pair<HttpClient, std::string>> paths = {
        {w().coordinator(), district_path() + "/compliance"},
        {w().coordinator(), org_compliance(w().a)},
        {w().as(w().token_analyst), kV1 + "/regions/" + w().region + "/compliance"},
        {w().coordinator(), district_path() + "/reports/regional?campaign=" + w().c1 + "&"},
        {w().as(w().token_analyst), kV1 + "/regions/" + w().region + "/reports/regional?"},
    };
    for (auto& [client, path] : paths) {
        auto sep = path.find('?') == std::string::npos ? "?" : (path.back() == '?' || path.back() == '&' ? "" : "&");
        for (auto bad : {std::string("yesterday"), std::string("2025-02-30"), std::string("2025-1-05"), std::string(""),
                         std::string("0000-06-01"), tomorrow}) {
            auto r = client.get(path + sep + "as_of=" + bad);
            EXPECT_EQ(r.status, 400) << path << " as_of=" << bad << "\n" << r.body;
            EXPECT_EQ(r.header("content-type"), "application/problem+json") << path;
        }
    }
    EXPECT_EQ(w().coordinator().get(district_path() + "/compliance?as_of=" + domain::Date::today_utc().iso()).status, 200);
}

TEST_F(ComplianceApi, BadKnownAtIs400OnEveryCompliancePath) {
    auto tomorrow = domain::Date::today_utc().plus_days(1).iso() + "T00:00:00Z";
    std::vector<std::pair<HttpClient, std::string>> paths = {
        {w().coordinator(), district_path() + "/compliance?"},
        {w().coordinator(), org_compliance(w().a) + "?"},
        {w().as(w().token_analyst), kV1 + "/regions/" + w().region + "/compliance?"},
        {w().server.admin(), kV1 + "/compliance?"},
        {w().coordinator(), district_path() + "/reports/regional?campaign=" + w().c1 + "&"},
        {w().as(w().token_analyst), kV1 + "/regions/" + w().region + "/reports/regional?"},
    };
    for (auto& [client, path] : paths) {
        for (auto bad : {std::string("yesterday"), std::string("2025-01-01"), std::string("2025-01-01T10:00:00"),
                         std::string("2025-02-30T10:00:00Z"), std::string("2025-01-01T25:00:00Z"), std::string(""),
                         std::string("0000-06-01T00:00:00Z"), std::string("0001-01-01T00:00:00%2B01:00"), tomorrow}) {
            auto r = client.get(path + "known_at=" + bad);
            EXPECT_EQ(r.status, 400) << path << " known_at=" << bad << "\n" << r.body;
            EXPECT_EQ(r.header("content-type"), "application/problem+json") << path;
            if (r.status == 400) {
                EXPECT_EQ(r.json().at("type"), "https://nastavnik.example/problems/bad-query") << path << " " << bad;
            }
        }
        EXPECT_EQ(client.get(path + "known_at=" + w().past + "T12:00:00Z").status, 200) << path;
    }
}

// ---------------------------------------------------------------- the region

TEST_F(ComplianceApi, RegionPerDistrictForARegionAnalyst) {
    auto analyst = w().as(w().token_analyst);
    auto body = get(analyst, kV1 + "/regions/" + w().region + "/compliance");
    EXPECT_EQ(body["region_id"], w().region);
    ASSERT_EQ(body["districts"].size(), 2u) << body.dump();
    auto north = body["districts"][0], centre = body["districts"][1];  // by name
    EXPECT_EQ(north["district_id"], w().d2);
    EXPECT_EQ(centre["district_id"], w().d1);
    expect_counts(centre, {10, 7, 6, 3, 8, 1, 70.0, 60.0}, "D1 in the region");
    EXPECT_EQ(centre["organizations"], 3) << "the closed one is not counted";
    EXPECT_EQ(centre["organizations_fully_compliant"], 1) << "B";
    EXPECT_EQ(centre["organizations_without_approved_roadmap"], 1) << "C";
    expect_counts(north, {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "D2");
    EXPECT_EQ(north["organizations"], 1);
    EXPECT_EQ(north["organizations_fully_compliant"], 0);
    EXPECT_EQ(north["organizations_without_approved_roadmap"], 1);
    expect_counts(body["totals"], {10, 7, 6, 3, 8, 1, 70.0, 60.0}, "region totals");

    auto past = get(analyst, kV1 + "/regions/" + w().region + "/compliance?as_of=" + w().past);
    EXPECT_TRUE(past["known_at"].is_null());
    auto centre_p = past["districts"][1];
    expect_counts(centre_p, {6, 5, 4, 1, 12, 1, 83.3, 66.7}, "D1 as of P");
    EXPECT_EQ(centre_p["organizations"], 3);
    EXPECT_EQ(centre_p["organizations_fully_compliant"], 1) << "B: its first approved version counts";
    EXPECT_EQ(centre_p["organizations_without_approved_roadmap"], 1) << "C has none";
    expect_counts(past["totals"], {6, 5, 4, 1, 12, 1, 83.3, 66.7}, "region totals as of P");

    // As known at the end of P: B's roadmap was not approved yet, 4a's record not made.
    auto known = get(analyst, kV1 + "/regions/" + w().region + "/compliance?as_of=" + w().past + "&known_at=" +
                                  w().past + "T23:59:59Z");
    EXPECT_EQ(known["known_at"], w().past + "T23:59:59Z");
    auto centre_k = known["districts"][1];
    EXPECT_EQ(centre_k["district_id"], w().d1);
    expect_counts(centre_k, {4, 2, 1, 2, 12, 1, 50.0, 25.0}, "D1 as known at P");
    EXPECT_EQ(centre_k["organizations"], 3);
    EXPECT_EQ(centre_k["organizations_fully_compliant"], 0);
    EXPECT_EQ(centre_k["organizations_without_approved_roadmap"], 2) << "B's roadmap came after P; C has none";
    expect_counts(known["totals"], {4, 2, 1, 2, 12, 1, 50.0, 25.0}, "region totals as known at P");
}

// ---------------------------------------------------------------- who may see what

TEST_F(ComplianceApi, AccessCuratorsViewersOtherDistricts) {
    auto curator = w().as(w().token_curator_a);
    EXPECT_EQ(curator.get(district_path() + "/compliance").status, 403);
    auto own = curator.get(org_compliance(w().a));
    ASSERT_EQ(own.status, 200) << own.body;
    expect_counts(own.json(), {8, 5, 4, 3, 8, 1, 62.5, 50.0}, "A for its curator");
    EXPECT_EQ(curator.get(org_compliance(w().b)).status, 404) << "another organisation's";
    EXPECT_EQ(curator.get(org_compliance(w().c)).status, 404);

    auto viewer = w().as(w().token_viewer);
    auto v = viewer.get(district_path() + "/compliance");
    ASSERT_EQ(v.status, 200) << v.body;
    expect_counts(v.json()["totals"], {10, 7, 6, 3, 8, 1, 70.0, 60.0}, "viewer");
    EXPECT_EQ(viewer.get(org_compliance(w().b)).status, 200);

    auto other = w().as(w().token_coordinator_d2);
    EXPECT_EQ(other.get(district_path() + "/compliance").status, 404);
    EXPECT_EQ(other.get(org_compliance(w().a)).status, 404);
    EXPECT_EQ(w().coordinator().get(district_path(w().d2) + "/compliance").status, 404);
    EXPECT_EQ(w().coordinator().get(district_path() + "/organizations/" + w().d2_school + "/compliance").status, 404);
    EXPECT_EQ(w().server.client().get(district_path() + "/compliance").status, 401);
    auto own_d2 = other.get(district_path(w().d2) + "/compliance");
    ASSERT_EQ(own_d2.status, 200) << own_d2.body;
    expect_counts(own_d2.json()["totals"], {0, 0, 0, 0, 0, 0, nullptr, nullptr}, "D2");
    EXPECT_TRUE(own_d2.json()["district_roadmap"].is_null());
}

// ================================================================ the regional report

class RegionalReportApi : public ComplianceApi {
protected:
    std::string report(const std::string& query) const { return district_path() + "/reports/regional" + query; }
    static json row_named(const json& body, const std::string& key, const std::string& name) {
        for (auto& r : body.at("rows"))
            if (r.at(key) == name) return r;
        throw std::runtime_error("no row " + name);
    }
    // For every column of kind integer: totals = the sum of the rows (null when every row is).
    static void expect_integer_totals(const json& body, const std::string& what) {
        int checked = 0;
        for (auto& col : body.at("columns")) {
            if (col.at("kind") != "integer") continue;
            std::string key = col.at("key");
            double sum = 0;
            bool any = false;
            for (auto& r : body.at("rows"))
                if (r.at(key).is_number()) {
                    sum += r[key].get<double>();
                    any = true;
                }
            if (any) { EXPECT_EQ(body.at("totals").at(key), json(sum)) << what << ": column " << key; }
            else EXPECT_TRUE(body.at("totals").at(key).is_null()) << what << ": column " << key;
            ++checked;
        }
        EXPECT_GE(checked, 5) << what;
    }
};

TEST_F(RegionalReportApi, JsonRowsMatchComplianceAndReportValuesTotalsAreSums) {
    auto body = get(w().coordinator(), report("?campaign=" + w().c1));
    EXPECT_EQ(body["title"], "Мониторинг ЦМН, май");
    ASSERT_EQ(body["rows"].size(), 3u) << "A, B, C; closed D out: " << body["rows"].dump();
    std::set<std::string> keys;
    for (auto& c : body["columns"]) keys.insert(c["key"].get<std::string>());
    for (auto k : {"organization", "type", "report_status", "students_10_18", "share_students_10_18_pct", "has_order",
                   "compliance_pct", "on_time_pct", "items_overdue", "documents_present", "doc_order", "doc_regulation",
                   "doc_program", "doc_roadmap", "doc_curator", "doc_site"})
        EXPECT_TRUE(keys.count(k)) << k;
    EXPECT_EQ(body["columns"][0]["title"], "Образовательная организация");
    // By type, then name: college, kindergarten, school.
    std::vector<std::string> order;
    for (auto& r : body["rows"]) order.push_back(r["organization"]);
    EXPECT_EQ(order, (std::vector<std::string>{w().name_c, w().name_b, w().name_a}));

    auto a = row_named(body, "organization", w().name_a);
    EXPECT_EQ(a["type"], "Школа");
    EXPECT_EQ(a["report_status"], "Сдан");
    for (auto& [code, v] : w().a_values.items()) EXPECT_EQ(a[code], v) << "A's " << code;
    EXPECT_EQ(a["share_students_10_18_pct"], 75.0);
    EXPECT_EQ(a["share_young_teachers_pct"], 80.0);
    EXPECT_EQ(a["satisfaction_pct"], 90.0);
    EXPECT_EQ(a["compliance_pct"], 62.5);
    EXPECT_EQ(a["on_time_pct"], 50.0);
    EXPECT_EQ(a["items_overdue"], 3.0);
    EXPECT_EQ(a["documents_present"], 5.0);
    EXPECT_EQ(a["doc_order"], true);
    EXPECT_EQ(a["doc_regulation"], true);
    EXPECT_EQ(a["doc_program"], false);
    EXPECT_EQ(a["doc_roadmap"], true);
    EXPECT_EQ(a["doc_curator"], true);
    EXPECT_EQ(a["doc_site"], true);

    auto b = row_named(body, "organization", w().name_b);
    EXPECT_EQ(b["type"], "Детский сад");
    EXPECT_EQ(b["report_status"], "Черновик");
    EXPECT_TRUE(b["students_10_18"].is_null()) << "a draft's values are not data yet";
    EXPECT_EQ(b["compliance_pct"], 100.0);
    EXPECT_EQ(b["items_overdue"], 0.0);
    EXPECT_EQ(b["documents_present"], 1.0);
    EXPECT_TRUE(b["doc_order"].is_null());
    EXPECT_EQ(b["doc_roadmap"], true);
    EXPECT_EQ(b["doc_curator"], false);

    auto c = row_named(body, "organization", w().name_c);
    EXPECT_EQ(c["type"], "Колледж (СПО)");
    EXPECT_EQ(c["report_status"], "Не сдан");
    EXPECT_TRUE(c["students_10_18"].is_null());
    EXPECT_TRUE(c["compliance_pct"].is_null());
    EXPECT_EQ(c["documents_present"], 3.0);
    EXPECT_EQ(c["doc_order"], false);
    EXPECT_EQ(c["doc_program"], true);

    // Every row agrees with the compliance endpoint.
    auto comp = get(w().coordinator(), district_path() + "/compliance");
    for (auto& r : body["rows"]) {
        json org;
        for (auto& o : comp["organizations"])
            if (o["name"] == r["organization"]) org = o;
        ASSERT_FALSE(org.is_null()) << r["organization"];
        std::string what = r["organization"];
        EXPECT_EQ(r["compliance_pct"], org["compliance_pct"]) << what;
        EXPECT_EQ(r["on_time_pct"], org["on_time_pct"]) << what;
        EXPECT_EQ(r["items_overdue"], json(double(org["items_overdue"].get<int>()))) << what;
        EXPECT_EQ(r["documents_present"], json(double(org["documents"]["present"].get<int>()))) << what;
        EXPECT_EQ(r["doc_order"], org["documents"]["order"]) << what;
        EXPECT_EQ(r["doc_regulation"], org["documents"]["regulation"]) << what;
        EXPECT_EQ(r["doc_program"], org["documents"]["program"]) << what;
        EXPECT_EQ(r["doc_site"], org["documents"]["site_page"]) << what;
        EXPECT_EQ(r["doc_roadmap"], org["documents"]["approved_roadmap"]) << what;
        EXPECT_EQ(r["doc_curator"], org["documents"]["curator_appointed"]) << what;
    }

    // Totals.
    auto& t = body["totals"];
    EXPECT_EQ(t["organization"], "Итого");
    expect_integer_totals(body, "district report");
    EXPECT_EQ(t["students_10_18"], 200.0);
    EXPECT_EQ(t["items_overdue"], 3.0);
    EXPECT_EQ(t["documents_present"], 9.0);
    EXPECT_EQ(t["share_students_10_18_pct"], 75.0) << "a share derived again from the summed values";
    EXPECT_EQ(t["compliance_pct"], 70.0);
    EXPECT_EQ(t["on_time_pct"], 60.0);
    EXPECT_EQ(t["doc_order"], 1.0) << "yes/no columns count the yeses";
    EXPECT_EQ(t["doc_regulation"], 2.0);
    EXPECT_EQ(t["doc_program"], 1.0);
    EXPECT_EQ(t["doc_roadmap"], 2.0);
    EXPECT_EQ(t["doc_curator"], 2.0);
    EXPECT_EQ(t["doc_site"], 1.0);

    // As of P the compliance columns are P's.
    auto past = get(w().coordinator(), report("?campaign=" + w().c1 + "&as_of=" + w().past));
    EXPECT_EQ(past["as_of"], w().past);
    EXPECT_TRUE(past["known_at"].is_null());
    EXPECT_EQ(row_named(past, "organization", w().name_a)["compliance_pct"], 75.0);
    EXPECT_EQ(row_named(past, "organization", w().name_b)["compliance_pct"], 100.0);
    EXPECT_EQ(past["totals"]["compliance_pct"], 83.3);
    expect_integer_totals(past, "district report as of P");
    // As known at the end of P: the report made that day.
    auto known = get(w().coordinator(),
                     report("?campaign=" + w().c1 + "&as_of=" + w().past + "&known_at=" + w().past + "T23:59:59Z"));
    EXPECT_EQ(known["known_at"], w().past + "T23:59:59Z");
    EXPECT_EQ(row_named(known, "organization", w().name_a)["compliance_pct"], 50.0);
    EXPECT_TRUE(row_named(known, "organization", w().name_b)["compliance_pct"].is_null());
    EXPECT_EQ(known["totals"]["compliance_pct"], 50.0);
}

// The lines of a CSV body (CRLF everywhere: no LF without its CR, the last line ended).
static std::vector<std::string> crlf_lines(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') { EXPECT_TRUE(i > 0 && text[i - 1] == '\r') << "bare LF at " << i; }
    EXPECT_GE(text.size(), 2u);
    if (text.size() >= 2) { EXPECT_EQ(text.substr(text.size() - 2), "\r\n"); }
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < text.size();) {
        auto end = text.find("\r\n", at);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(at, end - at));
        at = end + 2;
    }
    return lines;
}

// "2026-03-15" → "15.03.2026", as the title lines print a date.
static std::string ru_date(const std::string& iso) { return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4); }

// Issue 12, part 3: the CSV people get by default is what Excel in a Russian locale opens
// into columns by a double click: a BOM, `;`, a decimal comma, CRLF, RFC 4180 quoting of
// `;` and `"`; above the table, the title lines (the campaign, the as-of date, who exported).
TEST_F(RegionalReportApi, CsvForPeopleOpensInRussianExcel) {
    auto me = get(w().coordinator(), kV1 + "/me")["user"];
    auto r = w().coordinator().get(report("?campaign=" + w().c1 + "&format=csv&as_of=" + w().past));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
    EXPECT_EQ(r.header("transfer-encoding"), "chunked");  // streamed as written, not built whole
    EXPECT_NE(r.header("content-disposition").find("attachment"), std::string::npos);
    ASSERT_EQ(r.body.rfind("\xEF\xBB\xBF", 0), 0u) << "a UTF-8 BOM first";
    EXPECT_EQ(w().coordinator().get(report("?campaign=" + w().c1 + "&format=csv&csv=excel&as_of=" + w().past)).body.size(),
              r.body.size())
        << "csv=excel is the default";
    auto lines = crlf_lines(r.body.substr(3));
    ASSERT_EQ(lines.size(), 4u + 1u + 1u + 3u + 1u) << "4 title lines, an empty one, header, 3 rows, totals:\n" << r.body;
    // The title lines: one cell each (a comma is no separator here, so no quotes).
    EXPECT_EQ(lines[0], "Мониторинг ЦМН, май");
    EXPECT_EQ(lines[1], "Кампания мониторинга: Мониторинг ЦМН, май, отчётная дата " + ru_date(w().y1 + "-05-20"));
    EXPECT_EQ(lines[2], "Данные на дату: " + ru_date(w().past));
    std::string by = "Выгрузил: " + me["full_name"].get<std::string>() + " (" + me["login"].get<std::string>() + "), ";
    EXPECT_EQ(lines[3].rfind(by, 0), 0u) << lines[3];
    EXPECT_NE(lines[3].find(" UTC"), std::string::npos) << lines[3];
    EXPECT_EQ(lines[4], "");
    // The table: `;` between cells; quoted only where a cell has `;`, `"`, CR or LF.
    EXPECT_EQ(lines[5].rfind("Образовательная организация;Тип организации;Статус отчёта;", 0), 0u) << lines[5];
    EXPECT_NE(lines[5].find(";Выполнение дорожной карты, %;"), std::string::npos) << "a comma is no reason to quote";
    std::set<std::string> titles;
    std::size_t cells = 0;
    for (std::size_t at = 0;; ++cells) {
        auto end = lines[5].find(';', at);
        titles.insert(lines[5].substr(at, end - at));
        if (end == std::string::npos) break;
        at = end + 1;
    }
    EXPECT_EQ(titles.size(), cells + 1) << "every column title once: " << lines[5];
    // A's name has a comma and quotes: quoted, quotes doubled; its share has a decimal comma.
    auto a = lines[8];
    EXPECT_EQ(a.rfind("\"МБОУ \"\"СОШ № 1\"\", корпус 2\";Школа;Сдан;200;150;", 0), 0u) << a;
    EXPECT_EQ(lines[6].rfind(w().name_c + ";Колледж (СПО);Не сдан;", 0), 0u) << lines[6];
    EXPECT_EQ(lines[9].rfind("Итого;;;200;", 0), 0u) << lines[9];
    // Read as known at an instant: the title says so (in UTC).
    auto known = w().coordinator().get(report("?campaign=" + w().c1 + "&format=csv&known_at=2025-01-15T10:30:00%2B03:00"));
    ASSERT_EQ(known.status, 200) << known.body;
    EXPECT_EQ(crlf_lines(known.body.substr(3))[2], "Данные на дату: 15.01.2025, по сведениям, известным на 15.01.2025 07:30 UTC");
    auto today = w().coordinator().get(report("?campaign=" + w().c1 + "&format=csv"));
    auto today_lines = crlf_lines(today.body.substr(3));
    ASSERT_EQ(today_lines.size(), 10u);
    EXPECT_NE(today_lines[8].find(";62,5;50;3;5;Да;Да;Нет;Да;Да;Да"), std::string::npos) << today_lines[8];
    EXPECT_EQ(today_lines[8].find("62.5"), std::string::npos) << "no decimal point for people";
    EXPECT_EQ(r.body.find(kMentorName), std::string::npos);
    EXPECT_EQ(r.body.find("Кураторова"), std::string::npos);
}

// ?csv=rfc4180 for machines: `,` and a decimal point, CRLF, UTF-8 without a BOM, the header
// row first and nothing above it.
TEST_F(RegionalReportApi, CsvForMachinesIsPlainRfc4180) {
    auto r = w().coordinator().get(report("?campaign=" + w().c1 + "&format=csv&csv=rfc4180"));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8; header=present");
    EXPECT_NE(r.body.rfind("\xEF\xBB\xBF", 0), 0u) << "no BOM for machines";
    auto lines = crlf_lines(r.body);
    ASSERT_EQ(lines.size(), 1u + 3u + 1u) << "header + 3 rows + totals:\n" << r.body;
    EXPECT_EQ(lines[0].rfind("Образовательная организация,Тип организации,Статус отчёта,", 0), 0u) << lines[0];
    EXPECT_NE(lines[0].find(",\"Выполнение дорожной карты, %\","), std::string::npos) << "a title with a comma is quoted";
    EXPECT_EQ(lines[3].rfind("\"МБОУ \"\"СОШ № 1\"\", корпус 2\",Школа,Сдан,200,150,", 0), 0u) << lines[3];
    EXPECT_EQ(lines[1].rfind(w().name_c + ",Колледж (СПО),Не сдан,", 0), 0u) << lines[1];
    EXPECT_EQ(lines[4].rfind("Итого,,,200,", 0), 0u) << lines[4];
    EXPECT_NE(lines[3].find(",62.5,50,3,5,Да,Да,Нет,Да,Да,Да"), std::string::npos) << lines[3];
    EXPECT_EQ(r.body.find("Выгрузил"), std::string::npos) << "a plain table";
    auto region = w().as(w().token_analyst).get(kV1 + "/regions/" + w().region + "/reports/regional?format=csv&csv=rfc4180");
    ASSERT_EQ(region.status, 200);
    EXPECT_EQ(region.body.rfind("Муниципальный район,", 0), 0u) << region.body.substr(0, 200);
    for (auto bad : {"excel_ru", "RFC4180", "", "tsv"}) {
        auto b = w().coordinator().get(report("?campaign=" + w().c1 + "&format=csv&csv=" + bad));
        EXPECT_EQ(b.status, 400) << bad << " " << b.body;
        EXPECT_EQ(w().as(w().token_analyst).get(kV1 + "/regions/" + w().region + "/reports/regional?format=csv&csv=" + bad).status, 400);
    }
}

// A campaign's own indicator titled like a standard one: every column title stays unique.
TEST_F(RegionalReportApi, ColumnTitlesAreUnique) {
    auto standard = get(w().coordinator(), kV1 + "/indicators")["items"][0];
    std::string title = standard["title"];
    auto c = must(w().coordinator().send_json("POST", district_path() + "/monitoring-campaigns",
                                              {{"title", "Мониторинг с повтором"}, {"reporting_date", w().y1 + "-01-10"},
                                               {"due_date", "2099-05-31"}, {"lock_date", "2099-06-10"},
                                               {"indicators", {{{"code", "again"}, {"title", title}, {"type", "integer"}}}}}),
                  201, "a campaign with a repeated title")["id"].get<std::string>();
    auto body = get(w().coordinator(), report("?campaign=" + c));
    std::set<std::string> titles, keys;
    for (auto& col : body["columns"]) {
        EXPECT_TRUE(titles.insert(col["title"].get<std::string>()).second) << "repeated: " << col["title"];
        EXPECT_TRUE(keys.insert(col["key"].get<std::string>()).second) << "repeated: " << col["key"];
    }
    EXPECT_TRUE(titles.count(title));
    EXPECT_TRUE(titles.count(title + " (again)")) << body["columns"].dump();
    auto csv = w().coordinator().get(report("?campaign=" + c + "&format=csv&csv=rfc4180"));
    ASSERT_EQ(csv.status, 200);
    EXPECT_NE(csv.body.find(title + " (again)"), std::string::npos);
}

TEST_F(RegionalReportApi, XlsxIsAWorkbookWithItsTitleAboveTheTable) {
    auto me = get(w().coordinator(), kV1 + "/me")["user"];
    auto r = w().coordinator().get(report("?campaign=" + w().c1 + "&format=xlsx"));
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 500);
    EXPECT_EQ(r.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(r.header("transfer-encoding"), "chunked");
    ASSERT_GE(r.body.size(), 4u);
    EXPECT_EQ(r.body.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_NE(r.header("content-disposition").find(".xlsx"), std::string::npos);
    // Opened as a spreadsheet program would: the title rows, an empty row, the header, the rows.
    auto sheet = testsupport::xlsx_first_sheet(r.body);
    EXPECT_EQ(sheet[1][0], "Мониторинг ЦМН, май");
    EXPECT_EQ(sheet[2][0], "Кампания мониторинга: Мониторинг ЦМН, май, отчётная дата " + ru_date(w().y1 + "-05-20"));
    EXPECT_EQ(sheet[3][0].rfind("Данные на дату: ", 0), 0u) << sheet[3][0];
    EXPECT_EQ(sheet[4][0].rfind("Выгрузил: " + me["full_name"].get<std::string>() + " (" + me["login"].get<std::string>() + "), ", 0), 0u)
        << sheet[4][0];
    EXPECT_FALSE(sheet.count(5)) << "an empty row";
    EXPECT_EQ(sheet[6][0], "Образовательная организация");
    EXPECT_EQ(sheet[6][1], "Тип организации");
    auto body = get(w().coordinator(), report("?campaign=" + w().c1));
    ASSERT_EQ(sheet[6].size(), body["columns"].size());
    std::set<std::string> names;
    for (int row = 7; row < 7 + 3; ++row) names.insert(sheet[row][0]);
    EXPECT_TRUE(names.count(w().name_c)) << "the rows follow the header";
    EXPECT_EQ(sheet[10][0], "Итого");
    EXPECT_EQ(sheet[10][3], "200") << "numbers are numbers";

    auto region = w().as(w().token_analyst).get(kV1 + "/regions/" + w().region + "/reports/regional?format=xlsx");
    ASSERT_EQ(region.status, 200) << region.body.substr(0, 500);
    auto rs = testsupport::xlsx_first_sheet(region.body);
    EXPECT_NE(rs[1][0].find("мониторинг ЦМН на"), std::string::npos) << rs[1][0];
    EXPECT_EQ(rs[3][0].rfind("Данные на дату: ", 0), 0u) << rs[3][0];
    EXPECT_EQ(rs[4][0].rfind("Выгрузил: ", 0), 0u) << rs[4][0];
    EXPECT_EQ(rs[6][0], "Муниципальный район");
}

TEST_F(RegionalReportApi, WhoMayExportAndBadQueries) {
    auto path = report("?campaign=" + w().c1);
    EXPECT_EQ(w().as(w().token_viewer).get(path).status, 403);
    EXPECT_EQ(w().as(w().token_curator_a).get(path).status, 403);
    EXPECT_EQ(w().as(w().token_curator_a).get(path + "&format=csv").status, 403);
    EXPECT_EQ(w().as(w().token_coordinator_d2).get(path).status, 404) << "another district";
    EXPECT_EQ(w().server.admin().get(path).status, 200);
    auto analyst = w().as(w().token_analyst).get(path);
    EXPECT_EQ(analyst.status, 200) << analyst.body;
    EXPECT_EQ(w().coordinator().get(report("")).status, 400) << "campaign is required";
    EXPECT_EQ(w().coordinator().get(report("?format=csv")).status, 400);
    EXPECT_EQ(w().coordinator().get(report("?campaign=00000000-0000-4000-8000-000000000000")).status, 404);
    EXPECT_EQ(w().coordinator().get(report("?campaign=not-a-campaign")).status, 404);
    for (auto f : {"pdf", "JSON", "", "xls"}) {
        auto r = w().coordinator().get(path + "&format=" + f);
        EXPECT_EQ(r.status, 400) << f << " " << r.body.substr(0, 300);
    }
    auto region = kV1 + "/regions/" + w().region + "/reports/regional";
    EXPECT_EQ(w().as(w().token_analyst).get(region + "?format=pdf").status, 400);
    for (auto& token : {w().token_viewer, w().token_curator_a}) {
        auto r = w().as(token).get(region);
        EXPECT_TRUE(r.status == 403 || r.status == 404) << r.status << " " << r.body;
    }
    // Another district's campaign through this district: 404.
    auto c_d2 = must(w().as(w().token_coordinator_d2)
                         .send_json("POST", district_path(w().d2) + "/monitoring-campaigns",
                                    {{"title", "Чужой"}, {"reporting_date", w().y1 + "-05-20"}, {"due_date", "2099-05-31"},
                                     {"lock_date", "2099-06-10"}}),
                     201, "campaign in D2")["id"].get<std::string>();
    EXPECT_EQ(w().coordinator().get(report("?campaign=" + c_d2)).status, 404);
}

TEST_F(RegionalReportApi, NoPersonalDataInAnyExport) {
    auto co = w().coordinator();
    auto analyst = w().as(w().token_analyst);
    // The name is in the bases, so its absence below means something.
    auto mentors = co.get(district_path() + "/organizations/" + w().a + "/mentors");
    ASSERT_EQ(mentors.status, 200);
    ASSERT_NE(mentors.body.find(kMentorName), std::string::npos);
    for (auto& [client, path] : std::vector<std::pair<HttpClient, std::string>>{
             {co, report("?campaign=" + w().c1)},
             {co, report("?campaign=" + w().c1 + "&format=csv")},
             {co, report("?campaign=" + w().c2 + "&format=csv")},
             {analyst, kV1 + "/regions/" + w().region + "/reports/regional"},
             {analyst, kV1 + "/regions/" + w().region + "/reports/regional?format=csv"},
         }) {
        auto r = client.get(path);
        ASSERT_EQ(r.status, 200) << path << " " << r.body.substr(0, 300);
        EXPECT_EQ(r.body.find(kMentorName), std::string::npos) << path;
        EXPECT_EQ(r.body.find("Наставникова"), std::string::npos) << path;
        EXPECT_EQ(r.body.find("Кураторова"), std::string::npos) << path << ": a curator's name";
        // The one who exported is named above the table (CSV for people), no one else.
        auto table = r.body;
        if (auto by = table.find("Выгрузил: "); by != std::string::npos) table.erase(by, table.find("\r\n", by) - by);
        EXPECT_EQ(table.find("Тестовый пользователь"), std::string::npos) << path;
    }
}

TEST_F(RegionalReportApi, RegionReportOneRowPerDistrictTotalsAreSums) {
    auto body = get(w().as(w().token_analyst), kV1 + "/regions/" + w().region + "/reports/regional");
    ASSERT_EQ(body["rows"].size(), 2u) << body.dump();
    EXPECT_EQ(body["columns"][0]["title"], "Муниципальный район");
    auto centre = row_named(body, "district", "Район Центральный");
    auto north = row_named(body, "district", "Район Северный");
    EXPECT_EQ(centre["organizations"], 3.0);
    EXPECT_EQ(centre["campaign"], "Мониторинг ЦМН, май") << "the latest campaign by the date";
    EXPECT_EQ(centre["reports_submitted"], 1.0) << "A; the closed D is out";
    EXPECT_EQ(centre["students_10_18"], 200.0);
    EXPECT_EQ(centre["share_students_10_18_pct"], 75.0);
    EXPECT_EQ(centre["compliance_pct"], 70.0);
    EXPECT_EQ(centre["on_time_pct"], 60.0);
    EXPECT_EQ(centre["items_overdue"], 3.0);
    EXPECT_EQ(centre["organizations_fully_compliant"], 1.0);
    EXPECT_EQ(north["organizations"], 1.0);
    EXPECT_TRUE(north["compliance_pct"].is_null());
    EXPECT_EQ(north["items_overdue"], 0.0);
    EXPECT_EQ(body["totals"]["compliance_pct"], 70.0);
    expect_integer_totals(body, "region report");

    // The region's compliance and its report agree.
    auto comp = get(w().as(w().token_analyst), kV1 + "/regions/" + w().region + "/compliance");
    for (auto& d : comp["districts"]) {
        auto r = row_named(body, "district", d["name"]);
        EXPECT_EQ(r["compliance_pct"], d["compliance_pct"]) << d["name"];
        EXPECT_EQ(r["items_overdue"], json(double(d["items_overdue"].get<int>()))) << d["name"];
        EXPECT_EQ(r["organizations"], json(double(d["organizations"].get<int>()))) << d["name"];
    }

    auto csv = w().as(w().token_analyst).get(kV1 + "/regions/" + w().region + "/reports/regional?format=csv");
    ASSERT_EQ(csv.status, 200);
    ASSERT_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u);
    std::size_t crlf = 0;
    for (std::size_t at = csv.body.find("\r\n"); at != std::string::npos; at = csv.body.find("\r\n", at + 2)) ++crlf;
    EXPECT_EQ(crlf, 4u + 1u + 2u + 2u) << "4 title lines, an empty one, header + 2 districts + totals";
    auto lines = crlf_lines(csv.body.substr(3));
    ASSERT_EQ(lines.size(), 9u);
    EXPECT_NE(lines[0].find(" — мониторинг ЦМН на "), std::string::npos) << lines[0];
    EXPECT_EQ(lines[1].rfind("Кампания мониторинга: последняя кампания каждого района", 0), 0u) << lines[1];
    EXPECT_EQ(lines[4], "");
    EXPECT_EQ(lines[5].rfind("Муниципальный район;", 0), 0u) << lines[5];
    auto plain = w().as(w().token_analyst).get(kV1 + "/regions/" + w().region + "/reports/regional?format=csv&csv=rfc4180");
    ASSERT_EQ(plain.status, 200);
    EXPECT_EQ(crlf_lines(plain.body).size(), 1u + 2u + 1u) << "header + 2 districts + totals";
}

}  // namespace
