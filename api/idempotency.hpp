#pragma once
// `Idempotency-Key` for any POST/PUT route: the same key and body from the same credential
// replays the first answer (status, body, ETag, Location); the same key with another body
// is 422; concurrent duplicates execute once (see domain/monitoring_idempotency.hpp).
// Keys are kept per district and per caller for 24 hours. Only successful answers are
// kept: a failure wrote nothing, so retrying it with the same key runs it again.
//
// The claim of the key, the handler's writes and the stored answer are one transaction
// (one commit): `execute` is handed the repositories bound to it (domain::DistrictWrites)
// and writes through them — through nothing else — and must not catch a database error and
// carry on. Without a key it is handed the pool's: each call a transaction of its own.
//
// Use: r.add("POST", "...", [&](Request& req) {
//          auto d = access.district(req, Need::write);            // access first
//          return idempotency.run(req, d.id, [&](domain::DistrictWrites& w) {
//              return ...;                                        // then the write, through w
//          });
//      });
#include <functional>
#include <string>

#include "api/http/http.hpp"
#include "domain/monitoring_idempotency.hpp"

namespace api {

class Idempotency {
public:
    explicit Idempotency(domain::IdempotencyStore& store);
    Response run(const Request& req, const domain::DistrictId& district_id,
                 const std::function<Response(domain::DistrictWrites&)>& execute);

    static constexpr std::size_t max_key_length = 255;

private:
    domain::IdempotencyStore& store_;
};

}  // namespace api
