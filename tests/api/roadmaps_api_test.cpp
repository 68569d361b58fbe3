// Roadmaps («дорожные карты») as their users meet them, against the real server and
// database: importing the five real documents (and bad files), writing a roadmap as JSON,
// If-Match on every change, the approval workflow, progress with evidence per occurrence,
// versions, the list's filters and pages, the seven-stage template, the deadline grammar
// endpoint, and who may do what.
//
// The seeds come from the repository (data/seeds/, tests/support/seeds.hpp).
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/api_expect.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/seeds.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;
using testsupport::must;

namespace {

const std::string kV1 = "/api/v1";
const std::string kTsv = "text/tab-separated-values";
const std::string kTemplate = "cmn-organization-7-stages";

using Windows = std::vector<std::pair<std::string, std::string>>;

// ---------------------------------------------------------------- small helpers

using testsupport::seed_text;

bool is_problem(const HttpResponse& r) { return r.header("content-type") == "application/problem+json"; }

std::set<std::string> pointers_of(const HttpResponse& r) {
    std::set<std::string> out;
    if (!is_problem(r)) return out;
    auto body = r.json();
    if (body.contains("errors"))
        for (auto& e : body["errors"]) out.insert(e.value("pointer", ""));
    return out;
}

// A problem+json answer with this status whose body agrees; with `pointer`, one of its
// errors names that field.
void expect_problem(const HttpResponse& r, int status, const std::string& what, const std::string& pointer = "") {
    EXPECT_EQ(r.status, status) << what << "\n" << r.body;
    ASSERT_TRUE(is_problem(r)) << what << ": content-type " << r.header("content-type") << "\n" << r.body;
    auto body = r.json();
    EXPECT_EQ(body.value("status", 0), r.status) << what;
    EXPECT_FALSE(body.value("detail", std::string()).empty()) << what << ": a problem says what is wrong\n" << r.body;
    EXPECT_FALSE(body.value("request_id", std::string()).empty()) << what;
    if (!pointer.empty()) {
        EXPECT_TRUE(pointers_of(r).count(pointer)) << what << ": no error at " << pointer << "\n" << r.body;
    }
}

std::vector<std::size_t> items_per_section(const json& rm) {
    std::vector<std::size_t> out;
    for (auto& s : rm.at("sections")) out.push_back(s.at("items").size());
    return out;
}
std::vector<std::string> section_field(const json& rm, const char* field) {
    std::vector<std::string> out;
    for (auto& s : rm.at("sections")) out.push_back(s.at(field).get<std::string>());
    return out;
}
std::vector<json> section_stages(const json& rm) {
    std::vector<json> out;
    for (auto& s : rm.at("sections")) out.push_back(s.at("stage"));
    return out;
}

// The item numbered `number` in the section at `section` (numbers repeat across sections).
json item_at(const json& rm, std::size_t section, const std::string& number) {
    for (auto& i : rm.at("sections").at(section).at("items"))
        if (i.at("number") == number) return i;
    throw std::runtime_error("no item " + number + " in section " + std::to_string(section));
}
using testsupport::item_numbered;

Windows occurrence_windows(const json& item) {
    Windows out;
    for (auto& o : item.at("occurrences")) out.emplace_back(o.at("start"), o.at("end"));
    return out;
}
Windows windows_of(const json& schedule) {
    Windows out;
    for (auto& w : schedule.at("windows")) out.emplace_back(w.at("start"), w.at("end"));
    return out;
}
std::vector<std::string> occurrence_statuses(const json& item) {
    std::vector<std::string> out;
    for (auto& o : item.at("occurrences")) out.push_back(o.at("status"));
    return out;
}

std::vector<std::string> titles_of(const HttpResponse& r) {
    std::vector<std::string> out;
    auto body = r.json();
    for (auto& i : body.at("items")) out.push_back(i.at("title"));
    return out;
}

// An ETag as the server writes it: the version in quotes.
std::string etag_for(int version) {
    std::string out(1, '"');
    out += std::to_string(version);
    out += '"';
    return out;
}

json period(const std::string& start, const std::string& end) { return {{"start", start}, {"end", end}}; }
json org_owner(const std::string& org) { return {{"kind", "organization"}, {"organization_id", org}}; }
json district_owner() { return {{"kind", "district"}}; }
json item(const std::string& number, const std::string& title, const std::string& deadline) {
    return {{"number", number}, {"title", title}, {"deadline_text", deadline}};
}
json section(const std::string& number, const std::string& title, json items) {
    return {{"number", number}, {"title", title}, {"items", std::move(items)}};
}

// Rows in every roadmap table and the audit log's size: what a refused request must not move.
std::string database_state() {
    auto db = testsupport::admin_session();
    std::string out;
    *db << "select concat_ws(' ', (select count(*) from roadmaps), (select count(*) from roadmap_sections),"
           " (select count(*) from roadmap_items), (select count(*) from item_occurrences),"
           " (select count(*) from item_progress), (select coalesce(max(id), 0) from audit_log),"
           " (select coalesce(sum(version), 0) from roadmaps), (select coalesce(sum(version), 0) from roadmap_items))",
        soci::into(out);
    return out;
}

// ---------------------------------------------------------------- the fixture

// Region R with districts A and B; X and Y are organisations of A, Z of B. A has a
// coordinator, a viewer, curators of X and of Y, and a school system's key for X.
class RoadmapsApi : public testsupport::ServerSuite<RoadmapsApi> {
protected:
    static void SetUpTestSuite() {
        ServerSuite::SetUpTestSuite();
        region = world().region().id;
        a = new_district();
        b = new_district();
        x = new_org(a, "МБОУ СОШ № 23");
        y = new_org(a, "БДОУ детский сад № 30");
        z = new_org(b, "Школа района B");
        coordinator_token = world().coordinator({a, region}).token;
        viewer_token = world().viewer({a, region}).token;
        curator_x_token = world().curator({x, a}).token;
        curator_y_token = world().curator({y, a}).token;
        coordinator_b_token = world().coordinator({b, region}).token;
        system_x_token = world().api_key({x, a}, {"read", "write"}, "Сетевой город").secret;
    }

    static testsupport::World world() { return testsupport::World(*server); }
    // A district of the suite's region, an organisation with a unique name (tests/support/world.hpp).
    static std::string new_district() { return world().district({region}).id; }
    static std::string new_org(const std::string& district, const std::string& name) {
        return world().organization({district, region}, name + " " + testsupport::unique_code("")).id;
    }
    static HttpClient as(const std::string& token) { return server->client().with_token(token); }
    static HttpClient coordinator() { return as(coordinator_token); }
    static HttpClient viewer() { return as(viewer_token); }
    static HttpClient curator_x() { return as(curator_x_token); }
    static HttpClient curator_y() { return as(curator_y_token); }
    static HttpClient system_x() { return as(system_x_token); }
    static HttpClient admin() { return server->admin(); }

    static std::string roadmaps(const std::string& district) { return kV1 + "/districts/" + district + "/roadmaps"; }
    static std::string roadmap_path(const std::string& district, const std::string& id) { return roadmaps(district) + "/" + id; }

    static HttpResponse import_table(const HttpClient& c, const std::string& district, const std::string& owner,
                                     const std::string& start, const std::string& end, const std::string& body,
                                     const std::string& type = kTsv) {
        return c.request("POST",
                         roadmaps(district) + "/import?owner=" + owner + "&period_start=" + start + "&period_end=" + end,
                         body, {{"Content-Type", type}});
    }
    // Imports a seed and checks what every import answers; returns {roadmap, unplaced, tables}.
    static json import_seed(const std::string& prefix, const std::string& owner, const std::string& start,
                            const std::string& end) {
        auto r = import_table(coordinator(), a, owner, start, end, seed_text(prefix));
        auto body = must(r, 201, "import of seed " + prefix);
        const auto& rm = body["roadmap"];
        EXPECT_EQ(r.header("location"), roadmap_path(a, rm["id"]));
        EXPECT_EQ(r.header("etag"), etag_for(rm["version"].get<int>()));
        EXPECT_EQ(rm["status"], "draft");
        EXPECT_EQ(rm["revision"], 1);
        EXPECT_EQ(rm["district_id"], a);
        EXPECT_EQ(rm["period"], period(start, end));
        if (owner == "district") {
            EXPECT_EQ(rm["owner"], json({{"kind", "district"}, {"organization_id", nullptr}}));
        } else {
            EXPECT_EQ(rm["owner"], json({{"kind", "organization"}, {"organization_id", owner}}));
        }
        std::size_t items = 0;
        for (auto n : items_per_section(rm)) items += n;
        EXPECT_EQ(rm["item_count"], items);
        // what the server stored is what it answered, the import's warnings with the draft
        auto stored = must(coordinator().get(roadmap_path(a, rm["id"])), 200, "GET the imported roadmap");
        EXPECT_EQ(stored, rm);
        EXPECT_TRUE(body["warnings"].is_array()) << body;
        EXPECT_EQ(rm.value("import_warnings", json::array()), body["warnings"]);
        // nothing left as HTML
        for (auto& s : rm["sections"]) {
            for (const char* f : {"title", "description"})
                EXPECT_EQ(s[f].get<std::string>().find('<'), std::string::npos) << s[f];
            for (auto& i : s["items"])
                for (const char* f : {"title", "deadline_text", "responsible", "expected_result", "indicators", "notes"}) {
                    auto v = i[f].get<std::string>();
                    EXPECT_EQ(v.find('<'), std::string::npos) << f << ": " << v;
                    EXPECT_EQ(v.find("&nbsp;"), std::string::npos) << f << ": " << v;
                }
        }
        return body;
    }

    // A roadmap created as JSON by `c`; returns the body (with the ETag in "etag").
    static json create(const HttpClient& c, const std::string& district, json owner, json per, json sections,
                       const std::string& title = "Дорожная карта") {
        auto r = c.send_json("POST", roadmaps(district),
                             {{"owner", std::move(owner)}, {"title", title}, {"period", std::move(per)},
                              {"sections", std::move(sections)}});
        auto body = must(r, 201, "create roadmap");
        body["etag"] = r.header("etag");
        return body;
    }
    static std::string etag_of(const HttpClient& c, const std::string& path) {
        auto r = c.get(path);
        must(r, 200, "GET " + path);
        return r.header("etag");
    }
    static json workflow(const HttpClient& c, const std::string& path, const std::string& action, json body = json::object()) {
        auto r = c.send_json("POST", path + "/" + action, body, {{"If-Match", etag_of(c, path)}});
        auto out = must(r, 200, action);
        out["etag"] = r.header("etag");
        return out;
    }
    // Created by the coordinator, submitted and approved.
    static json approved(const std::string& district, json owner, json per, json sections, const std::string& title = "Карта") {
        auto c = district == a ? coordinator() : admin();
        auto rm = create(c, district, std::move(owner), std::move(per), std::move(sections), title);
        auto path = roadmap_path(district, rm["id"]);
        workflow(c, path, "submit");
        return workflow(c, path, "approve");
    }
    static HttpResponse progress(const HttpClient& c, const std::string& path, const json& item, json body,
                                 std::optional<std::string> if_match = std::nullopt) {
        std::map<std::string, std::string> h;
        h["If-Match"] = if_match.value_or(etag_for(item.at("version").get<int>()));
        return c.send_json("POST", path + "/items/" + item.at("id").get<std::string>() + "/progress", body, h);
    }
    static json done(const std::string& on, const std::string& title) {
        return {{"status", "done"}, {"completed_on", on}, {"evidence", {{"title", title}}}};
    }

