#pragma once
// What `nastavnik <command>` does once the application is built (app/main.cpp reads the
// command line): each returns the process's exit code and says what went wrong on stderr
// in one line (2: the input, 3: the database, 4: the listen address).
#include <optional>
#include <string>

#include "app/app.hpp"
#include "domain/errors.hpp"

namespace api {

int fail(const std::string& message, int code);
// An error with its field messages, one per line.
std::string describe(const domain::Error& e);

struct ImportArgs {
    std::string file, district, owner = "district", period, format, title;
    int part = 1;
    bool dry_run = false;
};
// nastavnik import-roadmap FILE …: the same import as the API's, with a progress line.
int import_roadmap(App& app, ImportArgs args);

int create_admin(App& app, const std::string& login, const std::string& password, const std::string& full_name);

// nastavnik rebuild-history [--district ID]
int rebuild_history(App& app, const std::string& district);

// Serves until SIGINT or SIGTERM; on SIGTERM /readyz answers 503 for `grace_ms` first.
int serve(App& app, const std::string& host, int threads, std::size_t pool, int grace_ms);

}  // namespace api
