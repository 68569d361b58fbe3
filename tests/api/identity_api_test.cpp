// Signing in, tokens, API keys, the audit log and CORS, as callers meet them.
#include <gtest/gtest.h>

#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"
#include "tests/support/world.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::HttpResponse;

namespace {

class IdentityApi : public testsupport::ServerSuite<IdentityApi> {
protected:
    void SetUp() override {
        // The world: tests/support/world.hpp.
        testsupport::World w(*server);
        auto d = w.district();
        region_id = d.region_id;
        district_id = d.id;
        org_id = w.organization(d, "СОШ № 1").id;
        auto coordinator = w.coordinator(d, "Координатор");
        coordinator_login = coordinator.login;
        coordinator_password = coordinator.password;
        coordinator_id = coordinator.id;
    }
    static HttpClient anon() { return server->client(); }
    HttpResponse login(const std::string& l, const std::string& p) const {
        return anon().send_json("POST", "/api/v1/auth/login", {{"login", l}, {"password", p}});
    }
    HttpClient coordinator() const {
        auto r = login(coordinator_login, coordinator_password);
        EXPECT_EQ(r.status, 200) << r.body;
        return anon().with_token(r.json()["token"]);
    }
    static void expect_401(const HttpResponse& r) {
        EXPECT_EQ(r.status, 401) << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json");
        EXPECT_NE(r.header("www-authenticate").find("Bearer"), std::string::npos);
    }

    std::string region_id, district_id, org_id, coordinator_login, coordinator_password, coordinator_id;
};

TEST_F(IdentityApi, LoginGivesAnOpaqueTokenThatMeExplains) {
    auto r = login(coordinator_login, coordinator_password);
    ASSERT_EQ(r.status, 200) << r.body;
    auto b = r.json();
    std::string token = b["token"];
    EXPECT_EQ(token.rfind("nst_", 0), 0u);
    EXPECT_GE(token.size(), 4u + 43u);  // 256 random bits
    EXPECT_EQ(b["token_type"], "Bearer");
    EXPECT_FALSE(b["expires_at"].get<std::string>().empty());
    EXPECT_EQ(b["user"]["role"], "district_coordinator");
    EXPECT_FALSE(b["user"].contains("password_hash"));
    EXPECT_EQ(r.header("cache-control"), "no-store");

    auto me = anon().with_token(token).get("/api/v1/me");
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()["role"], "district_coordinator");
    EXPECT_EQ(me.json()["district_id"], district_id);
    EXPECT_EQ(me.json()["user"]["login"], coordinator_login);

    // The token is stored only as a hash.
    auto admin_db = testsupport::admin_session();
    int plain = -1;
    *admin_db << "select count(*) from sessions where token_hash = :t", soci::use(token), soci::into(plain);
    EXPECT_EQ(plain, 0);
}

TEST_F(IdentityApi, WrongLoginAndWrongPasswordGetTheSameAnswer) {
    auto wrong_pw = login(coordinator_login, "not-the-password");
    auto wrong_login = login("nobody-" + coordinator_login, coordinator_password);
    EXPECT_EQ(wrong_pw.status, 401);
    EXPECT_EQ(wrong_login.status, 401);
    EXPECT_EQ(wrong_pw.json()["detail"], wrong_login.json()["detail"]);
    auto missing = anon().send_json("POST", "/api/v1/auth/login", {{"login", coordinator_login}});
    EXPECT_EQ(missing.status, 422);
}

TEST_F(IdentityApi, RepeatedFailuresForOneLoginAre429WithRetryAfter) {
    for (int i = 0; i < 5; ++i) EXPECT_EQ(login(coordinator_login, "wrong-password-" + std::to_string(i)).status, 401);
    auto blocked = login(coordinator_login, coordinator_password);  // even the right password, for now
    EXPECT_EQ(blocked.status, 429) << blocked.body;
    EXPECT_EQ(blocked.header("content-type"), "application/problem+json");
    int retry_after = std::atoi(blocked.header("retry-after").c_str());
    EXPECT_GT(retry_after, 0);
    EXPECT_LE(retry_after, 15 * 60);
}