    static std::string region, a, b, x, y, z;
    static std::string coordinator_token, viewer_token, curator_x_token, curator_y_token, coordinator_b_token,
        system_x_token;
};
std::string RoadmapsApi::region, RoadmapsApi::a, RoadmapsApi::b, RoadmapsApi::x, RoadmapsApi::y, RoadmapsApi::z;
std::string RoadmapsApi::coordinator_token, RoadmapsApi::viewer_token, RoadmapsApi::curator_x_token,
    RoadmapsApi::curator_y_token, RoadmapsApi::coordinator_b_token, RoadmapsApi::system_x_token;

// ---------------------------------------------------------------- importing the seeds

// 000: a college, one school year; roman sections with numbered sub-sections.
TEST_F(RoadmapsApi, ImportsTheCollegeRoadmapWithRomanSectionsAndItsDeadlines) {
    auto body = import_seed("000_", x, "2024-09-01", "2025-08-31");
    const auto& rm = body["roadmap"];
    EXPECT_EQ(rm["title"],
              "Дорожная карта реализации Целевой модели наставничества в КОГПОБУ «Омутнинский колледж педагогики, "
              "экономики и права» на 2024-2025 учебный год");
    EXPECT_EQ(body["tables"], 1);
    EXPECT_EQ(body["unplaced"], json::array());
    EXPECT_EQ(section_field(rm, "number"), (std::vector<std::string>{"I.", "1.", "2.", "II.", "III.", "IV."}));
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{0, 4, 4, 3, 3, 4}));
    EXPECT_EQ(rm["item_count"], 18);
    EXPECT_EQ(rm["sections"][0]["title"], "Подготовка условий для реализации программы наставничества");
    EXPECT_EQ(rm["sections"][3]["title"], "Внедрение системы наставничества педагогических работников");
    // «Подготовка условий» is stage 1, and its numbered sub-sections inherit it
    EXPECT_EQ(section_stages(rm), (std::vector<json>{1, 1, 1, nullptr, nullptr, nullptr}));

    auto i13 = item_at(rm, 1, "1.3.");
    EXPECT_EQ(i13["title"], "Создание организационных условий для осуществления программы наставничества: назначение "
                            "кураторов; формирование пар «наставник-наставляемый»;");
    EXPECT_EQ(i13["deadline_text"], "Сентябрь 2024");
    EXPECT_EQ(i13["responsible"], "Директор, администрация");
    EXPECT_EQ(i13["expected_result"], "Приказ №32 от 04.09.2024 г.");
    EXPECT_EQ(i13["schedule"]["kind"], "window");
    EXPECT_EQ(occurrence_windows(i13), (Windows{{"2024-09-01", "2024-09-30"}}));
    EXPECT_EQ(i13["occurrences"][0]["status"], "planned");
    EXPECT_TRUE(i13["occurrences"][0]["evidence"].is_null());
    EXPECT_TRUE(i13["occurrences"][0]["completed_on"].is_null());

    // a window before the period is kept as written
    auto i11 = item_at(rm, 1, "1.1.");
    EXPECT_EQ(i11["expected_result"], "Протокол педагогического совета №1 от 30.08.2024 г");
    EXPECT_EQ(occurrence_windows(i11), (Windows{{"2024-08-01", "2024-08-31"}}));
    // numbers as written: «2.1» without the dot in the second sub-section
    EXPECT_EQ(item_at(rm, 2, "2.1")["expected_result"], "Приказ №21 от 30.08.2024 г.");

    // «до 1 октября 2024»: from the period's start; <i> removed
    auto ii1 = item_at(rm, 3, "2.1.");
    EXPECT_EQ(ii1["title"], "Формирование базы наставляемых на 2024-2025 учебный год: сбор потребностей наставляемых в "
                            "развитии тех или иных компетенций и/или личностных качеств посредством опроса");
    EXPECT_EQ(ii1["stage"], 2);
    EXPECT_EQ(occurrence_windows(ii1), (Windows{{"2024-09-01", "2024-10-01"}}));
    // <ul> with ✓ bullets becomes a list
    auto ii2 = item_at(rm, 3, "2.2.");
    EXPECT_EQ(ii2["title"], "Формирование базы наставников на 2024-2025 учебный год:\n- сбор заявок кандидатов в наставники;\n"
                            "- рассмотрение кандидатур в наставники;\n- собеседования с кандидатами в наставники;");
    EXPECT_EQ(ii2["stage"], 3);
    // «в соответствии со сроками…» has no automatic due date
    auto ii3 = item_at(rm, 3, "2.3.");
    EXPECT_EQ(ii3["schedule"]["kind"], "unscheduled");
    EXPECT_FALSE(ii3["schedule"]["reason"].get<std::string>().empty());
    EXPECT_EQ(ii3["occurrences"], json::array());

    auto iii1 = item_at(rm, 4, "3.1.");
    EXPECT_EQ(iii1["deadline_text"], "В течение года");
    EXPECT_EQ(iii1["schedule"]["kind"], "whole_period");
    EXPECT_EQ(occurrence_windows(iii1), (Windows{{"2024-09-01", "2025-08-31"}}));

    auto iv2 = item_at(rm, 5, "4.2.");
    EXPECT_EQ(iv2["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(iv2), (Windows{{"2025-05-01", "2025-05-31"}}));
    auto iv4 = item_at(rm, 5, "4.4.");
    EXPECT_EQ(iv4["deadline_text"], "Ежегодно в мае, августе");
    EXPECT_EQ(iv4["responsible"], "Директор, Кураторы целевой модели наставничества");
    EXPECT_EQ(iv4["expected_result"], "Грамоты, благодарности");
    EXPECT_EQ(iv4["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(iv4), (Windows{{"2025-05-01", "2025-05-31"}, {"2025-08-01", "2025-08-31"}}));
    EXPECT_EQ(item_at(rm, 5, "4.1.")["occurrences"], json::array());
}

// 001: a school; indicators, items spanning several rows, a second headerless table,
// text after the table reported.
TEST_F(RoadmapsApi, ImportsTheSchoolRoadmapMergingContinuationRowsAndReportsTheTextAfterIt) {
    auto body = import_seed("001_", x, "2020-09-01", "2021-08-31");
    const auto& rm = body["roadmap"];
    EXPECT_EQ(rm["title"], "Дорожная карта внедрения целевой модели наставничества в МБОУ СОШ № 23");
    EXPECT_EQ(body["tables"], 2);
    EXPECT_EQ(section_field(rm, "title"),
              (std::vector<std::string>{"Организационно-методическое сопровождение деятельности",
                                        "Управление реализацией Целевой модели наставничеств на уровне образовательной "
                                        "организации"}));
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{4, 4}));

    // the closing text is not silently dropped
    ASSERT_EQ(body["unplaced"].size(), 6u) << body["unplaced"];
    std::vector<int> lines;
    for (auto& u : body["unplaced"]) {
        lines.push_back(u["line"]);
        EXPECT_EQ(u["code"], "outside-table");
        EXPECT_FALSE(u["reason"].get<std::string>().empty());
    }
    EXPECT_EQ(lines, (std::vector<int>{41, 43, 45, 46, 47, 48}));
    EXPECT_EQ(body["unplaced"][0]["text"], "Перспективные результаты внедрения целевой модели наставничества");

    // item 1 spans four rows: every column keeps its continuation, the deadlines of all of them
    auto i1 = item_at(rm, 0, "1.");
    EXPECT_EQ(i1["title"], "Подготовка условий для запуска программы наставничества");
    EXPECT_EQ(i1["expected_result"],
              "Подготовка нормативной базы реализации целевой модели наставничества в МБОУ СОШ № 23\n"
              "Выбор форм и программ Наставничества исходя из потребностей школы\n"
              "Информирование родителей, педагогов, обучающихся о возможностях и целях целевой модели");
    EXPECT_EQ(i1["deadline_text"], "Май - июль 2020 года\nСентябрь 2020 Сентябрь – октябрь 2020\nСентябрь 2020");
    EXPECT_EQ(i1["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(i1),
              (Windows{{"2020-05-01", "2020-07-31"}, {"2020-09-01", "2020-09-30"}, {"2020-09-01", "2020-10-31"}}));
    auto ind1 = i1["indicators"].get<std::string>();
    EXPECT_EQ(ind1.rfind("1. Издан приказ «Внедрение целевой модели наставничества в МБОУ СОШ № 23»", 0), 0u) << ind1;
    EXPECT_NE(ind1.find("- Проведение родительских собраний."), std::string::npos) << ind1;
    EXPECT_EQ(i1["stage"], 1);

    auto i2 = item_at(rm, 0, "2.");
    EXPECT_EQ(i2["deadline_text"], "В течение периода");
    EXPECT_EQ(i2["schedule"]["kind"], "whole_period");
    EXPECT_EQ(i2["responsible"], "Елисева Н.В. Кудина Е.С.");
    auto i3 = item_at(rm, 0, "3.");
    EXPECT_EQ(i3["deadline_text"], "В течение 2020-2021 учебного года");
    EXPECT_EQ(occurrence_windows(i3), (Windows{{"2020-09-01", "2021-08-31"}}));
    // the continuation after a blank line, in a short row, lands in the indicators
    auto ind4 = item_at(rm, 0, "4.")["indicators"].get<std::string>();
    EXPECT_EQ(ind4.rfind("1. Знакомство с традициями, особенностями школы и класса.", 0), 0u) << ind4;
    EXPECT_NE(ind4.find("6. Обучение навыкам мирного разрешения конфликтов."), std::string::npos) << ind4;

    // the second table: «Каждую четверть» is every school quarter of the year
    auto t1 = item_at(rm, 1, "1.");
    EXPECT_EQ(t1["title"], "Организация текущего контроля достижения планируемых результатов наставниками");
    EXPECT_EQ(t1["indicators"], "Анкетирование. Анкеты обратной связи для промежуточной оценки.");
    EXPECT_EQ(t1["responsible"], "Елисеева Н.В. Кудина Е.С.");
    EXPECT_EQ(t1["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(t1), (Windows{{"2020-09-01", "2020-10-31"},
                                               {"2020-11-01", "2020-12-31"},
                                               {"2021-01-01", "2021-03-31"},
                                               {"2021-04-01", "2021-05-31"}}));
    auto t2 = item_at(rm, 1, "2.");
    EXPECT_EQ(t2["indicators"], "Выполнено 100% позиций Дорожной карты");
    EXPECT_EQ(t2["schedule"]["kind"], "whole_period");
    EXPECT_EQ(occurrence_windows(t2), (Windows{{"2020-09-01", "2021-08-31"}}));
}

// 002: a kindergarten's plan by the seven stages, «Задача/Результат» in the section rows,
// most deadlines empty.
TEST_F(RoadmapsApi, ImportsTheKindergartenPlanBySevenStages) {
    auto body = import_seed("002_", y, "2024-01-01", "2024-12-31");
    const auto& rm = body["roadmap"];
    EXPECT_EQ(rm["title"],
              "План внедрения «Дорожной карты» региональной системы (целевой модели) наставничества педагогических "
              "работников в БДОУ г. Омска «Центр развития ребенка - детский сад № 30» в 2024 году.");
    EXPECT_EQ(body["tables"], 1);
    EXPECT_EQ(body["unplaced"], json::array());
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{2, 3, 4, 4, 4, 8, 8}));
    EXPECT_EQ(rm["item_count"], 33);
    EXPECT_EQ(section_field(rm, "number"), (std::vector<std::string>{"1", "2", "3", "4", "5", "6", "7"}));
    EXPECT_EQ(section_field(rm, "title"),
              (std::vector<std::string>{"Подготовка условий для запуска программы наставничества",
                                        "Формирование базы наставляемых", "Формирование базы наставников",
                                        "Отбор и обучение наставников", "Формирование наставнических пар или групп",
                                        "Организация работы наставнических пар или групп", "Завершение наставничества"}));
    EXPECT_EQ(section_stages(rm), (std::vector<json>{1, 2, 3, 4, 5, 6, 7}));
    for (auto& s : rm["sections"])
        for (auto& i : s["items"]) EXPECT_EQ(i["stage"], s["stage"]) << i["number"];
    // the «Задача: … Результат: …» text of a section row is its description (<p> removed)
    EXPECT_EQ(rm["sections"][2]["description"],
              "Задача: поиск потенциальных наставников для формирования базы наставников.\nРезультат: сформированы "
              "базы наставников, которые потенциально могут участвовать как в текущей программе наставничества, так и "
              "в будущих программах этой и иных (по запросу и с разрешения наставников) образовательных организаций.");
    EXPECT_EQ(rm["sections"][0]["description"].get<std::string>().rfind("Задача: информирование о запуске программы", 0), 0u);

    auto i11 = item_at(rm, 0, "1.1");
    EXPECT_EQ(i11["deadline_text"], "1 неделя февраля");
    EXPECT_EQ(i11["responsible"], "Заведующий ДОУ Старший воспитатель");
    EXPECT_EQ(occurrence_windows(i11), (Windows{{"2024-02-01", "2024-02-07"}}));
    // a continuation row (empty number) joins the item above
    auto i22 = item_at(rm, 1, "2.2");
    EXPECT_EQ(i22["title"], "Сбор дополнительной информации о запросах наставляемых (педагоги) от третьих лиц: психолог, "
                            "руководитель и\nСбор согласий на сбор и обработку персональных данных от участников.");
    EXPECT_EQ(occurrence_windows(i22), (Windows{{"2024-02-15", "2024-02-21"}}));
    // no deadline: unscheduled, flagged for a person
    auto i12 = item_at(rm, 0, "1.2");
    EXPECT_EQ(i12["deadline_text"], "");
    EXPECT_EQ(i12["schedule"]["kind"], "unscheduled");
    EXPECT_EQ(i12["occurrences"], json::array());
    EXPECT_EQ(item_at(rm, 6, "7.1")["title"],
              "Приглашение на торжественное мероприятие всех участников программы наставничества, представителей "
              "организаций- партнеров, представителей администрации муниципалитета, представителей иных образовательных "
              "организаций и некоммерческих организаций.");
}

// 003: Aban district's own roadmap; bold sections, sentences running on, count-based and
// quarterly deadlines, a separator row reported.
TEST_F(RoadmapsApi, ImportsTheDistrictRoadmapOfAbanWithCountBasedAndQuarterlyDeadlines) {
    auto body = import_seed("003_", "district", "2023-09-01", "2024-08-31");
    const auto& rm = body["roadmap"];
    EXPECT_EQ(rm["title"].get<std::string>().rfind("Дорожная карта по реализации Региональной целевой модели наставничества", 0), 0u);
    EXPECT_EQ(body["tables"], 1);
    ASSERT_EQ(body["unplaced"].size(), 1u) << body["unplaced"];
    EXPECT_EQ(body["unplaced"][0]["line"], 43);
    EXPECT_EQ(body["unplaced"][0]["code"], "separator");
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{3, 6, 5, 2, 4, 2}));
    EXPECT_EQ(rm["item_count"], 22);
    EXPECT_EQ(rm["sections"][0]["number"], "1.");
    EXPECT_EQ(rm["sections"][0]["title"], "Нормативно – правовой аспект на уровне ОО");  // <b> removed

    auto i11 = item_at(rm, 0, "1.1");
    EXPECT_EQ(i11["responsible"], "УО, МКУ ИМС, ОО");
    EXPECT_EQ(occurrence_windows(i11), (Windows{{"2023-09-01", "2023-10-31"}}));
    // a continuation row: a lowercase fragment continues the sentence, a capital starts a line
    auto i21 = item_at(rm, 1, "2.1");
    EXPECT_EQ(i21["expected_result"], "Информационные письма, размещение материалов на официальной странице УО, МКУ ИМС");
    auto t21 = i21["title"].get<std::string>();
    EXPECT_NE(t21.find("по реализации\nРегиональной целевой модели наставничества"), std::string::npos) << t21;
    EXPECT_NE(t21.find("на период 2023– 2024 гг."), std::string::npos) << t21;
    EXPECT_EQ(i21["schedule"]["kind"], "whole_period");  // «На регулярной основе»

    // «Не менее 3 раз в год»: three occurrences in the (school) year's window
    auto i24 = item_at(rm, 1, "2.4");
    EXPECT_EQ(i24["deadline_text"], "Не менее 3 раз в год");
    EXPECT_EQ(i24["schedule"]["kind"], "count_per_year");
    EXPECT_EQ(i24["schedule"]["times_per_year"], 3);
    EXPECT_EQ(occurrence_windows(i24), (Windows(3, {"2023-09-01", "2024-08-31"})));
    std::vector<int> seqs;
    for (auto& o : i24["occurrences"]) seqs.push_back(o["seq"]);
    EXPECT_EQ(seqs, (std::vector<int>{0, 1, 2}));
    EXPECT_EQ(item_at(rm, 1, "2.5")["schedule"]["kind"], "whole_period");  // «На регулярной основе (по запросу)»

    // «Раз в квартал»: calendar quarters, clipped to the period
    auto i51 = item_at(rm, 4, "5.1");
    EXPECT_EQ(i51["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(i51), (Windows{{"2023-09-01", "2023-09-30"},
                                                {"2023-10-01", "2023-12-31"},
                                                {"2024-01-01", "2024-03-31"},
                                                {"2024-04-01", "2024-06-30"},
                                                {"2024-07-01", "2024-08-31"}}));
    auto i52 = item_at(rm, 4, "5.2");
    EXPECT_EQ(i52["deadline_text"], "Декабрь 2023 и май 2024");
    EXPECT_EQ(occurrence_windows(i52), (Windows{{"2023-12-01", "2023-12-31"}, {"2024-05-01", "2024-05-31"}}));
    auto i53 = item_at(rm, 4, "5.3");
    EXPECT_EQ(i53["schedule"]["kind"], "unscheduled");
    EXPECT_EQ(i53["occurrences"], json::array());
    EXPECT_EQ(item_at(rm, 5, "6.2")["schedule"]["kind"], "unscheduled");  // «В отчетный период»
    EXPECT_EQ(occurrence_windows(item_at(rm, 5, "6.1")), (Windows{{"2022-12-01", "2023-05-31"}}));
}

