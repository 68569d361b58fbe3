#include "tests/support/test_db.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <random>
#include <stdexcept>

#include "persistence/connection_string.hpp"
#include "persistence/migrations.hpp"

namespace testsupport {
namespace {

std::string required_env(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v)
        throw std::runtime_error(std::string(name) + " is not set: run the tests through `make test`, which starts a throwaway PostgreSQL");
    return v;
}

std::string with_db(const std::string& url, const std::string& db) {
    auto slash = url.rfind('/');
    return url.substr(0, slash + 1) + db;
}

}  // namespace

std::string unique_code(const std::string& prefix) {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    static const char* chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string s = prefix;
    for (int i = 0; i < 10; ++i) s.push_back(chars[rng() % 36]);
    return s;
}

const TestDatabase& test_database() {
    static TestDatabase db;
    static std::once_flag once;
    std::call_once(once, [] {
        auto admin = required_env("NASTAVNIK_TEST_ADMIN_URL");
        auto owner = required_env("NASTAVNIK_TEST_OWNER_URL");
        db.name = unique_code("t_" + std::to_string(getpid()) + "_");
        {
            soci::session s(soci::postgresql,
                            persistence::to_soci_connect_string(persistence::parse_database_url(admin)));
            s << "create database " + db.name + " owner nastavnik_owner";
        }
        db.owner_url = with_db(owner, db.name);
        db.admin_url = with_db(admin, db.name);
        soci::session s(soci::postgresql, persistence::to_soci_connect_string(persistence::parse_database_url(db.owner_url)));
        persistence::migrate(s);
    });
    return db;
}

std::unique_ptr<soci::session> admin_session() {
    return std::make_unique<soci::session>(
        soci::postgresql, persistence::to_soci_connect_string(persistence::parse_database_url(test_database().admin_url)));
}

void rebuild_compliance_history(const std::string& district_id) {
    auto s = admin_session();
    int n = 0;
    *s << "select count(*) from (select compliance_history_rebuild(cast(:d as uuid))) x", soci::use(district_id),
        soci::into(n);
}

}  // namespace testsupport
