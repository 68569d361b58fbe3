#include "persistence/replica_reads.hpp"

#include <soci/postgresql/soci-postgresql.h>

#include "domain/errors.hpp"
#include "persistence/pg.hpp"

namespace persistence {
namespace {

long long now_ticks() { return std::chrono::steady_clock::now().time_since_epoch().count(); }

// How long an unreachable replica is left alone before it is tried again.
constexpr std::chrono::seconds kRest{5};

}  // namespace

template <class F>
void ReplicaFirst::attempt(const F& on) {
    if (now_ticks() >= skip_until_.load(std::memory_order_relaxed)) {
        try {
            on(static_cast<Transactions&>(replica_));
            ++replica_calls_;
            return;
        } catch (const soci::postgresql_soci_error& e) {
            if (e.sqlstate() != "25006") throw;  // read_only_sql_transaction: it writes
            ++write_fallbacks_;
        } catch (const domain::Error& e) {
            // database-unavailable (cannot connect) or database-busy (no free connection);
            // a statement timeout is an answer of its own.
            if (e.kind() != domain::ErrorKind::unavailable || e.slug() == "statement-timeout") throw;
            ++unavailable_fallbacks_;
            if (e.slug() == "database-unavailable")
                skip_until_.store(now_ticks() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(kRest).count(),
                                  std::memory_order_relaxed);
        }
    }
    on(primary_);
}

void ReplicaFirst::in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) {
    attempt([&](Transactions& db) { db.in_tenant(district_id, fn); });
}

void ReplicaFirst::in_global(const std::function<void(soci::session&)>& fn) {
    attempt([&](Transactions& db) { db.in_global(fn); });
}

void ReplicaFirst::in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) {
    attempt([&](Transactions& db) { db.in_region(region_id, fn); });
}

pg::Result ReplicaFirst::read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                              const std::vector<pg::Param>& params) {
    pg::Result out;
    attempt([&](Transactions& db) { out = db.read(district_id, region_id, st, params); });
    return out;
}

}  // namespace persistence