TEST_F(IdentityApi, LogoutRevokesTheTokenAtOnce) {
    auto r = login(coordinator_login, coordinator_password);
    auto c = anon().with_token(r.json()["token"]);
    EXPECT_EQ(c.get("/api/v1/me").status, 200);
    EXPECT_EQ(c.request("POST", "/api/v1/auth/logout").status, 204);
    expect_401(c.get("/api/v1/me"));
}

TEST_F(IdentityApi, MissingMalformedExpiredAndWrongTypeCredentialsAre401) {
    expect_401(anon().get("/api/v1/me"));
    expect_401(anon().get("/api/v1/me", {{"Authorization", "Bearer garbage"}}));
    expect_401(anon().get("/api/v1/me", {{"Authorization", "Bearer nst_" + std::string(43, 'A')}}));
    expect_401(anon().get("/api/v1/me", {{"Authorization", "Bearer nsk_abc_def"}}));
    expect_401(anon().get("/api/v1/me", {{"Authorization", "Basic YWRtaW46YWRtaW4="}}));
    expect_401(anon().get("/api/v1/me", {{"Authorization", "Bearer"}}));
    // The challenge says what was wrong (RFC 6750 §3.1): nothing sent, sent the wrong way, or not good.
    auto none = anon().get("/api/v1/me");
    EXPECT_EQ(none.header("www-authenticate"), "Bearer realm=\"nastavnik\"");
    EXPECT_EQ(none.json()["type"], "https://nastavnik.example/problems/credentials-missing");
    auto basic = anon().get("/api/v1/me", {{"Authorization", "Basic YWRtaW46YWRtaW4="}});
    EXPECT_EQ(basic.header("www-authenticate"), "Bearer realm=\"nastavnik\", error=\"invalid_request\"");
    EXPECT_EQ(basic.json()["type"], "https://nastavnik.example/problems/credentials-malformed");
    EXPECT_EQ(anon().get("/api/v1/me", {{"Authorization", "Bearer garbage"}}).header("www-authenticate"),
              "Bearer realm=\"nastavnik\", error=\"invalid_token\"");

    auto r = login(coordinator_login, coordinator_password);
    std::string token = r.json()["token"];
    auto c = anon().with_token(token);
    // A credential in the query string is refused, even next to a good header.
    auto in_query = c.get("/api/v1/me?access_token=" + token);
    expect_401(in_query);
    EXPECT_EQ(in_query.json()["type"], "https://nastavnik.example/problems/credentials-in-query");
    EXPECT_EQ(in_query.header("www-authenticate"), "Bearer realm=\"nastavnik\", error=\"invalid_request\"");

    {
        auto db = testsupport::admin_session();
        *db << "update sessions set idle_expires_at = now() - interval '1 second' where user_id = cast(:u as uuid)",
            soci::use(coordinator_id);
    }
    expect_401(c.get("/api/v1/me"));
    auto again = coordinator();
    {
        auto db = testsupport::admin_session();
        *db << "update sessions set expires_at = now() - interval '1 second' where user_id = cast(:u as uuid)",
            soci::use(coordinator_id);
    }
    expect_401(again.get("/api/v1/me"));
}

TEST_F(IdentityApi, DisablingAUserEndsItsSessionsAndItsSignIns) {
    auto c = coordinator();
    auto admin = server->admin();
    auto off = admin.request("DELETE", "/api/v1/districts/" + district_id + "/users/" + coordinator_id);
    ASSERT_EQ(off.status, 200) << off.body;
    EXPECT_EQ(off.json()["status"], "disabled");
    expect_401(c.get("/api/v1/me"));
    EXPECT_EQ(login(coordinator_login, coordinator_password).status, 401);
}

