#pragma once
// Idempotency keys: the storage behind `Idempotency-Key` on POST/PUT. Generic (any module
// may use it; it lives here only because this is where the monitoring issue put it).
//
// How a write stays exactly-once, in one transaction (one commit):
//   1. The API opens a transaction in the key's district (`in_transaction`); every store
//      call and every repository call of that district made inside it joins it.
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

class IdempotencyStore {
public:
    virtual ~IdempotencyStore() = default;
    // Runs fn in one transaction of the district: the calls below, and every repository
    // call of the same district made inside fn, join it; an exception rolls all of it back.
    virtual void in_transaction(const std::string& district_id, const std::function<void()>& fn) = 0;
    // Claims the key for the request `owner` in the current transaction: true when this
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