// 004: Kameshkovo's order: the district's roadmap 2021–2024 and the seven-stage template
// (a second table) after it.
TEST_F(RoadmapsApi, ImportsKameshkovoWithYearlyWindowsAndReportsTheSampleFormAfterThePlan) {
    auto body = import_seed("004_", "district", "2021-12-01", "2024-12-31");
    const auto& rm = body["roadmap"];
    EXPECT_EQ(rm["title"],
              "План мероприятий (дорожная карта) внедрения целевой модели наставничества в организациях, осуществляющих "
              "образовательную деятельность по общеобразовательным и дополнительным общеобразовательным программам, на "
              "территории Камешковского района на период с 2021 по 2024 год");
    // The plan only: the sample form after it (line 64 on) is part 2, reported, not merged.
    EXPECT_EQ(body["tables"], 1);
    EXPECT_EQ(body["unplaced"], json::array());
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{4, 4, 2, 2, 2}));
    EXPECT_EQ(rm["item_count"], 14);
    EXPECT_EQ(body["part"], 1);
    ASSERT_EQ(body["parts"].size(), 2u) << body["parts"];
    EXPECT_EQ(body["parts"][0], json({{"number", 1}, {"line", 40}, {"end_line", 62}, {"caption", nullptr}, {"tables", 1},
                                      {"sections", 5}, {"items", 14}, {"imported", true}}));
    EXPECT_EQ(body["parts"][1]["line"], 64);
    EXPECT_EQ(body["parts"][1]["end_line"], 75);
    EXPECT_EQ(body["parts"][1]["sections"], 7);
    EXPECT_EQ(body["parts"][1]["imported"], false);
    EXPECT_EQ(body["parts"][1]["caption"].get<std::string>().rfind("Примерная форма дорожной карты", 0), 0u);
    std::vector<std::pair<std::string, int>> warnings;
    for (auto& w : body["warnings"]) warnings.emplace_back(w["code"], w["line"]);
    EXPECT_EQ(warnings, (std::vector<std::pair<std::string, int>>{{"continuation-joined", 53}, {"appendix-not-imported", 64}}));
    // the numbering row «1 2 3 4 5» is not an item
    for (auto& s : rm["sections"])
        for (auto& i : s["items"]) EXPECT_NE(i["title"], "2");
    EXPECT_EQ(rm["sections"][0]["title"], "Нормативное правовое регулирование внедрения методологии (целевой модели) наставничества");

    auto i11 = item_at(rm, 0, "1.1");
    EXPECT_EQ(i11["responsible"], "Домарева И.А. Папушина Н.А. специалисты МКУ «МЦ»");
    EXPECT_EQ(i11["expected_result"], "Приказ УО");
    EXPECT_EQ(occurrence_windows(i11), (Windows{{"2021-12-01", "2021-12-31"}}));

    // «Ежегодно сентябрь-октябрь»: every year of the period
    auto i21 = item_at(rm, 1, "2.1");
    EXPECT_EQ(i21["deadline_text"], "Ежегодно сентябрь-октябрь");
    EXPECT_EQ(i21["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(i21),
              (Windows{{"2022-09-01", "2022-10-31"}, {"2023-09-01", "2023-10-31"}, {"2024-09-01", "2024-10-31"}}));
    EXPECT_EQ(occurrence_windows(item_at(rm, 1, "2.2")),
              (Windows{{"2022-09-01", "2022-09-30"}, {"2023-09-01", "2023-09-30"}, {"2024-09-01", "2024-09-30"}}));
    // «По плану ДО, ВИРО»: unscheduled, no occurrences
    auto i23 = item_at(rm, 1, "2.3");
    EXPECT_EQ(i23["schedule"]["kind"], "unscheduled");
    EXPECT_FALSE(i23["schedule"]["reason"].is_null());
    EXPECT_EQ(i23["occurrences"], json::array());
    // the row continued on the next line
    auto i24 = item_at(rm, 1, "2.4");
    EXPECT_EQ(i24["title"], "Информирование педагогов, родителей, обучающихся ОО о реализации целевой модели наставничества в районе");
    EXPECT_EQ(i24["schedule"]["kind"], "whole_period");
    EXPECT_EQ(occurrence_windows(item_at(rm, 2, "3.2")), (Windows{{"2021-12-01", "2024-12-31"}}));
    // «2 раза в год май, ноябрь»
    auto i42 = item_at(rm, 3, "4.2");
    EXPECT_EQ(i42["schedule"]["kind"], "recurring");
    EXPECT_EQ(occurrence_windows(i42), (Windows{{"2022-05-01", "2022-05-31"},
                                                {"2022-11-01", "2022-11-30"},
                                                {"2023-05-01", "2023-05-31"},
                                                {"2023-11-01", "2023-11-30"},
                                                {"2024-05-01", "2024-05-31"},
                                                {"2024-11-01", "2024-11-30"}}));
    EXPECT_EQ(i42["responsible"], "Координаторы ОО, МКУ «МЦ»");

}

// An item's schedule (the API's Schedule shape) carries the windows it was parsed into —
// the same windows its occurrences have.
TEST_F(RoadmapsApi, ImportedItemsCarryTheirParsedWindowsInTheirSchedule) {
    auto rm = import_seed("004_", "district", "2021-12-01", "2024-12-31")["roadmap"];
    auto i21 = item_at(rm, 1, "2.1");
    EXPECT_EQ(windows_of(i21["schedule"]),
              (Windows{{"2022-09-01", "2022-10-31"}, {"2023-09-01", "2023-10-31"}, {"2024-09-01", "2024-10-31"}}))
        << i21["schedule"];
    std::vector<std::string> without;  // items whose schedule lacks the windows of their occurrences
    for (auto& s : rm["sections"])
        for (auto& i : s["items"])
            if (windows_of(i["schedule"]) != occurrence_windows(i)) without.push_back(i["number"].get<std::string>());
    EXPECT_TRUE(without.empty()) << without.size() << " items, e.g. " << (without.empty() ? "" : without.front());
}

TEST_F(RoadmapsApi, ImportsARoadmapExportedAsJson) {
    json exported = {{"title", "Дорожная карта (выгрузка из АИС)"},
                     {"sections",
                      {{{"number", "1."},
                        {"title", "Подготовка условий"},
                        {"items",
                         {{{"number", "1.1"}, {"title", "Приказ о внедрении ЦМН"}, {"deadline_text", "Сентябрь 2024"}},
                          {{"number", "1.2"}, {"title", "Встречи пар"}, {"deadline_text", "Ежегодно в мае"}}}}}}}};
    auto r = import_table(coordinator(), a, x, "2024-09-01", "2025-08-31", exported.dump(), "application/json");
    auto body = must(r, 201, "JSON import");
    EXPECT_EQ(body["roadmap"]["title"], "Дорожная карта (выгрузка из АИС)");
    EXPECT_EQ(body["roadmap"]["status"], "draft");
    EXPECT_EQ(body["unplaced"], json::array());
    EXPECT_EQ(occurrence_windows(item_at(body["roadmap"], 0, "1.2")), (Windows{{"2025-05-01", "2025-05-31"}}));

    auto before = database_state();
    auto bad = import_table(coordinator(), a, x, "2024-09-01", "2025-08-31",
                            json{{"sections", {{{"items", {{{"title", 5}}}}}}}, {"colour", "red"}}.dump(), "application/json");
    expect_problem(bad, 422, "JSON import with bad fields");
    EXPECT_EQ(before, database_state());
    expect_problem(import_table(coordinator(), a, x, "2024-09-01", "2025-08-31", "{\"sections\": [", "application/json"),
                   400, "malformed JSON import");
}

TEST_F(RoadmapsApi, ImportsCsvWithQuotesSemicolonsAndLineBreaksInCells) {
    const std::string csv =
        "\xEF\xBB\xBF\"№\";\"Наименование мероприятия\";\"Срок реализации\";\"Ответственный исполнитель\";\"Результат, вид "
        "документа\"\r\n"
        "\"I. Подготовка условий\";;;;\r\n"
        "\"1.1\";\"Встреча \"\"наставник – наставляемый\"\"; знакомство\";\"Сентябрь 2024\";\"Куратор; завуч\";\"Протокол № 1\"\r\n"
        "\"1.2\";\"Анкетирование\r\nучастников\";\"Ежегодно в мае\";\"Педагог-психолог\";\"\"\r\n";
    auto before = database_state();
    auto r = import_table(coordinator(), a, x, "2024-09-01", "2025-08-31", csv, "text/csv; charset=utf-8");
    auto body = must(r, 201, "CSV import");
    EXPECT_NE(before, database_state());
    auto rm = body["roadmap"];
    EXPECT_EQ(rm["status"], "draft");
    EXPECT_EQ(body["unplaced"], json::array());
    ASSERT_EQ(rm["sections"].size(), 1u) << rm;
    EXPECT_EQ(rm["sections"][0]["number"], "I.");
    EXPECT_EQ(rm["sections"][0]["title"], "Подготовка условий");
    ASSERT_EQ(items_per_section(rm), (std::vector<std::size_t>{2}));
    auto i11 = item_at(rm, 0, "1.1");
    EXPECT_EQ(i11["title"], "Встреча \"наставник – наставляемый\"; знакомство");
    EXPECT_EQ(i11["responsible"], "Куратор; завуч");
    EXPECT_EQ(i11["expected_result"], "Протокол № 1");
    EXPECT_EQ(occurrence_windows(i11), (Windows{{"2024-09-01", "2024-09-30"}}));
    auto i12 = item_at(rm, 0, "1.2");
    EXPECT_EQ(i12["title"], "Анкетирование\nучастников");
    EXPECT_EQ(occurrence_windows(i12), (Windows{{"2025-05-01", "2025-05-31"}}));

    // commas work as well
    auto comma = import_table(coordinator(), a, x, "2024-09-01", "2025-08-31",
                              "Мероприятие,Сроки,Ответственные\n\"Семинар, вебинар\",Октябрь 2024,\"УО, МКУ ИМС\"\n",
                              "text/csv");
    auto cb = must(comma, 201, "comma CSV import");
    auto only = cb["roadmap"]["sections"][0]["items"][0];
    EXPECT_EQ(only["title"], "Семинар, вебинар");
    EXPECT_EQ(only["responsible"], "УО, МКУ ИМС");
    EXPECT_EQ(occurrence_windows(only), (Windows{{"2024-10-01", "2024-10-31"}}));
}

// ---------------------------------------------------------------- what an import doubted; the preview

// The college's warnings answer the import, stay with the draft through submission, and go
// once it is approved.
TEST_F(RoadmapsApi, ImportWarningsStayWithTheDraftUntilItIsApproved) {
    auto body = import_seed("000_", x, "2024-09-01", "2025-08-31");
    std::vector<std::pair<std::string, int>> warnings;
    for (auto& w : body["warnings"]) {
        warnings.emplace_back(w["code"], w["line"]);
        EXPECT_FALSE(w["message"].get<std::string>().empty()) << w;
        EXPECT_FALSE(w["message_ru"].get<std::string>().empty()) << w;
    }
    EXPECT_EQ(warnings, (std::vector<std::pair<std::string, int>>{{"empty-section", 19},
                                                                  {"window-outside-period", 21},
                                                                  {"duplicate-number", 32},
                                                                  {"duplicate-number", 33},
                                                                  {"duplicate-number", 34}}));
    EXPECT_EQ(body["warnings"][1]["message"],
              "The deadline of item «1.1.» («Август 2024») gives 2024-08-01..2024-08-31, outside the roadmap's period "
              "2024-09-01..2025-08-31.");
    const std::string path = roadmap_path(a, body["roadmap"]["id"]);
    auto c = coordinator();
    workflow(c, path, "submit");
    auto submitted = must(c.get(path), 200, "GET the submitted draft");
    EXPECT_EQ(submitted["import_warnings"], body["warnings"]);
    // the curator sees the same on their organisation's draft
    EXPECT_EQ(must(curator_x().get(path), 200, "curator GET")["import_warnings"], body["warnings"]);
    auto approved_rm = workflow(c, path, "approve");
    EXPECT_FALSE(approved_rm.contains("import_warnings")) << approved_rm["import_warnings"];
    EXPECT_FALSE(must(c.get(path), 200, "GET the approved roadmap").contains("import_warnings"));
    auto db = testsupport::admin_session();
    int kept = -1;
    const std::string id = body["roadmap"]["id"].get<std::string>();
    *db << "select count(*) from roadmaps where id = cast(:i as uuid) and import_warnings is not null", soci::use(id),
        soci::into(kept);
    EXPECT_EQ(kept, 0) << "the warnings are dropped once approved";
    // a roadmap written as JSON has none
    auto plain = create(c, a, org_owner(x), period("2024-09-01", "2025-08-31"), {section("1.", "Раздел", {item("1.1", "Пункт", "май")})});
    EXPECT_FALSE(plain.contains("import_warnings"));
}

// dry_run=true answers what the import would create and writes nothing: no roadmap, no audit row.
TEST_F(RoadmapsApi, ImportPreviewAnswersWhatWouldBeCreatedAndWritesNothing) {
    auto c = coordinator();
    auto before = database_state();
    auto r = c.request("POST", roadmaps(a) + "/import?owner=district&period_start=2021-12-01&period_end=2024-12-31&dry_run=true",
                       seed_text("004_"), {{"Content-Type", kTsv}});
    auto body = must(r, 200, "preview of seed 004");
    EXPECT_EQ(before, database_state()) << "a preview wrote something";
    EXPECT_EQ(r.header("location"), "");
    EXPECT_EQ(body["dry_run"], true);
    const auto& rm = body["roadmap"];
    EXPECT_FALSE(rm.contains("id"));
    EXPECT_EQ(rm["status"], "draft");
    EXPECT_EQ(rm["period"], period("2021-12-01", "2024-12-31"));
    EXPECT_EQ(rm["owner"], json({{"kind", "district"}, {"organization_id", nullptr}}));
    EXPECT_EQ(rm["item_count"], 14);
    ASSERT_EQ(rm["sections"].size(), 5u);
    EXPECT_EQ(rm["sections"][0]["line"], 42);
    // each item with its source lines and its deadline read into windows
    const auto& i21 = rm["sections"][1]["items"][0];
    EXPECT_EQ(i21["number"], "2.1");
    EXPECT_EQ(i21["line"], 48);
    EXPECT_EQ(i21["schedule"]["kind"], "recurring");
    EXPECT_EQ(windows_of(i21["schedule"]),
              (Windows{{"2022-09-01", "2022-10-31"}, {"2023-09-01", "2023-10-31"}, {"2024-09-01", "2024-10-31"}}));
    EXPECT_EQ(i21["occurrence_count"], 3);
    const auto& i24 = rm["sections"][1]["items"][3];
    EXPECT_EQ(i24["line"], 51);
    EXPECT_EQ(i24["end_line"], 53);
    EXPECT_EQ(body["unplaced"], json::array());
    EXPECT_EQ(body["tables"], 1);
    EXPECT_EQ(body["parts"].size(), 2u);
    std::vector<std::pair<std::string, int>> warnings;
    for (auto& w : body["warnings"]) warnings.emplace_back(w["code"], w["line"]);
    EXPECT_EQ(warnings, (std::vector<std::pair<std::string, int>>{{"continuation-joined", 53}, {"appendix-not-imported", 64}}));

    // The same import for real gives the same roadmap and warnings.
    auto real = must(c.request("POST", roadmaps(a) + "/import?owner=district&period_start=2021-12-01&period_end=2024-12-31",
                               seed_text("004_"), {{"Content-Type", kTsv}}),
                     201, "the import itself");
    EXPECT_EQ(real["warnings"], body["warnings"]);
    EXPECT_EQ(real["roadmap"]["item_count"], 14);
    EXPECT_EQ(items_per_section(real["roadmap"]), items_per_section(rm));

    // The preview is checked like the import: a curator of another organisation, a bad table.
    before = database_state();
    expect_problem(curator_x().request("POST", roadmaps(a) + "/import?owner=" + y + "&dry_run=true", seed_text("002_"),
                                       {{"Content-Type", kTsv}}),
                   404, "curator of X previews Y's import");
    expect_problem(c.request("POST", roadmaps(a) + "/import?owner=district&dry_run=true", "просто текст",
                             {{"Content-Type", kTsv}}),
                   400, "preview of an unreadable table");
    // JSON too: validated, nothing written
    auto j = must(c.request("POST", roadmaps(a) + "/import?owner=district&period_start=2024-09-01&period_end=2025-08-31&dry_run=true",
                            json{{"sections", {{{"title", "Раздел"}, {"items", {{{"title", "Пункт"}, {"deadline_text", "май"}}}}}}}}.dump(),
                            {{"Content-Type", "application/json"}}),
                  200, "JSON preview");
    EXPECT_EQ(j["roadmap"]["sections"][0]["items"][0]["schedule"]["windows"],
              json::array({{{"start", "2025-05-01"}, {"end", "2025-05-31"}}}));
    EXPECT_EQ(before, database_state()) << "a preview wrote something";
}