TEST_F(IdentityApi, ApiKeysAreShownOnceWorkAtOnceAndRevokeAtOnce) {
    auto c = coordinator();
    auto keys = "/api/v1/districts/" + district_id + "/organizations/" + org_id + "/api-keys";
    auto created = c.send_json("POST", keys, {{"name", "Сетевой город"}, {"scopes", {"read", "write"}}});
    ASSERT_EQ(created.status, 201) << created.body;
    std::string secret = created.json()["secret"];
    std::string prefix = created.json()["prefix"];
    EXPECT_EQ(secret.rfind("nsk_" + prefix + "_", 0), 0u);

    auto listed = c.get(keys);
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.body.find(secret.substr(5 + prefix.size())), std::string::npos);  // never shown again
    EXPECT_FALSE(listed.json()["items"][0].contains("secret"));

    auto system = anon().with_token(secret);
    auto me = system.get("/api/v1/me");
    ASSERT_EQ(me.status, 200) << me.body;
    EXPECT_EQ(me.json()["role"], "org_system");
    EXPECT_EQ(me.json()["organization_id"], org_id);
    EXPECT_EQ(system.get("/api/v1/districts/" + district_id + "/organizations/" + org_id).status, 200);

    auto revoked = c.request("DELETE", keys + "/" + created.json()["id"].get<std::string>());
    ASSERT_EQ(revoked.status, 200) << revoked.body;
    EXPECT_FALSE(revoked.json()["revoked_at"].is_null());
    expect_401(system.get("/api/v1/me"));

    // A key cannot be made already expired (issue 11, defect 6) ...
    auto past = c.send_json("POST", keys, {{"name", "Old"}, {"expires_at", "2020-01-01"}});
    ASSERT_EQ(past.status, 422) << past.body;
    EXPECT_EQ(past.json()["errors"][0]["pointer"], "/expires_at");
    EXPECT_EQ(c.send_json("POST", keys, {{"name", "Old"}, {"expires_at", "2020-01-01T10:00:00Z"}}).status, 422);
    // ... and one that has expired since answers 401.
    auto expiring = c.send_json("POST", keys, {{"name", "Soon"}, {"scopes", {"read"}}, {"expires_at", "2999-01-01"}});
    ASSERT_EQ(expiring.status, 201) << expiring.body;
    EXPECT_EQ(expiring.json()["expires_at"], "2999-01-01T23:59:59.000Z");
    {
        auto db = testsupport::admin_session();
        std::string id = expiring.json()["id"];
        *db << "update api_keys set expires_at = now() - interval '1 second' where id = cast(:i as uuid)", soci::use(id);
    }
    expect_401(anon().with_token(expiring.json()["secret"]).get("/api/v1/me"));

    auto bad = c.send_json("POST", keys, {{"name", "Bad"}, {"scopes", {"admin"}}, {"expires_at", "tomorrow"}});
    EXPECT_EQ(bad.status, 422);
}

TEST_F(IdentityApi, MassAssignmentIsRefusedAndChangesNothing) {
    auto c = coordinator();
    auto r = c.send_json("POST", "/api/v1/districts/" + district_id + "/users",
                         {{"login", testsupport::unique_code("u")}, {"password", "long enough pass"},
                          {"full_name", "X"}, {"role", "district_viewer"}, {"district_id", "other"}, {"status", "active"}});
    ASSERT_EQ(r.status, 422);
    auto body = r.json();
    std::set<std::string> pointers;
    for (auto& e : body["errors"]) pointers.insert(e["pointer"]);
    EXPECT_EQ(pointers, (std::set<std::string>{"/district_id", "/status"}));

    auto escalate = c.send_json("POST", "/api/v1/districts/" + district_id + "/users",
                                {{"login", testsupport::unique_code("u")}, {"password", "long enough pass"},
                                 {"full_name", "X"}, {"role", "system_admin"}});
    EXPECT_EQ(escalate.status, 422);
}

