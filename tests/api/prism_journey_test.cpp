// A whole journey — administrator, coordinator, curator, a school system with an API key —
// through Prism (@stoplight/prism-cli, pinned in tests/contract/package-lock.json) running as
// a validating proxy in front of the real server: every request and every answer, successes
// and the documented 4xx problems alike, must match openapi.yaml. Prism names a mismatch in
// the `sl-violations` response header (and with --errors turns a response mismatch into a
// 500): the test fails on either. Prism missing is a failure, never a skip: `make test`
// (ctest's contract-tools fixture, tests/contract/install.sh) installs it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include <unistd.h>

#include "tests/support/process.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/seeds.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;

namespace {

const std::string kV1 = "/api/v1";
const std::filesystem::path kContractDir = std::filesystem::path(NASTAVNIK_SOURCE_DIR) / "tests" / "contract";

// `name` on the test's PATH, or "" when it is not there.
std::string on_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::stringstream dirs(path ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');) {
        auto candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
        if (access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    return "";
}

// `prism proxy openapi.yaml http://127.0.0.1:<server> --errors` on a free port.
class Prism {
public:
    explicit Prism(int upstream_port) {
        const auto node = on_path("node");
        if (node.empty()) throw std::runtime_error("node is not on PATH: scripts/deps.sh installs Debian's nodejs");
        const auto cli = kContractDir / "node_modules" / "@stoplight" / "prism-cli" / "dist" / "index.js";
        if (!std::filesystem::exists(cli))
            throw std::runtime_error("Prism is not installed (" + cli.string() +
                                     " is missing): run tests/contract/install.sh, as make test does");
        port_ = testsupport::free_port();
        const auto spec = std::filesystem::path(NASTAVNIK_SOURCE_DIR) / "openapi.yaml";
        process_ = std::make_unique<testsupport::Process>(
            node,
            std::vector<std::string>{cli.string(), "proxy", spec.string(),
                                     "http://127.0.0.1:" + std::to_string(upstream_port), "--errors", "--cors=false",
                                     "--host", "127.0.0.1", "--port", std::to_string(port_), "--verboseLevel", "warn"},
            std::map<std::string, std::string>{{"PATH", std::getenv("PATH") ? std::getenv("PATH") : "/usr/bin:/bin"}});
        // Prism reads and dereferences the whole file first: give it time on a loaded machine.
        for (int i = 0; i < 1800; ++i) {
            try {
                if (HttpClient(port_).get("/livez").status == 200) return;
            } catch (const std::exception&) {
            }
            if (process_->wait(100) != -1)
                throw std::runtime_error("Prism exited before serving:\n" + process_->output());
        }
        throw std::runtime_error("Prism did not serve within three minutes:\n" + process_->output());
    }
    int port() const { return port_; }
    // What Prism logged so far (read, so its pipe never fills and blocks it).
    std::string log() { return process_->output(); }

private:
    int port_ = 0;
    std::unique_ptr<testsupport::Process> process_;
};

class PrismJourney : public testsupport::ServerSuite<PrismJourney> {
protected:
    static void SetUpTestSuite() {
        ServerSuite::SetUpTestSuite();
        try {
            prism = new Prism(server->port());
        } catch (const std::exception& e) {
            prism_error = e.what();  // the test fails with it: a missing Prism is never a skip
        }
    }
    void SetUp() override { ASSERT_NE(prism, nullptr) << prism_error; }
    static void TearDownTestSuite() {
        delete prism;  // first: it holds connections to the server
        prism = nullptr;
        ServerSuite::TearDownTestSuite();
    }

    // A client of the proxy, with this credential.
    static HttpClient as(const std::string& credential) {
        return credential.empty() ? HttpClient(prism->port()) : HttpClient(prism->port()).with_token(credential);
    }

    // One request through Prism: the status must be `status` and Prism must have found
    // nothing to say of the request or the answer.
    HttpResponse call(const HttpClient& c, const std::string& method, const std::string& target, int status,
                      const std::optional<json>& body = std::nullopt, std::map<std::string, std::string> headers = {}) {
        HttpResponse r = body ? c.send_json(method, target, *body, headers) : c.request(method, target, {}, headers);
        record(method, target, status, r);
        return r;
    }
    HttpResponse call_raw(const HttpClient& c, const std::string& method, const std::string& target, int status,
                          const std::string& body, std::map<std::string, std::string> headers) {
        HttpResponse r = c.request(method, target, body, std::move(headers));
        record(method, target, status, r);
        return r;
    }
    void record(const std::string& method, const std::string& target, int status, const HttpResponse& r) {
        ++requests;
        statuses.insert(r.status);
        const auto log = prism->log();
        const auto violations = r.header("sl-violations");
        EXPECT_TRUE(violations.empty()) << method << " " << target << " → " << r.status
                                        << ": Prism found the request or the answer off the contract:\n"
                                        << violations << "\n" << r.body << "\n" << log;
        EXPECT_EQ(r.status, status) << method << " " << target << "\n" << r.body << "\n" << log;
        if (r.status >= 400) {
            EXPECT_EQ(r.header("content-type").rfind("application/problem+json", 0), 0u) << method << " " << target;
            // A request off the contract never reaches the server: Prism answers it itself
            // (422, or 401 without a credential), with its own problem type and no header.
            auto problem = json::parse(r.body, nullptr, false);
            EXPECT_FALSE(problem.is_object() && problem.value("type", "").rfind("https://stoplight.io/prism/", 0) == 0)
                << method << " " << target << ": Prism refused or replaced this, the server did not answer it:\n"
                << r.body << "\n" << log;
        }
    }

    std::string sign_in(const std::string& login, const std::string& password) {
        auto r = call(as(""), "POST", kV1 + "/auth/login", 200, json{{"login", login}, {"password", password}});
        return r.json().value("token", "");
    }

    static Prism* prism;
    static std::string prism_error;
    int requests = 0;
    std::set<int> statuses;
};
Prism* PrismJourney::prism = nullptr;
std::string PrismJourney::prism_error;

TEST_F(PrismJourney, CoordinatorCuratorAndSchoolSystemStayOnTheContract) {
    const std::string none = "00000000-0000-4000-8000-000000000000";
    const std::string password = "correct horse battery";

    // ---- the administrator: a region and a district with its coordinator
    domain::NewUser root;
    root.login = testsupport::unique_code("root");
    root.password = password;
    root.full_name = "Администратор";
    root.role = domain::Role::system_admin;
    domain::Actor system;
    system.role = domain::Role::system_admin;
    server->app().identity().create_user(system, root);

    call(as(""), "GET", "/livez", 200);
    call(as(""), "GET", "/readyz", 200);
    const auto admin = as(sign_in(root.login, password));
    call(admin, "GET", kV1 + "/me", 200);
    call(as("not-a-credential"), "GET", kV1 + "/me", 401);
    const std::string region = call(admin, "POST", kV1 + "/regions", 201,
                                    json{{"name", "Владимирская область"}, {"code", testsupport::unique_code("r")}})
                                   .json()["id"];
    const std::string d = call(admin, "POST", kV1 + "/districts", 201,
                               json{{"region_id", region}, {"name", "Камешковский район"},
                                    {"code", testsupport::unique_code("d")}})
                              .json()["id"];
    const std::string dp = kV1 + "/districts/" + d;
    call(admin, "GET", kV1 + "/districts?region_id=" + region, 200);
    const auto coordinator_login = testsupport::unique_code("coordinator");
    call(admin, "POST", dp + "/users", 201,
         json{{"login", coordinator_login}, {"password", password}, {"full_name", "Координатор Района"},
              {"role", "district_coordinator"}});

    // ---- the coordinator: an organisation, its curator and its school system's key
    const auto coordinator = as(sign_in(coordinator_login, password));
    EXPECT_EQ(call(coordinator, "GET", kV1 + "/me", 200).json()["district_id"], d);
    auto created = call(coordinator, "POST", dp + "/organizations", 201,
                        json{{"name", "Муниципальное бюджетное общеобразовательное учреждение «СОШ № 1»"},
                             {"type", "school"}});
    const std::string o = created.json()["id"];
    const std::string op = dp + "/organizations/" + o;
    call(coordinator, "GET", dp + "/organizations?type=school&limit=10", 200);
    const auto etag = call(coordinator, "GET", op, 200).header("etag");
    call(coordinator, "PATCH", op, 200, json{{"short_name", "СОШ № 1"}}, {{"If-Match", etag}});
    call(coordinator, "PATCH", op, 412, json{{"short_name", "СОШ № 1 г. Камешково"}}, {{"If-Match", etag}});
    call(coordinator, "GET", dp + "/organizations/" + none, 404);
    call(coordinator, "GET", dp + "/organizations?cursor=not-one-we-gave", 400);
    call(coordinator, "POST", dp + "/organizations", 422, json{{"name", "   "}, {"type", "school"}});

    const auto curator_login = testsupport::unique_code("curator");
    call(coordinator, "POST", dp + "/users", 201,
         json{{"login", curator_login}, {"password", password}, {"full_name", "Иванова Ирина Ивановна"},
              {"role", "org_curator"}, {"organization_id", o}});
    call(coordinator, "GET", dp + "/users", 200);
    auto key = call(coordinator, "POST", op + "/api-keys", 201, json{{"name", "Сетевой город"}, {"scopes", {"read", "write"}}});
    const auto school_system = as(key.json().value("secret", ""));
    call(coordinator, "GET", op + "/api-keys", 200);
    auto spare = call(coordinator, "POST", op + "/api-keys", 201, json{{"name", "Отчёты"}, {"scopes", {"read"}}});
    call(coordinator, "DELETE", op + "/api-keys/" + spare.json().value("id", none), 200);
    call(admin, "POST", kV1 + "/regions", 409, json{{"name", "Та же"}, {"code", call(admin, "GET", kV1 + "/regions/" + region, 200).json()["code"]}});

    // ---- the curator: a roadmap, written, submitted, approved, and progress on it
    const auto curator = as(sign_in(curator_login, password));
    call(curator, "GET", kV1 + "/me", 200);
    call(curator, "POST", dp + "/organizations", 403, json{{"name", "Чужая школа"}, {"type", "school"}});
    const auto years = testsupport::school_years();
    const json period = {{"start", years.y0 + "-09-01"}, {"end", years.y1 + "-08-31"}};
    call(curator, "POST", kV1 + "/deadlines/parse", 200, json{{"text", "Ежегодно сентябрь-октябрь"}, {"period", period}});
    auto rm = call(curator, "POST", dp + "/roadmaps", 201,
                   json{{"owner", {{"kind", "organization"}, {"organization_id", o}}},
                        {"title", "Дорожная карта внедрения целевой модели наставничества"},
                        {"period", period},
                        {"sections",
                         {{{"number", "1."},
                           {"title", "Подготовка условий"},
                           {"items", {testsupport::roadmap_item("1.1", "Приказ о внедрении", "Сентябрь " + years.y0)}}}}}});
    const std::string rid = rm.json()["id"];
    const std::string rp = dp + "/roadmaps/" + rid;
    auto section = call(curator, "POST", rp + "/sections", 201,
                        json{{"number", "2."}, {"title", "Формирование баз"}, {"items", json::array()}},
                        {{"If-Match", rm.header("etag")}});
    auto roadmap_etag = call(curator, "GET", rp, 200).header("etag");
    call(curator, "POST", rp + "/items", 201,
         json{{"section_id", section.json()["id"]}, {"number", "2.1"}, {"title", "База наставников"},
              {"deadline_text", "Октябрь " + years.y0}, {"responsible", "Куратор"}},
         {{"If-Match", roadmap_etag}});
    call(curator, "POST", rp + "/items", 412,
         json{{"section_id", section.json()["id"]}, {"number", "2.2"}, {"title", "База наставляемых"},
              {"deadline_text", "Октябрь " + years.y0}},
         {{"If-Match", roadmap_etag}});
    call(curator, "POST", dp + "/roadmaps", 404,
         json{{"owner", {{"kind", "organization"}, {"organization_id", none}}}, {"title", "Чужая"}, {"period", period}});
    // The workflow's POSTs take no body (the contract declares none; Prism refuses one).
    call(curator, "POST", rp + "/submit", 200, std::nullopt, {{"If-Match", call(curator, "GET", rp, 200).header("etag")}});
    call(coordinator, "POST", rp + "/approve", 200, std::nullopt,
         {{"If-Match", call(coordinator, "GET", rp, 200).header("etag")}});
    auto stored = call(curator, "GET", rp, 200).json();
    const auto item = testsupport::item_numbered(stored, "1.1");
    call(curator, "POST", rp + "/items/" + item["id"].get<std::string>() + "/progress", 201,
         testsupport::done_with_evidence(years.y0 + "-09-20", "Приказ № 112"),
         {{"If-Match", "\"" + std::to_string(item["version"].get<int>()) + "\""}});
    call(curator, "GET", dp + "/roadmaps?owner=" + o, 200);

    // ---- the coordinator imports the district's own roadmap from a table (a seed)
    call_raw(coordinator, "POST",
             dp + "/roadmaps/import?owner=district&period_start=2023-09-01&period_end=2024-08-31", 201,
             testsupport::seed_text("003_"), {{"Content-Type", "text/tab-separated-values"}});

    // ---- monitoring: a campaign, the school system's report, submitted and accepted
    const std::string cp = dp + "/monitoring-campaigns";
    const auto campaign = call(coordinator, "POST", cp, 201,
                               json{{"title", "Мониторинг, май"}, {"reporting_date", years.y1 + "-05-20"},
                                    {"due_date", "2099-05-31"}, {"lock_date", "2099-06-10"}, {"organization_ids", {o}}})
                              .json();
    const std::string c = campaign["id"];
    call(coordinator, "GET", cp, 200);
    const std::string report = cp + "/" + c + "/reports/" + o;
    call(school_system, "GET", report, 200);
    // Every required entered value: two numbers, the rest "not_applicable" (IndicatorValue's
    // oneOf must take it).
    json values = {{"values", json::object()}};
    for (auto& indicator : campaign["indicators"])
        if (indicator["required"] == true && indicator["derived"] == false)
            values["values"][indicator["code"].get<std::string>()] = "not_applicable";
    values["values"]["teachers_total"] = 38;
    values["values"]["young_teachers"] = 5;
    auto put = call(school_system, "PUT", report, 201, values, {{"Idempotency-Key", "journey-report-1"}});
    auto replay = call(school_system, "PUT", report, 201, values, {{"Idempotency-Key", "journey-report-1"}});
    EXPECT_EQ(replay.header("idempotent-replayed"), "true");
    call(school_system, "PUT", report, 428, values, {{"Idempotency-Key", "journey-report-2"}});
    call(school_system, "PUT", report, 412, values, {{"Idempotency-Key", "journey-report-3"}, {"If-Match", "\"9\""}});
    call(school_system, "PUT", report, 422, json{{"values", {{"no_such_indicator", 1}}}},
         {{"Idempotency-Key", "journey-report-4"}, {"If-Match", put.header("etag")}});
    call(school_system, "POST", report + "/submit", 200);
    call(coordinator, "POST", report + "/accept", 200, std::nullopt,
         {{"If-Match", call(coordinator, "GET", report, 200).header("etag")}});
    call(coordinator, "GET", cp + "/" + c + "/reports", 200);
    call(coordinator, "GET", cp + "/" + c + "/completeness", 200);

    // ---- the personalised bases, in bulk from the school system
    call(school_system, "POST", op + "/mentors/bulk", 200,
         json{{"items",
               {{{"external_id", "t-1"}, {"full_name", "Петров Пётр Петрович"}, {"category", "teacher"},
                 {"birth_year", 1980}, {"consent", {{"date", years.y0 + "-09-01"}, {"given_by", "self"}}}}}}});
    call(school_system, "POST", op + "/mentees/bulk", 200,
         json{{"items",
               {{{"external_id", "s-1"}, {"full_name", "Сидоров Семён"}, {"category", "student"}, {"birth_year", 2012},
                 {"consent", {{"date", years.y0 + "-09-01"}, {"given_by", "parent"}}}}}}});
    call(school_system, "GET", op + "/mentors", 200);
    call(curator, "GET", op + "/mentees", 200);

    // ---- what the department sees
    call(coordinator, "GET", dp + "/compliance", 200);
    call(coordinator, "GET", dp + "/compliance?as_of=" + years.y1 + "-06-01", 200);
    call(curator, "GET", op + "/compliance", 200);
    call(admin, "GET", kV1 + "/regions/" + region + "/compliance", 200);
    call(admin, "GET", kV1 + "/compliance", 200);
    call(admin, "GET", kV1 + "/regions/" + region + "/reports/regional?campaign=" + c + "&format=json", 200);
    call(coordinator, "GET", dp + "/reports/regional?campaign=" + c + "&format=json", 200);
    call(coordinator, "GET", kV1 + "/indicators", 200);
    call(coordinator, "GET", kV1 + "/mentoring-forms", 200);
    call(coordinator, "GET", dp + "/audit-log?limit=20", 200);

    call(curator, "POST", kV1 + "/auth/logout", 204);
    call(curator, "GET", kV1 + "/me", 401);

    // The journey met the documented errors it set out to meet.
    for (int s : {400, 401, 403, 404, 409, 412, 422, 428}) EXPECT_TRUE(statuses.count(s)) << "no " << s << " was exercised";
    EXPECT_GE(requests, 60);
}

}  // namespace
