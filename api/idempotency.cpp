#include "api/idempotency.hpp"

#include <sodium.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "api/access.hpp"
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
        if (!body.empty()) body = nlohmann::json::parse(req.body).dump();
    } catch (...) {
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

Response Idempotency::run(const Request& req, const std::string& district_id, const std::function<Response()>& execute) {
    auto header = req.header("idempotency-key");
    if (!header) return execute();
    auto key = domain::trim(*header);
    bool ok = !key.empty() && key.size() <= max_key_length;
    for (char c : key) ok = ok && c >= 0x21 && c <= 0x7e;
    if (!ok)
        throw domain::bad_request("bad-idempotency-key",
                                  "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice).");
    const auto& a = Access::actor(req);
    domain::IdempotencyKey k{district_id, (a.kind == domain::Actor::Kind::user ? "user:" : "api_key:") + a.id, key};
    auto hash = request_hash(req);

    // A finished answer is replayed; one still being produced by a concurrent request is
    // waited for (a few seconds at most).
    auto replay_or_wait = [&]() -> std::optional<Response> {
        for (int i = 0; i < 100; ++i) {
            auto rec = store_.find(k);
            if (!rec) return std::nullopt;
            if (rec->request_hash != hash)
                throw domain::Error(domain::ErrorKind::validation, "idempotency-key-reused",
                                    "This Idempotency-Key was used for a different request (another body or path) in "
                                    "the last 24 hours; use a new key for a new request.");
            if (rec->response) return replay(*rec->response);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        throw domain::Error(domain::ErrorKind::conflict, "idempotency-key-in-progress",
                            "A request with this Idempotency-Key is still being processed; retry shortly.")
            .retry_after(1);
    };

    for (int attempt = 0;; ++attempt) {
        if (auto r = replay_or_wait()) return *r;
        auto owner = random_owner();
        struct Disarm {
            domain::IdempotencyStore& s;
            ~Disarm() { s.arm(std::nullopt, {}, {}); }
        } disarm{store_};
        store_.arm(k, hash, owner);
        Response res;
        try {
            res = execute();
        } catch (const domain::Error& e) {
            store_.arm(std::nullopt, {}, {});
            if (e.slug() == domain::kIdempotencyKeyTaken && attempt < 3) continue;  // replay the winner's answer
            store_.release(k, owner);
            throw;
        } catch (...) {
            store_.arm(std::nullopt, {}, {});
            store_.release(k, owner);
            throw;
        }
        store_.arm(std::nullopt, {}, {});
        if (res.status >= 200 && res.status < 300)
            store_.complete(k, hash, owner, to_stored(res));
        else
            store_.release(k, owner);
        return res;
    }
}

}  // namespace api
