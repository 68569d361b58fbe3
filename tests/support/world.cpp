#include "tests/support/world.hpp"

#include "tests/support/api_expect.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/test_db.hpp"

namespace testsupport {
namespace {

using nlohmann::json;
const std::string kV1 = "/api/v1";
const std::string kPassword = "correct horse battery";

std::string or_default(const std::string& full_name) { return full_name.empty() ? "Тестовый пользователь" : full_name; }

}  // namespace

Region World::region(const std::string& name) {
    return {must(admin().send_json("POST", kV1 + "/regions", {{"name", name}, {"code", unique_code("r")}}), 201,
                 "region " + name)["id"]};
}

District World::district(const Region& in, const std::string& name) {
    auto j = must(admin().send_json("POST", kV1 + "/districts",
                                    {{"region_id", in.id}, {"name", name}, {"code", unique_code("d")}}),
                  201, "district " + name);
    return {j["id"], in.id};
}

District World::district() { return district(region()); }

Organization World::organization(const District& in, const std::string& name, const std::string& type) {
    auto j = must(admin().send_json("POST", in.path() + "/organizations", {{"name", name}, {"type", type}}), 201,
                  "organization " + name);
    return {j["id"], in.id};
}

Person World::sign_in(const std::string& id, const std::string& login, const std::string& password) {
    auto r = must(server_.client().send_json("POST", kV1 + "/auth/login", {{"login", login}, {"password", password}}),
                  200, "sign-in of " + login);
    return {id, login, password, r["token"], server_.port()};
}

Person World::person(domain::Role role, const District& in, const std::optional<Organization>& org,
                     const std::string& full_name) {
    json body = {{"login", unique_code("u")},
                 {"password", kPassword},
                 {"full_name", or_default(full_name)},
                 {"role", std::string(domain::to_string(role))}};
    if (org) body["organization_id"] = org->id;
    auto u = must(admin().send_json("POST", in.path() + "/users", body), 201, "user " + body["login"].get<std::string>());
    return sign_in(u["id"], body["login"], kPassword);
}

Person World::analyst(const Region& r, const std::string& full_name) {
    json body = {{"login", unique_code("u")}, {"password", kPassword}, {"full_name", or_default(full_name)},
                 {"role", "region_analyst"}};
    auto u = must(admin().send_json("POST", kV1 + "/regions/" + r.id + "/users", body), 201, "region user");
    return sign_in(u["id"], body["login"], kPassword);
}

Person World::system_admin(const std::string& full_name) {
    domain::NewUser u;
    u.role = domain::Role::system_admin;
    u.login = unique_code("admin");
    u.password = kPassword;
    u.full_name = or_default(full_name);
    auto login = u.login;
    auto token = server_.sign_in_new_user(u);
    std::string id = must(as(token).get(kV1 + "/me"), 200, "me")["id"];
    return {id, login, kPassword, token, server_.port()};
}

ApiKey World::api_key(const Organization& o, std::vector<std::string> scopes, const std::string& name) {
    auto j = must(admin().send_json("POST", o.path() + "/api-keys", {{"name", name}, {"scopes", scopes}}), 201,
                  "api key " + name);
    return {j["id"], j["secret"], server_.port()};
}

json World::one_section(json items, const std::string& title) {
    return json::array({{{"number", "1"}, {"title", title}, {"items", std::move(items)}}});
}

json World::draft_roadmap(const HttpClient& as, const District& d, const RoadmapSpec& spec) {
    auto years = school_years();
    json body = {{"owner", spec.owner},
                 {"title", spec.title},
                 {"period",
                  {{"start", spec.start.empty() ? years.y0 + "-09-01" : spec.start},
                   {"end", spec.end.empty() ? years.y3 + "-08-31" : spec.end}}},
                 {"sections", spec.sections}};
    return must(as.send_json("POST", d.path() + "/roadmaps", body), 201, "create roadmap " + spec.title);
}

json World::approved_roadmap(const HttpClient& as, const District& d, const RoadmapSpec& spec) {
    auto rm = draft_roadmap(as, d, spec);
    auto path = d.path() + "/roadmaps/" + rm["id"].get<std::string>();
    must(as.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit " + spec.title);
    must(as.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve " + spec.title);
    return must(as.get(path), 200, "get roadmap " + spec.title);
}

json World::progress(const HttpClient& as, const District& d, const json& roadmap, const std::string& number,
                     const json& body) {
    auto path = d.path() + "/roadmaps/" + roadmap["id"].get<std::string>() + "/items/" +
                item_numbered(roadmap, number)["id"].get<std::string>() + "/progress";
    return must(as.send_json("POST", path, body, {{"If-Match", "*"}}), 201, "progress on item " + number + ": " + body.dump());
}

}  // namespace testsupport