// No period given: read from the title (or the deadlines), and said so.
TEST_F(RoadmapsApi, ImportWithoutAPeriodInfersItAndSaysWhere) {
    auto c = coordinator();
    auto aban = must(c.request("POST", roadmaps(a) + "/import?owner=district", seed_text("003_"), {{"Content-Type", kTsv}}),
                     201, "seed 003 without a period");
    EXPECT_EQ(aban["roadmap"]["period"], period("2023-09-01", "2024-08-31"));
    ASSERT_FALSE(aban["warnings"].empty());
    EXPECT_EQ(aban["warnings"][0]["code"], "period-inferred");
    EXPECT_EQ(aban["warnings"][0]["line"], 3);
    EXPECT_NE(aban["warnings"][0]["message"].get<std::string>().find("2023-09-01..2024-08-31"), std::string::npos);
    auto school = must(c.request("POST", roadmaps(a) + "/import?owner=" + x + "&dry_run=true", seed_text("001_"),
                                 {{"Content-Type", kTsv}}),
                       200, "seed 001 without a period: its deadlines' years");
    EXPECT_EQ(school["roadmap"]["period"], period("2019-09-01", "2021-08-31"));
    bool inferred = false;
    for (auto& w : school["warnings"])
        if (w["code"] == "period-inferred") inferred = w["line"] == 26;
    EXPECT_TRUE(inferred) << school["warnings"];
}

// part=2 imports the sample form after Kameshkovo's plan on its own.
TEST_F(RoadmapsApi, ImportsTheSampleFormOnItsOwnAsPart2) {
    auto body = must(coordinator().request("POST", roadmaps(a) + "/import?owner=" + y +
                                                       "&period_start=2025-09-01&period_end=2026-08-31&part=2",
                                           seed_text("004_"), {{"Content-Type", kTsv}}),
                     201, "part 2 of seed 004");
    const auto& rm = body["roadmap"];
    EXPECT_EQ(body["part"], 2);
    EXPECT_EQ(rm["title"], "Примерная форма дорожной карты внедрения целевой модели наставничества в образовательной организации");
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{1, 1, 1, 1, 1, 1, 1}));
    std::vector<json> stages;
    for (auto& s : rm["sections"]) stages.push_back(s["stage"]);
    EXPECT_EQ(stages, (std::vector<json>{1, 2, 3, 4, 5, 6, 7}));
    EXPECT_EQ(rm["sections"][0]["title"], "Подготовка условий для запуска ЦМН");
    auto stage1 = rm["sections"][0]["items"][0];
    EXPECT_EQ(stage1["title"].get<std::string>().rfind("- информировать педагогов, обучающихся и родительское сообщество", 0), 0u);
    EXPECT_EQ(body["warnings"], json::array());
    EXPECT_EQ(body["parts"][0]["imported"], false);
    EXPECT_EQ(body["parts"][1]["imported"], true);
}

// The demo district imports seed 004 whole: its plan, the sample form after it left out by the
// importer (no hand cut), approved, so no warning is kept.
TEST_F(RoadmapsApi, TheDemoDistrictsPlanIsSeed004WithoutItsSampleForm) {
    server->app().load_demo();
    auto db = testsupport::admin_session();
    int roadmaps_n = 0, sections_n = 0, items_n = 0, kept = -1;
    *db << "select count(*) from roadmaps r join districts d on d.id = r.district_id"
           " where d.code = 'kameshkovo' and r.organization_id is null",
        soci::into(roadmaps_n);
    *db << "select count(*) from roadmap_sections s join roadmaps r on r.district_id = s.district_id and r.id = s.roadmap_id"
           " join districts d on d.id = r.district_id where d.code = 'kameshkovo' and r.organization_id is null",
        soci::into(sections_n);
    *db << "select count(*) from roadmap_items i join roadmaps r on r.district_id = i.district_id and r.id = i.roadmap_id"
           " join districts d on d.id = r.district_id where d.code = 'kameshkovo' and r.organization_id is null",
        soci::into(items_n);
    *db << "select count(*) from roadmaps r join districts d on d.id = r.district_id"
           " where d.code = 'kameshkovo' and r.status = 'approved' and r.import_warnings is not null",
        soci::into(kept);
    EXPECT_EQ(roadmaps_n, 1);
    EXPECT_EQ(sections_n, 5);
    EXPECT_EQ(items_n, 14);
    EXPECT_EQ(kept, 0);
}

// ---------------------------------------------------------------- bad imports

TEST_F(RoadmapsApi, UnreadableImportsAre400AndCreateNothing) {
    const std::string cp1251 =
        "\xB9\t\xCD\xE0\xE8\xEC\xE5\xED\xEE\xE2\xE0\xED\xE8\xE5 \xEC\xE5\xF0\xEE\xEF\xF0\xE8\xFF\xF2\xE8\xFF\t\xD1\xF0\xEE"
        "\xEA \xF0\xE5\xE0\xEB\xE8\xE7\xE0\xF6\xE8\xE8\n1.1\t\xC2\xF1\xF2\xF0\xE5\xF7\xE0\t\xD1\xE5\xED\xF2\xFF\xE1\xF0\xFC 2024\n";
    static const char kPng[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    const std::string png(kPng, sizeof kPng - 1);
    std::string nul_in_text = "№\tМероприятие\tСроки\n1\tВстреча";
    nul_in_text += '\0';
    nul_in_text += "\tМай 2024\n";
    struct Case {
        std::string what, text, says;  // says: what the detail names
    };
    const std::vector<Case> cases = {
        {"an empty body", "", "empty"},
        {"only blank lines", "\n\n  \n", "empty"},
        {"binary (a PNG)", png, "NUL bytes"},
        {"a NUL byte in the text", nul_in_text, "NUL bytes (line 2)"},
        {"Windows-1251 bytes", cp1251, "not valid UTF-8 (line 1"},
        {"no recognisable header", "Дорожная карта\nПросто текст\tи ещё ячейка\nи третья строка\n", "header"},
    };
    for (auto& k : cases) {
        SCOPED_TRACE(k.what);
        auto before = database_state();
        auto r = import_table(coordinator(), a, x, "2024-09-01", "2025-08-31", k.text);
        expect_problem(r, 400, k.what);
        if (is_problem(r)) {
            EXPECT_EQ(r.json()["type"], "https://nastavnik.example/problems/import-unreadable") << r.body;
            EXPECT_NE(r.json().value("detail", std::string()).find(k.says), std::string::npos) << r.body;
        }
        EXPECT_EQ(before, database_state()) << "an unreadable import created something";
    }
    // the same as CSV, and CSV with a broken quote
    auto before = database_state();
    expect_problem(import_table(coordinator(), a, x, "2024-09-01", "2025-08-31", "", "text/csv"), 400, "empty CSV");
    expect_problem(import_table(coordinator(), a, x, "2024-09-01", "2025-08-31",
                                "Мероприятие;Сроки\n\"Встреча;Май 2024\n", "text/csv"),
                   400, "CSV with an unclosed quote");
    expect_problem(import_table(coordinator(), a, x, "2024-09-01", "2025-08-31", cp1251, "text/csv"), 400, "CSV in Windows-1251");
    EXPECT_EQ(before, database_state());
}

TEST_F(RoadmapsApi, ImportMediaTypeOwnerAndPeriodAreChecked) {
    auto c = coordinator();
    auto good = seed_text("000_");
    auto before = database_state();
    // the media type
    for (const char* type : {"application/pdf", "application/octet-stream", "application/vnd.ms-excel", "text/html"}) {
        SCOPED_TRACE(type);
        expect_problem(import_table(c, a, x, "2024-09-01", "2025-08-31", good, type), 415, type);
    }
    {
        auto r = c.request("POST", roadmaps(a) + "/import?owner=" + x + "&period_start=2024-09-01&period_end=2025-08-31", good);
        expect_problem(r, 415, "no Content-Type");
    }
    // the owner and the period in the query
    const std::string p = "&period_start=2024-09-01&period_end=2025-08-31";
    std::vector<std::pair<std::string, std::string>> bad_queries = {
        {"no owner", "?period_start=2024-09-01&period_end=2025-08-31"},
        {"owner neither district nor an id", "?owner=school" + p},
        {"owner empty", "?owner=" + p},
        {"no period_start", "?owner=district&period_end=2025-08-31"},
        {"no period_end", "?owner=district&period_start=2024-09-01"},
        {"period_start not a date", "?owner=district&period_start=2024-13-01&period_end=2025-08-31"},
        {"period_end not a date", "?owner=district&period_start=2024-09-01&period_end=31.08.2025"},
        {"dry_run neither true nor false", "?owner=district&dry_run=maybe" + p},
        {"part not a number", "?owner=district&part=two" + p},
        {"part zero", "?owner=district&part=0" + p},
    };
    for (auto& [what, query] : bad_queries) {
        SCOPED_TRACE(what);
        auto r = c.request("POST", roadmaps(a) + "/import" + query, good, {{"Content-Type", kTsv}});
        expect_problem(r, 400, what);
    }
    // a period that ends before it starts, or is longer than six years: an invalid field
    expect_problem(import_table(c, a, "district", "2025-08-31", "2024-09-01", good), 422, "period reversed", "/period");
    expect_problem(import_table(c, a, "district", "2010-01-01", "2024-12-31", good), 422, "period of 15 years", "/period");
    // a part the document does not have: an invalid field
    expect_problem(c.request("POST", roadmaps(a) + "/import?owner=district&part=2" + p, good, {{"Content-Type", kTsv}}),
                   422, "part 2 of a one-part document", "/part");
    // no period, and none in the document to infer: the period is required
    expect_problem(c.request("POST", roadmaps(a) + "/import?owner=district", "№\tМероприятие\tСрок\n1\tСовещание\tмай\n",
                             {{"Content-Type", kTsv}}),
                   422, "no period anywhere", "/period_start");
    EXPECT_EQ(before, database_state()) << "a refused import created something";
}

// An owner that is not an organisation of the district: the same 422 on every route that
// takes an owner, whether it is another district's organisation or none at all; a curator
// naming another organisation finds nothing (404).
TEST_F(RoadmapsApi, AnOwnerOfAnotherDistrictIsRefusedConsistently) {
    auto c = coordinator();
    auto tsv = seed_text("002_");
    const std::string missing = "0e4f1c7a-5b7e-4c1e-9a55-3f0d2b8c6a11";
    auto before = database_state();
    auto strip = [](const HttpResponse& r) {
        auto j = r.json();
        j.erase("request_id");
        j.erase("instance");
        return j;
    };
    auto foreign = import_table(c, a, z, "2024-01-01", "2024-12-31", tsv);
    auto none = import_table(c, a, missing, "2024-01-01", "2024-12-31", tsv);
    expect_problem(foreign, 422, "import, owner of district B", "/owner/organization_id");
    expect_problem(none, 422, "import, owner that does not exist", "/owner/organization_id");
    if (is_problem(foreign) && is_problem(none)) {
        EXPECT_EQ(strip(foreign), strip(none));
    }

    auto created = c.send_json("POST", roadmaps(a),
                               {{"owner", org_owner(z)}, {"title", "Чужая"}, {"period", period("2024-01-01", "2024-12-31")}});
    expect_problem(created, 422, "create, owner of district B", "/owner/organization_id");
    auto from_template = c.send_json("POST", roadmaps(a) + "/from-template",
                                     {{"template_id", kTemplate}, {"organization_id", z}, {"period", period("2024-01-01", "2024-12-31")}});
    expect_problem(from_template, 422, "from-template, organisation of district B", "/owner/organization_id");
    // the admin too
    expect_problem(import_table(admin(), a, z, "2024-01-01", "2024-12-31", tsv), 422, "admin import, owner of B",
                   "/owner/organization_id");
    // a curator naming another organisation (of its district or another) finds nothing
    expect_problem(import_table(curator_x(), a, y, "2024-01-01", "2024-12-31", tsv), 404, "curator of X, owner Y");
    expect_problem(import_table(curator_x(), a, z, "2024-01-01", "2024-12-31", tsv), 404, "curator of X, owner Z");
    EXPECT_EQ(before, database_state());
}

TEST_F(RoadmapsApi, AnImportOverTheSizeLimitIs413AndCreatesNothing) {
    testsupport::ServerOptionsForTest options;
    options.max_request_bytes = 4096;
    testsupport::TestServer small(options);
    auto c = small.client().with_token(coordinator_token);
    auto big = seed_text("004_");
    ASSERT_GT(big.size(), 4096u);
    auto before = database_state();
    auto r = c.request("POST", roadmaps(a) + "/import?owner=district&period_start=2021-12-01&period_end=2024-12-31", big,
                       {{"Content-Type", kTsv}});
    EXPECT_EQ(r.status, 413) << r.body;
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    EXPECT_EQ(before, database_state());
    // a small table still goes through on the same server
    auto ok = c.request("POST", roadmaps(a) + "/import?owner=district&period_start=2024-09-01&period_end=2025-08-31",
                        "Мероприятие\tСроки\nСовещание\tОктябрь 2024\n", {{"Content-Type", kTsv}});
    EXPECT_EQ(ok.status, 201) << ok.body;
}

// ---------------------------------------------------------------- writing a roadmap

TEST_F(RoadmapsApi, ItemsNameTheDistrictsUsersResponsible) {
    auto c = coordinator();
    std::string me = must(c.get(kV1 + "/me"), 200, "me")["id"];
    std::string foreign = must(admin().get(kV1 + "/me"), 200, "admin me")["id"];  // not a user of the district
    auto r = c.send_json("POST", roadmaps(a),
                         {{"owner", org_owner(x)},
                          {"title", "Ответственные"},
                          {"period", period("2024-09-01", "2025-08-31")},
                          {"sections",
                           {section("1.", "Подготовка",
                                    {{{"number", "1.1"}, {"title", "Приказ"}, {"deadline_text", "Сентябрь"},
                                      {"responsible", "Директор"}, {"responsible_user_ids", {me}}}})}}});
    auto rm = must(r, 201, "create with responsible users");
    auto item = item_at(rm, 0, "1.1");
    EXPECT_EQ(item["responsible_user_ids"], json::array({me}));
    auto path = roadmap_path(a, rm["id"]) + "/items/" + item["id"].get<std::string>();
    auto before = database_state();
    expect_problem(c.send_json("PATCH", path, {{"responsible_user_ids", {foreign}}}, {{"If-Match", "\"1\""}}), 422,
                   "a user of no such district");
    expect_problem(c.send_json("PATCH", path, {{"responsible_user_ids", {"not-a-uuid"}}}, {{"If-Match", "\"1\""}}), 422,
                   "not a user id");
    EXPECT_EQ(before, database_state());
    auto cleared = must(c.send_json("PATCH", path, {{"responsible_user_ids", nullptr}}, {{"If-Match", "\"1\""}}), 200,
                        "clear the users");
    EXPECT_EQ(cleared["responsible_user_ids"], json::array());

    // The stage: one of the template's seven, or null; anything else refused with its pointer.
    auto at_stage = database_state();
    for (json bad : {json(0), json(8), json("3"), json(2.5), json(true)})
        expect_problem(c.send_json("PATCH", path, {{"stage", bad}}, {{"If-Match", "\"2\""}}), 422,
                       "stage " + bad.dump(), "/stage");
    EXPECT_EQ(at_stage, database_state());
    auto staged = must(c.send_json("PATCH", path, {{"stage", 7}}, {{"If-Match", "\"2\""}}), 200, "stage 7");
    EXPECT_EQ(staged["stage"], 7);
    auto unstaged = must(c.send_json("PATCH", path, {{"stage", nullptr}}, {{"If-Match", "\"3\""}}), 200, "no stage");
    EXPECT_TRUE(unstaged["stage"].is_null());
}

TEST_F(RoadmapsApi, CreateGetAndPatchWithIfMatch) {
    auto c = coordinator();
    expect_problem(c.send_json("POST", roadmaps(a),
                               {{"owner", org_owner(x)},
                                {"title", "Дорожная карта"},
                                {"period", period("2024-09-01", "2025-08-31")},
                                {"approval", {{"order_number", "21"}, {"order_date", "30.08.2024"}}}}),
                   422, "an order date not as YYYY-MM-DD", "/approval/order_date");
    auto r = c.send_json(
        "POST", roadmaps(a),
        {{"owner", org_owner(x)},
         {"title", "Дорожная карта СОШ № 23"},
         {"period", period("2024-09-01", "2025-08-31")},
         {"approval", {{"order_number", "21"}, {"order_date", "2024-08-30"}}},
         {"sections",
          {section("1.", "Подготовка условий",
                   {{{"number", "1.1"}, {"title", "Приказ о внедрении"}, {"deadline_text", "Сентябрь"},
                     {"responsible", "Директор"}, {"expected_result", "Приказ"}, {"indicators", "Издан приказ"},
                     {"stage", 1}},
                    item("1.2", "Мониторинг", "Ежегодно в мае, ноябре")}),
           section("2.", "Работа пар", {item("2.1", "Встречи по запросу", "По запросу")})}}});
    ASSERT_EQ(r.status, 201) << r.body;
    auto rm = r.json();
    EXPECT_EQ(r.header("location"), roadmap_path(a, rm["id"]));
    EXPECT_EQ(r.header("etag"), "\"1\"");
    EXPECT_EQ(rm["status"], "draft");
    EXPECT_EQ(rm["revision"], 1);
    EXPECT_TRUE(rm["previous_id"].is_null());
    EXPECT_TRUE(rm["superseded_by"].is_null());
    EXPECT_EQ(rm["approval"], json({{"order_number", "21"}, {"order_date", "2024-08-30"}}));
    EXPECT_EQ(rm["item_count"], 3);
    EXPECT_EQ(items_per_section(rm), (std::vector<std::size_t>{2, 1}));
    auto i11 = item_at(rm, 0, "1.1");
    EXPECT_EQ(i11["stage"], 1);
    EXPECT_EQ(i11["indicators"], "Издан приказ");
    EXPECT_EQ(occurrence_windows(i11), (Windows{{"2024-09-01", "2024-09-30"}}));  // the month takes the period's year
    EXPECT_EQ(occurrence_windows(item_at(rm, 0, "1.2")), (Windows{{"2024-11-01", "2024-11-30"}, {"2025-05-01", "2025-05-31"}}));
    EXPECT_EQ(item_at(rm, 1, "2.1")["schedule"]["kind"], "unscheduled");

    auto path = roadmap_path(a, rm["id"]);
    auto got = c.get(path);
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.json(), rm);
    EXPECT_EQ(got.header("etag"), "\"1\"");

    // If-Match: required, and it must be current
    expect_problem(c.send_json("PATCH", path, {{"title", "Без If-Match"}}), 428, "PATCH without If-Match");
    expect_problem(c.send_json("PATCH", path, {{"title", "Устаревшая"}}, {{"If-Match", "\"7\""}}), 412, "stale If-Match");
    expect_problem(c.send_json("PATCH", path, {{"title", "Мусор"}}, {{"If-Match", "garbage"}}), 412, "garbage If-Match");
    auto patched = c.send_json("PATCH", path, {{"title", "Дорожная карта на 2024-2025"}}, {{"If-Match", "\"1\""}});
    ASSERT_EQ(patched.status, 200) << patched.body;
    EXPECT_EQ(patched.json()["title"], "Дорожная карта на 2024-2025");
    EXPECT_EQ(patched.header("etag"), "\"2\"");
    expect_problem(c.send_json("PATCH", path, {{"title", "Опоздал"}}, {{"If-Match", "\"1\""}}), 412, "the old ETag");
    EXPECT_EQ(c.get(path).json()["title"], "Дорожная карта на 2024-2025");

    // invalid and read-only fields: 422 naming each, nothing changed
    auto before = database_state();
    auto bad = c.send_json("PATCH", path, {{"status", "approved"}, {"owner", org_owner(y)}, {"colour", "red"}},
                           {{"If-Match", "\"2\""}});
    expect_problem(bad, 422, "read-only and unknown fields");
    EXPECT_EQ(pointers_of(bad), (std::set<std::string>{"/status", "/owner", "/colour"}));
    expect_problem(c.send_json("PATCH", path, {{"period", period("2025-08-31", "2024-09-01")}}, {{"If-Match", "\"2\""}}),
                   422, "reversed period", "/period");
    expect_problem(c.send_json("PATCH", path, {{"title", "   "}}, {{"If-Match", "\"2\""}}), 422, "blank title", "/title");
    EXPECT_EQ(before, database_state());

    // creating: the fields are checked, every error at once
    auto invalid = c.send_json("POST", roadmaps(a),
                               {{"owner", {{"kind", "school"}}},
                                {"period", period("2024-09-01", "2025-08-31")},
                                {"status", "approved"},
                                {"sections", {section("1.", "Раздел", {{{"title", "Без срока"}, {"stage", 9}}})}}});
    expect_problem(invalid, 422, "invalid roadmap");
    auto ptrs = pointers_of(invalid);
    EXPECT_TRUE(ptrs.count("/owner/kind")) << invalid.body;
    EXPECT_TRUE(ptrs.count("/status")) << invalid.body;
    EXPECT_TRUE(ptrs.count("/title")) << invalid.body;
    auto bad_stage = c.send_json("POST", roadmaps(a),
                                 {{"owner", org_owner(x)}, {"title", "Т"}, {"period", period("2024-09-01", "2025-08-31")},
                                  {"sections", {section("1.", "Раздел", {{{"title", "Этап"}, {"stage", 9}}})}}});
    expect_problem(bad_stage, 422, "stage 9", "/sections/0/items/0/stage");
    expect_problem(c.request("POST", roadmaps(a), "{\"title\": ", {{"Content-Type", "application/json"}}), 400, "broken JSON");
    expect_problem(c.request("POST", roadmaps(a), "title=x", {{"Content-Type", "application/x-www-form-urlencoded"}}), 415,
                   "a form");
    EXPECT_EQ(before, database_state());

    // a draft can be deleted (If-Match); then it is gone
    expect_problem(c.request("DELETE", path), 428, "DELETE without If-Match");
    EXPECT_EQ(c.request("DELETE", path, "", {{"If-Match", "\"2\""}}).status, 204);
    expect_problem(c.get(path), 404, "a deleted roadmap");
}

