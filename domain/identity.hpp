#pragma once
// People who sign in, their sessions, API keys for school systems, the audit log.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/access.hpp"
#include "domain/instant.hpp"
#include "domain/ids.hpp"
#include "domain/paging.hpp"

namespace domain {

// Whether a user may sign in: a disabled one may not (and has no sessions left).
enum class UserStatus { active, disabled };
std::string_view to_string(UserStatus);
std::optional<UserStatus> parse_user_status(std::string_view);

struct User {
    UserId id;
    std::string login, full_name;
    Role role = Role::district_viewer;
    std::optional<RegionId> region_id;
    std::optional<DistrictId> district_id;
    std::optional<OrganizationId> organization_id;
    UserStatus status = UserStatus::active;
    int version = 1;
    Instant created_at, updated_at;
};

struct NewUser {
    std::string login, password, full_name;
    Role role = Role::district_viewer;
    std::optional<RegionId> region_id;
    std::optional<DistrictId> district_id;
    std::optional<OrganizationId> organization_id;  // as sent: validate() checks it is a UUID
    void validate();
};

struct UserPatch {
    std::optional<std::string> full_name, password;
    std::optional<UserStatus> status;
    std::optional<Role> role;
    std::optional<std::optional<OrganizationId>> organization_id;  // as sent: validate() checks it
    void validate();
};

struct ApiKey {
    ApiKeyId id;
    DistrictId district_id;
    OrganizationId organization_id;
    std::string name, prefix;
    std::vector<std::string> scopes;
    std::optional<Instant> expires_at, last_used_at, revoked_at;
    Instant created_at;
};

struct NewApiKey {
    std::string name;
    std::vector<std::string> scopes;
    std::optional<std::string> expires_at;  // RFC 3339 or YYYY-MM-DD (end of that day, UTC)
    // `now` is the current UTC time as YYYY-MM-DDTHH:MM:SSZ: a key may not expire before it.
    void validate(const std::string& now);
};

struct IssuedApiKey {
    ApiKey key;
    std::string secret;  // shown once
};

struct LoginResult {
    std::string token, expires_at;
    User user;
};

struct AuditEntry {
    std::int64_t id = 0;
    Instant at;
    std::string actor_kind, action, resource;
    std::optional<std::string> actor_id, request_id, resource_id;
    std::string before_json, after_json;  // "null" when absent
};

struct AuditQuery {
    std::optional<std::string> resource, resource_id, actor_id, action, from, to;
    PageRequest page;
};

// Stored credentials, as the repository finds them for sign-in.
struct StoredLogin {
    User user;
    std::string password_hash;
};
struct StoredApiKey {
    ApiKey key;
    std::string secret_hash;
    bool usable = false;     // not revoked, not expired
    bool touch_due = false;  // last_used_at is unset or more than a minute old
};

// Hashing and randomness (libsodium behind it).
class Crypto {
public:
    virtual ~Crypto() = default;
    virtual std::string hash_password(const std::string& password) = 0;  // Argon2id
    virtual bool verify_password(const std::string& hash, const std::string& password) = 0;
    virtual std::string random_token(std::size_t bytes) = 0;  // base64url, no padding
    virtual std::string sha256_hex(const std::string& data) = 0;
    virtual bool equal_constant_time(const std::string& a, const std::string& b) = 0;
};

class IdentityRepository {
public:
    virtual ~IdentityRepository() = default;
    // Sign-in and credentials (system scope).
    virtual std::optional<StoredLogin> find_login(const std::string& login) = 0;
    virtual std::string create_session(const UserId& user_id, const std::string& token_hash,
                                       std::chrono::seconds idle, std::chrono::seconds absolute) = 0;  // → expires_at
    virtual std::optional<Actor> actor_for_session(const std::string& token_hash, std::chrono::seconds idle) = 0;
    virtual void revoke_session(const std::string& session_id) = 0;
    virtual void revoke_sessions_of(const UserId& user_id) = 0;
    virtual std::optional<StoredApiKey> find_api_key(const std::string& prefix) = 0;
    virtual void touch_api_key(const DistrictId& district_id, const ApiKeyId& id) = 0;
    // Users.
    virtual User create_user(const NewUser&, const std::string& password_hash) = 0;
    virtual std::optional<User> find_user(const UserId& id) = 0;
    virtual Page<User> list_users(const std::optional<DistrictId>& district_id,
                                  const std::optional<RegionId>& region_id, const PageRequest&) = 0;
    virtual User update_user(const UserId& id, ExpectedVersion, const UserPatch&,
                             const std::optional<std::string>& password_hash) = 0;
    // API keys.
    virtual ApiKey create_api_key(const DistrictId& district_id, const OrganizationId& organization_id,
                                  const NewApiKey&, const std::string& prefix, const std::string& secret_hash,
                                  const std::string& created_by) = 0;
    virtual Page<ApiKey> list_api_keys(const DistrictId& district_id, const OrganizationId& organization_id,
                                       const PageRequest&) = 0;
    virtual ApiKey revoke_api_key(const DistrictId& district_id, const OrganizationId& organization_id,
                                  const ApiKeyId& id) = 0;
    // Audit.
    virtual Page<AuditEntry> audit_log(const DistrictId& district_id, const AuditQuery&) = 0;
};

// Sign-in attempts counted where every instance sees them and a restart keeps them (the
// database: persistence/sign_in_attempts.cpp). A count lives in a fixed window that
// opens with its first attempt; `kind` says what the key is ("login" or "address").
class SignInAttempts {
public:
    virtual ~SignInAttempts() = default;
    // Counts one attempt of (kind, key) unless `limit` are counted in its open window
    // already: atomically, so concurrent callers never get more than `limit` admitted.
    // 0 when it was counted, else the seconds until the window closes (at least 1).
    virtual int try_count(const std::string& kind, const std::string& key, int limit, std::chrono::seconds window) = 0;
    struct Count {
        int attempts = 0;     // in the open window (0 when none is open)
        int retry_after = 0;  // seconds until that window closes
    };
    virtual Count counted(const std::string& kind, const std::string& key, std::chrono::seconds window) = 0;
    // Forgets the count of (kind, key): a login's after a successful sign-in.
    virtual void forget(const std::string& kind, const std::string& key) = 0;
};

// How sign-in failures are held back (IdentityService::login).
struct SignInLimits {
    std::chrono::seconds window{std::chrono::minutes(15)};
    // Attempts a login may fail in a window; further attempts, even with the right password,
    // are refused (429) until the window closes.
    int login_failures = 5;
    // Failures from one client address (a school's shared NAT address, or one machine
    // trying many logins) after which the address is "hot": from then on a login that has
    // failed `hot_login_failures` times is refused from it, and a wrong password from it is
    // answered 429 rather than 401. A login that has not failed is still tried: a teacher
    // with the right password signs in while a pupil behind the same address hammers.
    int address_failures = 30;
    int hot_login_failures = 2;
};

class IdentityService {
public:
    IdentityService(IdentityRepository& repo, Crypto& crypto, SignInAttempts& attempts, SignInLimits limits = {})
        : repo_(repo), crypto_(crypto), attempts_(attempts), limits_(limits) {}

