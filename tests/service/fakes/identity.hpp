#pragma once
// In-memory fakes of the identity ports (domain/identity.hpp) for the service tests, on one
// manual clock the test moves (seconds since an epoch of the test's own):
//   Crypto — deterministic and honest: a password's "hash" verifies that password only, tokens
//            are unique, digests differ for different inputs (FNV-1a, 64-bit, as hex);
//   IdentityRepository — users by id (logins unique, any case), sessions by token digest with
//            their idle and absolute expiry, API keys by prefix, versions on users;
//   SignInAttempts — counts in fixed windows opened by their first attempt, as
//            persistence/soci_sign_in_attempts.cpp keeps them.
#include <chrono>
#include <map>
#include <string>

#include "domain/identity.hpp"

namespace fakes {

struct Clock {
    long long now = 1'000'000;  // seconds
    void advance(std::chrono::seconds s) { now += s.count(); }
};

class Crypto : public domain::Crypto {
public:
    std::string hash_password(const std::string& password) override;
    bool verify_password(const std::string& hash, const std::string& password) override;
    std::string random_token(std::size_t bytes) override;
    std::string sha256_hex(const std::string& data) override;
    bool equal_constant_time(const std::string& a, const std::string& b) override { return a == b; }
    int verifications = 0;  // how many passwords were checked (a refused attempt checks none)

private:
    long next_ = 0;
};

class IdentityRepository : public domain::IdentityRepository {
public:
    explicit IdentityRepository(Clock& clock) : clock_(clock) {}

    std::optional<domain::StoredLogin> find_login(const std::string& login) override;
    std::string create_session(const domain::UserId& user_id, const std::string& token_hash, std::chrono::seconds idle,
                               std::chrono::seconds absolute) override;
    std::optional<domain::Actor> actor_for_session(const std::string& token_hash, std::chrono::seconds idle) override;
    void revoke_session(const std::string& session_id) override;
    void revoke_sessions_of(const domain::UserId& user_id) override;
    std::optional<domain::StoredApiKey> find_api_key(const std::string& prefix) override;
    void touch_api_key(const domain::DistrictId& district_id, const domain::ApiKeyId& id) override;
    domain::User create_user(const domain::NewUser&, const std::string& password_hash) override;
    std::optional<domain::User> find_user(const domain::UserId& id) override;
    domain::Page<domain::User> list_users(const std::optional<domain::DistrictId>& district_id,
                                          const std::optional<domain::RegionId>& region_id,
                                          const domain::PageRequest&) override;
    domain::User update_user(const domain::UserId& id, domain::ExpectedVersion, const domain::UserPatch&,
                             const std::optional<std::string>& password_hash) override;
    domain::ApiKey create_api_key(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                  const domain::NewApiKey&, const std::string& prefix, const std::string& secret_hash,
                                  const std::string& created_by) override;
    domain::Page<domain::ApiKey> list_api_keys(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                               const domain::PageRequest&) override;
    domain::ApiKey revoke_api_key(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                  const domain::ApiKeyId& id) override;
    domain::Page<domain::AuditEntry> audit_log(const domain::DistrictId& district_id, const domain::AuditQuery&) override;

    // For the tests: sessions not revoked, and how often a key's last use was written.
    [[nodiscard]] int live_sessions_of(const domain::UserId& user_id) const;
    int touches = 0;

private:
    struct Session {
        std::string id;
        domain::UserId user_id;
        long long idle_expires, expires;
        bool revoked = false;
    };
    struct Key {
        domain::ApiKey key;
        std::string secret_hash;
        long long last_used = -1;
    };
    struct Stored {
        domain::User user;
        std::string password_hash;
    };
    std::string next_id();

    Clock& clock_;
    std::map<domain::UserId, Stored> users_;    // by id
    std::map<std::string, Session> sessions_;   // by token digest
    std::map<std::string, Key> keys_;           // by prefix
    long next_ = 0;
};

class SignInAttempts : public domain::SignInAttempts {
public:
    explicit SignInAttempts(Clock& clock) : clock_(clock) {}
    int try_count(const std::string& kind, const std::string& key, int limit, std::chrono::seconds window) override;
    Count counted(const std::string& kind, const std::string& key, std::chrono::seconds window) override;
    void forget(const std::string& kind, const std::string& key) override;

private:
    struct Row {
        long long window_start;
        int attempts;
    };
    Clock& clock_;
    std::map<std::pair<std::string, std::string>, Row> rows_;
};

}  // namespace fakes
