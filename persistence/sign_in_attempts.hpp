#pragma once
// Sign-in attempts in PostgreSQL (V0013 sign_in_attempts): shared by every instance,
// kept across restarts, counted atomically.
#include <atomic>

#include "domain/identity.hpp"
#include "persistence/database.hpp"

namespace persistence {

class PgSignInAttempts final : public domain::SignInAttempts {
public:
    explicit PgSignInAttempts(Database& db) : db_(db) {}

    int try_count(const std::string& kind, const std::string& key, int limit, std::chrono::seconds window) override;
    Count counted(const std::string& kind, const std::string& key, std::chrono::seconds window) override;
    void forget(const std::string& kind, const std::string& key) override;

private:
    Database& db_;
    std::atomic<unsigned> calls_{0};
};

}  // namespace persistence
