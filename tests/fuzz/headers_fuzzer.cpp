// libFuzzer target: request headers the server interprets — entity tags (If-Match,
// api/json/json_io.hpp require_if_match), Idempotency-Key (api/idempotency.hpp, with the body
// fingerprint it computes) and credentials (domain::IdentityService::authenticate on the
// bearer value). Byte 0 chooses the header; the rest is its value (Idempotency-Key: up to
// the first NUL, the body after it).
// Invariants: only the documented domain::Error kinds come out; an accepted entity tag
// names a version whose ETag reads back to it; an Idempotency-Key is accepted exactly when
// it is 1–255 visible ASCII characters once trimmed; a credential is accepted only when it
// is exactly the known token or API key, and a key is looked up by its prefix alone.
#include <cstddef>
#include <cstdint>

#include "api/idempotency.hpp"
#include "api/json/json_io.hpp"
#include "domain/identity.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

using domain::ErrorKind;

const std::string kToken = "nst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const std::string kKeyPrefix = "abcd1234";
const std::string kKey = "nsk_" + kKeyPrefix + "_SECRETSECRETSECRETSECRETSECRETSE";

[[noreturn]] void unused();

// The writes a handler is handed: the fuzzed handler writes nothing.
struct Writes : domain::DistrictWrites {
    domain::IdempotencyStore* store = nullptr;
    domain::IdempotencyStore& keys() override { return *store; }
    domain::BasesRepository& bases() override { unused(); }
    domain::MonitoringRepository& monitoring() override { unused(); }
};

struct Store : domain::IdempotencyStore {
    Writes writes;
    Store() { writes.store = this; }
    void in_transaction(const domain::DistrictId&, const std::function<void(domain::DistrictWrites&)>& fn) override { fn(writes); }
    domain::DistrictWrites& pooled() override { return writes; }
    bool claim(const domain::IdempotencyKey&, const std::string& hash, const std::string&) override {
        fuzz::check(hash.size() == 64, "request hash not a SHA-256 in hex", hash);
        return true;
    }
    std::optional<domain::IdempotencyRecord> find(const domain::IdempotencyKey&) override { return std::nullopt; }
    void complete(const domain::IdempotencyKey&, const std::string&, const domain::StoredResponse&) override {}
};

struct Crypto : domain::Crypto {
    std::string hash_password(const std::string& p) override { return "p:" + p; }
    bool verify_password(const std::string& h, const std::string& p) override { return h == "p:" + p; }
    std::string random_token(std::size_t) override { return "T"; }
    std::string sha256_hex(const std::string& d) override { return "h:" + d; }
    bool equal_constant_time(const std::string& a, const std::string& b) override { return a == b; }
};

[[noreturn]] void unused() { fuzz::fail("a repository method was called that should not be needed"); }

struct Repo : domain::IdentityRepository {
    std::string looked_up;
    std::optional<domain::StoredLogin> find_login(const std::string&) override { unused(); }
    std::string create_session(const domain::UserId&, const std::string&, std::chrono::seconds, std::chrono::seconds) override { unused(); }
    std::optional<domain::Actor> actor_for_session(const std::string& hash, std::chrono::seconds) override {
        if (hash != "h:" + kToken) return std::nullopt;
        domain::Actor a;
        a.kind = domain::Actor::Kind::user;
        a.id = "user";
        return a;
    }
    void revoke_session(const std::string&) override { unused(); }
    void revoke_sessions_of(const domain::UserId&) override { unused(); }
    std::optional<domain::StoredApiKey> find_api_key(const std::string& prefix) override {
        looked_up = prefix;
        fuzz::check(prefix.find('_') == std::string::npos, "API key looked up by more than its prefix", prefix);
        if (prefix != kKeyPrefix) return std::nullopt;
        domain::StoredApiKey k;
        k.key.id = domain::ApiKeyId{"key"};
        k.key.district_id = domain::DistrictId{"district"};
        k.secret_hash = "h:" + kKey;
        k.usable = true;
        return k;
    }
    void touch_api_key(const domain::DistrictId&, const domain::ApiKeyId&) override {}
    domain::User create_user(const domain::NewUser&, const std::string&) override { unused(); }
    std::optional<domain::User> find_user(const domain::UserId&) override { unused(); }
    domain::Page<domain::User> list_users(const std::optional<domain::DistrictId>&, const std::optional<domain::RegionId>&,
                                          const domain::PageRequest&) override { unused(); }
    domain::User update_user(const domain::UserId&, domain::ExpectedVersion, const domain::UserPatch&,
                             const std::optional<std::string>&) override { unused(); }
    domain::ApiKey create_api_key(const domain::DistrictId&, const domain::OrganizationId&, const domain::NewApiKey&, const std::string&,
                                  const std::string&, const std::string&) override { unused(); }
    domain::Page<domain::ApiKey> list_api_keys(const domain::DistrictId&, const domain::OrganizationId&, const domain::PageRequest&) override { unused(); }
    domain::ApiKey revoke_api_key(const domain::DistrictId&, const domain::OrganizationId&, const domain::ApiKeyId&) override { unused(); }
    domain::Page<domain::AuditEntry> audit_log(const domain::DistrictId&, const domain::AuditQuery&) override { unused(); }
};