TEST_F(IdentityApi, EveryChangeIsAuditedWithWhoAndBeforeAndAfterButNoSecrets) {
    auto c = coordinator();
    auto url = "/api/v1/districts/" + district_id + "/organizations/" + org_id;
    auto patched = c.send_json("PATCH", url, {{"name", "СОШ № 1 им. Пушкина"}}, {{"If-Match", "\"1\""}});
    ASSERT_EQ(patched.status, 200) << patched.body;
    auto rid = patched.header("x-request-id");

    auto log = c.get("/api/v1/districts/" + district_id + "/audit-log?resource=organizations&action=update");
    ASSERT_EQ(log.status, 200) << log.body;
    auto entries = log.json()["items"];
    ASSERT_EQ(entries.size(), 1u);
    auto e = entries[0];
    EXPECT_EQ(e["actor"]["kind"], "user");
    EXPECT_EQ(e["actor"]["id"], coordinator_id);
    EXPECT_EQ(e["request_id"], rid);
    EXPECT_EQ(e["resource_id"], org_id);
    EXPECT_EQ(e["before"]["name"], "СОШ № 1");
    EXPECT_EQ(e["after"]["name"], "СОШ № 1 им. Пушкина");

    auto keys = "/api/v1/districts/" + district_id + "/organizations/" + org_id + "/api-keys";
    ASSERT_EQ(c.send_json("POST", keys, {{"name", "k"}}).status, 201);
    auto all = c.get("/api/v1/districts/" + district_id + "/audit-log?limit=200");
    EXPECT_EQ(all.body.find("password_hash"), std::string::npos);
    EXPECT_EQ(all.body.find("secret_hash"), std::string::npos);
    EXPECT_EQ(all.body.find("$argon2id$"), std::string::npos);
    EXPECT_NE(all.body.find("\"resource\":\"users\""), std::string::npos);
    EXPECT_NE(all.body.find("\"resource\":\"api_keys\""), std::string::npos);

    // Filters and pagination.
    auto page = c.get("/api/v1/districts/" + district_id + "/audit-log?limit=1");
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.json()["items"].size(), 1u);
    EXPECT_FALSE(page.json()["next_cursor"].is_null());
    auto next = c.get("/api/v1/districts/" + district_id + "/audit-log?limit=1&cursor=" +
                      page.json()["next_cursor"].get<std::string>());
    ASSERT_EQ(next.status, 200);
    EXPECT_LT(next.json()["items"][0]["id"].get<long long>(), page.json()["items"][0]["id"].get<long long>());
    EXPECT_EQ(c.get("/api/v1/districts/" + district_id + "/audit-log?action=explode").status, 400);
    EXPECT_EQ(c.get("/api/v1/districts/" + district_id + "/audit-log?from=yesterday").status, 400);
}

TEST_F(IdentityApi, CorsAnswersAllowedOriginsOnlyAndNeverStar) {
    auto pre = anon().request("OPTIONS", "/api/v1/districts/" + district_id + "/organizations", "",
                              {{"Origin", "https://dashboard.example"}, {"Access-Control-Request-Method", "POST"},
                               {"Access-Control-Request-Headers", "authorization, content-type"}});
    EXPECT_EQ(pre.status, 204);
    EXPECT_EQ(pre.header("access-control-allow-origin"), "https://dashboard.example");
    EXPECT_NE(pre.header("access-control-allow-methods").find("POST"), std::string::npos);
    EXPECT_NE(pre.header("access-control-allow-headers").find("Authorization"), std::string::npos);
    EXPECT_EQ(pre.header("vary"), "Origin");

    auto other = anon().request("OPTIONS", "/api/v1/me", "",
                                {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "GET"}});
    EXPECT_TRUE(other.header("access-control-allow-origin").empty());

    auto actual = coordinator().get("/api/v1/me", {{"Origin", "https://dashboard.example"}});
    EXPECT_EQ(actual.status, 200);
    EXPECT_EQ(actual.header("access-control-allow-origin"), "https://dashboard.example");
    EXPECT_NE(actual.header("access-control-expose-headers").find("ETag"), std::string::npos);
    auto refused = anon().get("/api/v1/me", {{"Origin", "https://dashboard.example"}});
    EXPECT_EQ(refused.status, 401);
    EXPECT_EQ(refused.header("access-control-allow-origin"), "https://dashboard.example");  // so the page can read the 401
}

}  // namespace
