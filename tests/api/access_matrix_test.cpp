// The access-control matrix: every /api/v1 route × every kind of caller × the objects
// it may name, with the one status each combination must answer, and proof that no
// refused request changed a thing in the database.
//
// The expectations below encode the access policy on their own (they are not read off
// the server code):
//   anonymous            401 problem+json with WWW-Authenticate, except POST /auth/login
//   system_admin         everything, everywhere
//   region_analyst       reads its region, its districts and their organisations; any write
//                        there 403; users, keys and audit of a district 403; another region 404
//   district_coordinator everything in its district; regions and districts 403; elsewhere 404
//   district_viewer      reads its district; writes, users, keys, audit 403; elsewhere 404
//   org_curator          its district (read), its organisation (read, PATCH of name, short_name,
//                        address; type/status/external_code/district_id 422); other
//                        organisations 404; district-wide writes, users, keys, audit 403
//   org_system           an API key of X: GET X 200, PATCH X 403, Y 404, users/keys/audit 403,
//                        district-wide writes 403, another district 404
//
// Roadmaps («дорожные карты»), of an organisation or of the district itself:
//   reading              as the district (admins, the district's people, its region's analysts);
//                        curators and keys read their organisation's roadmaps and the district's
//                        own, another organisation's is 404
//   editing              drafts, sections, items, submitting, new versions, deleting and progress:
//                        the owner's curator, the coordinator, admins; the district's own roadmap
//                        is the coordinator's (a curator 403); viewers, analysts and keys 403
//   approving, returning the coordinator and admins only (the owner's curator 403)
//   an owner that is no organisation of the district: 422 for those who may create there
//   templates and the deadline grammar: every signed-in caller 200
//
// Monitoring, the bases, compliance and the regional report: see the policy functions
// write_org_data, personal_data, accept_report, district_compliance, district_regional_report.
//
// The world: region R1 with districts A and B, region R2 with district C. X and Y are
// organisations of A, Z of B, W of C. Every district-bound actor belongs to A (the curator
// and the key to X); the analyst to R1 (so A and B are its own region's, C is not).
#include <gtest/gtest.h>

#include <soci/soci.h>

#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;

namespace {

// ---------------------------------------------------------------- the callers

enum class Who { anonymous, system_admin, region_analyst, district_coordinator, district_viewer, org_curator, org_system };

constexpr Who kEveryone[] = {Who::anonymous,         Who::system_admin,    Who::region_analyst, Who::district_coordinator,
                             Who::district_viewer,   Who::org_curator,     Who::org_system};

const char* name_of(Who w) {
    switch (w) {
        case Who::anonymous: return "anonymous";
        case Who::system_admin: return "system_admin";
        case Who::region_analyst: return "region_analyst";
        case Who::district_coordinator: return "district_coordinator";
        case Who::district_viewer: return "district_viewer";
        case Who::org_curator: return "org_curator";
        case Who::org_system: return "org_system";
    }
    return "?";
}

// ---------------------------------------------------------------- the targets

enum class Region { R1, R2 };
const char* name_of(Region r) { return r == Region::R1 ? "R1 (own region)" : "R2 (other region)"; }

// Districts: 'A' own, 'B' another district of R1, 'C' a district of R2.
std::string district_label(char d) {
    switch (d) {
        case 'A': return "A (own district)";
        case 'B': return "B (other district, same region)";
        default: return "C (other region)";
    }
}

// Organisations, and AZ: Z (of B) named under A's path.
enum class Org { X, Y, Z, W, AZ };
constexpr Org kOrgs[] = {Org::X, Org::Y, Org::Z, Org::W, Org::AZ};
char path_district(Org o) {
    switch (o) {
        case Org::X:
        case Org::Y:
        case Org::AZ: return 'A';
        case Org::Z: return 'B';
        case Org::W: return 'C';
    }
    return 'A';
}
char home_district(Org o) { return o == Org::AZ ? 'B' : path_district(o); }
std::string org_label(Org o) {
    switch (o) {
        case Org::X: return "A/X (own organisation)";
        case Org::Y: return "A/Y (same district, other organisation)";
        case Org::Z: return "B/Z (other district)";
        case Org::W: return "C/W (other region)";
        case Org::AZ: return "A/Z (B's organisation under A's path)";
    }
    return "?";
}

// ---------------------------------------------------------------- the policy

constexpr int kNoRow = 0;  // the policy does not decide this combination: no row

// Reading a district and what is district-wide in it.
int read_district(Who w, char d) {
    switch (w) {
        case Who::anonymous: return 401;
        case Who::system_admin: return 200;
        case Who::region_analyst: return d == 'C' ? 404 : 200;
        default: return d == 'A' ? 200 : 404;
    }
}

// Changing a district or what is district-wide in it, and managing its users, keys and
// audit log: the district's coordinator and system admins; `ok` is the success status.
int manage_district(Who w, char d, int ok) {
    switch (w) {
        case Who::anonymous: return 401;
        case Who::system_admin: return ok;
        case Who::region_analyst: return d == 'C' ? 404 : 403;
        case Who::district_coordinator: return d == 'A' ? ok : 404;
        default: return d == 'A' ? 403 : 404;  // viewer, curator, key
    }
}

// An object named under district A's path that lives elsewhere (or a user or key of another
// organisation): those who may act in A find nothing there, the others are refused by role.
int manage_missing_in_a(Who w) { return manage_district(w, 'A', 404); }

int read_org(Who w, Org o) {
    if (w == Who::anonymous) return 401;
    if (o == Org::AZ) return 404;
    switch (w) {
        case Who::system_admin: return 200;
        case Who::region_analyst: return o == Org::W ? 404 : 200;
        case Who::district_coordinator:
        case Who::district_viewer: return o == Org::X || o == Org::Y ? 200 : 404;
        default: return o == Org::X ? 200 : 404;  // curator, key
    }
}

int patch_org(Who w, Org o) {
    if (w == Who::anonymous) return 401;
    bool in_a = o == Org::X || o == Org::Y;
    switch (w) {
        case Who::system_admin: return o == Org::AZ ? 404 : 200;
        case Who::region_analyst: return o == Org::W ? 404 : 403;
        case Who::district_coordinator: return in_a ? 200 : 404;
        case Who::district_viewer: return in_a || o == Org::AZ ? 403 : 404;
        case Who::org_curator: return o == Org::X ? 200 : 404;
        case Who::org_system: return o == Org::X ? 403 : 404;
        default: return kNoRow;
    }
}

// Archiving is a district-wide write (a curator may not archive even its own).
int delete_org(Who w, Org o) {
    if (o == Org::AZ) return manage_missing_in_a(w);
    return manage_district(w, path_district(o), 200);
}

// API keys of an organisation: the district's users-and-keys management.
int manage_keys(Who w, Org o, int ok) {
    if (o == Org::AZ) return manage_missing_in_a(w);
    return manage_district(w, path_district(o), ok);
}

int read_region(Who w, Region r) {
    switch (w) {
        case Who::anonymous: return 401;
        case Who::system_admin: return 200;
        case Who::region_analyst: return r == Region::R1 ? 200 : 404;
        default: return 404;
    }
}
int patch_region(Who w, Region r) {
    switch (w) {
        case Who::anonymous: return 401;
        case Who::system_admin: return 200;
        case Who::region_analyst: return r == Region::R1 ? 403 : 404;
        default: return 404;
    }
}
// Regions' users, creating regions and districts: system admins only.
int system_admin_only(Who w, int ok) {
    if (w == Who::anonymous) return 401;
    return w == Who::system_admin ? ok : 403;
}
// The region list: admins all, analysts their own, everyone else refused.
int list_regions(Who w) {
    if (w == Who::anonymous) return 401;
    return w == Who::system_admin || w == Who::region_analyst ? 200 : 403;
}
int any_credential(Who w, int ok) { return w == Who::anonymous ? 401 : ok; }

// Roadmaps: X's, Y's and A's own roadmap (district A), B's own and C's own on their paths,
// and AB: B's own roadmap named under A's path.
enum class Rm { X, Y, A, B, C, AB };
constexpr Rm kRoadmaps[] = {Rm::X, Rm::Y, Rm::A, Rm::B, Rm::C, Rm::AB};
char rm_path_district(Rm r) { return r == Rm::B ? 'B' : r == Rm::C ? 'C' : 'A'; }
char rm_home_district(Rm r) { return r == Rm::AB ? 'B' : rm_path_district(r); }
std::string rm_label(Rm r) {
    switch (r) {
        case Rm::X: return "A/X's roadmap (own organisation)";
        case Rm::Y: return "A/Y's roadmap (other organisation)";
        case Rm::A: return "A's own roadmap";
        case Rm::B: return "B's own roadmap (other district)";
        case Rm::C: return "C's own roadmap (other region)";
        case Rm::AB: return "A path, B's roadmap";
    }
    return "?";
}

int read_roadmap(Who w, Rm r) {
    if (w == Who::anonymous) return 401;
    if (r == Rm::AB) return 404;
    switch (w) {
        case Who::system_admin: return 200;
        case Who::region_analyst: return r == Rm::C ? 404 : 200;
        case Who::district_coordinator:
        case Who::district_viewer: return rm_path_district(r) == 'A' ? 200 : 404;
        default: return r == Rm::X || r == Rm::A ? 200 : 404;  // curator, key
    }
}

// Changing a roadmap (or creating one for that owner): the owner's curator, the district's
// coordinator, admins; `ok` is the success status.
int edit_roadmap(Who w, Rm r, int ok) {
    if (w == Who::anonymous) return 401;
    if (r == Rm::AB) return 404;
    bool in_a = rm_path_district(r) == 'A';
    switch (w) {
        case Who::system_admin: return ok;
        case Who::region_analyst: return r == Rm::C ? 404 : 403;
        case Who::district_coordinator: return in_a ? ok : 404;
        case Who::district_viewer: return in_a ? 403 : 404;
        case Who::org_curator: return r == Rm::X ? ok : r == Rm::A ? 403 : 404;
        case Who::org_system: return r == Rm::X || r == Rm::A ? 403 : 404;
        default: return kNoRow;
    }
}

// Approving and returning: the coordinator and admins; the owner's curator may not.
int approve_roadmap(Who w, Rm r, int ok) {
    int e = edit_roadmap(w, r, ok);
    return w == Who::org_curator && e == ok ? 403 : e;
}

// Creating a roadmap under A's path for B's organisation Z: an invalid owner (422) for those
// who may create there; refused by role (403) or not found (404, curators and keys) for others.
int owner_elsewhere(Who w) {
    switch (w) {
        case Who::anonymous: return 401;
        case Who::system_admin:
        case Who::district_coordinator: return 422;
        case Who::region_analyst:
        case Who::district_viewer: return 403;
        default: return 404;
    }
}

// ---- monitoring, the bases, compliance and the regional report
//
//   mentoring forms, indicators  every signed-in caller
//   campaigns                    read as the district; created and changed by the coordinator and admins
//   a report                     the organisation's curator and write-scope key, the coordinator and admins
//                                write; viewers and analysts read; accepting and returning is the
//                                coordinator's (and admins')
//   mentors, mentees, pairs      personal data: the organisation's curator and key, the coordinator; viewers,
//                                analysts and even system admins 403; another organisation or district 404
//   programs                     read as the organisation, written like a report
//   compliance                   a district's: as the district, but curators and keys 403 (they ask for their
//                                organisation's); an organisation's: as the organisation; a region's: as the region
//                                the national roll-up: system admins only (everyone else 403)
//   the regional report          a district's: admins, the coordinator, the region's analysts (viewers,
//                                curators, keys 403); a region's: as the region

// Writing what belongs to one organisation (its report, its programs): `ok` is the success status.
int write_org_data(Who w, Org o, int ok) {
    if (w == Who::anonymous) return 401;
    bool in_a = o == Org::X || o == Org::Y;
    switch (w) {
        case Who::system_admin: return o == Org::AZ ? 404 : ok;
        case Who::region_analyst: return o == Org::W ? 404 : 403;
        case Who::district_coordinator: return in_a ? ok : 404;
        case Who::district_viewer: return in_a || o == Org::AZ ? 403 : 404;
        default: return o == Org::X ? ok : 404;  // curator, key (write scope)
    }
}

// Mentors, mentees and pairs, read or written.
int personal_data(Who w, Org o, int ok) {
    switch (w) {
        case Who::anonymous: return 401;
        case Who::system_admin: return 403;  // administers the system, not children's records
        case Who::region_analyst: return o == Org::W ? 404 : 403;
        case Who::district_coordinator: return o == Org::X || o == Org::Y ? ok : 404;
        case Who::district_viewer: return path_district(o) == 'A' ? 403 : 404;
        default: return o == Org::X ? ok : 404;  // curator, key
    }
}

// Accepting and returning a report: a district-wide write.
int accept_report(Who w, Org o, int ok) {
    if (o == Org::AZ) return manage_missing_in_a(w);
    return manage_district(w, path_district(o), ok);
}

int district_compliance(Who w, char d) {
    int r = read_district(w, d);
    return (w == Who::org_curator || w == Who::org_system) && r == 200 ? 403 : r;
}

int district_regional_report(Who w, char d) {
    int r = read_district(w, d);
    return (w == Who::district_viewer || w == Who::org_curator || w == Who::org_system) && r == 200 ? 403 : r;
}

// ---------------------------------------------------------------- rows

struct Call {
    std::string path;
    std::optional<json> body;
    std::optional<std::string> raw;  // a body that is not JSON (its Content-Type in headers)
    std::map<std::string, std::string> headers;
    std::optional<std::string> token;  // a credential other than the caller's usual one