    static constexpr std::chrono::seconds idle_timeout{std::chrono::hours(2)};
    static constexpr std::chrono::seconds absolute_timeout{std::chrono::hours(12)};

    // Throws unauthorized for a wrong login or password (the same answer for both) and
    // too_many_requests after repeated failures for the login or the client address
    // (SignInLimits says how many).
    LoginResult login(const std::string& login, const std::string& password, const std::string& client);
    // The actor behind a bearer credential; throws unauthorized when it is not valid now.
    Actor authenticate(const std::string& bearer);
    void logout(const Actor&);

    User create_user(const Actor& by, NewUser in);
    User user(const Actor& by, const UserId& id);
    Page<User> users_of_district(const DistrictId& district_id, const PageRequest& p) {
        return repo_.list_users(district_id, std::nullopt, p);
    }
    Page<User> users_of_region(const RegionId& region_id, const PageRequest& p) {
        return repo_.list_users(std::nullopt, region_id, p);
    }
    User update_user(const Actor& by, const UserId& id, ExpectedVersion v, UserPatch patch);
    User disable_user(const Actor& by, const UserId& id);
    // The first administrator, from the command line.
    User create_admin(const std::string& login, const std::string& password, const std::string& full_name);

    IssuedApiKey issue_api_key(const Actor& by, const DistrictId& district_id, const OrganizationId& organization_id,
                               NewApiKey in);
    Page<ApiKey> api_keys(const DistrictId& district_id, const OrganizationId& organization_id, const PageRequest& p) {
        return repo_.list_api_keys(district_id, organization_id, p);
    }
    ApiKey revoke_api_key(const DistrictId& district_id, const OrganizationId& organization_id, const ApiKeyId& id) {
        return repo_.revoke_api_key(district_id, organization_id, id);
    }
    Page<AuditEntry> audit_log(const DistrictId& district_id, const AuditQuery& q) {
        return repo_.audit_log(district_id, q);
    }

private:
    IdentityRepository& repo_;
    Crypto& crypto_;
    SignInAttempts& attempts_;
    SignInLimits limits_;
};

}  // namespace domain
