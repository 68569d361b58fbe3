#pragma once
// Idempotency keys in PostgreSQL (table idempotency_keys, V0004). See
// domain/monitoring_idempotency.hpp for the protocol.
#include <soci/soci.h>

#include "domain/monitoring_idempotency.hpp"
#include "persistence/database.hpp"

namespace persistence {

class SociIdempotencyRepository final : public domain::IdempotencyStore {
public:
    explicit SociIdempotencyRepository(Database& db) : db_(db) {}

    std::optional<domain::IdempotencyRecord> find(const domain::IdempotencyKey&) override;
    void arm(const std::optional<domain::IdempotencyKey>& key, const std::string& request_hash,
             const std::string& owner) override;
    void complete(const domain::IdempotencyKey&, const std::string& request_hash, const std::string& owner,
                  const domain::StoredResponse&) override;
    void release(const domain::IdempotencyKey&, const std::string& owner) override;

private:
    Database& db_;
};

// Call first thing in every write transaction of a route that takes Idempotency-Key
// (a no-op unless the request armed a key for this thread and this district). Inserts the
// key's row in the caller's transaction; throws domain::Error(conflict,
// kIdempotencyKeyTaken) when another request holds the key, so the write rolls back.
void claim_armed_idempotency_key(soci::session& sql);

}  // namespace persistence