// The period gives the missing years: changing it reads every deadline again.
TEST_F(RoadmapsApi, ChangingThePeriodRereadsEveryDeadline) {
    auto c = coordinator();
    auto rm = create(c, a, org_owner(x), period("2024-09-01", "2025-08-31"),
                     {section("1.", "Раздел", {item("1", "Приказ", "Сентябрь"), item("2", "Мониторинг", "Ежегодно в мае, ноябре"),
                                               item("3", "Отчёт", "Декабрь 2024"), item("4", "Работа", "В течение года")})});
    auto path = roadmap_path(a, rm["id"]);
    auto r = c.send_json("PATCH", path, {{"period", period("2025-09-01", "2026-08-31")}}, {{"If-Match", rm["etag"]}});
    ASSERT_EQ(r.status, 200) << r.body;
    auto after = c.get(path).json();
    EXPECT_EQ(after["period"], period("2025-09-01", "2026-08-31"));
    EXPECT_EQ(occurrence_windows(item_at(after, 0, "1")), (Windows{{"2025-09-01", "2025-09-30"}}));
    EXPECT_EQ(occurrence_windows(item_at(after, 0, "2")), (Windows{{"2025-11-01", "2025-11-30"}, {"2026-05-01", "2026-05-31"}}));
    EXPECT_EQ(occurrence_windows(item_at(after, 0, "3")), (Windows{{"2024-12-01", "2024-12-31"}}));  // a written year stays
    EXPECT_EQ(occurrence_windows(item_at(after, 0, "4")), (Windows{{"2025-09-01", "2026-08-31"}}));
    EXPECT_EQ(r.json(), after);
}

TEST_F(RoadmapsApi, SectionsAndItemsOfADraftAreAddedChangedAndDeleted) {
    auto c = coordinator();
    auto rm = create(c, a, org_owner(x), period("2024-09-01", "2025-08-31"), {section("1.", "Подготовка", {item("1.1", "Приказ", "Сентябрь")})});
    auto path = roadmap_path(a, rm["id"]);

    // a section with its items
    expect_problem(c.send_json("POST", path + "/sections", section("2.", "Без If-Match", json::array())), 428, "section without If-Match");
    auto s = c.send_json("POST", path + "/sections",
                         section("2.", "Завершение", {item("2.1", "Итоговая встреча", "Май")}), {{"If-Match", etag_of(c, path)}});
    ASSERT_EQ(s.status, 201) << s.body;
    std::string sid = s.json()["id"];
    EXPECT_EQ(s.json()["title"], "Завершение");
    EXPECT_EQ(occurrence_windows(s.json()["items"][0]), (Windows{{"2025-05-01", "2025-05-31"}}));
    auto ps = c.send_json("PATCH", path + "/sections/" + sid, {{"title", "Завершение наставничества"}, {"stage", 7}},
                          {{"If-Match", etag_of(c, path)}});
    ASSERT_EQ(ps.status, 200) << ps.body;
    EXPECT_EQ(ps.json()["stage"], 7);
    expect_problem(c.send_json("PATCH", path + "/sections/" + sid, {{"stage", 8}}, {{"If-Match", etag_of(c, path)}}), 422,
                   "stage 8", "/stage");

    // an item: added under the roadmap's ETag, then guarded by its own
    auto added = c.send_json("POST", path + "/items",
                             {{"section_id", sid}, {"number", "2.2"}, {"title", "Публикация итогов"}, {"deadline_text", "Июнь 2025"}},
                             {{"If-Match", etag_of(c, path)}});
    ASSERT_EQ(added.status, 201) << added.body;
    auto it = added.json();
    EXPECT_EQ(added.header("etag"), "\"1\"");
    EXPECT_EQ(it["section_id"], sid);
    EXPECT_EQ(occurrence_windows(it), (Windows{{"2025-06-01", "2025-06-30"}}));
    auto ipath = path + "/items/" + it["id"].get<std::string>();
    expect_problem(c.send_json("PATCH", ipath, {{"deadline_text", "Июль"}}), 428, "item PATCH without If-Match");
    expect_problem(c.send_json("PATCH", ipath, {{"deadline_text", "Июль"}}, {{"If-Match", "\"5\""}}), 412, "stale item If-Match");
    auto pi = c.send_json("PATCH", ipath, {{"deadline_text", "Июль"}, {"responsible", "Куратор"}}, {{"If-Match", "\"1\""}});
    ASSERT_EQ(pi.status, 200) << pi.body;
    EXPECT_EQ(pi.header("etag"), "\"2\"");
    EXPECT_EQ(pi.json()["responsible"], "Куратор");
    EXPECT_EQ(occurrence_windows(pi.json()), (Windows{{"2025-07-01", "2025-07-31"}}));  // the deadline is read again
    expect_problem(c.send_json("PATCH", ipath, {{"schedule", {{"kind", "window"}}}}, {{"If-Match", "\"2\""}}), 422,
                   "schedule is computed", "/schedule");

    // bad items
    auto other = create(c, a, org_owner(x), period("2024-09-01", "2025-08-31"), {section("1.", "Чужой раздел", json::array())});
    auto before = database_state();
    expect_problem(c.send_json("POST", path + "/items", {{"section_id", sid}, {"number", "2.3"}}, {{"If-Match", etag_of(c, path)}}),
                   422, "an item without a title", "/title");
    expect_problem(c.send_json("POST", path + "/items",
                               {{"section_id", other["sections"][0]["id"]}, {"title", "Не туда"}}, {{"If-Match", etag_of(c, path)}}),
                   422, "a section of another roadmap", "/section_id");
    expect_problem(c.send_json("POST", path + "/items", {{"title", "Без раздела"}}, {{"If-Match", etag_of(c, path)}}), 422,
                   "no section_id", "/section_id");
    EXPECT_EQ(before, database_state());

    // deleting: the item with its ETag, the section with the roadmap's (its items go with it)
    expect_problem(c.request("DELETE", ipath, "", {{"If-Match", "\"1\""}}), 412, "deleting with a stale item ETag");
    EXPECT_EQ(c.request("DELETE", ipath, "", {{"If-Match", "\"2\""}}).status, 204);
    EXPECT_EQ(c.get(path).json()["item_count"], 2);
    EXPECT_EQ(c.request("DELETE", path + "/sections/" + sid, "", {{"If-Match", etag_of(c, path)}}).status, 204);
    auto after = c.get(path).json();
    EXPECT_EQ(after["sections"].size(), 1u);
    EXPECT_EQ(after["item_count"], 1);
    expect_problem(c.request("DELETE", path + "/sections/" + sid, "", {{"If-Match", etag_of(c, path)}}), 404, "the section again");
    expect_problem(c.send_json("PATCH", ipath, {{"title", "Ушёл"}}, {{"If-Match", "\"2\""}}), 404, "the deleted item");
}

// Fields of the wrong type or out of range are refused with their pointer, never dropped
// or wrapped around.
TEST_F(RoadmapsApi, MistypedAndOutOfRangeFieldsAreRefusedNotDroppedOrWrapped) {
    auto c = coordinator();
    auto before = database_state();
    auto approval = c.send_json("POST", roadmaps(a),
                                {{"owner", org_owner(x)}, {"title", "Приказ числом"}, {"period", period("2024-09-01", "2025-08-31")},
                                 {"approval", {{"order_number", 21}, {"signed_by", "Директор"}}}});
    expect_problem(approval, 422, "approval with a number and an unknown field", "/approval/order_number");
    EXPECT_TRUE(pointers_of(approval).count("/approval/signed_by")) << approval.body;
    // 2^32 + 1 is not stage 1
    auto stage = c.send_json("POST", roadmaps(a),
                             {{"owner", org_owner(x)}, {"title", "Этап за пределами"}, {"period", period("2024-09-01", "2025-08-31")},
                              {"sections", json::array({section("1.", "Раздел", json::array({{{"title", "Этап"}, {"stage", 4294967297LL}}}))})}});
    expect_problem(stage, 422, "stage 4294967297", "/sections/0/items/0/stage");
    EXPECT_EQ(before, database_state()) << "a refused roadmap was stored";

    auto rm = create(c, a, org_owner(x), period("2024-09-01", "2025-08-31"), {section("1.", "Раздел", {item("1", "Приказ", "Май")})});
    auto path = roadmap_path(a, rm["id"]);
    before = database_state();
    expect_problem(c.send_json("PATCH", path + "/items/" + item_at(rm, 0, "1")["id"].get<std::string>(), {{"stage", 4294967298LL}},
                               {{"If-Match", "\"1\""}}),
                   422, "item stage 4294967298", "/stage");
    expect_problem(c.send_json("PATCH", path + "/sections/" + rm["sections"][0]["id"].get<std::string>(), {{"stage", -4294967295LL}},
                               {{"If-Match", etag_of(c, path)}}),
                   422, "section stage -4294967295", "/stage");
    expect_problem(c.send_json("PATCH", path, {{"approval", {{"order_number", true}}}}, {{"If-Match", etag_of(c, path)}}), 422,
                   "order_number true", "/approval/order_number");
    expect_problem(c.send_json("PATCH", path, {{"period", nullptr}}, {{"If-Match", etag_of(c, path)}}), 422, "period null",
                   "/period");
    EXPECT_EQ(before, database_state());
}

