#pragma once
// Idempotency keys: the storage behind `Idempotency-Key` on POST/PUT. Generic (any module
// may use it; it lives here only because this is where the monitoring issue put it).
//
// How a write stays exactly-once:
//   1. The API looks the key up; a finished answer is replayed, another body is a 422.
//   2. Otherwise it `arm`s a claim for the current thread and runs the handler. The first
//      write transaction the handler opens calls the claim (persistence:
//      claim_armed_idempotency_key) before anything else: it inserts the key's row in that
//      same transaction. A concurrent duplicate blocks on the row's primary key, then finds
//      the key taken by another request and rolls back with `key_taken` — its write never
//      happens — and replays the winner's answer.
//   3. After success the answer is stored (`complete`); on failure a claim that was
//      committed without an answer is released.
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace domain {

struct IdempotencyKey {
    std::string district_id, actor, key;  // actor: "user:<id>" or "api_key:<id>"
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

// The slug of the error a claim throws when another request holds the key.
inline constexpr const char* kIdempotencyKeyTaken = "idempotency-key-taken";

class IdempotencyStore {
public:
    virtual ~IdempotencyStore() = default;
    // The unexpired record of a key (24 hours).
    virtual std::optional<IdempotencyRecord> find(const IdempotencyKey&) = 0;
    // Arms (or, with nullopt, disarms) the claim for the current thread.
    virtual void arm(const std::optional<IdempotencyKey>& key, const std::string& request_hash,
                     const std::string& owner) = 0;
    // Stores the answer of the request `owner` (claiming the key now if no transaction did);
    // deletes expired keys of the district.
    virtual void complete(const IdempotencyKey&, const std::string& request_hash, const std::string& owner,
                          const StoredResponse&) = 0;
    // Drops a claim of `owner` that has no answer (the request failed after its write).
    virtual void release(const IdempotencyKey&, const std::string& owner) = 0;
};

}  // namespace domain
