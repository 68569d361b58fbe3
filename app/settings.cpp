#include "app/settings.hpp"

#include <charconv>
#include <climits>
#include <cstdlib>
#include <thread>

#include <CLI/CLI.hpp>

#include "api/http/log.hpp"

namespace api {
namespace {

std::string env(const char* name, std::string fallback = {}) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

// A number from the environment: one that is not a whole number is listed in `bad`, never read
// as 0 (which would quietly mean "the default" or "off").
template <class T>
void env_number(const char* name, T& out, std::vector<std::string>& bad) {
    auto v = env(name);
    if (v.empty()) return;
    long long n = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
    if (ec != std::errc() || end != v.data() + v.size() || n < INT_MIN || n > INT_MAX) {
        bad.push_back(name);
        return;
    }
    out = static_cast<T>(n);
}

// CORS_ORIGINS: comma-separated origins, trailing slashes dropped; never "*".
std::optional<std::string> parse_origins(const std::string& list, std::vector<std::string>& out) {
    for (std::size_t i = 0; i < list.size();) {
        auto j = list.find(',', i);
        if (j == std::string::npos) j = list.size();
        auto origin = list.substr(i, j - i);
        while (!origin.empty() && origin.front() == ' ') origin.erase(0, 1);
        while (!origin.empty() && (origin.back() == ' ' || origin.back() == '/')) origin.pop_back();
        if (origin == "*") return "CORS_ORIGINS must list origins; '*' is not allowed";
        if (!origin.empty()) out.push_back(origin);
        i = j + 1;
    }
    return std::nullopt;
}

}  // namespace

Settings Settings::from_environment() {
    Settings s;
    s.threads = static_cast<int>(std::max(2u, std::thread::hardware_concurrency()) * 2);
    s.database_url = env("DATABASE_URL");
    s.read_database_url = env("READ_DATABASE_URL");
    s.host = env("HOST", s.host);
    s.log_level = env("LOG_LEVEL", s.log_level);
    s.cors_origins = env("CORS_ORIGINS");
    s.metrics_token = env("METRICS_TOKEN");
    s.public_scheme = env("PUBLIC_SCHEME", s.public_scheme);
    s.trusted_proxies = env("TRUSTED_PROXIES");
    auto& bad = s.bad_numbers;
    env_number("PORT", s.port, bad);
    env_number("THREADS", s.threads, bad);
    env_number("DB_POOL_SIZE", s.pool, bad);
    env_number("MAX_REQUEST_BYTES", s.max_request_bytes, bad);
    env_number("SHUTDOWN_GRACE_MS", s.grace_ms, bad);
    env_number("ANSWER_CACHE_MB", s.cache_mb, bad);
    env_number("RATE_LIMIT_PER_MINUTE", s.rate_limit, bad);
    env_number("STATEMENT_TIMEOUT_MS", s.statement_timeout_ms, bad);
    return s;
}

void Settings::add_database_options(CLI::App& command) {
    command.add_option("--database-url", database_url, "PostgreSQL URL of the schema owner (env DATABASE_URL)");
    command.add_option("--log-level", log_level, "debug | info | warn | error (env LOG_LEVEL)");
}

void Settings::add_serve_options(CLI::App& serve) {
    add_database_options(serve);
    serve.add_option("--read-database-url", read_database_url,
                     "PostgreSQL URL of a streaming replica for region and national reads and the regional "
                     "report (env READ_DATABASE_URL; unset: everything reads the primary)");
    serve.add_option("--host", host, "Listen address (env HOST)");
    serve.add_option("--port", port, "Listen port (env PORT)")->check(CLI::Range(0, 65535));
    serve.add_option("--threads", threads, "HTTP worker threads (env THREADS)")->check(CLI::Range(1, 256));
    serve.add_option("--db-pool-size", pool, "Database connections (env DB_POOL_SIZE; default threads + 2)")
        ->check(CLI::Range(0, 512));
    serve.add_option("--max-request-bytes", max_request_bytes, "Largest request body accepted (env MAX_REQUEST_BYTES)")
        ->check(CLI::Range(1024LL, 1LL << 30));
    serve.add_flag("--demo", demo, "Load the demo district before serving");
    serve.add_option("--metrics-token", metrics_token,
                     "Bearer secret /metrics asks for (env METRICS_TOKEN); unset, /metrics answers loopback only");
    serve.add_option("--shutdown-grace-ms", grace_ms,
                     "On SIGTERM, how long /readyz answers 503 before the server stops (env SHUTDOWN_GRACE_MS)")
        ->check(CLI::Range(0, 600000));
    serve.add_option("--rate-limit-per-minute", rate_limit,
                     "Requests a minute per credential, per instance (env RATE_LIMIT_PER_MINUTE; 0: no limit)")
        ->check(CLI::Range(0, 1000000));
    serve.add_option("--statement-timeout-ms", statement_timeout_ms,
                     "Longest a database statement may run before the request is answered 503 "
                     "(env STATEMENT_TIMEOUT_MS; 0: no limit)")
        ->check(CLI::Range(0, 3600000));
    serve.add_option("--answer-cache-mb", cache_mb,
                     "Memory for computed compliance answers, kept until their district changes; 0 turns "
                     "it off (env ANSWER_CACHE_MB)")
        ->check(CLI::Range(0, 4096));
    serve.add_option("--cors-origins", cors_origins,
                     "Comma-separated browser origins allowed to call the API (env CORS_ORIGINS)");
    serve.add_option("--public-scheme", public_scheme,
                     "http, or https when browsers reach the site over https (a TLS proxy in front): the session "
                     "cookie is then Secure and browser writes must come from https://<Host> (env PUBLIC_SCHEME)");
    serve.add_option("--trusted-proxies", trusted_proxies,
                     "Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For names the client "
                     "(env TRUSTED_PROXIES; unset: the TCP peer is the client)");
}

Settings::Checked Settings::check(bool serving) const {
    auto fail = [](std::string message) { return Checked{std::nullopt, std::move(message)}; };
    if (!bad_numbers.empty()) return fail(bad_numbers.front() + " must be a whole number");
    log::Level level;
    if (!log::parse_level(log_level, level)) return fail("LOG_LEVEL must be debug, info, warn or error");
    if (database_url.empty()) return fail("DATABASE_URL is not set (postgresql://user:password@host:port/dbname)");
    if (port < 0 || port > 65535) return fail("PORT must be 0..65535");
    if (threads < 1) return fail("THREADS must be at least 1");
    if (max_request_bytes < 1024) return fail("MAX_REQUEST_BYTES must be at least 1024");
    if (public_scheme != "http" && public_scheme != "https") return fail("PUBLIC_SCHEME must be http or https");
    if (statement_timeout_ms < 0) return fail("STATEMENT_TIMEOUT_MS must be 0 or more");
    if (rate_limit < 0) return fail("RATE_LIMIT_PER_MINUTE must be 0 or more");
    if (cache_mb < 0) return fail("ANSWER_CACHE_MB must be 0 or more");
    if (!metrics_token.empty() && metrics_token.size() < 16) return fail("METRICS_TOKEN must be at least 16 characters");

    AppConfig c;
    c.db.url = database_url;
    c.db.pool_size = static_cast<std::size_t>(pool > 0 ? pool : threads + 2);
    c.db.statement_timeout = std::chrono::milliseconds(serving ? statement_timeout_ms : 0);
    c.read_database_url = serving ? read_database_url : std::string();
    c.server.rate_limit_per_minute = rate_limit;
    c.server.address = host;
    c.server.port = static_cast<std::uint16_t>(port);
    c.server.threads = threads;
    c.server.max_request_bytes = static_cast<std::size_t>(max_request_bytes);
    c.server.public_scheme = public_scheme;
    c.server.metrics_token = metrics_token;
    c.answer_cache_bytes = static_cast<std::size_t>(cache_mb) << 20;
    if (auto e = parse_origins(cors_origins, c.server.cors_origins)) return fail(*e);
    std::string wrong;
    auto proxies = TrustedProxies::parse(trusted_proxies, &wrong);
    if (!proxies) return fail("TRUSTED_PROXIES: '" + wrong + "' is not an address or a CIDR range");
    c.server.trusted_proxies = std::move(*proxies);
    return {std::move(c), {}};
}

}  // namespace api
