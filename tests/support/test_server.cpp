#include "tests/support/test_server.hpp"

#include "api/http/log.hpp"
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
    config.server.rate_limit_per_minute = o.rate_limit_per_minute;
    config.db.statement_timeout = o.statement_timeout;
    config.server.cors_origins = {"https://dashboard.example"};
    config.fast_password_hashing = true;
    config.read_database_url = o.read_database_url;
    config.server.trusted_proxies = api::TrustedProxies::parse(o.trusted_proxies).value();
    app_ = std::make_unique<api::App>(config);
    app_->migrate();
    app_->start();
}

TestServer::~TestServer() { app_->stop(); }

std::string TestServer::sign_in_new_user(domain::NewUser user) {
    if (user.login.empty()) user.login = unique_code("user");
    if (user.password.empty()) user.password = "correct horse battery";
    if (user.full_name.empty()) user.full_name = "Тестовый пользователь";
    auto password = user.password;
    domain::Actor system;
    system.role = domain::Role::system_admin;
    app_->identity().create_user(system, user);
    auto r = client().send_json("POST", "/api/v1/auth/login", {{"login", user.login}, {"password", password}});
    if (r.status != 200) throw std::runtime_error("sign-in failed: " + r.body);
    return r.json()["token"];
}

HttpClient TestServer::admin() {
    if (admin_token_.empty()) {
        domain::NewUser u;
        u.role = domain::Role::system_admin;
        admin_token_ = sign_in_new_user(u);
    }
    return client().with_token(admin_token_);
}

}  // namespace testsupport
