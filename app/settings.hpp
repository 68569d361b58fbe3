#pragma once
// The server's settings: from the environment first, then the command line over them
// (README, «Configuration»). Each is checked once here, so a wrong value stops the server at
// start with a one-line message rather than meaning something else quietly.
#include <optional>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace CLI {
class App;
}

namespace api {

struct Settings {
    std::string database_url, read_database_url, host = "127.0.0.1", log_level = "info";
    std::string cors_origins, metrics_token, public_scheme = "http", trusted_proxies;
    int port = 8080, threads = 0, pool = 0, grace_ms = 1000, cache_mb = 32, rate_limit = 600;
    int statement_timeout_ms = 15000;
    long long max_request_bytes = 1 << 20;
    bool demo = false;
    std::vector<std::string> bad_numbers;  // settings from the environment that are not whole numbers

    // Every setting from its environment variable, or its default.
    static Settings from_environment();
    // --database-url and --log-level, which every command takes.
    void add_database_options(CLI::App& command);
    // The options of `serve`.
    void add_serve_options(CLI::App& serve);

    // The application's configuration; for `serve` the request limits and the statement
    // timeout apply, the admin commands run as long as their work takes.
    struct Checked {
        std::optional<AppConfig> config;
        std::string error;  // when config is empty: what is wrong, in one line
    };
    [[nodiscard]] Checked check(bool serving) const;
};

}  // namespace api
