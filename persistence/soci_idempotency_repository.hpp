#pragma once
// Idempotency keys in PostgreSQL (table idempotency_keys, V0004). See
// domain/monitoring_idempotency.hpp for the protocol.
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "domain/monitoring_idempotency.hpp"
#include "persistence/database.hpp"

namespace persistence {

class SociIdempotencyRepository final : public domain::IdempotencyStore {
public:
    // purge_every: how often, per district, `complete` deletes the district's expired keys
    // (expired keys are invisible and taken over anyway; the purge only keeps the table small).
    explicit SociIdempotencyRepository(Database& db, std::chrono::seconds purge_every = std::chrono::seconds(60))
        : db_(db), purge_every_(purge_every) {}

    void in_transaction(const std::string& district_id, const std::function<void()>& fn) override;
    bool claim(const domain::IdempotencyKey&, const std::string& request_hash, const std::string& owner) override;
    std::optional<domain::IdempotencyRecord> find(const domain::IdempotencyKey&) override;
    void complete(const domain::IdempotencyKey&, const std::string& owner, const domain::StoredResponse&) override;

private:
    bool purge_due(const std::string& district_id);

    Database& db_;
    std::chrono::seconds purge_every_;
    std::mutex mu_;
    std::unordered_map<std::string, std::chrono::steady_clock::time_point> next_purge_;  // per district
};

}  // namespace persistence
