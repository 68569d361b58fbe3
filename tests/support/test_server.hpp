#pragma once
// The real server, in-process, on a free port, against the test database.
#include <memory>

#include "app/app.hpp"
#include "tests/support/http_client.hpp"

namespace testsupport {

struct ServerOptionsForTest {
    std::size_t pool_size = 4;
    std::size_t max_request_bytes = 1 << 20;
    int threads = 2;
    int rate_limit_per_minute = 0;  // off unless a test is about it
    std::chrono::milliseconds statement_timeout{15000};
    std::string read_database_url;  // READ_DATABASE_URL: a replica for region and national reads
    std::string trusted_proxies;    // TRUSTED_PROXIES
};

class TestServer {
public:
    explicit TestServer(ServerOptionsForTest o = {});
    ~TestServer();
    // A client with no credential.
    HttpClient client() const { return HttpClient(app_->port()); }
    // A client signed in as a fresh system administrator.
    HttpClient admin();
    // Creates a user (through the service) and signs in over HTTP; returns the token.
    std::string sign_in_new_user(domain::NewUser user);
    api::App& app() { return *app_; }
    int port() const { return app_->port(); }

private:
    std::unique_ptr<api::App> app_;
    std::string admin_token_;
};

}  // namespace testsupport
