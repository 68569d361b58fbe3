#pragma once
// The one builder of what the API and database tests stand on: regions, districts,
// organisations, people with their roles, API keys and roadmaps.
//
// World builds through the real API, as a system administrator of the test server, and
// answers typed handles: ids, paths, and for people and keys the credential and a client that
// sends it. Every district has a unique code and every login is unique, so a test that builds
// its own district is isolated from every other test, in any order (--gtest_shuffle) or alone.
//
//   testsupport::World w(server);
//   auto d = w.district();                          // in a region of its own
//   auto school = w.organization(d, "МБОУ СОШ № 1");
//   auto coordinator = w.coordinator(d);            // coordinator.http() is signed in
//   auto rm = w.approved_roadmap(coordinator.http(), d, {World::owner(school), World::one_section(items)});
//
// The rows the database tests need without a server are in tests/support/world_db.hpp.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/access.hpp"
#include "tests/support/test_server.hpp"

namespace testsupport {

struct Region {
    std::string id;
};
struct District {
    std::string id, region_id;
    [[nodiscard]] std::string path() const { return "/api/v1/districts/" + id; }
};
struct Organization {
    std::string id, district_id;
    [[nodiscard]] std::string path() const { return "/api/v1/districts/" + district_id + "/organizations/" + id; }
};
// A person who has signed in: the user's id, login, password and session token.
struct Person {
    std::string id, login, password, token;
    int port = 0;
    [[nodiscard]] HttpClient http() const { return HttpClient(port).with_token(token); }
};
// A school system's API key: its id and the secret (shown once).
struct ApiKey {
    std::string id, secret;
    int port = 0;
    [[nodiscard]] HttpClient http() const { return HttpClient(port).with_token(secret); }
};

// A roadmap as the API takes it: owner, sections, title, period (YYYY-MM-DD).
struct RoadmapSpec {
    nlohmann::json owner;
    nlohmann::json sections;
    std::string title = "Дорожная карта";
    std::string start, end;  // empty: the school years y0-09-01..y3-08-31 (roadmap_fixture.hpp)
};

class World {
public:
    explicit World(TestServer& server) : server_(server) {}

    HttpClient admin() { return server_.admin(); }
    HttpClient as(const std::string& credential) const { return server_.client().with_token(credential); }

    Region region(const std::string& name = "Регион");
    District district(const Region& in, const std::string& name = "Район");
    District district();  // «Район», in a region of its own
    Organization organization(const District& in, const std::string& name = "Школа", const std::string& type = "school");

    // People, created through the API by the administrator and signed in over HTTP. An empty
    // full name is «Тестовый пользователь».
    Person person(domain::Role role, const District& in, const std::optional<Organization>& org = std::nullopt,
                  const std::string& full_name = {});
    Person coordinator(const District& d, const std::string& full_name = {}) {
        return person(domain::Role::district_coordinator, d, std::nullopt, full_name);
    }
    Person viewer(const District& d) { return person(domain::Role::district_viewer, d); }
    Person curator(const Organization& o, const std::string& full_name = {}) {
        return person(domain::Role::org_curator, District{o.district_id, {}}, o, full_name);
    }
    Person analyst(const Region& r, const std::string& full_name = {});
    // A system administrator of its own (the API creates none: through the identity service).
    Person system_admin(const std::string& full_name = {});
    ApiKey api_key(const Organization& o, std::vector<std::string> scopes = {"read", "write"},
                   const std::string& name = "Школьная система");

    // Roadmaps, through `as` (someone who may write them in the district).
    static nlohmann::json owner(const Organization& o) { return {{"kind", "organization"}, {"organization_id", o.id}}; }
    static nlohmann::json district_owner() { return {{"kind", "district"}}; }
    static nlohmann::json one_section(nlohmann::json items, const std::string& title = "Мероприятия");
    static nlohmann::json draft_roadmap(const HttpClient& as, const District& d, const RoadmapSpec& spec);
    // Created, submitted and approved; answers it as GET answers it then.
    static nlohmann::json approved_roadmap(const HttpClient& as, const District& d, const RoadmapSpec& spec);
    // Progress on the item numbered `number` (of any section); answers the item.
    static nlohmann::json progress(const HttpClient& as, const District& d, const nlohmann::json& roadmap,
                                   const std::string& number, const nlohmann::json& body);

private:
    Person sign_in(const std::string& id, const std::string& login, const std::string& password);
    TestServer& server_;
};

}  // namespace testsupport
