#pragma once
// The real server, in-process, on a free port, against the test database.
#include <memory>

#include "api/app.hpp"
#include "tests/support/http_client.hpp"

namespace testsupport {

struct ServerOptionsForTest {
    std::size_t pool_size = 4;
    std::size_t max_request_bytes = 1 << 20;
    int threads = 2;
};

class TestServer {
public:
    explicit TestServer(ServerOptionsForTest o = {});
    ~TestServer();
    HttpClient client() const { return HttpClient(app_->port()); }
    api::App& app() { return *app_; }
    int port() const { return app_->port(); }

private:
    std::unique_ptr<api::App> app_;
};

}  // namespace testsupport
