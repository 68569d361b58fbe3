// The binary as an operator meets it: --help, clear one-line start-up errors with a
// non-zero exit, and a graceful stop on SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "tests/support/http_client.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_db.hpp"

using testsupport::Process;

namespace {

int free_port() {
    // Bind to port 0 through a throwaway listener: the kernel picks a free port.
    for (int p = 20000 + (getpid() % 20000);; ++p) {
        try {
            testsupport::HttpClient(p).raw("");
        } catch (const std::exception&) {
            return p;  // nothing listens there
        }
    }
}

bool wait_until_serving(int port, Process& p) {
    for (int i = 0; i < 200; ++i) {
        try {
            if (testsupport::HttpClient(port).get("/livez").status == 200) return true;
        } catch (const std::exception&) {
        }
        if (p.wait(25) != -1) return false;
    }
    return false;
}

TEST(Process, HelpListsTheSubcommands) {
    Process p({"--help"}, {});
    EXPECT_EQ(p.wait(10000), 0);
    auto out = p.output();
    EXPECT_NE(out.find("serve"), std::string::npos) << out;
    EXPECT_NE(out.find("migrate"), std::string::npos) << out;
}

TEST(Process, MissingDatabaseUrlIsAClearConfigurationError) {
    Process p({"migrate"}, {});
    EXPECT_EQ(p.wait(10000), 2);
    EXPECT_NE(p.output().find("DATABASE_URL is not set"), std::string::npos) << p.output();
}

TEST(Process, BadLogLevelIsRefused) {
    Process p({"migrate"}, {{"DATABASE_URL", testsupport::test_database().owner_url}, {"LOG_LEVEL", "loud"}});
    EXPECT_EQ(p.wait(10000), 2);
    EXPECT_NE(p.output().find("LOG_LEVEL"), std::string::npos) << p.output();
}

TEST(Process, UnreachableDatabaseIsAOneLineErrorWithoutThePassword) {
    Process p({"serve"}, {{"DATABASE_URL", "postgresql://nobody:hunter2@127.0.0.1:1/none"}});
    EXPECT_EQ(p.wait(15000), 3);
    auto out = p.output();
    EXPECT_NE(out.find("cannot connect to the database at postgresql://nobody:***@127.0.0.1:1/none"),
              std::string::npos)
        << out;
    EXPECT_EQ(out.find("hunter2"), std::string::npos) << out;
}

TEST(Process, PortInUseIsAOneLineError) {
    int port = free_port();
    std::map<std::string, std::string> env = {{"DATABASE_URL", testsupport::test_database().owner_url},
                                              {"PORT", std::to_string(port)}};
    Process first({"serve"}, env);
    ASSERT_TRUE(wait_until_serving(port, first)) << first.output();
    Process second({"serve"}, env);
    EXPECT_EQ(second.wait(15000), 4);
    EXPECT_NE(second.output().find("port " + std::to_string(port) + " on 127.0.0.1 is already in use"),
              std::string::npos)
        << second.output();
    first.signal(SIGINT);
    EXPECT_EQ(first.wait(15000), 0);
}

TEST(Process, SigtermDrainsThenExitsCleanly) {
    int port = free_port();
    Process p({"serve", "--shutdown-grace-ms", "3000"},
              {{"DATABASE_URL", testsupport::test_database().owner_url}, {"PORT", std::to_string(port)}});
    ASSERT_TRUE(wait_until_serving(port, p)) << p.output();
    testsupport::HttpClient http(port);
    EXPECT_EQ(http.get("/readyz").status, 200);
    p.signal(SIGTERM);
    int readyz = 0;
    for (int i = 0; i < 100 && readyz != 503; ++i) {
        readyz = http.get("/readyz").status;
        if (readyz != 503) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_EQ(readyz, 503);
    EXPECT_EQ(http.get("/livez").status, 200);  // still answering while draining
    EXPECT_EQ(p.wait(15000), 0);
    auto out = p.output();
    EXPECT_NE(out.find("\"msg\":\"stopped\""), std::string::npos) << out;
    EXPECT_NE(out.find("\"msg\":\"request\""), std::string::npos) << out;  // structured request log lines
}

}  // namespace

namespace {

TEST(Process, CreateAdminMakesAUserWhoCanSignIn) {
    auto url = testsupport::test_database().owner_url;
    std::string login = testsupport::unique_code("root");
    Process weak({"create-admin", "--login", login, "--password", "short"}, {{"DATABASE_URL", url}});
    EXPECT_EQ(weak.wait(15000), 2);
    EXPECT_NE(weak.output().find("/password: must be at least 10 characters"), std::string::npos) << weak.output();

    Process ok({"create-admin", "--login", login}, {{"DATABASE_URL", url}, {"ADMIN_PASSWORD", "a long admin password"}});
    EXPECT_EQ(ok.wait(15000), 0) << ok.output();
    EXPECT_EQ(ok.output().find("a long admin password"), std::string::npos);  // never echoed

    Process again({"create-admin", "--login", login, "--password", "another long one"}, {{"DATABASE_URL", url}});
    EXPECT_EQ(again.wait(15000), 2);
    EXPECT_NE(again.output().find("is taken"), std::string::npos) << again.output();

    int port = free_port();
    Process server({"serve"}, {{"DATABASE_URL", url}, {"PORT", std::to_string(port)}});
    ASSERT_TRUE(wait_until_serving(port, server)) << server.output();
    auto r = testsupport::HttpClient(port).send_json("POST", "/api/v1/auth/login",
                                                     {{"login", login}, {"password", "a long admin password"}});
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["user"]["role"], "system_admin");
    server.signal(SIGINT);
    EXPECT_EQ(server.wait(15000), 0);
    EXPECT_EQ(server.output().find("a long admin password"), std::string::npos);  // not in the logs either
}

}  // namespace
