#pragma once
// Idempotency keys: the storage behind `Idempotency-Key` on POST/PUT. Generic (any module
// may use it; it lives here only because this is where the monitoring issue put it).
//
// How a write stays exactly-once, in one transaction (one commit):
//   1. The API opens a transaction in the key's district (`in_transaction`), which hands it
//      the repositories of a write bound to that transaction (`DistrictWrites`): the key's
//      store, the bases, monitoring. What runs through them joins it; nothing else does.
//   2. Its first statement claims the key (`claim`): it inserts the key's row. A concurrent
//      duplicate blocks on the row's primary key until the first commits or rolls back;
//      then it finds the key taken — its write never happens — and replays the winner's
//      answer (`find`), or refuses another body.
//   3. The handler runs; after success the answer is stored (`complete`) in the same
//      transaction. A failure rolls all of it back, the claim too, so a retry runs anew.
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/ids.hpp"

namespace domain {

class BasesRepository;
class MonitoringRepository;
class IdempotencyStore;

// The repositories a write may use, and the key store: bound to one transaction of a
// district (IdempotencyStore::in_transaction), or to the pool, each call a transaction of
// its own (IdempotencyStore::pooled, for a write without a key).
class DistrictWrites {
public:
    virtual ~DistrictWrites() = default;
    virtual IdempotencyStore& keys() = 0;
    virtual BasesRepository& bases() = 0;
    virtual MonitoringRepository& monitoring() = 0;
};

struct IdempotencyKey {
    DistrictId district_id;
    std::string actor, key;  // actor: "user:<id>" or "api_key:<id>"
};

struct StoredResponse {
    int status = 200;
    std::string content_type, body;
    std::vector<std::pair<std::string, std::string>> headers;  // ETag, Location
};

struct IdempotencyRecord {
    std::string request_hash;
    std::optional<StoredResponse> response;  // nullopt: claimed, the answer not stored yet
};

class IdempotencyStore {
public:
    virtual ~IdempotencyStore() = default;
    // Runs fn in one transaction of the district with the repositories bound to it (their
    // keys() store too); an exception rolls all of it back. fn runs again from the start when
    // the database asks for a retry (a lost connection).
    virtual void in_transaction(const DistrictId& district_id, const std::function<void(DistrictWrites&)>& fn) = 0;
    // The same repositories over the pool.
    virtual DistrictWrites& pooled() = 0;
    // Claims the key for the request `owner` in this store's transaction: true when this
    // request holds it now (a new key, or one that expired); false when another request
    // does (one that was still running is waited for first).
    virtual bool claim(const IdempotencyKey&, const std::string& request_hash, const std::string& owner) = 0;
    // The unexpired record of a key (24 hours).
    virtual std::optional<IdempotencyRecord> find(const IdempotencyKey&) = 0;
    // Stores the answer of the request `owner`, which claimed the key in this transaction;
    // now and then deletes the district's expired keys.
    virtual void complete(const IdempotencyKey&, const std::string& owner, const StoredResponse&) = 0;
};

}  // namespace domain