bool visible_ascii_key(const std::string& raw) {
    auto k = domain::trim(raw);
    if (k.empty() || k.size() > api::Idempotency::max_key_length) return false;
    for (char c : k)
        if (c < 0x21 || c > 0x7e) return false;
    return true;
}

// Sign-in attempts: authenticate() never counts any (only login() does).
struct NoAttempts final : domain::SignInAttempts {
    int try_count(const std::string&, const std::string&, int, std::chrono::seconds) override { return 0; }
    Count counted(const std::string&, const std::string&, std::chrono::seconds) override { return {}; }
    void forget(const std::string&, const std::string&) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::string value(reinterpret_cast<const char*>(data + 1), size - 1);
    api::Request req;
    req.method = "PUT";
    req.path = "/api/v1/districts/d/reports/r";
    switch (data[0] % 3) {
        case 0: {  // If-Match
            req.headers.emplace_back("if-match", value);
            domain::ExpectedVersion v;
            if (!fuzz::refused([&] { v = api::require_if_match(req); }, {ErrorKind::precondition_failed}) && v.version) {
                api::Request again;
                again.headers.emplace_back("if-match", api::etag(*v.version));
                fuzz::check(api::require_if_match(again).version == v.version, "ETag does not read back");
            }
            api::Request none;
            const domain::Error* e = fuzz::refused([&] { api::require_if_match(none); }, {ErrorKind::precondition_required});
            fuzz::check(e != nullptr, "a missing If-Match was accepted");
            break;
        }
        case 1: {  // Idempotency-Key, then the body it fingerprints
            auto nul = value.find('\0');
            std::string key = value.substr(0, nul);
            req.body = nul == std::string::npos ? std::string() : value.substr(nul + 1);
            req.headers.emplace_back("idempotency-key", key);
            domain::Actor a;
            a.kind = domain::Actor::Kind::api_key;
            a.id = "key";
            req.actor = a;
            static Store store;
            static api::Idempotency idem(store);
            bool ran = false;
            const domain::Error* e = fuzz::refused(
                [&] {
                    auto r = idem.run(req, domain::DistrictId{"district"}, [&](domain::DistrictWrites&) {
                        ran = true;
                        return api::Response::json(201, nlohmann::json::object());
                    });
                    fuzz::check(r.status == 201, "idempotent run changed the answer");
                },
                {ErrorKind::bad_request});
            fuzz::check(ran == visible_ascii_key(key), "Idempotency-Key accepted or refused wrongly", key);
            if (e) fuzz::check(e->slug() == "bad-idempotency-key", "Idempotency-Key refused with another slug", e->slug());
            break;
        }
        case 2: {  // the bearer credential
            static Repo repo;
            static Crypto crypto;
            static NoAttempts attempts;
            static domain::IdentityService identity(repo, crypto, attempts);
            domain::Actor actor;
            const domain::Error* e =
                fuzz::refused([&] { actor = identity.authenticate(value); }, {ErrorKind::unauthorized});
            if (!e) fuzz::check(value == kToken || value == kKey, "a credential that is neither was accepted", value);
            else fuzz::check(value != kToken && value != kKey, "the known credential was refused", value);
            break;
        }
    }
    return 0;
}