// ---------------------------------------------------------------- the workflow

TEST_F(RoadmapsApi, SubmitFreezesReturnNeedsACommentApproveIsTheCoordinators) {
    auto c = coordinator();
    // an empty roadmap cannot be submitted
    auto empty = create(c, a, org_owner(x), period("2024-09-01", "2025-08-31"), json::array());
    expect_problem(c.send_json("POST", roadmap_path(a, empty["id"]) + "/submit", json::object(), {{"If-Match", empty["etag"]}}),
                   409, "submitting an empty roadmap");

    auto rm = create(curator_x(), a, org_owner(x), period("2024-09-01", "2025-08-31"),
                     {section("1.", "Подготовка", {item("1.1", "Приказ", "Сентябрь 2024")})});
    auto path = roadmap_path(a, rm["id"]);
    auto it = item_at(rm, 0, "1.1");
    auto ipath = path + "/items/" + it["id"].get<std::string>();

    // progress is for approved roadmaps only
    expect_problem(progress(curator_x(), path, it, done("2024-09-10", "Приказ № 1")), 409, "progress on a draft");

    expect_problem(curator_x().send_json("POST", path + "/submit", json::object()), 428, "submit without If-Match");
    auto submitted = workflow(curator_x(), path, "submit");
    EXPECT_EQ(submitted["status"], "submitted");
    EXPECT_FALSE(submitted["submitted_at"].is_null());

    // a submitted roadmap is frozen: every edit is 409 and changes nothing
    auto before = database_state();
    auto etag = etag_of(c, path);
    expect_problem(c.send_json("PATCH", path, {{"title", "Правка"}}, {{"If-Match", etag}}), 409, "PATCH a submitted roadmap");
    expect_problem(c.send_json("POST", path + "/sections", section("2.", "Ещё", json::array()), {{"If-Match", etag}}), 409,
                   "add a section");
    expect_problem(c.send_json("POST", path + "/items", {{"section_id", rm["sections"][0]["id"]}, {"title", "Ещё"}}, {{"If-Match", etag}}),
                   409, "add an item");
    expect_problem(c.send_json("PATCH", ipath, {{"title", "Правка"}}, {{"If-Match", "\"1\""}}), 409, "PATCH an item");
    expect_problem(c.request("DELETE", ipath, "", {{"If-Match", "\"1\""}}), 409, "DELETE an item");
    expect_problem(c.send_json("PATCH", path + "/sections/" + rm["sections"][0]["id"].get<std::string>(), {{"title", "Правка"}},
                               {{"If-Match", etag}}),
                   409, "PATCH a section");
    expect_problem(c.send_json("POST", path + "/submit", json::object(), {{"If-Match", etag}}), 409, "submit twice");
    expect_problem(c.send_json("POST", path + "/versions", json::object(), {{"If-Match", etag}}), 409, "a version of a submitted one");
    expect_problem(progress(c, path, it, done("2024-09-10", "Приказ")), 409, "progress on a submitted roadmap");
    // only the coordinator approves or returns
    expect_problem(curator_x().send_json("POST", path + "/approve", json::object(), {{"If-Match", etag}}), 403, "curator approves");
    expect_problem(curator_x().send_json("POST", path + "/return", {{"comment", "Сам себе"}}, {{"If-Match", etag}}), 403,
                   "curator returns");
    expect_problem(viewer().send_json("POST", path + "/approve", json::object(), {{"If-Match", etag}}), 403, "viewer approves");
    // returning needs a comment
    expect_problem(c.send_json("POST", path + "/return", json::object(), {{"If-Match", etag}}), 422, "return without a comment",
                   "/comment");
    expect_problem(c.send_json("POST", path + "/return", {{"comment", "   "}}, {{"If-Match", etag}}), 422, "a blank comment",
                   "/comment");
    EXPECT_EQ(before, database_state()) << "a refused change wrote something";

    auto returned = workflow(c, path, "return", {{"comment", "Добавьте сроки для раздела 2"}});
    EXPECT_EQ(returned["status"], "returned");
    EXPECT_EQ(returned["return_comment"], "Добавьте сроки для раздела 2");
    // editable again, by its curator
    auto edit = curator_x().send_json("PATCH", ipath, {{"deadline_text", "Октябрь 2024"}}, {{"If-Match", "\"1\""}});
    ASSERT_EQ(edit.status, 200) << edit.body;
    EXPECT_EQ(occurrence_windows(edit.json()), (Windows{{"2024-10-01", "2024-10-31"}}));
    workflow(curator_x(), path, "submit");
    expect_problem(c.send_json("POST", path + "/approve", json::object(), {{"If-Match", "\"1\""}}), 412, "approve with a stale ETag");
    auto approved_rm = workflow(c, path, "approve");
    EXPECT_EQ(approved_rm["status"], "approved");
    EXPECT_FALSE(approved_rm["approved_at"].is_null());

    // approved: no edits, no second approval, no return, no delete
    before = database_state();
    etag = etag_of(c, path);
    expect_problem(c.send_json("PATCH", path, {{"title", "Правка"}}, {{"If-Match", etag}}), 409, "PATCH an approved roadmap");
    expect_problem(c.send_json("PATCH", ipath, {{"title", "Правка"}}, {{"If-Match", "\"2\""}}), 409, "PATCH its item");
    expect_problem(c.send_json("POST", path + "/approve", json::object(), {{"If-Match", etag}}), 409, "approve twice");
    expect_problem(c.send_json("POST", path + "/return", {{"comment", "Поздно"}}, {{"If-Match", etag}}), 409, "return an approved one");
    expect_problem(c.request("DELETE", path, "", {{"If-Match", etag}}), 409, "DELETE an approved roadmap");
    EXPECT_EQ(before, database_state());
}

// Progress: per occurrence, done needs evidence and a date not in the future, an item with
// several windows needs the window, an unscheduled item gets an occurrence on its date.
TEST_F(RoadmapsApi, ProgressIsRecordedPerOccurrenceWithEvidence) {
    auto c = curator_x();
    auto rm = approved(a, org_owner(x), period("2022-09-01", "2023-08-31"),
                       {section("1.", "Раздел", {item("1.1", "Приказ о внедрении", "Сентябрь 2022"),
                                                 item("1.2", "Мониторинг", "Ежегодно в мае, ноябре"),
                                                 item("1.3", "Консультации", "По запросу"),
                                                 item("1.4", "Семинары", "Не менее 2 раз в год")})});
    auto path = roadmap_path(a, rm["id"]);
    auto fresh = [&](const std::string& number) { return item_numbered(c.get(path).json(), number); };
    auto i11 = fresh("1.1");

    auto before = database_state();
    expect_problem(progress(c, path, i11, {{"status", "done"}, {"completed_on", "2022-09-05"}}), 422, "done without evidence",
                   "/evidence");
    expect_problem(progress(c, path, i11, {{"status", "done"}, {"completed_on", "2022-09-05"}, {"evidence", {{"number", "32"}}}}),
                   422, "a number alone is no evidence", "/evidence");
    expect_problem(progress(c, path, i11, {{"status", "done"}, {"evidence", {{"title", "Приказ"}}}}), 422, "done without a date",
                   "/completed_on");
    expect_problem(progress(c, path, i11, done("2999-01-01", "Приказ")), 422, "completed in the future", "/completed_on");
    expect_problem(progress(c, path, i11, done("05.09.2022", "Приказ")), 422, "not a date", "/completed_on");
    expect_problem(progress(c, path, i11,
                            {{"status", "done"}, {"completed_on", "2022-09-05"},
                             {"evidence", {{"title", "Приказ"}, {"date", "05.09.2022"}}}}),
                   422, "evidence dated not as a date", "/evidence/date");
    expect_problem(progress(c, path, i11,
                            {{"status", "done"}, {"occurrence", "2022-09-31"}, {"completed_on", "2022-09-05"},
                             {"evidence", {{"title", "Приказ"}}}}),
                   422, "a window start that is no date", "/occurrence");
    expect_problem(progress(c, path, i11, {{"status", "finished"}}), 422, "unknown status", "/status");
    expect_problem(progress(c, path, i11, {{"status", "cancelled"}}), 422, "cancelled without a reason", "/comment");
    expect_problem(progress(c, path, i11,
                            {{"status", "done"}, {"completed_on", "2022-09-05"}, {"evidence", {{"url", "ftp://school/x.pdf"}}}}),
                   422, "a link that is not http(s)", "/evidence/url");
    expect_problem(progress(c, path, i11, done("2022-09-05", "Приказ"), std::string("\"9\"")), 412, "stale item If-Match");
    expect_problem(c.send_json("POST", path + "/items/" + i11["id"].get<std::string>() + "/progress", done("2022-09-05", "Приказ")),
                   428, "progress without If-Match");
    EXPECT_EQ(before, database_state()) << "a refused progress record wrote something";

    auto r = progress(c, path, i11,
                      {{"status", "done"},
                       {"completed_on", "2022-09-05"},
                       {"evidence", {{"title", "Приказ о внедрении ЦМН"}, {"number", "32"}, {"date", "2022-09-04"},
                                     {"url", "https://school.example/docs/prikaz-32.pdf"}}},
                       {"comment", "Размещён на сайте"}});
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.header("etag"), "\"2\"");
    auto occ = r.json()["occurrences"][0];
    EXPECT_EQ(occ["status"], "done");
    EXPECT_EQ(occ["completed_on"], "2022-09-05");
    EXPECT_EQ(occ["evidence"], json({{"title", "Приказ о внедрении ЦМН"}, {"number", "32"}, {"date", "2022-09-04"},
                                     {"url", "https://school.example/docs/prikaz-32.pdf"}}));
    EXPECT_EQ(occ["comment"], "Размещён на сайте");
    // the old ETag is stale now; the roadmap shows the state and the evidence
    expect_problem(progress(c, path, i11, done("2022-09-06", "Приказ"), std::string("\"1\"")), 412, "the item's old ETag");
    auto shown = fresh("1.1")["occurrences"][0];
    EXPECT_EQ(shown, occ);

    // several windows: which one must be said
    auto i12 = fresh("1.2");
    EXPECT_EQ(occurrence_windows(i12), (Windows{{"2022-11-01", "2022-11-30"}, {"2023-05-01", "2023-05-31"}}));
    expect_problem(progress(c, path, i12, done("2023-05-20", "Справка")), 422, "several windows, none named", "/occurrence");
    expect_problem(progress(c, path, i12, {{"occurrence", "2023-02-01"}, {"status", "in_progress"}}), 422, "no such window",
                   "/occurrence");
    auto may = progress(c, path, i12,
                        {{"occurrence", "2023-05-01"}, {"status", "done"}, {"completed_on", "2023-05-20"},
                         {"evidence", {{"url", "https://school.example/monitoring-2023.pdf"}}}});
    ASSERT_EQ(may.status, 201) << may.body;
    EXPECT_EQ(occurrence_statuses(may.json()), (std::vector<std::string>{"planned", "done"}));
    auto nov = progress(c, path, may.json(), {{"occurrence", "2022-11-01"}, {"status", "in_progress"}});
    ASSERT_EQ(nov.status, 201) << nov.body;
    EXPECT_EQ(occurrence_statuses(nov.json()), (std::vector<std::string>{"in_progress", "done"}));
    EXPECT_TRUE(nov.json()["occurrences"][0]["evidence"].is_null());
    EXPECT_EQ(nov.json()["occurrences"][1]["evidence"]["url"], "https://school.example/monitoring-2023.pdf");

    // an unscheduled item: the work done makes its own occurrence, on its date
    auto i13 = fresh("1.3");
    EXPECT_EQ(i13["occurrences"], json::array());
    expect_problem(progress(c, path, i13, {{"status", "in_progress"}}), 422, "unscheduled without a date", "/completed_on");
    auto consult = progress(c, path, i13, done("2023-03-10", "Журнал консультаций"));
    ASSERT_EQ(consult.status, 201) << consult.body;
    EXPECT_EQ(occurrence_windows(consult.json()), (Windows{{"2023-03-10", "2023-03-10"}}));
    EXPECT_EQ(consult.json()["occurrences"][0]["status"], "done");
    auto second = progress(c, path, consult.json(), done("2023-04-12", "Журнал консультаций"));
    ASSERT_EQ(second.status, 201) << second.body;
    EXPECT_EQ(occurrence_windows(second.json()), (Windows{{"2023-03-10", "2023-03-10"}, {"2023-04-12", "2023-04-12"}}));

    // count-based: each record fills the next open occurrence of the window
    auto i14 = fresh("1.4");
    ASSERT_EQ(i14["occurrences"].size(), 2u);
    auto first = progress(c, path, i14, {{"occurrence", "2022-09-01"}, {"status", "done"}, {"completed_on", "2022-10-01"},
                                         {"evidence", {{"title", "Семинар 1"}}}});
    ASSERT_EQ(first.status, 201) << first.body;
    auto both = progress(c, path, first.json(), {{"occurrence", "2022-09-01"}, {"status", "done"}, {"completed_on", "2023-02-01"},
                                                 {"evidence", {{"title", "Семинар 2"}}}});
    ASSERT_EQ(both.status, 201) << both.body;
    EXPECT_EQ(occurrence_statuses(both.json()), (std::vector<std::string>{"done", "done"}));

    // cancelled with a reason
    auto cancelled = progress(c, path, fresh("1.2"), {{"occurrence", "2022-11-01"}, {"status", "cancelled"}, {"comment", "Карантин"}});
    ASSERT_EQ(cancelled.status, 201) << cancelled.body;
    EXPECT_EQ(cancelled.json()["occurrences"][0]["status"], "cancelled");
    EXPECT_EQ(cancelled.json()["occurrences"][0]["comment"], "Карантин");
}

