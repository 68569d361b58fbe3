// nastavnik: the server and its admin commands.
#include <cstdio>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <charconv>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <thread>
#include <vector>

#include "app/app.hpp"
#include "api/log.hpp"
#include "domain/audit_context.hpp"
#include "domain/errors.hpp"
#include "domain/roadmap_service.hpp"
#include "domain/validation.hpp"
#include "persistence/pg.hpp"
#include "persistence/compliance_repository.hpp"
#include "persistence/roadmap_repository.hpp"

namespace {

std::string env(const char* name, std::string fallback = {}) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

int fail(const std::string& message, int code) {
    std::cerr << "nastavnik: error: " << message << "\n";
    return code;
}

std::string describe(const domain::Error& e) {
    std::string detail = e.what();
    for (auto& f : e.fields()) detail += "\n  " + f.pointer + ": " + f.message;
    return detail;
}

// nastavnik import-roadmap FILE …: the same import as the API's, with a progress line.
int import_roadmap(api::App& app, const std::string& file, const std::string& district, const std::string& owner,
                   const std::string& period, std::string format, const std::optional<std::string>& title_opt,
                   int part, bool dry_run) {
    std::optional<domain::DateRange> range;
    if (!period.empty()) {
        auto colon = period.find(':');
        auto start = domain::Date::parse_iso(period.substr(0, colon));
        auto end = colon == std::string::npos ? std::nullopt : domain::Date::parse_iso(period.substr(colon + 1));
        if (!start || !end) return fail("--period must be START:END as YYYY-MM-DD:YYYY-MM-DD", 2);
        range = domain::DateRange{*start, *end};
    }
    if (!domain::is_uuid(district)) return fail("--district must be the district's id", 2);
    if (part < 1) return fail("--part must be 1 (the plan) or an appendix's number", 2);
    domain::RoadmapOwner o;
    if (owner != "district") {
        if (!domain::is_uuid(owner)) return fail("--owner must be district or an organisation's id", 2);
        o.organization_id = owner;
    }
    if (format.empty()) format = file.size() > 4 && file.substr(file.size() - 4) == ".csv" ? "csv" : "tsv";
    if (format != "tsv" && format != "csv") return fail("--format must be tsv or csv", 2);
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    std::cerr << "nastavnik: " << (dry_run ? "reading " : "importing ") << file << " (" << text.size() << " bytes)…"
              << std::flush;
    domain::AuditScope audit({"system", "cli:import-roadmap", ""});
    const auto table_format = format == "csv" ? domain::TableFormat::csv : domain::TableFormat::tsv;
    domain::ImportOptions options;
    options.part = part;
    auto report = [](int tables, std::size_t sections, int items, const std::vector<domain::UnplacedLine>& unplaced,
                     const std::vector<domain::ImportWarning>& warnings) {
        std::cerr << " " << tables << " table(s), " << sections << " sections, " << items << " items, "
                  << unplaced.size() << " unplaced line(s), " << warnings.size() << " warning(s)\n";
        for (auto& u : unplaced) std::cerr << "  line " << u.line << ": " << u.reason << ": " << u.text << "\n";
        for (auto& w : warnings) std::cerr << "  line " << w.line << ": warning " << w.code << ": " << w.message << "\n";
    };
    try {
        app.catalog().district(district);
        if (o.organization_id) app.catalog().organization(district, *o.organization_id);
        if (dry_run) {
            auto plan = domain::RoadmapService::plan_import(o, range, title_opt, text, table_format, options);
            int items = 0;
            for (auto& s : plan.record.sections) items += static_cast<int>(s.items.size());
            report(plan.parsed.tables, plan.record.sections.size(), items, plan.parsed.unplaced,
                   plan.record.import_warnings);
            std::cerr << "  period " << plan.record.input.period.start.iso() << ".." << plan.record.input.period.end.iso()
                      << "; nothing written (--dry-run)\n";
            return 0;
        }
        persistence::PgRoadmapRepository repo(app.database());
        domain::RoadmapService service(repo);
        auto result = service.import_table(district, o, range, title_opt, text, table_format, options);
        report(result.tables, result.roadmap.sections.size(), result.roadmap.item_count, result.unplaced,
               result.warnings);
        std::cout << result.roadmap.id << "\n";
        return 0;
    } catch (const domain::Error& e) {
        std::cerr << "\n";
        return fail("import failed: " + describe(e), e.kind() == domain::ErrorKind::unavailable ? 3 : 2);
    }
}

}  // namespace

