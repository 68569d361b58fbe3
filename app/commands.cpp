#include "app/commands.hpp"

#include <pthread.h>
#include <signal.h>

#include <fstream>
#include <iostream>
#include <thread>

#include "api/http/log.hpp"
#include "domain/audit_context.hpp"
#include "domain/roadmap_service.hpp"
#include "domain/validation.hpp"
#include "persistence/compliance_repository.hpp"
#include "persistence/roadmap_repository.hpp"

namespace api {

int fail(const std::string& message, int code) {
    std::cerr << "nastavnik: error: " << message << "\n";
    return code;
}

std::string describe(const domain::Error& e) {
    std::string detail = e.what();
    for (auto& f : e.fields()) detail += "\n  " + f.pointer + ": " + f.message;
    return detail;
}

namespace {

// What import-roadmap's arguments mean, or the message of the first that is wrong.
struct ImportPlan {
    std::optional<domain::DateRange> period;
    domain::RoadmapOwner owner;
    domain::TableFormat format = domain::TableFormat::tsv;
    std::optional<std::string> title;
    domain::ImportOptions options;
};
std::optional<std::string> read_import_args(const ImportArgs& a, ImportPlan& p) {
    if (!a.period.empty()) {
        auto colon = a.period.find(':');
        auto start = domain::Date::parse_iso(a.period.substr(0, colon));
        auto end = colon == std::string::npos ? std::nullopt : domain::Date::parse_iso(a.period.substr(colon + 1));
        if (!start || !end) return "--period must be START:END as YYYY-MM-DD:YYYY-MM-DD";
        p.period = domain::DateRange{*start, *end};
    }
    if (!domain::is_uuid(a.district)) return "--district must be the district's id";
    if (a.part < 1) return "--part must be 1 (the plan) or an appendix's number";
    if (a.owner != "district") {
        if (!domain::is_uuid(a.owner)) return "--owner must be district or an organisation's id";
        p.owner.organization_id = domain::OrganizationId{a.owner};
    }
    auto format = a.format;
    if (format.empty()) format = a.file.size() > 4 && a.file.substr(a.file.size() - 4) == ".csv" ? "csv" : "tsv";
    if (format != "tsv" && format != "csv") return "--format must be tsv or csv";
    p.format = format == "csv" ? domain::TableFormat::csv : domain::TableFormat::tsv;
    if (!a.title.empty()) p.title = a.title;
    p.options.part = a.part;
    return std::nullopt;
}

void report_import(int tables, std::size_t sections, int items, const std::vector<domain::UnplacedLine>& unplaced,
                   const std::vector<domain::ImportWarning>& warnings) {
    std::cerr << " " << tables << " table(s), " << sections << " sections, " << items << " items, " << unplaced.size()
              << " unplaced line(s), " << warnings.size() << " warning(s)\n";
    for (auto& u : unplaced) std::cerr << "  line " << u.line << ": " << u.reason << ": " << u.text << "\n";
    for (auto& w : warnings) std::cerr << "  line " << w.line << ": warning " << w.code << ": " << w.message << "\n";
}

}  // namespace

int import_roadmap(App& app, ImportArgs args) {
    ImportPlan p;
    if (auto wrong = read_import_args(args, p)) return fail(*wrong, 2);
    std::ifstream in(args.file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    std::cerr << "nastavnik: " << (args.dry_run ? "reading " : "importing ") << args.file << " (" << text.size()
              << " bytes)…" << std::flush;
    domain::AuditScope audit({"system", "cli:import-roadmap", ""});
    try {
        const domain::DistrictId district{args.district};
        app.catalog().district(district);
        if (p.owner.organization_id)
            app.catalog().organization(district, *p.owner.organization_id);
        if (args.dry_run) {
            auto plan = domain::RoadmapService::plan_import(p.owner, p.period, p.title, text, p.format, p.options);
            int items = 0;
            for (auto& s : plan.record.sections) items += static_cast<int>(s.items.size());
            report_import(plan.parsed.tables, plan.record.sections.size(), items, plan.parsed.unplaced,
                          plan.record.import_warnings);
            std::cerr << "  period " << plan.record.input.period.start.iso() << ".."
                      << plan.record.input.period.end.iso() << "; nothing written (--dry-run)\n";
            return 0;
        }
        persistence::PgRoadmapRepository repo(app.database());
        domain::RoadmapService service(repo);
        auto result = service.import_table(domain::DistrictId{args.district}, p.owner, p.period, p.title, text, p.format,
                                           p.options);
        report_import(result.tables, result.roadmap.sections.size(), result.roadmap.item_count, result.unplaced,
                      result.warnings);
        std::cout << result.roadmap.id.str() << "\n";
        return 0;
    } catch (const domain::Error& e) {
        std::cerr << "\n";
        return fail("import failed: " + describe(e), e.kind() == domain::ErrorKind::unavailable ? 3 : 2);
    }
}

int create_admin(App& app, const std::string& login, const std::string& password, const std::string& full_name) {
    try {
        auto u = app.identity().create_admin(login, password, full_name);
        std::cerr << "nastavnik: created system administrator " << u.login << " (" << u.id.str() << ")\n";
        return 0;
    } catch (const domain::Error& e) {
        std::string detail = describe(e);
        if (e.kind() == domain::ErrorKind::conflict) detail = "the login " + login + " is taken";
        return fail("cannot create the administrator: " + detail, 2);
    }
}

int rebuild_history(App& app, const std::string& district) {
    try {
        std::optional<std::string> only;
        if (!district.empty()) {
            if (!domain::is_uuid(district)) return fail("--district must be a district's id (a UUID)", 2);
            only = district;
        }
        int n = persistence::rebuild_compliance_history(app.database(), only, [](int done, int total) {
            if (done == total || done % 100 == 0)
                std::cerr << "nastavnik: compliance history rebuilt: " << done << " of " << total << " district(s)\n";
        });
        if (n == 0) std::cerr << "nastavnik: no district to rebuild\n";
        return 0;
    } catch (const domain::Error& e) {
        return fail("cannot rebuild the compliance history: " + describe(e), 2);
    }
}

int serve(App& app, const std::string& host, int threads, std::size_t pool, int grace_ms) {
    // Signals go to sigwait below, never to Pistache's threads.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    try {
        app.start();
    } catch (const StartupError& e) {
        return fail(e.what(), 4);
    }
    const auto address = "http://" + host + ":" + std::to_string(app.port());
    const auto database = persistence::redacted(app.database().info());
    log::info("serving", {{"address", address}, {"database", database}, {"threads", threads}, {"db_pool", pool}});
    // One write, so that no log line (written by the log's own thread) lands inside it.
    std::cerr << ("nastavnik: serving on " + address + " (database " + database + ")\n");

    int sig = 0;
    sigwait(&signals, &sig);
    log::info("shutting down", {{"signal", sig == SIGINT ? "SIGINT" : "SIGTERM"}});
    app.begin_drain();
    // An operator's Ctrl-C stops at once; SIGTERM from an orchestrator leaves /readyz
    // at 503 for the grace period first, so no new traffic is routed here.
    if (sig == SIGTERM && grace_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(grace_ms));
    app.stop();
    log::info("stopped");
    return 0;
}

}  // namespace api