// A new version of an approved roadmap: revision 2, a draft; once it is approved the old
// one is superseded and takes no more progress.
TEST_F(RoadmapsApi, ANewVersionSupersedesTheApprovedOneWhenItIsApproved) {
    auto c = coordinator();
    auto rm = approved(a, org_owner(x), period("2022-09-01", "2023-08-31"),
                       {section("1.", "Раздел", {item("1.1", "Приказ", "Сентябрь 2022"), item("1.2", "Отчёт", "Май 2023")})});
    auto path = roadmap_path(a, rm["id"]);
    ASSERT_EQ(progress(c, path, item_at(rm, 0, "1.1"), done("2022-09-05", "Приказ № 5")).status, 201);

    expect_problem(c.send_json("POST", path + "/versions", json::object()), 428, "version without If-Match");
    expect_problem(c.send_json("POST", path + "/versions", json::object(), {{"If-Match", "\"1\""}}), 412, "version, stale");
    auto r = c.send_json("POST", path + "/versions", json::object(), {{"If-Match", etag_of(c, path)}});
    ASSERT_EQ(r.status, 201) << r.body;
    auto v2 = r.json();
    EXPECT_EQ(r.header("location"), roadmap_path(a, v2["id"]));
    EXPECT_NE(v2["id"], rm["id"]);
    EXPECT_EQ(v2["revision"], 2);
    EXPECT_EQ(v2["previous_id"], rm["id"]);
    EXPECT_EQ(v2["status"], "draft");
    EXPECT_EQ(v2["owner"], rm["owner"]);
    EXPECT_EQ(v2["period"], rm["period"]);
    EXPECT_EQ(section_field(v2, "title"), section_field(rm, "title"));
    EXPECT_EQ(item_at(v2, 0, "1.1")["title"], "Приказ");
    EXPECT_NE(item_at(v2, 0, "1.1")["id"], item_at(rm, 0, "1.1")["id"]);
    EXPECT_EQ(occurrence_statuses(item_at(v2, 0, "1.1")), (std::vector<std::string>{"planned"}));
    auto v2path = roadmap_path(a, v2["id"]);

    // until the new one is approved, the old one is current
    auto old = c.get(path).json();
    EXPECT_EQ(old["status"], "approved");
    EXPECT_TRUE(old["superseded_by"].is_null());
    ASSERT_EQ(progress(c, path, item_at(old, 0, "1.2"), done("2023-05-15", "Отчёт")).status, 201);
    expect_problem(c.send_json("POST", v2path + "/versions", json::object(), {{"If-Match", etag_of(c, v2path)}}), 409,
                   "a version of a draft");

    // change the draft, approve it
    auto v2item = item_at(v2, 0, "1.2");
    ASSERT_EQ(c.send_json("PATCH", v2path + "/items/" + v2item["id"].get<std::string>(), {{"deadline_text", "Июнь 2023"}},
                          {{"If-Match", "\"1\""}})
                  .status,
              200);
    workflow(c, v2path, "submit");
    auto v2approved = workflow(c, v2path, "approve");
    EXPECT_EQ(v2approved["status"], "approved");

    old = c.get(path).json();
    EXPECT_EQ(old["superseded_by"], v2["id"]);
    EXPECT_EQ(old["status"], "approved");
    auto before = database_state();
    expect_problem(progress(c, path, item_at(old, 0, "1.2"), done("2023-05-16", "Отчёт")), 409, "progress on a superseded roadmap");
    expect_problem(c.send_json("POST", path + "/versions", json::object(), {{"If-Match", etag_of(c, path)}}), 409,
                   "a version of a superseded roadmap");
    EXPECT_EQ(before, database_state());
    // the old one keeps its history
    EXPECT_EQ(item_at(old, 0, "1.1")["occurrences"][0]["status"], "done");
    // progress goes to the new one
    auto current = c.get(v2path).json();
    auto on_new = progress(c, v2path, item_at(current, 0, "1.2"), done("2023-06-10", "Отчёт"));
    EXPECT_EQ(on_new.status, 201) << on_new.body;
    EXPECT_EQ(occurrence_windows(on_new.json()), (Windows{{"2023-06-01", "2023-06-30"}}));
}

// Two drafts started from the same approved roadmap must not both end up current.
TEST_F(RoadmapsApi, OnlyOneVersionOfARoadmapIsCurrent) {
    auto c = coordinator();
    auto rm = approved(a, org_owner(x), period("2022-09-01", "2023-08-31"), {section("1.", "Раздел", {item("1", "Приказ", "Сентябрь 2022")})});
    auto path = roadmap_path(a, rm["id"]);
    auto first = c.send_json("POST", path + "/versions", json::object(), {{"If-Match", etag_of(c, path)}});
    ASSERT_EQ(first.status, 201) << first.body;
    auto second = c.send_json("POST", path + "/versions", json::object(), {{"If-Match", etag_of(c, path)}});
    std::vector<std::string> drafts = {first.json()["id"]};
    if (second.status == 201) drafts.push_back(second.json()["id"]);
    else expect_problem(second, 409, "a second draft version of the same roadmap");
    for (auto& id : drafts) {
        auto p = roadmap_path(a, id);
        c.send_json("POST", p + "/submit", json::object(), {{"If-Match", etag_of(c, p)}});
        c.send_json("POST", p + "/approve", json::object(), {{"If-Match", etag_of(c, p)}});
    }
    std::vector<std::string> versions = {rm["id"]};
    versions.insert(versions.end(), drafts.begin(), drafts.end());
    int current = 0;
    for (auto& id : versions) {
        auto got = c.get(roadmap_path(a, id)).json();
        if (got["status"] == "approved" && got["superseded_by"].is_null()) ++current;
    }
    EXPECT_EQ(current, 1) << "approved versions of one roadmap that are not superseded";
}

// ---------------------------------------------------------------- the list

class RoadmapsListApi : public RoadmapsApi {
protected:
    // A fresh district F (organisations P and Q) with four roadmaps, named so the list's
    // order (by title) is known:
    //   «Карта 1» F's own, 2024-25, draft
    //   «Карта 2» P's, 2023-24, approved, its October item never done          (overdue from Nov 1)
    //   «Карта 3» P's, 2023-24, approved, October done Oct 15, September done Dec 5
    //   «Карта 4» Q's, 2023, submitted, nothing scheduled
    static void SetUpTestSuite() {
        RoadmapsApi::SetUpTestSuite();
        f = new_district();
        p = new_org(f, "Школа P");
        q = new_org(f, "Школа Q");
        curator_p_token = world().curator({p, f}).token;
        auto c = admin();
        create(c, f, district_owner(), period("2024-09-01", "2025-08-31"),
               {section("1.", "Раздел", {item("1", "Совещание", "Сентябрь 2024")})}, "Карта 1");
        approved(f, org_owner(p), period("2023-09-01", "2024-08-31"),
                 {section("1.", "Раздел", {item("1", "Приказ", "Октябрь 2023")})}, "Карта 2");
        auto done_rm = approved(f, org_owner(p), period("2023-09-01", "2024-08-31"),
                                {section("1.", "Раздел", {item("1", "Приказ", "Октябрь 2023"), item("2", "База", "Сентябрь 2023")})},
                                "Карта 3");
        auto path3 = roadmap_path(f, done_rm["id"]);
        must(progress(c, path3, item_at(done_rm, 0, "1"), done("2023-10-15", "Приказ № 7")), 201, "progress");
        must(progress(c, path3, item_at(done_rm, 0, "2"), done("2023-12-05", "База")), 201, "late progress");
        auto q_rm = create(c, f, org_owner(q), period("2023-01-01", "2023-12-31"),
                           {section("1.", "Раздел", {item("1", "Консультации", "По запросу")})}, "Карта 4");
        workflow(c, roadmap_path(f, q_rm["id"]), "submit");
    }
    static std::vector<std::string> list(const HttpClient& c, const std::string& query) {
        auto r = c.get(roadmaps(f) + "?limit=200" + query);
        must(r, 200, "list " + query);
        return titles_of(r);
    }
    static std::string f, p, q, curator_p_token;
};
std::string RoadmapsListApi::f, RoadmapsListApi::p, RoadmapsListApi::q, RoadmapsListApi::curator_p_token;

TEST_F(RoadmapsListApi, FiltersByOwnerStatusPeriodAndOverdue) {
    auto c = admin();
    using V = std::vector<std::string>;
    EXPECT_EQ(list(c, ""), (V{"Карта 1", "Карта 2", "Карта 3", "Карта 4"}));
    auto r = c.get(roadmaps(f));
    auto first = r.json()["items"][0];
    EXPECT_FALSE(first.contains("sections")) << "a list carries no sections";
    EXPECT_EQ(first["item_count"], 1);
    EXPECT_EQ(first["status"], "draft");

    EXPECT_EQ(list(c, "&owner=district"), (V{"Карта 1"}));
    EXPECT_EQ(list(c, "&owner=" + p), (V{"Карта 2", "Карта 3"}));
    EXPECT_EQ(list(c, "&owner=" + q), (V{"Карта 4"}));
    EXPECT_EQ(list(c, "&owner=0e4f1c7a-5b7e-4c1e-9a55-3f0d2b8c6a11"), V{});
    EXPECT_EQ(list(c, "&status=approved"), (V{"Карта 2", "Карта 3"}));
    EXPECT_EQ(list(c, "&status=submitted"), (V{"Карта 4"}));
    EXPECT_EQ(list(c, "&status=draft"), (V{"Карта 1"}));
    EXPECT_EQ(list(c, "&status=returned"), V{});
    EXPECT_EQ(list(c, "&period=2025-01-15"), (V{"Карта 1"}));
    EXPECT_EQ(list(c, "&period=2023-03-01"), (V{"Карта 4"}));
    EXPECT_EQ(list(c, "&period=2023-10-01"), (V{"Карта 2", "Карта 3", "Карта 4"}));
    EXPECT_EQ(list(c, "&period=2024-08-31"), (V{"Карта 2", "Карта 3"}));  // the period's last day is in it
    // overdue: due (window ended on or before the date) and not done by then
    EXPECT_EQ(list(c, "&overdue_as_of=2023-10-20"), (V{"Карта 3"}));  // 2: October not due yet; 3: September not done by then
    EXPECT_EQ(list(c, "&overdue_as_of=2023-10-31"), (V{"Карта 2", "Карта 3"}));  // 3: September done only on Dec 5
    EXPECT_EQ(list(c, "&overdue_as_of=2024-01-01"), (V{"Карта 2"}));             // by then 3 has everything done
    EXPECT_EQ(list(c, "&owner=" + p + "&status=approved&overdue_as_of=2024-01-01"), (V{"Карта 2"}));
    EXPECT_EQ(list(c, "&owner=district&overdue_as_of=2026-01-01"), (V{"Карта 1"}));

    for (const char* bad : {"?owner=school", "?status=finished", "?period=2024-13-01", "?overdue_as_of=вчера", "?limit=0",
                            "?limit=201", "?limit=ten"}) {
        expect_problem(c.get(roadmaps(f) + bad), 400, bad);
    }

    // a curator sees its organisation's and the district's own, no one else's
    auto curator = as(curator_p_token);
    EXPECT_EQ(list(curator, ""), (V{"Карта 1", "Карта 2", "Карта 3"}));
    EXPECT_EQ(list(curator, "&owner=" + q), V{});
    EXPECT_EQ(list(curator, "&status=submitted"), V{});
}

TEST_F(RoadmapsListApi, PagesFollowTheCursorAndTheLinkHeader) {
    auto c = admin();
    auto r = c.get(roadmaps(f) + "?limit=3");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(titles_of(r), (std::vector<std::string>{"Карта 1", "Карта 2", "Карта 3"}));
    ASSERT_TRUE(r.json()["next_cursor"].is_string()) << r.body;
    std::string cursor = r.json()["next_cursor"];
    auto link = r.header("link");
    ASSERT_FALSE(link.empty()) << "a page with more after it has a Link header";
    EXPECT_NE(link.find("rel=\"next\""), std::string::npos) << link;
    auto target = link.substr(link.find('<') + 1, link.find('>') - link.find('<') - 1);
    EXPECT_NE(target.find("limit=3"), std::string::npos) << target;
    EXPECT_NE(target.find("cursor="), std::string::npos) << target;
    EXPECT_EQ(target.rfind(roadmaps(f), 0), 0u) << target;

    auto next = c.get(target);  // follow the link as given
    ASSERT_EQ(next.status, 200) << next.body;
    EXPECT_EQ(titles_of(next), (std::vector<std::string>{"Карта 4"}));
    EXPECT_TRUE(next.json()["next_cursor"].is_null());
    EXPECT_TRUE(next.header("link").empty());
    auto same = c.get(roadmaps(f) + "?limit=3&cursor=" + cursor);
    EXPECT_EQ(titles_of(same), titles_of(next));

    // the filters stay on every page
    auto page1 = c.get(roadmaps(f) + "?limit=1&owner=" + p);
    EXPECT_EQ(titles_of(page1), (std::vector<std::string>{"Карта 2"}));
    auto l = page1.header("link");
    ASSERT_FALSE(l.empty());
    auto page2 = c.get(l.substr(l.find('<') + 1, l.find('>') - l.find('<') - 1));
    EXPECT_EQ(titles_of(page2), (std::vector<std::string>{"Карта 3"}));
    expect_problem(c.get(roadmaps(f) + "?cursor=not-a-cursor"), 400, "a made-up cursor");
}

// ---------------------------------------------------------------- templates and the grammar

TEST_F(RoadmapsApi, TheSevenStageTemplateMakesAnOrganisationsDraft) {
    auto list = viewer().get(kV1 + "/roadmap-templates");
    ASSERT_EQ(list.status, 200) << list.body;
    bool found = false;
    auto templates = list.json();  // (kept alive for the loop)
    for (auto& t : templates["items"]) found = found || t["id"] == kTemplate;
    EXPECT_TRUE(found) << list.body;

    auto t = system_x().get(kV1 + "/roadmap-templates/" + kTemplate);
    ASSERT_EQ(t.status, 200) << t.body;
    auto tpl = t.json();
    ASSERT_EQ(tpl["stages"].size(), 7u);
    std::vector<int> numbers;
    for (auto& s : tpl["stages"]) {
        numbers.push_back(s["number"]);
        EXPECT_FALSE(s["activities"].empty()) << s;
        EXPECT_FALSE(s["title"].get<std::string>().empty());
    }
    EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3, 4, 5, 6, 7}));
    EXPECT_EQ(tpl["stages"][0]["title"], "Подготовка условий для запуска ЦМН");
    EXPECT_EQ(tpl["stages"][6]["title"], "Завершение наставничества");
    expect_problem(viewer().get(kV1 + "/roadmap-templates/no-such-template"), 404, "an unknown template");

    auto r = coordinator().send_json("POST", roadmaps(a) + "/from-template",
                                     {{"template_id", kTemplate}, {"organization_id", x}, {"period", period("2025-09-01", "2026-08-31")}});
    ASSERT_EQ(r.status, 201) << r.body;
    auto rm = r.json();
    EXPECT_EQ(r.header("location"), roadmap_path(a, rm["id"]));
    EXPECT_EQ(rm["status"], "draft");
    EXPECT_EQ(rm["template_id"], kTemplate);
    EXPECT_EQ(rm["owner"], json({{"kind", "organization"}, {"organization_id", x}}));
    EXPECT_EQ(rm["period"], period("2025-09-01", "2026-08-31"));
    EXPECT_EQ(rm["title"], tpl["title"]);
    ASSERT_EQ(rm["sections"].size(), 7u);
    EXPECT_EQ(section_stages(rm), (std::vector<json>{1, 2, 3, 4, 5, 6, 7}));
    for (std::size_t k = 0; k < 7; ++k) {
        const auto& s = rm["sections"][k];
        EXPECT_EQ(s["title"], tpl["stages"][k]["title"]);
        EXPECT_EQ(s["items"].size(), tpl["stages"][k]["activities"].size());
        for (auto& i : s["items"]) EXPECT_EQ(i["stage"], s["stage"]);
    }
    // a title of one's own; the curator for its own organisation
    auto mine = curator_x().send_json("POST", roadmaps(a) + "/from-template",
                                      {{"template_id", kTemplate}, {"organization_id", x}, {"title", "ДК СОШ № 23 на 2025-2026"},
                                       {"period", period("2025-09-01", "2026-08-31")}});
    ASSERT_EQ(mine.status, 201) << mine.body;
    EXPECT_EQ(mine.json()["title"], "ДК СОШ № 23 на 2025-2026");

    auto before = database_state();
    auto c = coordinator();
    expect_problem(c.send_json("POST", roadmaps(a) + "/from-template",
                               {{"template_id", "no-such-template"}, {"organization_id", x}, {"period", period("2025-09-01", "2026-08-31")}}),
                   422, "unknown template", "/template_id");
    expect_problem(c.send_json("POST", roadmaps(a) + "/from-template", {{"template_id", kTemplate}, {"organization_id", x}}), 422,
                   "no period", "/period");
    expect_problem(c.send_json("POST", roadmaps(a) + "/from-template",
                               {{"template_id", kTemplate}, {"period", period("2025-09-01", "2026-08-31")}}),
                   422, "no organisation", "/organization_id");
    expect_problem(c.send_json("POST", roadmaps(a) + "/from-template",
                               {{"template_id", kTemplate}, {"organization_id", x}, {"period", period("2026-08-31", "2025-09-01")}}),
                   422, "reversed period", "/period");
    expect_problem(curator_x().send_json("POST", roadmaps(a) + "/from-template",
                                         {{"template_id", kTemplate}, {"organization_id", y}, {"period", period("2025-09-01", "2026-08-31")}}),
                   404, "curator of X for Y");
    expect_problem(viewer().send_json("POST", roadmaps(a) + "/from-template",
                                      {{"template_id", kTemplate}, {"organization_id", x}, {"period", period("2025-09-01", "2026-08-31")}}),
                   403, "viewer");
    EXPECT_EQ(before, database_state());
}