int main(int argc, char** argv) {
    // Log lines go to stdout from the log's own thread (api/log.cpp): line-buffered with room for
    // any line, each leaves in one write, whole, and nothing written to stderr lands inside one.
    std::setvbuf(stdout, nullptr, _IOLBF, 1 << 16);
    CLI::App cli{"Nastavnik: the mentoring target model (ЦМН) backend for education departments."};
    cli.require_subcommand(1);

    unsigned hw = std::max(2u, std::thread::hardware_concurrency());
    std::string database_url = env("DATABASE_URL");
    std::string host = env("HOST", "127.0.0.1");
    // Numbers from the environment: one that is not a whole number is refused below, never
    // read as 0 (which would quietly mean "the default" or "off").
    std::vector<std::string> bad_numbers;
    auto env_number = [&](const char* name, long long fallback) -> long long {
        auto v = env(name);
        if (v.empty()) return fallback;
        long long n = 0;
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
        if (ec != std::errc() || end != v.data() + v.size() || n < INT_MIN || n > INT_MAX) {
            bad_numbers.push_back(name);
            return fallback;
        }
        return n;
    };
    int port = static_cast<int>(env_number("PORT", 8080));
    int threads = static_cast<int>(env_number("THREADS", hw * 2));
    int pool = static_cast<int>(env_number("DB_POOL_SIZE", 0));
    std::string log_level = env("LOG_LEVEL", "info");
    long long max_request = env_number("MAX_REQUEST_BYTES", 1 << 20);
    bool demo = false;
    std::string cors = env("CORS_ORIGINS");
    std::string metrics_token = env("METRICS_TOKEN");
    std::string public_scheme = env("PUBLIC_SCHEME", "http");
    int grace_ms = static_cast<int>(env_number("SHUTDOWN_GRACE_MS", 1000));
    int cache_mb = static_cast<int>(env_number("ANSWER_CACHE_MB", 32));
    int rate_limit = static_cast<int>(env_number("RATE_LIMIT_PER_MINUTE", 600));
    int statement_timeout_ms = static_cast<int>(env_number("STATEMENT_TIMEOUT_MS", 15000));

    auto add_db = [&](CLI::App* sub) {
        sub->add_option("--database-url", database_url, "PostgreSQL URL of the schema owner (env DATABASE_URL)");
        sub->add_option("--log-level", log_level, "debug | info | warn | error (env LOG_LEVEL)");
    };
    auto* serve = cli.add_subcommand("serve", "Migrate the database and serve the API");
    add_db(serve);
    serve->add_option("--host", host, "Listen address (env HOST)");
    serve->add_option("--port", port, "Listen port (env PORT)")->check(CLI::Range(0, 65535));
    serve->add_option("--threads", threads, "HTTP worker threads (env THREADS)")->check(CLI::Range(1, 256));
    serve->add_option("--db-pool-size", pool, "Database connections (env DB_POOL_SIZE; default threads + 2)")
        ->check(CLI::Range(0, 512));
    serve->add_option("--max-request-bytes", max_request, "Largest request body accepted (env MAX_REQUEST_BYTES)")
        ->check(CLI::Range(1024LL, 1LL << 30));
    serve->add_flag("--demo", demo, "Load the demo district before serving");
    serve->add_option("--metrics-token", metrics_token,
                      "Bearer secret /metrics asks for (env METRICS_TOKEN); unset, /metrics answers loopback only");
    serve->add_option("--shutdown-grace-ms", grace_ms,
                      "On SIGTERM, how long /readyz answers 503 before the server stops (env SHUTDOWN_GRACE_MS)")
        ->check(CLI::Range(0, 600000));
    serve->add_option("--rate-limit-per-minute", rate_limit,
                      "Requests a minute per credential, per instance (env RATE_LIMIT_PER_MINUTE; 0: no limit)")
        ->check(CLI::Range(0, 1000000));
    serve->add_option("--statement-timeout-ms", statement_timeout_ms,
                      "Longest a database statement may run before the request is answered 503 "
                      "(env STATEMENT_TIMEOUT_MS; 0: no limit)")
        ->check(CLI::Range(0, 3600000));
    auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations and exit");
    add_db(migrate);
    auto* demo_cmd = cli.add_subcommand("demo", "Load the demo district (Kameshkovo, Vladimir region) and exit");
    add_db(demo_cmd);
    std::string admin_login, admin_password, admin_name = "Администратор системы";
    auto* admin_cmd = cli.add_subcommand("create-admin", "Create a system administrator and exit");
    add_db(admin_cmd);
    admin_cmd->add_option("--login", admin_login, "The administrator's login")->required();
    admin_cmd->add_option("--password", admin_password, "At least 10 characters (env ADMIN_PASSWORD)")
        ->envname("ADMIN_PASSWORD")
        ->required();
    admin_cmd->add_option("--full-name", admin_name, "The administrator's name");
    std::string import_file, import_district, import_owner = "district", import_period, import_format, import_title;
    auto* import_cmd = cli.add_subcommand("import-roadmap", "Import a roadmap table (TSV as in the seeds, or CSV) as a draft");
    add_db(import_cmd);
    import_cmd->add_option("file", import_file, "The table file")->required()->check(CLI::ExistingFile);
    import_cmd->add_option("--district", import_district, "The district's id")->required();
    import_cmd->add_option("--owner", import_owner, "district, or the owning organisation's id");
    import_cmd->add_option("--period", import_period,
                           "START:END, e.g. 2024-09-01:2025-08-31 (default: read from the title or the deadlines, "
                           "with a warning)");
    int import_part = 1;
    bool import_dry_run = false;
    import_cmd->add_option("--part", import_part, "1: the plan (default); 2…: an appendix after it");
    import_cmd->add_flag("--dry-run", import_dry_run, "Read and report only; write nothing");
    import_cmd->add_option("--format", import_format, "tsv or csv (default: by the file's extension)");
    import_cmd->add_option("--title", import_title, "The roadmap's title (default: the document's heading)");
    serve->add_option("--answer-cache-mb", cache_mb,
                      "Memory for computed compliance answers, kept until their district changes; 0 turns "
                      "it off (env ANSWER_CACHE_MB)")
        ->check(CLI::Range(0, 4096));
    serve->add_option("--cors-origins", cors, "Comma-separated browser origins allowed to call the API (env CORS_ORIGINS)");
    serve->add_option("--public-scheme", public_scheme,
                      "http, or https when browsers reach the site over https (a TLS proxy in front): the session "
                      "cookie is then Secure and browser writes must come from https://<Host> (env PUBLIC_SCHEME)");

    std::string rebuild_district;
    auto* rebuild_cmd = cli.add_subcommand(
        "rebuild-history",
        "Compute the compliance history (past dates) anew from the roadmaps and progress records, after data was "
        "mended by hand or restored");
    add_db(rebuild_cmd);
    rebuild_cmd->add_option("--district", rebuild_district, "Only this district's (default: every district)");

    auto* statements_cmd = cli.add_subcommand(
        "statements", "Print the prepared statements as JSON (name → SQL; bench/pgbench_scripts.py runs them)");

    CLI11_PARSE(cli, argc, argv);

    if (cli.got_subcommand(statements_cmd)) {
        nlohmann::json out = nlohmann::json::object();
        for (const auto* st : persistence::pg::all_statements()) out[st->name] = st->sql;
        std::cout << out.dump(1) << "\n";
        return 0;
    }

    if (!bad_numbers.empty()) return fail(bad_numbers.front() + " must be a whole number", 2);
    api::log::Level level;
    if (!api::log::parse_level(log_level, level)) return fail("LOG_LEVEL must be debug, info, warn or error", 2);
    api::log::set_level(level);
    if (database_url.empty())
        return fail("DATABASE_URL is not set (postgresql://user:password@host:port/dbname)", 2);
    if (port < 0 || port > 65535) return fail("PORT must be 0..65535", 2);
    if (threads < 1) return fail("THREADS must be at least 1", 2);
    if (max_request < 1024) return fail("MAX_REQUEST_BYTES must be at least 1024", 2);
    if (public_scheme != "http" && public_scheme != "https") return fail("PUBLIC_SCHEME must be http or https", 2);

    api::AppConfig config;
    config.db.url = database_url;
    config.db.pool_size = static_cast<std::size_t>(pool > 0 ? pool : threads + 2);
    if (statement_timeout_ms < 0) return fail("STATEMENT_TIMEOUT_MS must be 0 or more", 2);
    // Requests are held to the statement timeout; the admin commands (a history rebuild of a
    // large district, an import) run as long as their work takes.
    config.db.statement_timeout = std::chrono::milliseconds(cli.got_subcommand(serve) ? statement_timeout_ms : 0);
    if (rate_limit < 0) return fail("RATE_LIMIT_PER_MINUTE must be 0 or more", 2);
    config.server.rate_limit_per_minute = rate_limit;
    config.server.address = host;
    config.server.port = static_cast<std::uint16_t>(port);
    config.server.threads = threads;
    config.server.max_request_bytes = static_cast<std::size_t>(max_request);
    config.server.public_scheme = public_scheme;
    if (cache_mb < 0) return fail("ANSWER_CACHE_MB must be 0 or more", 2);
    config.answer_cache_bytes = static_cast<std::size_t>(cache_mb) << 20;
    for (std::size_t i = 0; i < cors.size();) {
        auto j = cors.find(',', i);
        if (j == std::string::npos) j = cors.size();
        auto origin = cors.substr(i, j - i);
        while (!origin.empty() && origin.front() == ' ') origin.erase(0, 1);
        while (!origin.empty() && (origin.back() == ' ' || origin.back() == '/')) origin.pop_back();
        if (origin == "*") return fail("CORS_ORIGINS must list origins; '*' is not allowed", 2);
        if (!origin.empty()) config.server.cors_origins.push_back(origin);
        i = j + 1;
    }
    if (!metrics_token.empty() && metrics_token.size() < 16)
        return fail("METRICS_TOKEN must be at least 16 characters", 2);
    config.server.metrics_token = metrics_token;

    std::unique_ptr<api::App> app;
    try {
        app = std::make_unique<api::App>(config);
    } catch (const std::invalid_argument& e) {
        return fail(e.what(), 2);
    }
    try {
        app->migrate();
    } catch (const std::exception& e) {
        return fail(e.what(), 3);
    }
    try {
        if (cli.got_subcommand(demo_cmd) || demo) app->load_demo();
    } catch (const std::exception& e) {
        return fail(std::string("loading the demo failed: ") + e.what(), 3);
    }
    if (cli.got_subcommand(admin_cmd)) {
        try {
            auto u = app->identity().create_admin(admin_login, admin_password, admin_name);
            std::cerr << "nastavnik: created system administrator " << u.login << " (" << u.id << ")\n";
        } catch (const domain::Error& e) {
            std::string detail = describe(e);
            if (e.kind() == domain::ErrorKind::conflict) detail = "the login " + admin_login + " is taken";
            return fail("cannot create the administrator: " + detail, 2);
        }
        return 0;
    }
    if (cli.got_subcommand(import_cmd)) {
        return import_roadmap(*app, import_file, import_district, import_owner, import_period, import_format,
                              import_title.empty() ? std::nullopt : std::optional<std::string>(import_title),
                              import_part, import_dry_run);
    }
    if (cli.got_subcommand(rebuild_cmd)) {
        try {
            std::optional<std::string> only;
            if (!rebuild_district.empty()) {
                if (!domain::is_uuid(rebuild_district)) return fail("--district must be a district's id (a UUID)", 2);
                only = rebuild_district;
            }
            int n = persistence::rebuild_compliance_history(app->database(), only, [](int done, int total) {
                if (done == total || done % 100 == 0)
                    std::cerr << "nastavnik: compliance history rebuilt: " << done << " of " << total << " district(s)\n";
            });
            if (n == 0) std::cerr << "nastavnik: no district to rebuild\n";
        } catch (const domain::Error& e) {
            return fail("cannot rebuild the compliance history: " + describe(e), 2);
        }
        return 0;
    }
    if (!cli.got_subcommand(serve)) return 0;

    // Signals go to sigwait below, never to Pistache's threads.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    try {
        app->start();
    } catch (const api::StartupError& e) {
        return fail(e.what(), 4);
    }
    api::log::info("serving", {{"address", "http://" + host + ":" + std::to_string(app->port())},
                               {"database", persistence::redacted(app->database().info())},
                               {"threads", threads},
                               {"db_pool", config.db.pool_size}});
    // One write, so that no log line (written by the log's own thread) lands inside it.
    std::cerr << ("nastavnik: serving on http://" + host + ":" + std::to_string(app->port()) + " (database " +
                  persistence::redacted(app->database().info()) + ")\n");

    int sig = 0;
    sigwait(&signals, &sig);
    api::log::info("shutting down", {{"signal", sig == SIGINT ? "SIGINT" : "SIGTERM"}});
    app->begin_drain();
    // An operator's Ctrl-C stops at once; SIGTERM from an orchestrator leaves /readyz
    // at 503 for the grace period first, so no new traffic is routed here.
    if (sig == SIGTERM && grace_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(grace_ms));
    app->stop();
    api::log::info("stopped");
    return 0;
}
