#include "persistence/advisory_lock.hpp"

#include "domain/errors.hpp"

namespace persistence {

std::unique_ptr<AdvisoryLock> AdvisoryLock::try_acquire(const Database& db, const std::string& name) {
    auto sql = db.open_app_session();
    int got = 0;
    try {
        *sql << "select pg_try_advisory_lock(hashtextextended(:n, 0))::int", soci::use(name), soci::into(got);
    } catch (const soci::soci_error&) {
        throw domain::Error(domain::ErrorKind::unavailable, "database-unavailable",
                            "The database is not reachable right now; try again shortly.");
    }
    if (!got) return nullptr;
    return std::unique_ptr<AdvisoryLock>(new AdvisoryLock(std::move(sql), name));
}

AdvisoryLock::~AdvisoryLock() {
    // Unlocked before the connection closes: a closed connection's backend lets go of its
    // locks only as it exits, a moment later, and the next holder should not wait for that.
    try {
        int released = 0;
        *sql_ << "select pg_advisory_unlock(hashtextextended(:n, 0))::int", soci::use(name_), soci::into(released);
    } catch (...) {
    }
}

std::unique_ptr<domain::ExportSlots::Slot> AdvisoryExportSlots::try_take(const std::string& scope) {
    return AdvisoryLock::try_acquire(db_, "nastavnik export " + scope);
}

}  // namespace persistence