TEST_F(RoadmapsApi, DeadlineParsingAnswersTheSchedule) {
    struct Case {
        std::string text, start, end, kind;
        Windows windows;
        std::optional<int> times = std::nullopt;
    };
    const std::vector<Case> cases = {
        {"Сентябрь 2024", "2024-09-01", "2025-08-31", "window", {{"2024-09-01", "2024-09-30"}}},
        {"май", "2024-09-01", "2025-08-31", "window", {{"2025-05-01", "2025-05-31"}}},
        {"до 1 октября 2024", "2024-09-01", "2025-08-31", "window", {{"2024-09-01", "2024-10-01"}}},
        {"Сентябрь - октябрь 2023", "2023-09-01", "2024-08-31", "window", {{"2023-09-01", "2023-10-31"}}},
        {"1 неделя февраля", "2024-01-01", "2024-12-31", "window", {{"2024-02-01", "2024-02-07"}}},
        {"Декабрь 2023 и май 2024", "2023-09-01", "2024-08-31", "recurring",
         {{"2023-12-01", "2023-12-31"}, {"2024-05-01", "2024-05-31"}}},
        {"Ежегодно в мае, августе", "2024-09-01", "2025-08-31", "recurring",
         {{"2025-05-01", "2025-05-31"}, {"2025-08-01", "2025-08-31"}}},
        {"Ежегодно сентябрь-октябрь", "2021-12-01", "2024-12-31", "recurring",
         {{"2022-09-01", "2022-10-31"}, {"2023-09-01", "2023-10-31"}, {"2024-09-01", "2024-10-31"}}},
        {"2 раза в год май, ноябрь", "2023-01-01", "2023-12-31", "recurring",
         {{"2023-05-01", "2023-05-31"}, {"2023-11-01", "2023-11-30"}}},
        {"Не менее 3 раз в год", "2023-09-01", "2024-08-31", "count_per_year", {{"2023-09-01", "2024-08-31"}}, 3},
        {"В течение года", "2024-09-01", "2025-08-31", "whole_period", {{"2024-09-01", "2025-08-31"}}},
        {"По плану ДО, ВИРО", "2021-12-01", "2024-12-31", "unscheduled", {}},
        {"По запросу", "2024-09-01", "2025-08-31", "unscheduled", {}},
        {"абракадабра", "2024-09-01", "2025-08-31", "unscheduled", {}},
        {"", "2024-09-01", "2025-08-31", "unscheduled", {}},
    };
    auto c = curator_x();
    for (auto& k : cases) {
        SCOPED_TRACE(k.text);
        auto r = c.send_json("POST", kV1 + "/deadlines/parse", {{"text", k.text}, {"period", period(k.start, k.end)}});
        ASSERT_EQ(r.status, 200) << r.body;
        auto s = r.json();
        EXPECT_EQ(s["kind"], k.kind) << s;
        EXPECT_EQ(windows_of(s), k.windows) << s;
        if (k.times) {
            EXPECT_EQ(s["times_per_year"], *k.times);
        } else {
            EXPECT_TRUE(s["times_per_year"].is_null());
        }
        if (k.kind == "unscheduled") {
            EXPECT_FALSE(s["reason"].get<std::string>().empty()) << s;
        } else {
            EXPECT_TRUE(s["reason"].is_null()) << s;
        }
    }
    // every signed-in caller may ask
    for (auto who : {viewer(), system_x(), coordinator(), admin()}) {
        EXPECT_EQ(who.send_json("POST", kV1 + "/deadlines/parse", {{"text", "Май 2025"}, {"period", period("2024-09-01", "2025-08-31")}})
                      .status,
                  200);
    }
    EXPECT_EQ(server->client().send_json("POST", kV1 + "/deadlines/parse", {{"text", "Май"}, {"period", period("2024-09-01", "2025-08-31")}})
                  .status,
              401);

    const std::string parse = kV1 + "/deadlines/parse";
    expect_problem(c.send_json("POST", parse, {{"text", "Май"}, {"period", period("2025-08-31", "2024-09-01")}}), 422,
                   "a reversed period", "/period");
    expect_problem(c.send_json("POST", parse, {{"text", "Май"}, {"period", period("2024-13-01", "2025-08-31")}}), 422,
                   "a period start that is no date", "/period/start");
    expect_problem(c.send_json("POST", parse, {{"text", "Май"}, {"period", "2024-2025"}}), 422, "a period as a string", "/period");
    expect_problem(c.send_json("POST", parse, {{"text", "Май"}}), 422, "no period", "/period");
    expect_problem(c.send_json("POST", parse, {{"period", period("2024-09-01", "2025-08-31")}}), 422, "no text", "/text");
    expect_problem(c.send_json("POST", parse, {{"text", 5}, {"period", period("2024-09-01", "2025-08-31")}}), 422,
                   "text not a string", "/text");
    expect_problem(c.send_json("POST", parse, {{"text", "Май"}, {"period", period("2024-09-01", "2025-08-31")}, {"year", 2024}}),
                   422, "an unknown field", "/year");
    expect_problem(c.request("POST", parse, "text=Май", {{"Content-Type", "text/plain"}}), 415, "not JSON");
    expect_problem(c.request("POST", parse, "{\"text\": \"Май\"", {{"Content-Type", "application/json"}}), 400, "broken JSON");
    expect_problem(c.request("POST", parse, "[1, 2]", {{"Content-Type", "application/json"}}), 422, "not an object");
}

// ---------------------------------------------------------------- who may do what

TEST_F(RoadmapsApi, WhoMayReadEditApproveAndRecordProgress) {
    auto c = coordinator();
    auto rx = create(c, a, org_owner(x), period("2022-09-01", "2023-08-31"), {section("1.", "Раздел", {item("1", "Приказ", "Сентябрь 2022")})}, "РК X");
    auto ry = create(c, a, org_owner(y), period("2022-09-01", "2023-08-31"), {section("1.", "Раздел", {item("1", "Приказ", "Сентябрь 2022")})}, "РК Y");
    auto rd = create(c, a, district_owner(), period("2022-09-01", "2023-08-31"), {section("1.", "Раздел", {item("1", "Совещание", "Сентябрь 2022")})}, "РК района");
    auto rb = create(as(coordinator_b_token), b, district_owner(), period("2022-09-01", "2023-08-31"),
                     {section("1.", "Раздел", {item("1", "Совещание", "Сентябрь 2022")})}, "РК района B");
    auto px = roadmap_path(a, rx["id"]), py = roadmap_path(a, ry["id"]), pd = roadmap_path(a, rd["id"]);

    auto before = database_state();
    // the curator of X: its organisation's roadmap and the district's own are readable, Y's is not there
    auto cx = curator_x();
    EXPECT_EQ(cx.get(px).status, 200);
    EXPECT_EQ(cx.get(pd).status, 200);
    expect_problem(cx.get(py), 404, "curator X reads Y's");
    expect_problem(cx.send_json("PATCH", py, {{"title", "Чужая"}}, {{"If-Match", ry["etag"]}}), 404, "curator X edits Y's");
    expect_problem(curator_y().get(px), 404, "curator Y reads X's");
    // Y's roadmap looks exactly like none at all
    auto strip = [](const HttpResponse& r) {
        auto j = r.json();
        j.erase("request_id");
        j.erase("instance");
        return j;
    };
    EXPECT_EQ(strip(cx.get(py)), strip(cx.get(roadmap_path(a, "0e4f1c7a-5b7e-4c1e-9a55-3f0d2b8c6a11"))));
    // the district's own roadmap is the coordinator's to edit
    expect_problem(cx.send_json("PATCH", pd, {{"title", "Моя"}}, {{"If-Match", rd["etag"]}}), 403, "curator edits the district's");
    expect_problem(cx.send_json("POST", roadmaps(a), {{"owner", district_owner()}, {"title", "Т"}, {"period", period("2022-09-01", "2023-08-31")}}),
                   403, "curator creates a district roadmap");
    // the viewer reads everything in the district and changes nothing
    auto v = viewer();
    EXPECT_EQ(v.get(px).status, 200);
    EXPECT_EQ(v.get(py).status, 200);
    expect_problem(v.send_json("PATCH", px, {{"title", "Зритель"}}, {{"If-Match", rx["etag"]}}), 403, "viewer edits");
    expect_problem(v.send_json("PATCH", pd, {{"title", "Зритель"}}, {{"If-Match", rd["etag"]}}), 403, "viewer edits the district's");
    expect_problem(v.send_json("POST", roadmaps(a), {{"owner", org_owner(x)}, {"title", "Т"}, {"period", period("2022-09-01", "2023-08-31")}}),
                   403, "viewer creates");
    expect_problem(import_table(v, a, x, "2024-01-01", "2024-12-31", seed_text("002_")), 403, "viewer imports");
    expect_problem(v.send_json("POST", px + "/submit", json::object(), {{"If-Match", rx["etag"]}}), 403, "viewer submits");
    // the school system's key reads its organisation's roadmap, never edits one
    auto sx = system_x();
    EXPECT_EQ(sx.get(px).status, 200);
    EXPECT_EQ(sx.get(pd).status, 200);
    expect_problem(sx.get(py), 404, "key of X reads Y's");
    expect_problem(sx.send_json("PATCH", px, {{"title", "Система"}}, {{"If-Match", rx["etag"]}}), 403, "key edits");
    expect_problem(import_table(sx, a, x, "2024-01-01", "2024-12-31", seed_text("002_")), 403, "key imports");
    expect_problem(sx.send_json("POST", px + "/items", {{"section_id", rx["sections"][0]["id"]}, {"title", "Ещё"}}, {{"If-Match", rx["etag"]}}),
                   403, "key adds an item");
    // another district's roadmap is not there, whichever path names it
    expect_problem(c.get(roadmap_path(b, rb["id"])), 404, "B's roadmap on B's path");
    expect_problem(c.get(roadmap_path(a, rb["id"])), 404, "B's roadmap on A's path");
    expect_problem(c.send_json("PATCH", roadmap_path(a, rb["id"]), {{"title", "Чужая"}}, {{"If-Match", rb["etag"]}}), 404, "edit B's");
    expect_problem(c.get(roadmaps(b)), 404, "B's list");
    expect_problem(cx.get(roadmap_path(b, rb["id"])), 404, "curator, B's roadmap");
    EXPECT_EQ(before, database_state()) << "a refused request wrote something";

    // what they may do
    auto edited = cx.send_json("PATCH", px, {{"title", "РК X, правка куратора"}}, {{"If-Match", rx["etag"]}});
    EXPECT_EQ(edited.status, 200) << edited.body;
    auto district_edit = c.send_json("PATCH", pd, {{"title", "РК района, правка"}}, {{"If-Match", rd["etag"]}});
    EXPECT_EQ(district_edit.status, 200) << district_edit.body;
    workflow(cx, px, "submit");
    expect_problem(cx.send_json("POST", px + "/approve", json::object(), {{"If-Match", etag_of(cx, px)}}), 403, "curator approves");
    expect_problem(sx.send_json("POST", px + "/approve", json::object(), {{"If-Match", etag_of(cx, px)}}), 403, "key approves");
    auto ok = workflow(c, px, "approve");
    EXPECT_EQ(ok["status"], "approved");
    auto it = item_at(ok, 0, "1");
    expect_problem(progress(sx, px, it, done("2022-09-10", "Приказ")), 403, "key records progress");
    expect_problem(progress(v, px, it, done("2022-09-10", "Приказ")), 403, "viewer records progress");
    expect_problem(progress(curator_y(), px, it, done("2022-09-10", "Приказ")), 404, "curator Y records progress on X's");
    auto recorded = progress(cx, px, it, done("2022-09-10", "Приказ № 3"));
    EXPECT_EQ(recorded.status, 201) << recorded.body;
}

TEST_F(RoadmapsApi, TheAuditLogShowsRoadmapAndItemChangesWithTheActor) {
    auto coordinator_id = must(coordinator().get(kV1 + "/me"), 200, "me")["id"].get<std::string>();
    auto curator_id = must(curator_x().get(kV1 + "/me"), 200, "me")["id"].get<std::string>();
    auto rm = create(coordinator(), a, org_owner(x), period("2022-09-01", "2023-08-31"),
                     {section("1.", "Раздел", {item("1", "Приказ", "Сентябрь 2022")})}, "Карта для журнала");
    auto path = roadmap_path(a, rm["id"]);
    std::string item_id = item_at(rm, 0, "1")["id"];
    auto patched = curator_x().send_json("PATCH", path + "/items/" + item_id, {{"title", "Приказ о внедрении"}}, {{"If-Match", "\"1\""}});
    ASSERT_EQ(patched.status, 200) << patched.body;
    auto request_id = patched.header("x-request-id");
    workflow(curator_x(), path, "submit");
    workflow(coordinator(), path, "approve");
    auto it = item_at(coordinator().get(path).json(), 0, "1");
    ASSERT_EQ(progress(curator_x(), path, it, done("2022-09-10", "Приказ № 9")).status, 201);

    auto log = [](const std::string& query) {
        auto r = coordinator().get(kV1 + "/districts/" + a + "/audit-log?limit=200&" + query);
        return must(r, 200, "audit log " + query)["items"];
    };
    auto created = log("resource=roadmaps&action=insert&resource_id=" + rm["id"].get<std::string>());
    ASSERT_EQ(created.size(), 1u) << created;
    EXPECT_EQ(created[0]["actor"]["id"], coordinator_id);
    EXPECT_EQ(created[0]["after"]["title"], "Карта для журнала");

    auto item_changes = log("resource=roadmap_items&action=update&resource_id=" + item_id);
    ASSERT_FALSE(item_changes.empty());
    bool found = false;
    for (auto& e : item_changes) {
        if (e["before"]["title"] == "Приказ" && e["after"]["title"] == "Приказ о внедрении") {
            found = true;
            EXPECT_EQ(e["actor"]["kind"], "user");
            EXPECT_EQ(e["actor"]["id"], curator_id);
            EXPECT_EQ(e["request_id"], request_id);
        }
    }
    EXPECT_TRUE(found) << item_changes;

    auto statuses = log("resource=roadmaps&action=update&resource_id=" + rm["id"].get<std::string>());
    std::set<std::pair<std::string, std::string>> who_did;  // (status after, actor)
    for (auto& e : statuses)
        if (e["actor"]["id"].is_string()) who_did.insert({e["after"]["status"].get<std::string>(), e["actor"]["id"].get<std::string>()});
    EXPECT_TRUE(who_did.count({"submitted", curator_id})) << statuses;
    EXPECT_TRUE(who_did.count({"approved", coordinator_id})) << statuses;

    auto progress_log = log("resource=item_progress&action=insert");
    found = false;
    for (auto& e : progress_log)
        if (e["after"]["item_id"] == item_id) {
            found = true;
            EXPECT_EQ(e["actor"]["id"], curator_id);
            EXPECT_EQ(e["after"]["evidence_title"], "Приказ № 9");
            EXPECT_EQ(e["after"]["status"], "done");
        }
    EXPECT_TRUE(found) << progress_log;
}

}  // namespace