    explicit Call(std::string p, std::optional<json> b = std::nullopt, std::map<std::string, std::string> h = {})
        : path(std::move(p)), body(std::move(b)), headers(std::move(h)) {}
};

struct Row {
    std::string method, route;  // route: the registered template
    Who who;
    std::string target;
    int expected;
    std::function<Call()> make;                      // runs just before the request (as the admin)
    std::function<void(const HttpResponse&)> check;  // more assertions on the answer, optional
    bool changes_database = true;                    // false: a 2xx that writes no fingerprinted table

    [[nodiscard]] std::string describe() const {
        std::ostringstream s;
        s << method << ' ' << route << " as " << name_of(who) << " on " << target << " → " << expected;
        return s.str();
    }
};

const std::string kV1 = "/api/v1";

std::string unique(const std::string& what);  // (below)

class AccessMatrix : public testsupport::ServerSuite<AccessMatrix> {
protected:
    static void SetUpTestSuite() {
        ServerSuite::SetUpTestSuite();
        db = testsupport::admin_session().release();
        prepare_fingerprint();
        build_world();
    }
    static void TearDownTestSuite() {
        delete fingerprint_statement;
        fingerprint_statement = nullptr;
        delete db;
        db = nullptr;
        ServerSuite::TearDownTestSuite();
    }

    // ------------------------------------------------------------ the admin's helpers

    static HttpClient admin() { return server->admin(); }
    static json must(const HttpResponse& r, int status, const std::string& what) {
        if (r.status != status)
            throw std::runtime_error("fixture: " + what + " answered " + std::to_string(r.status) + ": " + r.body);
        return r.body.empty() ? json() : r.json();
    }
    // The world is built by tests/support/world.hpp (regions, districts, organisations, people, keys).
    static testsupport::World world() { return testsupport::World(*server); }
    static std::string create_region() { return world().region().id; }
    static std::string create_district(const std::string& region) { return world().district({region}).id; }
    static std::string district(char d) { return d == 'A' ? a : d == 'B' ? b : c; }
    static std::string district_path(char d) { return kV1 + "/districts/" + district(d); }
    static std::string region(Region r) { return r == Region::R1 ? r1 : r2; }
    static std::string org(Org o) {
        switch (o) {
            case Org::X: return x;
            case Org::Y: return y;
            case Org::Z:
            case Org::AZ: return z;
            case Org::W: return w;
        }
        return {};
    }
    static std::string org_path(Org o) {
        return district_path(path_district(o)) + "/organizations/" + org(o);
    }
    static std::string create_org(char d) {
        return world().organization({district(d), {}}, "Школа " + testsupport::unique_code("")).id;
    }
    struct Made {
        std::string id, etag;
    };
    static Made create_district_user(char d) {
        auto r = admin().send_json("POST", district_path(d) + "/users",
                                   {{"login", testsupport::unique_code("u")},
                                    {"password", "correct horse battery"},
                                    {"full_name", "Сотрудник района"},
                                    {"role", "district_viewer"}});
        return {must(r, 201, "district user")["id"], r.header("etag")};
    }
    static Made create_region_user(Region rg) {
        auto r = admin().send_json("POST", kV1 + "/regions/" + region(rg) + "/users",
                                   {{"login", testsupport::unique_code("u")},
                                    {"password", "correct horse battery"},
                                    {"full_name", "Аналитик"},
                                    {"role", "region_analyst"}});
        return {must(r, 201, "region user")["id"], r.header("etag")};
    }
    struct Key {
        std::string id, secret;
    };
    static Key create_key(char d, const std::string& organization, std::vector<std::string> scopes = {"read", "write"}) {
        auto k = world().api_key({organization, district(d)}, std::move(scopes));
        return {k.id, k.secret};
    }
    static std::string etag_of(const std::string& path) {
        auto r = admin().get(path);
        must(r, 200, "GET " + path);
        auto e = r.header("etag");
        if (e.empty()) throw std::runtime_error("fixture: no ETag on " + path);
        return e;
    }

    static void build_world() {
        r1 = create_region();
        r2 = create_region();
        a = create_district(r1);
        b = create_district(r1);
        c = create_district(r2);
        x = create_org('A');
        y = create_org('A');
        z = create_org('B');
        w = create_org('C');
        auto w = world();
        auto signed_in = [](Who who, const testsupport::Person& p) {
            credentials[who] = {p.login, p.password};
            tokens[who] = p.token;
        };
        auto full_name = [](Who who) { return std::string("Участник ") + name_of(who); };
        signed_in(Who::system_admin, w.system_admin(full_name(Who::system_admin)));
        signed_in(Who::region_analyst, w.analyst({r1}, full_name(Who::region_analyst)));
        signed_in(Who::district_coordinator, w.coordinator({a, r1}, full_name(Who::district_coordinator)));
        signed_in(Who::district_viewer, w.person(domain::Role::district_viewer, {a, r1}, std::nullopt, full_name(Who::district_viewer)));
        signed_in(Who::org_curator, w.curator({x, a}, full_name(Who::org_curator)));
        tokens[Who::org_system] = create_key('A', x, {"read", "write"}).secret;
        for (Who who : {Who::system_admin, Who::region_analyst})
            user_id_of[who] = must(server->client().with_token(tokens.at(who)).get(kV1 + "/me"), 200, "me")["id"];
        for (char d : {'A', 'B', 'C'}) district_user[d] = create_district_user(d).id;
        region_user[Region::R1] = create_region_user(Region::R1).id;
        region_user[Region::R2] = create_region_user(Region::R2).id;
        for (Org o : {Org::X, Org::Y, Org::Z, Org::W}) key_of[o] = create_key(home_district(o), org(o)).id;
        for (Rm r : {Rm::X, Rm::Y, Rm::A, Rm::B, Rm::C})
            for (Stage st : {Stage::draft, Stage::submitted, Stage::approved}) shared_roadmap[{r, st}] = create_roadmap(r, st);
        // monitoring and the bases: a coordinator of each district (for the fixture only: system
        // admins see no personal data), a campaign of each district, the bases of X, Y, Z and W
        for (char d : {'A', 'B', 'C'}) {
            coordinator_of[d] = w.coordinator({district(d), {}}).token;
            campaign_of[d] = create_campaign(d);
        }
        for (Org o : {Org::X, Org::Y, Org::Z, Org::W}) {
            Bases& bs = bases_of[o];
            bs.mentor = create_in_bases(o, "mentors", person_body(true));
            bs.mentee = create_in_bases(o, "mentees", person_body(false));
            bs.program = create_in_bases(o, "programs", program_body());
            bs.pair = create_in_bases(o, "pairs", pair_body(o));
        }
    }

    // ------------------------------------------------------------ monitoring and the bases

