// TRUSTED_PROXIES end to end (api/http/client_address.hpp): behind a trusted proxy the client is
// the address X-Forwarded-For names, for the sign-in throttle and /metrics' loopback rule;
// from anyone else the header changes nothing.
#include <gtest/gtest.h>

#include <string>

#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"

using testsupport::HttpClient;

namespace {

testsupport::ServerOptionsForTest trusting(const std::string& proxies) {
    testsupport::ServerOptionsForTest o;
    o.trusted_proxies = proxies;
    return o;
}

int sign_in(HttpClient http, const std::string& login, const std::string& password, const std::string& forwarded_for) {
    return http.send_json("POST", "/api/v1/auth/login", {{"login", login}, {"password", password}},
                          {{"X-Forwarded-For", forwarded_for}})
        .status;
}

}  // namespace

TEST(ClientAddress, BehindATrustedProxyMetricsSeeTheForwardedClient) {
    testsupport::TestServer server(trusting("127.0.0.1, ::1"));
    auto http = server.client();
    EXPECT_EQ(http.get("/metrics").status, 200);  // the test itself, on loopback
    auto far = http.get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}});
    EXPECT_EQ(far.status, 403) << far.body;  // a client nginx forwarded is not on loopback
    EXPECT_EQ(http.get("/metrics", {{"X-Forwarded-For", "127.0.0.1"}}).status, 200);
}

TEST(ClientAddress, WithoutTrustedProxiesTheHeaderIsIgnored) {
    testsupport::TestServer server;
    EXPECT_EQ(server.client().get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}}).status, 200);
}

TEST(ClientAddress, TheSignInThrottleCountsEachForwardedClientApart) {
    testsupport::TestServer server(trusting("127.0.0.1, ::1"));
    // Two people behind the same proxy: one tries 30 logins that do not exist, which makes
    // their address hot; the other's wrong password is still a plain 401.
    const std::string guesser = "198.51.100." + std::to_string(10 + std::rand() % 200);
    const std::string other = "192.0.2." + std::to_string(10 + std::rand() % 200);
    auto http = server.client();
    int status = 0;
    for (int i = 0; i < 40 && status != 429; ++i)
        status = sign_in(http, testsupport::unique_code("nobody"), "wrong password", guesser);
    EXPECT_EQ(status, 429) << "the guessing address was never throttled";
    EXPECT_EQ(sign_in(http, testsupport::unique_code("nobody"), "wrong password", other), 401);
}
