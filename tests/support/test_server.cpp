#include "tests/support/test_server.hpp"

#include "api/log.hpp"
#include "tests/support/test_db.hpp"

namespace testsupport {

TestServer::TestServer(ServerOptionsForTest o) {
    api::log::set_level(api::log::Level::warn);
    api::AppConfig config;
    config.db.url = test_database().owner_url;
    config.db.pool_size = o.pool_size;
    config.server.port = 0;
    config.server.threads = o.threads;
    config.server.max_request_bytes = o.max_request_bytes;
    app_ = std::make_unique<api::App>(config);
    app_->migrate();
    app_->start();
}

TestServer::~TestServer() { app_->stop(); }

}  // namespace testsupport
