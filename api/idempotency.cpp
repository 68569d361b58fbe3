#include "api/idempotency.hpp"

#include <sodium.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "api/access.hpp"
#include "api/json/json_io.hpp"
#include "domain/errors.hpp"
#include "domain/validation.hpp"

namespace api {
namespace {

std::string hex(const unsigned char* p, std::size_t n) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(digits[p[i] >> 4]);
        out.push_back(digits[p[i] & 15]);
    }
    return out;
}

// The request's fingerprint: method, path and body (JSON in a canonical form, so spacing
// and key order do not make two equal bodies differ).
std::string request_hash(const Request& req) {
    std::string body = req.body;
    try {
        if (!body.empty()) body = parse_json_text(req.body).dump();
    } catch (const domain::Error&) {
        // not JSON we would read: the raw bytes are the fingerprint (the handler refuses it)
    }
    std::string data = req.method + "\n" + req.path + "\n" + body;
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return hex(out, sizeof out);
}

std::string random_owner() {
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    return hex(b, sizeof b);
}

Response replay(const domain::StoredResponse& s) {
    Response r;
    r.status = s.status;
    r.content_type = s.content_type;
    r.body = s.body;
    r.headers = s.headers;
    r.with_header("Idempotent-Replayed", "true");
    return r;
}

domain::StoredResponse to_stored(const Response& r) {
    domain::StoredResponse s;
    s.status = r.status;
    s.content_type = r.content_type;
    s.body = r.body;
    for (auto& [k, v] : r.headers) {
        std::string lower = k;
        for (auto& c : lower) c = char(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "etag" || lower == "location") s.headers.emplace_back(k, v);
    }
    return s;
}

}  // namespace

Idempotency::Idempotency(domain::IdempotencyStore& store) : store_(store) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

Response Idempotency::run(const Request& req, const domain::DistrictId& district_id,
                          const std::function<Response(domain::DistrictWrites&)>& execute) {
    auto header = req.header("idempotency-key");
    if (!header) return execute(store_.pooled());
    auto key = domain::trim(*header);
    bool ok = !key.empty() && key.size() <= max_key_length;
    for (char c : key) ok = ok && c >= 0x21 && c <= 0x7e;
    if (!ok)
        throw domain::bad_request("bad-idempotency-key",
                                  "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice).");
    const auto& a = Access::actor(req);
    domain::IdempotencyKey k{district_id, (a.kind == domain::Actor::Kind::user ? "user:" : "api_key:") + a.id, key};
    auto hash = request_hash(req);

    // An answer that is not a success is returned, but nothing of its request is kept.
    struct Unsuccessful {
        Response response;
    };
    // A key claimed without an answer (by a request that committed its claim apart from its
    // answer) is waited for, a few seconds at most, outside the transaction.
    for (int waits = 0;; ++waits) {
        std::optional<Response> out;
        auto owner = random_owner();
        try {
            store_.in_transaction(district_id, [&](domain::DistrictWrites& writes) {
                out.reset();  // a transaction retried after a lost connection starts afresh
                auto& keys = writes.keys();
                if (!keys.claim(k, hash, owner)) {
                    auto rec = keys.find(k);
                    if (!rec) return;  // gone meanwhile: claim again
                    if (rec->request_hash != hash)
                        throw domain::Error(domain::ErrorKind::validation, "idempotency-key-reused",
                                            "This Idempotency-Key was used for a different request (another body or "
                                            "path) in the last 24 hours; use a new key for a new request.");
                    if (rec->response) out = replay(*rec->response);
                    return;
                }
                Response res = execute(writes);
                if (res.status < 200 || res.status >= 300) throw Unsuccessful{std::move(res)};
                keys.complete(k, owner, to_stored(res));
                out = std::move(res);
            });
        } catch (Unsuccessful& u) {
            return std::move(u.response);
        }
        if (out) return std::move(*out);
        if (waits >= 100)
            throw domain::Error(domain::ErrorKind::conflict, "idempotency-key-in-progress",
                                "A request with this Idempotency-Key is still being processed; retry shortly.")
                .retry_after(1);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

}  // namespace api
