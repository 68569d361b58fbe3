// nastavnik: the server and its admin commands. The command line is read here; the settings
// are checked in app/settings.cpp, and each command is in app/commands.cpp.
#include <cstdio>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "api/http/log.hpp"
#include "app/app.hpp"
#include "app/commands.hpp"
#include "app/settings.hpp"
#include "persistence/pg.hpp"

namespace {

// `nastavnik statements`: the prepared statements as JSON (bench/pgbench_scripts.py runs them).
int print_statements() {
    nlohmann::json out = nlohmann::json::object();
    for (const auto* st : persistence::pg::all_statements()) out[st->name] = st->sql;
    std::cout << out.dump(1) << "\n";
    return 0;
}

// The application, migrated and (when asked) with the demo district; null after a message.
std::unique_ptr<api::App> open_app(const api::AppConfig& config, bool demo, int& code) {
    std::unique_ptr<api::App> app;
    try {
        app = std::make_unique<api::App>(config);
    } catch (const std::invalid_argument& e) {
        code = api::fail(e.what(), 2);
        return nullptr;
    }
    try {
        app->migrate();
    } catch (const std::exception& e) {
        code = api::fail(e.what(), 3);
        return nullptr;
    }
    try {
        if (demo) app->load_demo();
    } catch (const std::exception& e) {
        code = api::fail(std::string("loading the demo failed: ") + e.what(), 3);
        return nullptr;
    }
    return app;
}

// `import-roadmap FILE …` and its options, read into `args`.
CLI::App* add_import_command(CLI::App& cli, api::Settings& settings, api::ImportArgs& args) {
    auto* import = cli.add_subcommand("import-roadmap", "Import a roadmap table (TSV as in the seeds, or CSV) as a draft");
    settings.add_database_options(*import);
    import->add_option("file", args.file, "The table file")->required()->check(CLI::ExistingFile);
    import->add_option("--district", args.district, "The district's id")->required();
    import->add_option("--owner", args.owner, "district, or the owning organisation's id");
    import->add_option("--period", args.period,
                       "START:END, e.g. 2024-09-01:2025-08-31 (default: read from the title or the deadlines, "
                       "with a warning)");
    import->add_option("--part", args.part, "1: the plan (default); 2…: an appendix after it");
    import->add_flag("--dry-run", args.dry_run, "Read and report only; write nothing");
    import->add_option("--format", args.format, "tsv or csv (default: by the file's extension)");
    import->add_option("--title", args.title, "The roadmap's title (default: the document's heading)");
    return import;
}

}  // namespace

int main(int argc, char** argv) {
    // Log lines go to stdout from the log's own thread (api/http/log.cpp): line-buffered with room for
    // any line, each leaves in one write, whole, and nothing written to stderr lands inside one.
    std::setvbuf(stdout, nullptr, _IOLBF, 1 << 16);
    CLI::App cli{"Nastavnik: the mentoring target model (ЦМН) backend for education departments."};
    cli.require_subcommand(1);
    auto settings = api::Settings::from_environment();

    auto* serve = cli.add_subcommand("serve", "Migrate the database and serve the API");
    settings.add_serve_options(*serve);
    auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations and exit");
    settings.add_database_options(*migrate);
    auto* demo = cli.add_subcommand("demo", "Load the demo district (Kameshkovo, Vladimir region) and exit");
    settings.add_database_options(*demo);

    std::string admin_login, admin_password, admin_name = "Администратор системы";
    auto* admin = cli.add_subcommand("create-admin", "Create a system administrator and exit");
    settings.add_database_options(*admin);
    admin->add_option("--login", admin_login, "The administrator's login")->required();
    admin->add_option("--password", admin_password, "At least 10 characters (env ADMIN_PASSWORD)")
        ->envname("ADMIN_PASSWORD")
        ->required();
    admin->add_option("--full-name", admin_name, "The administrator's name");

    api::ImportArgs import_args;
    auto* import = add_import_command(cli, settings, import_args);

    std::string rebuild_district;
    auto* rebuild = cli.add_subcommand(
        "rebuild-history",
        "Compute the compliance history (past dates) anew from the roadmaps and progress records, after data was "
        "mended by hand or restored");
    settings.add_database_options(*rebuild);
    rebuild->add_option("--district", rebuild_district, "Only this district's (default: every district)");

    auto* statements = cli.add_subcommand(
        "statements", "Print the prepared statements as JSON (name → SQL; bench/pgbench_scripts.py runs them)");

    CLI11_PARSE(cli, argc, argv);
    if (cli.got_subcommand(statements)) return print_statements();

    const bool serving = cli.got_subcommand(serve);
    auto checked = settings.check(serving);
    if (!checked.config) return api::fail(checked.error, 2);
    api::log::Level level{};
    api::log::parse_level(settings.log_level, level);  // checked above
    api::log::set_level(level);

    int code = 0;
    auto app = open_app(*checked.config, cli.got_subcommand(demo) || (serving && settings.demo), code);
    if (!app) return code;
    if (cli.got_subcommand(admin)) return api::create_admin(*app, admin_login, admin_password, admin_name);
    if (cli.got_subcommand(import)) return api::import_roadmap(*app, import_args);
    if (cli.got_subcommand(rebuild)) return api::rebuild_history(*app, rebuild_district);
    if (!serving) return 0;  // migrate, demo: done above
    return api::serve(*app, settings.host, settings.threads, checked.config->db.pool_size, settings.grace_ms);
}