    static json campaign_body() {
        return {{"title", unique("Мониторинг")}, {"reporting_date", "2025-05-20"}, {"due_date", "2099-05-31"},
                {"lock_date", "2099-06-10"}};
    }
    static std::string create_campaign(char d) {
        return must(admin().send_json("POST", district_path(d) + "/monitoring-campaigns", campaign_body()), 201,
                    "campaign")["id"];
    }
    static std::string campaign_path(char d, const std::string& c) { return district_path(d) + "/monitoring-campaigns/" + c; }
    // The report of o in campaign c (of o's path district).
    static std::string report_path(Org o, const std::string& c) { return campaign_path(path_district(o), c) + "/reports/" + org(o); }
    // Values that pass every check of the standard form, so that a report can be submitted.
    static json report_values() {
        return {{"students_10_18", 10}, {"mentees_students_10_18", 7}, {"teachers_total", 3}, {"young_teachers", 1},
                {"mentees_young_teachers", 1}, {"mentors_total", 1}, {"mentees_total", 8}, {"pairs_total", 1},
                {"programs_total", 1}, {"has_order", true}, {"has_regulation", true}, {"has_program", true},
                {"has_site_page", true}};
    }
    enum class ReportStage { draft, submitted };
    // A new campaign of o's district with o's report in the given stage (made by the admin).
    static std::string campaign_with_report(Org o, ReportStage st) {
        auto c = create_campaign(path_district(o));
        auto path = report_path(o, c);
        must(admin().send_json("PUT", path, {{"values", report_values()}}), 201, "report");
        if (st == ReportStage::submitted) must(admin().send_json("POST", path + "/submit", json::object()), 200, "submit");
        return c;
    }
    static std::map<std::string, std::string> idempotency_key() {
        return {{"Idempotency-Key", testsupport::unique_code("idem-")}};
    }

    struct Bases {
        std::string mentor, mentee, program, pair;
    };
    static Org home(Org o) { return o == Org::AZ ? Org::Z : o; }
    static std::string home_org_path(Org o) { return district_path(home_district(o)) + "/organizations/" + org(o); }
    static HttpClient coordinator_in(char d) { return server->client().with_token(coordinator_of.at(d)); }
    static json person_body(bool mentor) {
        if (mentor)
            return {{"external_id", testsupport::unique_code("m")}, {"full_name", "Учитель Наставник"}, {"category", "teacher"},
                    {"birth_year", 1980}, {"consent", {{"date", "2024-09-01"}, {"given_by", "self"}}}};
        return {{"external_id", testsupport::unique_code("s")}, {"full_name", "Ученик Наставляемый"}, {"category", "student"},
                {"birth_year", 2012}, {"consent", {{"date", "2024-09-01"}, {"given_by", "parent"}}}};
    }
    static json program_body() {
        return {{"title", unique("Программа")}, {"forms", {"student_student"}},
                {"period", {{"start", "2024-09-01"}, {"end", "2026-05-31"}}}};
    }
    static json pair_body(Org o) {
        auto& bs = bases_of.at(home(o));
        return {{"mentor_id", bs.mentor}, {"mentee_ids", {bs.mentee}}, {"form", "student_student"}, {"start_date", "2025-01-10"}};
    }
    // A new record of o's bases ("mentors", "mentees", "programs", "pairs"), made by its district's coordinator.
    static std::string create_in_bases(Org o, const std::string& what, const json& body) {
        return must(coordinator_in(home_district(o)).send_json("POST", home_org_path(o) + "/" + what, body), 201,
                    what)["id"];
    }
    static std::string shared_record(Org o, const std::string& what) {
        auto& bs = bases_of.at(home(o));
        return what == "mentors" ? bs.mentor : what == "mentees" ? bs.mentee : what == "programs" ? bs.program : bs.pair;
    }
    static std::string record_etag(Org o, const std::string& what, const std::string& id) {
        auto path = home_org_path(o) + "/" + what + "/" + id;
        auto r = coordinator_in(home_district(o)).get(path);
        must(r, 200, "GET " + path);
        return r.header("etag");
    }
    // A date that differs from one call to the next (a pair's start), so that every PATCH changes it.
    static std::string next_date() {
        static int n = 0;
        ++n;
        char buf[16];
        std::snprintf(buf, sizeof buf, "2025-%02d-%02d", 1 + (n / 28) % 12, 1 + n % 28);
        return buf;
    }

    // ------------------------------------------------------------ roadmaps

    enum class Stage { draft, submitted, approved };
    struct Roadmap {
        std::string id, section, item;
    };
    // The owner a roadmap of `r` has: X's, Y's, the district's own; AB's owner is Z.
    static json roadmap_owner(Rm r) {
        switch (r) {
            case Rm::X: return {{"kind", "organization"}, {"organization_id", x}};
            case Rm::Y: return {{"kind", "organization"}, {"organization_id", y}};
            case Rm::AB: return {{"kind", "organization"}, {"organization_id", z}};
            default: return {{"kind", "district"}};
        }
    }
    static std::string roadmap_owner_query(Rm r) {
        auto o = roadmap_owner(r);
        return o["kind"] == "district" ? std::string("district") : o["organization_id"].get<std::string>();
    }
    static json new_roadmap_body(Rm r) {
        return {{"owner", roadmap_owner(r)},
                {"title", unique("Дорожная карта")},
                {"period", {{"start", "2022-09-01"}, {"end", "2023-08-31"}}},
                {"sections", json::array({{{"number", "1."},
                                           {"title", "Подготовка условий"},
                                           {"items", json::array({{{"number", "1.1"},
                                                                   {"title", "Приказ о внедрении"},
                                                                   {"deadline_text", "Сентябрь 2022"}}})}}})}};
    }
    // A roadmap of `r` in its home district (AB: B's own), in the given stage, made by the admin.
    static Roadmap create_roadmap(Rm r, Stage st) {
        Rm home = r == Rm::AB ? Rm::B : r;
        auto j = must(admin().send_json("POST", district_path(rm_home_district(r)) + "/roadmaps", new_roadmap_body(home)), 201,
                      "roadmap");
        Roadmap out{j["id"], j["sections"][0]["id"], j["sections"][0]["items"][0]["id"]};
        auto path = home_roadmap_path(r, out.id);
        if (st != Stage::draft)
            must(admin().send_json("POST", path + "/submit", json::object(), {{"If-Match", etag_of(path)}}), 200, "submit");
        if (st == Stage::approved)
            must(admin().send_json("POST", path + "/approve", json::object(), {{"If-Match", etag_of(path)}}), 200, "approve");
        return out;
    }
    static Roadmap shared(Rm r, Stage st) { return shared_roadmap.at({r == Rm::AB ? Rm::B : r, st}); }
    // The roadmap as the row names it (AB: under A's path), and where it really lives.
    static std::string roadmap_path(Rm r, const std::string& id) { return district_path(rm_path_district(r)) + "/roadmaps/" + id; }
    static std::string home_roadmap_path(Rm r, const std::string& id) {
        return district_path(rm_home_district(r)) + "/roadmaps/" + id;
    }
    static std::string item_etag(Rm r, const std::string& roadmap, const std::string& item) {
        auto j = must(admin().get(home_roadmap_path(r, roadmap)), 200, "roadmap");
        for (auto& s : j["sections"])
            for (auto& i : s["items"])
                if (i["id"] == item) return "\"" + std::to_string(i["version"].get<int>()) + "\"";
        throw std::runtime_error("fixture: no item " + item);
    }

    static HttpClient caller(Who who, const std::optional<std::string>& token) {
        if (token) return server->client().with_token(*token);
        if (who == Who::anonymous) return server->client();
        return server->client().with_token(tokens.at(who));
    }

    // What the database holds, as the superuser sees it (no row-level security): for every
    // table the API writes (the roadmap and monitoring tables included), the row count, the latest updated_at and the sum of the rows'
    // xmin (any inserted or updated row version carries a new transaction id, so this moves
    // on every write, even one that sets the same values); for api_keys, whose last_used_at
    // moves whenever a key is used, a digest of every other column; for the audit log, its
    // size and last id.
    static void prepare_fingerprint() {
        fingerprint_statement = new soci::statement((db->prepare << "select concat_ws(' | ',"
               " (select 'regions ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from regions),"
               " (select 'districts ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from districts),"
               " (select 'organizations ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from organizations),"
               " (select 'users ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from users),"
               " (select 'api_keys ' || count(*) || ' ' || count(revoked_at) || ' ' || md5(coalesce(string_agg("
               "   (district_id, id, organization_id, name, prefix, secret_hash, scopes, expires_at, revoked_at,"
               "    created_by, created_at)::text, ',' order by id), '')) from api_keys),"
               " (select 'roadmaps ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from roadmaps),"
               " (select 'roadmap_sections ' || count(*) || ' ' || coalesce(sum(xmin::text::bigint), 0) from roadmap_sections),"
               " (select 'roadmap_items ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from roadmap_items),"
               " (select 'item_occurrences ' || count(*) || ' ' || coalesce(sum(xmin::text::bigint), 0) from item_occurrences),"
               " (select 'item_progress ' || count(*) || ' ' || coalesce(sum(xmin::text::bigint), 0) from item_progress),"
               " (select 'mentoring_persons ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from mentoring_persons),"
               " (select 'mentoring_programs ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from mentoring_programs),"
               " (select 'mentoring_pairs ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from mentoring_pairs),"
               " (select 'mentoring_pair_mentees ' || count(*) || ' ' || coalesce(sum(xmin::text::bigint), 0) from mentoring_pair_mentees),"
               " (select 'monitoring_campaigns ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from monitoring_campaigns),"
               " (select 'monitoring_campaign_organizations ' || count(*) || ' ' || coalesce(sum(xmin::text::bigint), 0) from monitoring_campaign_organizations),"
               " (select 'monitoring_reports ' || count(*) || ' ' || coalesce(max(updated_at)::text, '-') || ' ' ||"
               "   coalesce(sum(xmin::text::bigint), 0) from monitoring_reports),"
               " (select 'idempotency_keys ' || count(*) || ' ' || coalesce(sum(xmin::text::bigint), 0) from idempotency_keys),"
               " (select 'audit_log ' || count(*) || ' ' || coalesce(max(id), 0) from audit_log))", soci::into(fingerprint_value)));
    }
    static std::string fingerprint() {
        fingerprint_statement->execute(true);
        return fingerprint_value;
    }

    static std::vector<Row> rows();

