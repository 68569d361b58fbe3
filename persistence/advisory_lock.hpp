#pragma once
// A PostgreSQL advisory lock held for longer than a transaction (an export, while it is
// read and sent), on a connection of its own outside the pool: it holds across every
// instance of the server, and it is gone when its holder is released — or when the
// process dies and its connection with it.
#include <memory>
#include <string>

#include "persistence/database.hpp"

namespace persistence {

class AdvisoryLock {
public:
    // The lock named `name` (hashed to PostgreSQL's 64-bit lock key), or nullptr when
    // another session holds it now. Never waits. Throws unavailable when the database
    // cannot be reached.
    static std::unique_ptr<AdvisoryLock> try_acquire(const Database& db, const std::string& name);
    ~AdvisoryLock();  // unlocks at once, then closes the connection
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

private:
    AdvisoryLock(std::unique_ptr<soci::session> sql, std::string name) : sql_(std::move(sql)), name_(std::move(name)) {}
    std::unique_ptr<soci::session> sql_;
    std::string name_;
};

}  // namespace persistence
