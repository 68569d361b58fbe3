#pragma once
// A PostgreSQL advisory lock held for longer than a transaction (an export, while it is
// read and sent), on a connection of its own outside the pool: it holds across every
// instance of the server, and it is gone when its holder is released — or when the
// process dies and its connection with it.
#include <memory>
#include <string>

#include "domain/export_slots.hpp"
#include "persistence/database.hpp"

namespace persistence {

class AdvisoryLock final : public domain::ExportSlots::Slot {
public:
    // The lock named `name` (hashed to PostgreSQL's 64-bit lock key), or nullptr when
    // another session holds it now. Never waits. Throws unavailable when the database
    // cannot be reached.
    static std::unique_ptr<AdvisoryLock> try_acquire(const Database& db, const std::string& name);
    ~AdvisoryLock() override;  // unlocks at once, then closes the connection
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

private:
    AdvisoryLock(std::unique_ptr<soci::session> sql, std::string name) : sql_(std::move(sql)), name_(std::move(name)) {}
    std::unique_ptr<soci::session> sql_;
    std::string name_;
};

// The export slots (domain/export_slots.hpp) as advisory locks named "nastavnik export <scope>".
class AdvisoryExportSlots final : public domain::ExportSlots {
public:
    explicit AdvisoryExportSlots(const Database& db) : db_(db) {}
    std::unique_ptr<Slot> try_take(const std::string& scope) override;

private:
    const Database& db_;
};

}  // namespace persistence