    static soci::session* db;
    static soci::statement* fingerprint_statement;
    static std::string fingerprint_value;
    static std::string r1, r2, a, b, c, x, y, z, w;
    static std::map<Who, std::string> tokens;
    static std::map<Who, std::pair<std::string, std::string>> credentials;  // login, password
    static std::map<char, std::string> district_user;                      // a viewer in each district
    static std::map<Region, std::string> region_user;                      // an analyst in each region
    static std::map<Org, std::string> key_of;                              // a key of each organisation
    static std::map<Who, std::string> user_id_of;                          // the admin's and the analyst's
    static std::map<std::pair<Rm, Stage>, Roadmap> shared_roadmap;         // X, Y, A, B, C in every stage
    static std::map<char, std::string> coordinator_of;                     // a fixture coordinator's token per district
    static std::map<char, std::string> campaign_of;                        // a campaign of each district
    static std::map<Org, Bases> bases_of;                                  // X's, Y's, Z's and W's records
};

soci::session* AccessMatrix::db = nullptr;
soci::statement* AccessMatrix::fingerprint_statement = nullptr;
std::string AccessMatrix::fingerprint_value;
std::string AccessMatrix::r1, AccessMatrix::r2, AccessMatrix::a, AccessMatrix::b, AccessMatrix::c, AccessMatrix::x,
    AccessMatrix::y, AccessMatrix::z, AccessMatrix::w;
std::map<Who, std::string> AccessMatrix::tokens;
std::map<Who, std::pair<std::string, std::string>> AccessMatrix::credentials;
std::map<char, std::string> AccessMatrix::district_user;
std::map<Region, std::string> AccessMatrix::region_user;
std::map<Org, std::string> AccessMatrix::key_of;
std::map<Who, std::string> AccessMatrix::user_id_of;
std::map<std::pair<Rm, AccessMatrix::Stage>, AccessMatrix::Roadmap> AccessMatrix::shared_roadmap;
std::map<char, std::string> AccessMatrix::coordinator_of;
std::map<char, std::string> AccessMatrix::campaign_of;
std::map<Org, AccessMatrix::Bases> AccessMatrix::bases_of;

// A distinct value for a field, so that every successful write really changes something.
std::string unique(const std::string& what) { return what + " " + testsupport::unique_code(""); }

std::vector<std::string> ids_of(const HttpResponse& r) {
    std::vector<std::string> out;
    auto body = r.json();  // (not a temporary: a range-for would not keep it alive)
    for (auto& item : body["items"]) out.push_back(item["id"]);
    return out;
}

std::vector<Row> AccessMatrix::rows() {
    std::vector<Row> out;
    auto add = [&out](std::string method, std::string route, Who who, std::string target, int expected,
                      std::function<Call()> make, std::function<void(const HttpResponse&)> check = nullptr) {
        if (expected == kNoRow) return;
        out.push_back({std::move(method), kV1 + route, who, std::move(target), expected, std::move(make), std::move(check)});
    };
    const json kOrgPatch = {{"name", "Переименована"}, {"short_name", "Школа"}, {"address", "ул. Ленина, 1"}};

    for (Who who : kEveryone) {
        // ---- regions
        add("GET", "/regions", who, "the region list", list_regions(who), [] { return Call{kV1 + "/regions?limit=200"}; },
            [who](const HttpResponse& r) {
                if (who == Who::region_analyst) {
                    EXPECT_EQ(ids_of(r), std::vector<std::string>{r1}) << r.body;
                }
            });
        add("POST", "/regions", who, "a new region", system_admin_only(who, 201), [] {
            return Call{kV1 + "/regions", json{{"name", unique("Регион")}, {"code", testsupport::unique_code("r")}}};
        });
        for (Region rg : {Region::R1, Region::R2}) {
            auto rpath = [rg] { return kV1 + "/regions/" + region(rg); };
            add("GET", "/regions/{r}", who, name_of(rg), read_region(who, rg), [rpath] { return Call{rpath()}; });
            add("PATCH", "/regions/{r}", who, name_of(rg), patch_region(who, rg), [rpath] {
                return Call{rpath(), json{{"name", unique("Регион")}}, {{"If-Match", etag_of(rpath())}}};
            });
            // a region's analysts
            add("GET", "/regions/{r}/users", who, name_of(rg), system_admin_only(who, 200),
                [rpath] { return Call{rpath() + "/users"}; });
            add("POST", "/regions/{r}/users", who, name_of(rg), system_admin_only(who, 201), [rpath] {
                return Call{rpath() + "/users", json{{"login", testsupport::unique_code("u")},
                                                     {"password", "correct horse battery"},
                                                     {"full_name", "Аналитик"},
                                                     {"role", "region_analyst"}}};
            });
            add("GET", "/regions/{r}/users/{u}", who, std::string(name_of(rg)) + ", its analyst",
                system_admin_only(who, 200), [rpath, rg] { return Call{rpath() + "/users/" + region_user.at(rg)}; });
            add("PATCH", "/regions/{r}/users/{u}", who, std::string(name_of(rg)) + ", a new analyst",
                system_admin_only(who, 200), [rpath, rg] {
                    auto u = create_region_user(rg);
                    return Call{rpath() + "/users/" + u.id, json{{"full_name", unique("Аналитик")}}, {{"If-Match", u.etag}}};
                });
            add("DELETE", "/regions/{r}/users/{u}", who, std::string(name_of(rg)) + ", a new analyst",
                system_admin_only(who, 200), [rpath, rg] {
                    auto u = create_region_user(rg);
                    return Call{rpath() + "/users/" + u.id};
                });
        }
        // R2's analyst named under R1's path
        int mismatch = who == Who::system_admin ? 404 : system_admin_only(who, 0);
        add("GET", "/regions/{r}/users/{u}", who, "R1 path, R2's analyst", mismatch,
            [] { return Call{kV1 + "/regions/" + r1 + "/users/" + region_user.at(Region::R2)}; });
        add("PATCH", "/regions/{r}/users/{u}", who, "R1 path, R2's analyst", mismatch, [] {
            auto u = create_region_user(Region::R2);
            return Call{kV1 + "/regions/" + r1 + "/users/" + u.id, json{{"full_name", "Чужой"}}, {{"If-Match", u.etag}}};
        });
        add("DELETE", "/regions/{r}/users/{u}", who, "R1 path, R2's analyst", mismatch, [] {
            auto u = create_region_user(Region::R2);
            return Call{kV1 + "/regions/" + r1 + "/users/" + u.id};
        });

        // ---- the district list and creating districts
        add("GET", "/districts", who, "the district list", any_credential(who, 200),
            [] { return Call{kV1 + "/districts?limit=200"}; }, [who](const HttpResponse& r) {
                auto ids = ids_of(r);
                std::set<std::string> got(ids.begin(), ids.end());
                if (who == Who::region_analyst) {
                    EXPECT_TRUE(got.count(a) && got.count(b)) << r.body;
                    EXPECT_FALSE(got.count(c)) << r.body;
                    auto body = r.json();
                    for (auto& d : body["items"]) EXPECT_EQ(d["region_id"], r1) << r.body;
                } else if (who != Who::system_admin) {
                    EXPECT_EQ(ids, std::vector<std::string>{a}) << r.body;
                }
            });
        if (who == Who::region_analyst)
            add("GET", "/districts", who, "the district list of R2 (?region_id=)", 404,
                [] { return Call{kV1 + "/districts?region_id=" + r2}; });
        add("POST", "/districts", who, "a new district in R1", system_admin_only(who, 201), [] {
            return Call{kV1 + "/districts", json{{"region_id", r1}, {"name", "Новый район"}, {"code", testsupport::unique_code("d")}}};
        });

        // ---- district-wide routes
        for (char d : {'A', 'B', 'C'}) {
            auto label = district_label(d);
            auto dpath = [d] { return district_path(d); };
            add("GET", "/districts/{d}", who, label, read_district(who, d), [dpath] { return Call{dpath()}; });
            add("PATCH", "/districts/{d}", who, label, manage_district(who, d, 200), [dpath] {
                return Call{dpath(), json{{"name", unique("Район")}}, {{"If-Match", etag_of(dpath())}}};
            });
            add("GET", "/districts/{d}/organizations", who, label, read_district(who, d),
                [dpath] { return Call{dpath() + "/organizations?limit=200"}; }, [who, d](const HttpResponse& r) {
                    auto ids = ids_of(r);
                    if (who == Who::org_curator || who == Who::org_system) {
                        EXPECT_EQ(ids, std::vector<std::string>{x}) << r.body;
                    } else if (d == 'A') {
                        std::set<std::string> got(ids.begin(), ids.end());
                        EXPECT_TRUE(got.count(x) && got.count(y)) << r.body;
                    }
                    auto body = r.json();
                    for (auto& o : body["items"]) EXPECT_EQ(o["district_id"], district(d)) << r.body;
                });
            add("POST", "/districts/{d}/organizations", who, label, manage_district(who, d, 201), [dpath] {
                return Call{dpath() + "/organizations", json{{"name", unique("Школа")}, {"type", "school"}}};
            });
            add("GET", "/districts/{d}/users", who, label, manage_district(who, d, 200),
                [dpath] { return Call{dpath() + "/users"}; }, [d](const HttpResponse& r) {
                    auto body = r.json();
                    for (auto& u : body["items"]) EXPECT_EQ(u["district_id"], district(d)) << r.body;
                });
            add("POST", "/districts/{d}/users", who, label, manage_district(who, d, 201), [dpath] {
                return Call{dpath() + "/users", json{{"login", testsupport::unique_code("u")},
                                                     {"password", "correct horse battery"},
                                                     {"full_name", "Новый сотрудник"},
                                                     {"role", "district_viewer"}}};
            });
            add("GET", "/districts/{d}/users/{u}", who, label + ", its user", manage_district(who, d, 200),
                [dpath, d] { return Call{dpath() + "/users/" + district_user.at(d)}; });
            add("PATCH", "/districts/{d}/users/{u}", who, label + ", a new user", manage_district(who, d, 200),
                [dpath, d] {
                    auto u = create_district_user(d);
                    return Call{dpath() + "/users/" + u.id, json{{"full_name", unique("Сотрудник")}}, {{"If-Match", u.etag}}};
                });
            add("DELETE", "/districts/{d}/users/{u}", who, label + ", a new user", manage_district(who, d, 200),
                [dpath, d] { return Call{dpath() + "/users/" + create_district_user(d).id}; });
            add("GET", "/districts/{d}/audit-log", who, label, manage_district(who, d, 200),
                [dpath] { return Call{dpath() + "/audit-log"}; }, [d](const HttpResponse& r) {
                    auto body = r.json();
                    EXPECT_FALSE(body["items"].empty()) << "the district's history holds at least its creation";
                    for (auto& e : body["items"]) {
                        if (e["resource"] == "districts") {
                            EXPECT_EQ(e["resource_id"], district(d)) << r.body;
                        }
                    }
                });
        }
        // B's user named under A's path
        add("GET", "/districts/{d}/users/{u}", who, "A path, B's user", manage_missing_in_a(who),
            [] { return Call{district_path('A') + "/users/" + district_user.at('B')}; });
        add("PATCH", "/districts/{d}/users/{u}", who, "A path, B's new user", manage_missing_in_a(who), [] {
            auto u = create_district_user('B');
            return Call{district_path('A') + "/users/" + u.id, json{{"full_name", "Чужой"}}, {{"If-Match", u.etag}}};
        });
        add("DELETE", "/districts/{d}/users/{u}", who, "A path, B's new user", manage_missing_in_a(who),
            [] { return Call{district_path('A') + "/users/" + create_district_user('B').id}; });

        // ---- organisations and their keys
        for (Org o : kOrgs) {
            auto label = org_label(o);
            auto opath = [o] { return org_path(o); };
            add("GET", "/districts/{d}/organizations/{o}", who, label, read_org(who, o), [opath] { return Call{opath()}; },
                [o](const HttpResponse& r) { EXPECT_EQ(r.json()["id"], org(o)); });
            add("PATCH", "/districts/{d}/organizations/{o}", who, label, patch_org(who, o), [opath, o, kOrgPatch] {
                auto body = kOrgPatch;
                body["name"] = unique("Переименована");
                // the ETag of the organisation itself, where it lives
                auto real = district_path(home_district(o)) + "/organizations/" + org(o);
                return Call{opath(), body, {{"If-Match", etag_of(real)}}};
            });
            int del = delete_org(who, o);
            add("DELETE", "/districts/{d}/organizations/{o}", who, del == 200 ? label + " (a new one there)" : label, del,
                [o, del] {
                    if (del != 200 && o != Org::AZ) return Call{org_path(o)};
                    // what may be archived is a fresh organisation, so that X, Y, Z and W stay
                    return Call{district_path(path_district(o)) + "/organizations/" + create_org(home_district(o))};
                });
            add("GET", "/districts/{d}/organizations/{o}/api-keys", who, label, manage_keys(who, o, 200),
                [opath] { return Call{opath() + "/api-keys"}; });
            add("POST", "/districts/{d}/organizations/{o}/api-keys", who, label, manage_keys(who, o, 201),
                [opath] { return Call{opath() + "/api-keys", json{{"name", "Система"}, {"scopes", {"read"}}}}; });
            add("DELETE", "/districts/{d}/organizations/{o}/api-keys/{k}", who, label + ", a new key",
                manage_keys(who, o, 200),
                [opath, o] { return Call{opath() + "/api-keys/" + create_key(home_district(o), org(o)).id}; });
        }
        // Y's key named under X's path, and Z's key under A/X
        for (Org other : {Org::Y, Org::Z}) {
            add("DELETE", "/districts/{d}/organizations/{o}/api-keys/{k}", who,
                "A/X path, " + std::string(other == Org::Y ? "Y" : "Z") + "'s new key", manage_missing_in_a(who), [other] {
                    return Call{org_path(Org::X) + "/api-keys/" + create_key(home_district(other), org(other)).id};
                });
        }

        // ---- the caller itself
        add("GET", "/me", who, "the caller", any_credential(who, 200), [] { return Call{kV1 + "/me"}; },
            [who](const HttpResponse& r) {
                auto me = r.json();
                EXPECT_EQ(me["role"], name_of(who));
                auto expect_scope = [&](const char* field, const std::optional<std::string>& v) {
                    if (v) {
                        EXPECT_EQ(me[field], *v) << field;
                    } else {
                        EXPECT_TRUE(me[field].is_null()) << field;
                    }
                };
                using S = std::optional<std::string>;
                switch (who) {
                    case Who::system_admin: expect_scope("region_id", {}); expect_scope("district_id", {}); break;
                    case Who::region_analyst: expect_scope("region_id", r1); expect_scope("district_id", {}); break;
                    case Who::district_coordinator:
                    case Who::district_viewer: expect_scope("district_id", a); expect_scope("organization_id", {}); break;
                    case Who::org_curator:
                    case Who::org_system: expect_scope("district_id", a); expect_scope("organization_id", S(x)); break;
                    default: break;
                }
                if (who == Who::org_system) {
                    EXPECT_EQ(me["scopes"], json({"read", "write"}));
                }
            });
        // Logging out ends a session of its own (a fresh sign-in, or a fresh key), so the
        // actors' credentials stay valid for the other rows.
        auto logout = [who]() {
            Call call{kV1 + "/auth/logout"};
            if (who == Who::org_system) {
                call.token = create_key('A', x).secret;
            } else if (who != Who::anonymous) {
                auto& [login, password] = credentials.at(who);
                auto r = server->client().send_json("POST", kV1 + "/auth/login", {{"login", login}, {"password", password}});
                call.token = must(r, 200, "sign-in")["token"].get<std::string>();
            }
            return call;
        };
        add("POST", "/auth/logout", who, "its own session", any_credential(who, 204), logout);
        out.back().changes_database = false;
    }

    // ---- mass assignment: fields that are not the caller's to set answer 422 and change nothing
    auto x_patch = [](json body) {
        return [body] { return Call{org_path(Org::X), body, {{"If-Match", etag_of(org_path(Org::X))}}}; };
    };
    for (auto [field, v] : std::vector<std::pair<std::string, json>>{
             {"type", "college"}, {"status", "closed"}, {"external_code", "stolen"}, {"district_id", b}}) {
        add("PATCH", "/districts/{d}/organizations/{o}", Who::org_curator, "A/X with " + field, 422,
            x_patch({{field, v}}));
        add("PATCH", "/districts/{d}/organizations/{o}", Who::org_curator, "A/X with name and " + field, 422,
            x_patch({{"name", "Захват"}, {field, v}}));
    }
    for (Who who : {Who::system_admin, Who::district_coordinator})
        add("PATCH", "/districts/{d}/organizations/{o}", who, "A/X moved to district B", 422,
            [] { return Call{org_path(Org::X), json{{"district_id", b}}, {{"If-Match", etag_of(org_path(Org::X))}}}; });
    add("POST", "/districts/{d}/organizations", Who::district_coordinator, "A, body naming district B", 422, [] {
        return Call{district_path('A') + "/organizations", json{{"name", "Подброшенная"}, {"type", "school"}, {"district_id", b}}};
    });
    add("PATCH", "/districts/{d}", Who::district_coordinator, "A moved to region R2", 422,
        [] { return Call{district_path('A'), json{{"region_id", r2}}, {{"If-Match", etag_of(district_path('A'))}}}; });
    add("POST", "/districts/{d}/users", Who::district_coordinator, "A, body naming district B", 422, [] {
        return Call{district_path('A') + "/users", json{{"login", testsupport::unique_code("u")},
                                                        {"password", "correct horse battery"},
                                                        {"full_name", "Подброшенный"},
                                                        {"role", "district_viewer"},
                                                        {"district_id", b}}};
    });
    // privilege escalation through a district's users
    for (const char* role : {"system_admin", "region_analyst"}) {
        add("POST", "/districts/{d}/users", Who::district_coordinator, std::string("A, a new ") + role, 422, [role] {
            return Call{district_path('A') + "/users", json{{"login", testsupport::unique_code("u")},
                                                            {"password", "correct horse battery"},
                                                            {"full_name", "Повышенный"},
                                                            {"role", role}}};
        });
        add("PATCH", "/districts/{d}/users/{u}", Who::district_coordinator, std::string("A, a user made ") + role, 422,
            [role] {
                auto u = create_district_user('A');
                return Call{district_path('A') + "/users/" + u.id, json{{"role", role}}, {{"If-Match", u.etag}}};
            });
    }
    // a curator of another district's organisation: the body names no organisation of
    // the district, an invalid field (422), and nothing is written
    add("POST", "/districts/{d}/users", Who::district_coordinator, "A, a curator of B's Z", 422, [] {
        return Call{district_path('A') + "/users", json{{"login", testsupport::unique_code("u")},
                                                        {"password", "correct horse battery"},
                                                        {"full_name", "Куратор"},
                                                        {"role", "org_curator"},
                                                        {"organization_id", z}}};
    });

    add("PATCH", "/districts/{d}/users/{u}", Who::district_coordinator, "A, a user made curator of B's Z", 422, [] {
        auto u = create_district_user('A');
        return Call{district_path('A') + "/users/" + u.id, json{{"role", "org_curator"}, {"organization_id", z}},
                    {{"If-Match", u.etag}}};
    });
    // people who belong to no district are no district's users: a coordinator cannot
    // reach the system admin or the region analyst through its district's path
    for (Who target : {Who::system_admin, Who::region_analyst}) {
        std::string label = std::string("A path, the ") + name_of(target) + "'s user";
        auto path = [target] { return district_path('A') + "/users/" + user_id_of.at(target); };
        add("GET", "/districts/{d}/users/{u}", Who::district_coordinator, label, 404, [path] { return Call{path()}; });
        add("PATCH", "/districts/{d}/users/{u}", Who::district_coordinator, label, 404, [path, target] {
            auto route = target == Who::system_admin ? std::string() : kV1 + "/regions/" + r1 + "/users/" + user_id_of.at(target);
            std::map<std::string, std::string> h;
            h["If-Match"] = route.empty() ? "\"1\"" : etag_of(route);
            return Call{path(), json{{"status", "disabled"}}, h};
        });
        add("DELETE", "/districts/{d}/users/{u}", Who::district_coordinator, label, 404, [path] { return Call{path()}; });
    }

    // ---- signing in (the one public route)
    add("POST", "/auth/login", Who::anonymous, "the viewer's login and password", 200, [] {
        auto& [login, password] = credentials.at(Who::district_viewer);
        return Call{kV1 + "/auth/login", json{{"login", login}, {"password", password}}};
    });
    out.back().changes_database = false;
    add("POST", "/auth/login", Who::anonymous, "a wrong password", 401, [] {
        return Call{kV1 + "/auth/login", json{{"login", credentials.at(Who::district_viewer).first}, {"password", "wrong password!"}}};
    });

    // ---- roadmaps
    const std::string kImportTable = "Мероприятие\tСроки\tОтветственные\nСовещание кураторов\tОктябрь 2022\tУО\n";
    const std::string kTemplateId = "cmn-organization-7-stages";
    auto ok = [](int status) { return status >= 200 && status < 300; };
    for (Who who : kEveryone) {
        // the list: the district's roadmaps, for a curator or a key only its organisation's and the district's own
        for (char d : {'A', 'B', 'C'}) {
            add("GET", "/districts/{d}/roadmaps", who, district_label(d), read_district(who, d),
                [d] { return Call{district_path(d) + "/roadmaps?limit=200"}; }, [who, d](const HttpResponse& r) {
                    auto body = r.json();
                    std::set<std::string> ids;
                    for (auto& m : body["items"]) {
                        EXPECT_EQ(m["district_id"], district(d)) << r.body;
                        ids.insert(m["id"]);
                        if (who == Who::org_curator || who == Who::org_system) {
                            EXPECT_TRUE(m["owner"]["kind"] == "district" || m["owner"]["organization_id"] == x) << m;
                        }
                    }
                    if (d == 'A') {
                        bool sees_y = ids.count(shared(Rm::Y, Stage::draft).id) > 0;
                        EXPECT_TRUE(ids.count(shared(Rm::X, Stage::draft).id)) << r.body;
                        EXPECT_TRUE(ids.count(shared(Rm::A, Stage::draft).id)) << r.body;
                        EXPECT_EQ(sees_y, who != Who::org_curator && who != Who::org_system) << r.body;
                    }
                });
        }
        // creating one: as JSON, by import, from the template
        for (Rm r : kRoadmaps) {
            int expected = r == Rm::AB ? owner_elsewhere(who) : edit_roadmap(who, r, 201);
            std::string label = "owner: " + (r == Rm::AB ? std::string("A path, B's organisation Z") : rm_label(r));
            std::string base = district_path(rm_path_district(r)) + "/roadmaps";
            add("POST", "/districts/{d}/roadmaps", who, label, expected, [r, base] { return Call{base, new_roadmap_body(r)}; });
            add("POST", "/districts/{d}/roadmaps/import", who, label, expected, [r, base, kImportTable] {
                Call call{base + "/import?owner=" + roadmap_owner_query(r) + "&period_start=2022-09-01&period_end=2023-08-31"};
                call.raw = kImportTable;
                call.headers["Content-Type"] = "text/tab-separated-values";
                return call;
            });
            if (r == Rm::A) continue;  // the template is for organisations
            std::string organization = r == Rm::X ? x : r == Rm::Y ? y : r == Rm::C ? w : z;
            add("POST", "/districts/{d}/roadmaps/from-template", who,
                r == Rm::B ? "B's organisation Z" : r == Rm::C ? "C's organisation W" : label, expected,
                [base, organization, kTemplateId] {
                    return Call{base + "/from-template", json{{"template_id", kTemplateId},
                                                              {"organization_id", organization},
                                                              {"period", {{"start", "2025-09-01"}, {"end", "2026-08-31"}}}}};
                });
        }
        // one roadmap: reading, changing and progress on every target; the other routes on
        // X, Y, A and B (C differs from B only for the analyst, AB is 404 for everyone)
        for (Rm r : kRoadmaps) {
            auto label = rm_label(r);
            bool core = r != Rm::C && r != Rm::AB;
            add("GET", "/districts/{d}/roadmaps/{id}", who, label, read_roadmap(who, r),
                [r] { return Call{roadmap_path(r, shared(r, Stage::draft).id)}; },
                [r](const HttpResponse& resp) { EXPECT_EQ(resp.json()["id"], shared(r, Stage::draft).id); });
            add("PATCH", "/districts/{d}/roadmaps/{id}", who, label + " (draft)", edit_roadmap(who, r, 200), [r] {
                auto id = shared(r, Stage::draft).id;
                return Call{roadmap_path(r, id), json{{"title", unique("Дорожная карта")}},
                            {{"If-Match", etag_of(home_roadmap_path(r, id))}}};
            });
            // deletions: what may be deleted is made for the row; a refusal names the shared one
            int del = core ? edit_roadmap(who, r, 204) : kNoRow;
            add("DELETE", "/districts/{d}/roadmaps/{id}", who, label + (ok(del) ? " (a new draft)" : " (draft)"), del, [r, del, ok] {
                auto id = ok(del) ? create_roadmap(r, Stage::draft).id : shared(r, Stage::draft).id;
                return Call{roadmap_path(r, id), std::nullopt, {{"If-Match", etag_of(home_roadmap_path(r, id))}}};
            });
            // the workflow: what succeeds gets a roadmap of its own in the right stage
            auto workflow = [&, r, label](const std::string& action, Stage stage, int expected, std::optional<json> body) {
                if (expected == kNoRow) return;
                bool fresh = ok(expected);
                add("POST", "/districts/{d}/roadmaps/{id}/" + action, who,
                    label + (stage == Stage::draft ? " (draft)" : stage == Stage::submitted ? " (submitted)" : " (approved)"),
                    expected, [r, stage, fresh, action, body] {
                        auto id = fresh ? create_roadmap(r, stage).id : shared(r, stage).id;
                        return Call{roadmap_path(r, id) + "/" + action, body.value_or(json::object()),
                                    {{"If-Match", etag_of(home_roadmap_path(r, id))}}};
                    });
            };
            workflow("submit", Stage::draft, core ? edit_roadmap(who, r, 200) : kNoRow, std::nullopt);
            workflow("approve", Stage::submitted, approve_roadmap(who, r, 200), std::nullopt);
            workflow("return", Stage::submitted, core ? approve_roadmap(who, r, 200) : kNoRow, json{{"comment", "Уточните сроки"}});
            workflow("versions", Stage::approved, core ? edit_roadmap(who, r, 201) : kNoRow, std::nullopt);
            // sections and items of a draft
            add("POST", "/districts/{d}/roadmaps/{id}/sections", who, label + " (draft)", core ? edit_roadmap(who, r, 201) : kNoRow, [r] {
                auto id = shared(r, Stage::draft).id;
                return Call{roadmap_path(r, id) + "/sections", json{{"number", "2."}, {"title", unique("Раздел")}},
                            {{"If-Match", etag_of(home_roadmap_path(r, id))}}};
            });
            add("PATCH", "/districts/{d}/roadmaps/{id}/sections/{s}", who, label + " (draft), its section",
                core ? edit_roadmap(who, r, 200) : kNoRow, [r] {
                    auto m = shared(r, Stage::draft);
                    return Call{roadmap_path(r, m.id) + "/sections/" + m.section, json{{"title", unique("Раздел")}},
                                {{"If-Match", etag_of(home_roadmap_path(r, m.id))}}};
                });
            add("DELETE", "/districts/{d}/roadmaps/{id}/sections/{s}", who,
                label + (ok(del) ? " (draft), a new section" : " (draft), its section"), del, [r, del, ok] {
                    auto id = shared(r, Stage::draft).id;
                    auto home = home_roadmap_path(r, id);
                    auto s = !ok(del) ? shared(r, Stage::draft).section
                                      : must(admin().send_json("POST", home + "/sections", json{{"title", unique("Раздел")}},
                                                               {{"If-Match", etag_of(home)}}),
                                             201, "section")["id"].get<std::string>();
                    return Call{roadmap_path(r, id) + "/sections/" + s, std::nullopt, {{"If-Match", etag_of(home)}}};
                });
            add("POST", "/districts/{d}/roadmaps/{id}/items", who, label + " (draft)", edit_roadmap(who, r, 201), [r] {
                auto m = shared(r, Stage::draft);
                return Call{roadmap_path(r, m.id) + "/items",
                            json{{"section_id", m.section}, {"title", unique("Мероприятие")}, {"deadline_text", "Май 2023"}},
                            {{"If-Match", etag_of(home_roadmap_path(r, m.id))}}};
            });
            add("PATCH", "/districts/{d}/roadmaps/{id}/items/{item}", who, label + " (draft), its item",
                core ? edit_roadmap(who, r, 200) : kNoRow, [r] {
                    auto m = shared(r, Stage::draft);
                    return Call{roadmap_path(r, m.id) + "/items/" + m.item, json{{"title", unique("Мероприятие")}},
                                {{"If-Match", item_etag(r, m.id, m.item)}}};
                });
            add("DELETE", "/districts/{d}/roadmaps/{id}/items/{item}", who,
                label + (ok(del) ? " (draft), a new item" : " (draft), its item"), del, [r, del, ok] {
                    auto m = shared(r, Stage::draft);
                    auto home = home_roadmap_path(r, m.id);
                    if (!ok(del)) return Call{roadmap_path(r, m.id) + "/items/" + m.item, std::nullopt, {{"If-Match", item_etag(r, m.id, m.item)}}};
                    auto made = admin().send_json("POST", home + "/items", json{{"section_id", m.section}, {"title", unique("Мероприятие")}},
                                                  {{"If-Match", etag_of(home)}});
                    auto item = must(made, 201, "item")["id"].get<std::string>();
                    return Call{roadmap_path(r, m.id) + "/items/" + item, std::nullopt, {{"If-Match", made.header("etag")}}};
                });
            // progress on an approved roadmap
            add("POST", "/districts/{d}/roadmaps/{id}/items/{item}/progress", who, label + " (approved), its item",
                edit_roadmap(who, r, 201), [r] {
                    auto m = shared(r, Stage::approved);
                    return Call{roadmap_path(r, m.id) + "/items/" + m.item + "/progress",
                                json{{"status", "done"},
                                     {"completed_on", "2022-09-15"},
                                     {"evidence", {{"title", unique("Приказ")}, {"number", "32"}}}},
                                {{"If-Match", item_etag(r, m.id, m.item)}}};
                });
        }
        // the template and the deadline grammar: for every signed-in caller
        add("GET", "/roadmap-templates", who, "the template list", any_credential(who, 200),
            [] { return Call{kV1 + "/roadmap-templates"}; });
        add("GET", "/roadmap-templates/{t}", who, "the seven-stage template", any_credential(who, 200),
            [kTemplateId] { return Call{kV1 + "/roadmap-templates/" + kTemplateId}; },
            [](const HttpResponse& r) { EXPECT_EQ(r.json()["stages"].size(), 7u); });
        add("GET", "/roadmap-templates/{t}", who, "an unknown template", any_credential(who, 404),
            [] { return Call{kV1 + "/roadmap-templates/no-such-template"}; });
        add("POST", "/deadlines/parse", who, "«Ежегодно в мае»", any_credential(who, 200), [] {
            return Call{kV1 + "/deadlines/parse",
                        json{{"text", "Ежегодно в мае"}, {"period", {{"start", "2024-09-01"}, {"end", "2025-08-31"}}}}};
        });
        out.back().changes_database = false;
    }

    // ---- monitoring: the reference lists, campaigns and reports
    for (Who who : kEveryone) {
        add("GET", "/mentoring-forms", who, "the mentoring forms", any_credential(who, 200),
            [] { return Call{kV1 + "/mentoring-forms"}; });
        add("GET", "/indicators", who, "the standard indicators", any_credential(who, 200),
            [] { return Call{kV1 + "/indicators"}; });
        for (char d : {'A', 'B', 'C'}) {
            auto label = district_label(d);
            add("GET", "/districts/{d}/monitoring-campaigns", who, label, read_district(who, d),
                [d] { return Call{district_path(d) + "/monitoring-campaigns"}; });
            add("POST", "/districts/{d}/monitoring-campaigns", who, label, manage_district(who, d, 201),
                [d] { return Call{district_path(d) + "/monitoring-campaigns", campaign_body(), idempotency_key()}; });
            add("GET", "/districts/{d}/monitoring-campaigns/{c}", who, label + ", its campaign", read_district(who, d),
                [d] { return Call{campaign_path(d, campaign_of.at(d))}; },
                [d](const HttpResponse& r) { EXPECT_EQ(r.json()["id"], campaign_of.at(d)); });
            add("PATCH", "/districts/{d}/monitoring-campaigns/{c}", who, label + ", its campaign", manage_district(who, d, 200),
                [d] {
                    auto path = campaign_path(d, campaign_of.at(d));
                    return Call{path, json{{"title", unique("Мониторинг")}}, {{"If-Match", etag_of(path)}}};
                });
            add("GET", "/districts/{d}/monitoring-campaigns/{c}/reports", who, label + ", its campaign", read_district(who, d),
                [d] { return Call{campaign_path(d, campaign_of.at(d)) + "/reports"}; },
                [who, d](const HttpResponse& r) {
                    auto body = r.json();
                    std::set<std::string> ids;
                    for (auto& i : body["items"]) ids.insert(i["organization_id"].get<std::string>());
                    if (who == Who::org_curator || who == Who::org_system) {
                        EXPECT_EQ(ids, std::set<std::string>{x}) << "only its own organisation's row\n" << r.body;
                    } else if (d == 'A') {
                        EXPECT_TRUE(ids.count(x) && ids.count(y)) << r.body;
                    }
                });
            add("GET", "/districts/{d}/monitoring-campaigns/{c}/completeness", who, label + ", its campaign",
                read_district(who, d), [d] { return Call{campaign_path(d, campaign_of.at(d)) + "/completeness"}; });
        }
        // which organisations a campaign expects: A adds X to a new campaign expecting only Y
        // and removes X from a new one; B and C re-add one they expect (nothing changes) and
        // remove one they never expected (404)
        {
            auto fine = [](int s) { return s >= 200 && s < 300; };
            int add_a = manage_district(who, 'A', 201);
            add("POST", "/districts/{d}/monitoring-campaigns/{c}/organizations", who,
                district_label('A') + (fine(add_a) ? " (a new campaign without X)" : ""), add_a, [add_a, fine] {
                    std::string c = campaign_of.at('A');
                    if (fine(add_a)) {
                        auto body = campaign_body();
                        body["organization_ids"] = {org(Org::Y)};
                        c = must(admin().send_json("POST", district_path('A') + "/monitoring-campaigns", body), 201,
                                 "campaign without X")["id"];
                    }
                    return Call{campaign_path('A', c) + "/organizations", json{{"organization_id", org(Org::X)}},
                                idempotency_key()};
                });
            int remove_a = manage_district(who, 'A', 204);
            add("DELETE", "/districts/{d}/monitoring-campaigns/{c}/organizations/{o}", who,
                district_label('A') + (fine(remove_a) ? " (a new campaign)" : ""), remove_a, [remove_a, fine] {
                    auto c = fine(remove_a) ? create_campaign('A') : campaign_of.at('A');
                    return Call{campaign_path('A', c) + "/organizations/" + org(Org::X)};
                });
            for (auto [d, o] : {std::pair{'B', Org::Z}, std::pair{'C', Org::W}}) {
                add("POST", "/districts/{d}/monitoring-campaigns/{c}/organizations", who,
                    district_label(d) + ", an organisation it expects", manage_district(who, d, 200), [d, o] {
                        return Call{campaign_path(d, campaign_of.at(d)) + "/organizations", json{{"organization_id", org(o)}}};
                    });
                out.back().changes_database = false;
                add("DELETE", "/districts/{d}/monitoring-campaigns/{c}/organizations/{o}", who,
                    district_label(d) + ", an organisation it never expected", manage_district(who, d, 404), [d] {
                        return Call{campaign_path(d, campaign_of.at(d)) + "/organizations/00000000-0000-4000-8000-000000000000"};
                    });
            }
            add("POST", "/districts/{d}/monitoring-campaigns/{c}/organizations", who, "A path, B's campaign",
                manage_missing_in_a(who), [] {
                    return Call{campaign_path('A', campaign_of.at('B')) + "/organizations", json{{"organization_id", org(Org::X)}}};
                });
        }
        // B's campaign named under A's path: nothing there for those who may act in A
        int read_a = read_district(who, 'A');
        add("GET", "/districts/{d}/monitoring-campaigns/{c}", who, "A path, B's campaign", read_a == 200 ? 404 : read_a,
            [] { return Call{campaign_path('A', campaign_of.at('B'))}; });
        add("PATCH", "/districts/{d}/monitoring-campaigns/{c}", who, "A path, B's campaign", manage_missing_in_a(who), [] {
            return Call{campaign_path('A', campaign_of.at('B')), json{{"title", unique("Мониторинг")}},
                        {{"If-Match", etag_of(campaign_path('B', campaign_of.at('B')))}}};
        });
        add("GET", "/districts/{d}/monitoring-campaigns/{c}/reports", who, "A path, B's campaign", read_a == 200 ? 404 : read_a,
            [] { return Call{campaign_path('A', campaign_of.at('B')) + "/reports"}; });
        add("GET", "/districts/{d}/monitoring-campaigns/{c}/completeness", who, "A path, B's campaign",
            read_a == 200 ? 404 : read_a, [] { return Call{campaign_path('A', campaign_of.at('B')) + "/completeness"}; });

        // one organisation's report in a campaign of its path's district (AZ: A's campaign, Z's report)
        for (Org o : kOrgs) {
            auto label = org_label(o);
            add("GET", "/districts/{d}/monitoring-campaigns/{c}/reports/{o}", who, label, read_org(who, o),
                [o] { return Call{report_path(o, campaign_of.at(path_district(o)))}; },
                [o](const HttpResponse& r) { EXPECT_EQ(r.json()["organization_id"], org(o)) << r.body; });
            int put = write_org_data(who, o, 201);
            add("PUT", "/districts/{d}/monitoring-campaigns/{c}/reports/{o}", who, label + (ok(put) ? " (a new campaign)" : ""),
                put, [o, put, ok] {
                    auto c = ok(put) ? create_campaign(path_district(o)) : campaign_of.at(path_district(o));
                    return Call{report_path(o, c), json{{"values", report_values()}}, idempotency_key()};
                });
            int submit = write_org_data(who, o, 200);
            add("POST", "/districts/{d}/monitoring-campaigns/{c}/reports/{o}/submit", who,
                label + (ok(submit) ? " (a new draft)" : ""), submit, [o, submit, ok] {
                    auto c = ok(submit) ? campaign_with_report(o, ReportStage::draft) : campaign_of.at(path_district(o));
                    return Call{report_path(o, c) + "/submit", json::object(), idempotency_key()};
                });
            for (const char* action : {"accept", "return"}) {
                int expected = accept_report(who, o, 200);
                std::optional<json> body = std::string(action) == "return" ? json{{"comment", "Уточните значения"}} : json::object();
                add("POST", std::string("/districts/{d}/monitoring-campaigns/{c}/reports/{o}/") + action, who,
                    label + (ok(expected) ? " (a new submitted report)" : ""), expected, [o, expected, ok, action, body] {
                        auto c = ok(expected) ? campaign_with_report(o, ReportStage::submitted) : campaign_of.at(path_district(o));
                        return Call{report_path(o, c) + "/" + action, body, idempotency_key()};
                    });
            }
        }
    }

    // ---- the bases: mentors, mentees and pairs (personal data), programs
    for (Who who : kEveryone) {
        for (Org o : kOrgs) {
            auto label = org_label(o);
            for (std::string what : {"mentors", "mentees", "pairs", "programs"}) {
                bool personal = what != "programs";
                std::string route = "/districts/{d}/organizations/{o}/" + what;
                auto base = [o, what] { return org_path(o) + "/" + what; };
                auto body = [o, what]() -> json {
                    if (what == "mentors" || what == "mentees") return person_body(what == "mentors");
                    return what == "pairs" ? pair_body(o) : program_body();
                };
                auto reading = personal ? personal_data(who, o, 200) : read_org(who, o);
                auto writing = [&](int status) { return personal ? personal_data(who, o, status) : write_org_data(who, o, status); };
                add("GET", route, who, label, reading, [base] { return Call{base()}; });
                add("POST", route, who, label, writing(201), [base, body] { return Call{base(), body(), idempotency_key()}; });
                if (what == "mentors" || what == "mentees")
                    add("POST", route + "/bulk", who, label + ", two new records", writing(200), [base, body] {
                        return Call{base() + "/bulk", json{{"items", json::array({body(), body()})}}, idempotency_key()};
                    }, [](const HttpResponse& r) { EXPECT_EQ(r.json()["created"], 2) << r.body; });
                add("GET", route + "/{id}", who, label + ", its record", reading,
                    [o, what, base] { return Call{base() + "/" + shared_record(o, what)}; });
                add("PATCH", route + "/{id}", who, label + ", its record", writing(200), [o, what, base] {
                    auto id = shared_record(o, what);
                    json patch = what == "pairs"      ? json{{"start_date", next_date()}}
                                 : what == "programs" ? json{{"title", unique("Программа")}}
                                                      : json{{"full_name", unique("Переименованный")}};
                    return Call{base() + "/" + id, patch, {{"If-Match", record_etag(o, what, id)}}};
                });
                // deleting (erasing a person): what may be deleted is made for the row
                int del = writing(what == "mentors" || what == "mentees" ? 200 : 204);
                add("DELETE", route + "/{id}", who, label + (ok(del) ? ", a new record" : ", its record"), del,
                    [o, what, base, body, del, ok] {
                        auto id = ok(del) ? create_in_bases(o, what, body()) : shared_record(o, what);
                        return Call{base() + "/" + id};
                    });
            }
        }
    }

    // ---- compliance and the regional report
    for (Who who : kEveryone) {
        for (char d : {'A', 'B', 'C'}) {
            add("GET", "/districts/{d}/compliance", who, district_label(d), district_compliance(who, d),
                [d] { return Call{district_path(d) + "/compliance"}; });
            add("GET", "/districts/{d}/compliance/series", who, district_label(d), district_compliance(who, d),
                [d] { return Call{district_path(d) + "/compliance/series?step=month"}; });
            add("GET", "/districts/{d}/compliance/stages", who, district_label(d), district_compliance(who, d),
                [d] { return Call{district_path(d) + "/compliance/stages"}; });
            add("GET", "/districts/{d}/reports/regional", who, district_label(d) + ", its campaign",
                district_regional_report(who, d),
                [d] { return Call{district_path(d) + "/reports/regional?campaign=" + campaign_of.at(d) + "&format=json"}; });
        }
        int export_a = district_regional_report(who, 'A');
        add("GET", "/districts/{d}/reports/regional", who, "A path, B's campaign", export_a == 200 ? 404 : export_a,
            [] { return Call{district_path('A') + "/reports/regional?campaign=" + campaign_of.at('B') + "&format=json"}; });
        for (Org o : kOrgs)
            add("GET", "/districts/{d}/organizations/{o}/compliance", who, org_label(o), read_org(who, o),
                [o] { return Call{org_path(o) + "/compliance"}; });
        for (Region rg : {Region::R1, Region::R2}) {
            add("GET", "/regions/{r}/compliance", who, name_of(rg), read_region(who, rg),
                [rg] { return Call{kV1 + "/regions/" + region(rg) + "/compliance"}; });
            add("GET", "/regions/{r}/reports/regional", who, name_of(rg), read_region(who, rg),
                [rg] { return Call{kV1 + "/regions/" + region(rg) + "/reports/regional?format=json"}; });
        }
        add("GET", "/compliance", who, "the country (national roll-up)", system_admin_only(who, 200),
            [] { return Call{kV1 + "/compliance"}; });
    }
    return out;
}

// ---------------------------------------------------------------- the tests

// Every route the server registers under /api/v1 has rows, and every row names a registered
// route: a new route cannot slip in without deciding who may call it.
TEST_F(AccessMatrix, EveryRegisteredRouteHasRows) {
    std::set<std::string> registered, covered;
    for (auto& r : server->app().router().routes())
        if (r.path_template.rfind(kV1 + "/", 0) == 0) registered.insert(r.method + " " + r.path_template);
    std::map<std::string, std::set<Who>> who_by_route;
    for (auto& row : rows()) {
        covered.insert(row.method + " " + row.route);
        who_by_route[row.method + " " + row.route].insert(row.who);
    }
    for (auto& r : registered) {
        EXPECT_TRUE(covered.count(r)) << "registered route without a row in the access matrix: " << r;
        if (r == "POST " + kV1 + "/auth/login") continue;  // public: anonymous rows only
        for (Who who : kEveryone)
            EXPECT_TRUE(who_by_route[r].count(who)) << r << " has no row for " << name_of(who);
    }
    for (auto& r : covered) EXPECT_TRUE(registered.count(r)) << "the matrix names a route the server lacks: " << r;
    EXPECT_GE(registered.size(), 30u);
}

TEST_F(AccessMatrix, EveryRowAnswersAsThePolicySays) {
    auto all = rows();
    auto started = std::chrono::steady_clock::now();
    int count = 0;
    for (auto& row : all) {
        SCOPED_TRACE(row.describe());
        ++count;
        Call call = row.make();
        // the row names the route it claims to
        auto match = server->app().router().match(row.method, call.path.substr(0, call.path.find('?')));
        ASSERT_EQ(match.route, row.route) << call.path;

        auto before = fingerprint();
        auto client = caller(row.who, call.token);
        HttpResponse r = call.raw    ? client.request(row.method, call.path, *call.raw, call.headers)
                         : call.body ? client.send_json(row.method, call.path, *call.body, call.headers)
                                     : client.request(row.method, call.path, {}, call.headers);
        auto after = fingerprint();

        EXPECT_EQ(r.status, row.expected) << call.path << "\n" << r.body;
        bool success = r.status >= 200 && r.status < 300;
        if (row.expected >= 400) {
            EXPECT_EQ(r.header("content-type"), "application/problem+json") << r.body;
            if (!r.body.empty() && r.header("content-type") == "application/problem+json") {
                EXPECT_EQ(r.json().value("status", 0), r.status) << r.body;
            }
        }
        if (row.expected == 401 && row.route != kV1 + "/auth/login") {
            EXPECT_FALSE(r.header("www-authenticate").empty()) << "401 without WWW-Authenticate";
        }
        if (row.method != "GET" && success && row.changes_database) {
            EXPECT_NE(before, after) << "a successful write changed nothing (or left no trace in the audit log)";
        } else {
            EXPECT_EQ(before, after) << "the database changed on a " << r.status << " to " << row.method;
        }
        if (success && row.expected == r.status && row.check) row.check(r);
        if (row.route == kV1 + "/auth/logout" && success && call.token) {
            auto again = server->client().with_token(*call.token).get(kV1 + "/me");
            EXPECT_EQ(again.status, row.who == Who::org_system ? 200 : 401) << "the session outlived its logout";
        }
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
    std::cout << "[ matrix   ] " << count << " rows in " << ms << " ms\n";

}

// A credential that is not valid now is no credential: 401, and nothing is written.
TEST_F(AccessMatrix, DeadCredentialsAreRefused) {
    auto revoked_key = create_key('A', x);
    must(admin().request("DELETE", org_path(Org::X) + "/api-keys/" + revoked_key.id), 200, "revoke");

    domain::NewUser person;
    person.role = domain::Role::district_coordinator;
    person.district_id = domain::DistrictId{a};
    auto disabled_token = server->sign_in_new_user(person);
    auto me = must(server->client().with_token(disabled_token).get(kV1 + "/me"), 200, "me");
    must(admin().request("DELETE", district_path('A') + "/users/" + me["id"].get<std::string>()), 200, "disable");

    auto logged_out = server->sign_in_new_user(person);  // (an empty login: another new user)
    ASSERT_EQ(server->client().with_token(logged_out).request("POST", kV1 + "/auth/logout").status, 204);

    std::vector<std::pair<std::string, std::string>> dead = {
        {"a revoked API key", revoked_key.secret},
        {"a disabled user's token", disabled_token},
        {"a logged-out token", logged_out},
        {"a made-up token", "nst_" + std::string(43, 'A')},
        {"a made-up API key", "nsk_abcdefghijkl_" + std::string(43, 'B')},
        {"no scheme", tokens.at(Who::district_coordinator)},
    };
    for (auto& [what, token] : dead) {
        SCOPED_TRACE(what);
        HttpClient client = what == "no scheme" ? HttpClient(server->port(), {{"Authorization", token}})
                                                : server->client().with_token(token);
        for (auto& [method, path] : std::vector<std::pair<std::string, std::string>>{
                 {"GET", kV1 + "/me"}, {"POST", district_path('A') + "/organizations"}}) {
            auto before = fingerprint();
            auto r = method == "GET" ? client.get(path)
                                     : client.send_json(method, path, {{"name", "Школа"}, {"type", "school"}});
            EXPECT_EQ(r.status, 401) << method << ' ' << path << ' ' << r.body;
            EXPECT_FALSE(r.header("www-authenticate").empty());
            EXPECT_EQ(r.header("content-type"), "application/problem+json");
            EXPECT_EQ(before, fingerprint()) << method << ' ' << path;
        }
    }
}

// Another tenant's object answers exactly like one that does not exist.
TEST_F(AccessMatrix, AnotherTenantLooksMissing) {
    auto strip = [](const HttpResponse& r) {
        auto j = r.json();
        j.erase("request_id");
        j.erase("instance");
        return j;
    };
    auto coordinator = caller(Who::district_coordinator, std::nullopt);
    const std::string missing = "0e4f1c7a-5b7e-4c1e-9a55-3f0d2b8c6a11";
    auto foreign = coordinator.get(district_path('B'));
    auto none = coordinator.get(kV1 + "/districts/" + missing);
    EXPECT_EQ(foreign.status, 404);
    EXPECT_EQ(strip(foreign), strip(none));

    auto curator = caller(Who::org_curator, std::nullopt);
    auto sibling = curator.get(org_path(Org::Y));
    auto nothing = curator.get(district_path('A') + "/organizations/" + missing);
    EXPECT_EQ(sibling.status, 404);
    EXPECT_EQ(strip(sibling), strip(nothing));

    auto analyst = caller(Who::region_analyst, std::nullopt);
    auto other_region = analyst.get(kV1 + "/regions/" + r2);
    auto no_region = analyst.get(kV1 + "/regions/" + missing);
    EXPECT_EQ(other_region.status, 404);
    EXPECT_EQ(strip(other_region), strip(no_region));
}

}  // namespace
