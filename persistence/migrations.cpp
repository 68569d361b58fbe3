#include "persistence/migrations.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace persistence {

MigrationResult migrate(soci::session& sql) {
    MigrationResult result;
    sql << "set client_min_messages = warning";
    sql << "select pg_advisory_lock(hashtext('nastavnik.migrations'))";
    try {
        sql << "create table if not exists schema_migrations ("
               " version integer primary key, name text not null,"
               " applied_at timestamptz not null default now())";
        // Every embedded migration not yet recorded is applied, in order, even one numbered
        // below the newest applied (branches landing out of order).
        std::set<int> applied;
        {
            soci::rowset<int> rs = sql.prepare << "select version from schema_migrations";
            for (int v : rs) applied.insert(v);
        }
        int current = applied.empty() ? 0 : *applied.rbegin();
        for (const auto& m : embedded_migrations()) {
            if (applied.count(m.version)) continue;
            soci::transaction tx(sql);
            try {
                sql << m.sql;
            } catch (const soci::soci_error& e) {
                std::string msg = e.what();
                throw std::runtime_error("migration " + m.name + " failed: " + msg.substr(0, msg.find('\n')));
            }
            sql << "insert into schema_migrations(version, name) values (:v, :n)", soci::use(m.version),
                soci::use(m.name);
            tx.commit();
            current = std::max(current, m.version);
            ++result.applied;
        }
        result.current_version = current;
    } catch (...) {
        sql << "select pg_advisory_unlock(hashtext('nastavnik.migrations'))";
        throw;
    }
    sql << "select pg_advisory_unlock(hashtext('nastavnik.migrations'))";
    return result;
}

}  // namespace persistence
