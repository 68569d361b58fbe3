#include "fakes/identity.hpp"

#include <algorithm>
#include <cstdio>

#include "domain/errors.hpp"
#include "fakes/common.hpp"

namespace fakes {
namespace {
// The fake clock's seconds as an instant.
domain::Instant at(long long seconds) { return domain::Instant{domain::Instant::Time{std::chrono::seconds{seconds}}}; }
}  // namespace
namespace {

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

std::string fnv_hex(const std::string& data) {
    unsigned long long h = 1469598103934665603ull;
    for (unsigned char c : data) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", h);
    return buf;
}

}  // namespace

// ---- Crypto

std::string Crypto::hash_password(const std::string& password) { return "argon2-fake$" + fnv_hex("salt" + password); }

bool Crypto::verify_password(const std::string& hash, const std::string& password) {
    ++verifications;
    return hash == hash_password(password);
}

std::string Crypto::random_token(std::size_t bytes) {
    // Unique and of the length base64url gives `bytes` bytes (4 characters per 3 bytes).
    std::string t = "tok" + std::to_string(++next_) + "z";
    std::size_t len = (bytes * 4 + 2) / 3;
    while (t.size() < len) t += 'A' + static_cast<char>(t.size() % 26);
    return t;
}

std::string Crypto::sha256_hex(const std::string& data) { return fnv_hex(data) + fnv_hex("pepper" + data); }

// ---- IdentityRepository

std::string IdentityRepository::next_id() { return uuid(0, ++next_); }

std::optional<domain::StoredLogin> IdentityRepository::find_login(const std::string& login) {
    for (auto& [id, s] : users_)
        if (lower(s.user.login) == lower(login)) return domain::StoredLogin{s.user, s.password_hash};
    return std::nullopt;
}

std::string IdentityRepository::create_session(const domain::UserId& user_id, const std::string& token_hash,
                                               std::chrono::seconds idle, std::chrono::seconds absolute) {
    Session s{next_id(), user_id, clock_.now + idle.count(), clock_.now + absolute.count()};
    sessions_[token_hash] = s;
    return "at " + std::to_string(s.expires);
}

std::optional<domain::Actor> IdentityRepository::actor_for_session(const std::string& token_hash,
                                                                   std::chrono::seconds idle) {
    auto it = sessions_.find(token_hash);
    if (it == sessions_.end()) return std::nullopt;
    auto& s = it->second;
    if (s.revoked || clock_.now >= s.expires || clock_.now >= s.idle_expires) return std::nullopt;
    const auto& u = users_.at(s.user_id).user;
    if (u.status != domain::UserStatus::active) return std::nullopt;
    s.idle_expires = std::min(s.expires, clock_.now + idle.count());  // the idle expiry slides
    domain::Actor a;
    a.kind = domain::Actor::Kind::user;
    a.id = u.id.str();
    a.session_id = s.id;
    a.login = u.login;
    a.name = u.full_name;
    a.role = u.role;
    a.region_id = u.region_id;
    a.district_id = u.district_id;
    a.organization_id = u.organization_id;
    return a;
}

void IdentityRepository::revoke_session(const std::string& session_id) {
    for (auto& [hash, s] : sessions_)
        if (s.id == session_id) s.revoked = true;
}

void IdentityRepository::revoke_sessions_of(const domain::UserId& user_id) {
    for (auto& [hash, s] : sessions_)
        if (s.user_id == user_id) s.revoked = true;
}

int IdentityRepository::live_sessions_of(const domain::UserId& user_id) const {
    int n = 0;
    for (auto& [hash, s] : sessions_) n += s.user_id == user_id && !s.revoked;
    return n;
}

std::optional<domain::StoredApiKey> IdentityRepository::find_api_key(const std::string& prefix) {
    auto it = keys_.find(prefix);
    if (it == keys_.end()) return std::nullopt;
    const auto& k = it->second;
    domain::StoredApiKey out;
    out.key = k.key;
    out.secret_hash = k.secret_hash;
    out.usable = !k.key.revoked_at;  // the fake's keys do not expire
    out.touch_due = k.last_used < 0 || clock_.now - k.last_used > 60;
    return out;
}

void IdentityRepository::touch_api_key(const domain::DistrictId& district_id, const domain::ApiKeyId& id) {
    for (auto& [prefix, k] : keys_)
        if (k.key.id == id && k.key.district_id == district_id) {
            k.last_used = clock_.now;
            k.key.last_used_at = at(clock_.now);
            ++touches;
        }
}

domain::User IdentityRepository::create_user(const domain::NewUser& in, const std::string& password_hash) {
    if (find_login(in.login)) throw domain::conflict("conflict", "It conflicts with an existing record.");
    domain::User u;
    u.id = domain::UserId{next_id()};
    u.login = in.login;
    u.full_name = in.full_name;
    u.role = in.role;
    u.region_id = in.region_id;
    u.district_id = in.district_id;
    u.organization_id = in.organization_id;
    users_[u.id] = {u, password_hash};
    return u;
}

std::optional<domain::User> IdentityRepository::find_user(const domain::UserId& id) {
    auto it = users_.find(id);
    if (it == users_.end()) return std::nullopt;
    return it->second.user;
}

domain::Page<domain::User> IdentityRepository::list_users(const std::optional<domain::DistrictId>& district_id,
                                                          const std::optional<domain::RegionId>& region_id,
                                                          const domain::PageRequest& p) {
    std::vector<domain::User> rows;
    for (auto& [id, s] : users_)
        if ((district_id && s.user.district_id == district_id) || (region_id && s.user.region_id == region_id))
            rows.push_back(s.user);
    return page_of(rows, p);
}

domain::User IdentityRepository::update_user(const domain::UserId& id, domain::ExpectedVersion v,
                                             const domain::UserPatch& patch,
                                             const std::optional<std::string>& password_hash) {
    auto it = users_.find(id);
    if (it == users_.end()) throw domain::not_found("The user");
    auto& s = it->second;
    check_version(s.user.version, v, "The user");
    if (patch.full_name) s.user.full_name = *patch.full_name;
    if (patch.status) s.user.status = *patch.status;
    if (patch.role) s.user.role = *patch.role;
    if (patch.organization_id) s.user.organization_id = *patch.organization_id;
    if (password_hash) s.password_hash = *password_hash;
    ++s.user.version;
    return s.user;
}

domain::ApiKey IdentityRepository::create_api_key(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                                  const domain::NewApiKey& in, const std::string& prefix,
                                                  const std::string& secret_hash, const std::string&) {
    if (keys_.count(prefix)) throw domain::conflict("conflict", "It conflicts with an existing record.");
    domain::ApiKey k;
    k.id = domain::ApiKeyId{next_id()};
    k.district_id = district_id;
    k.organization_id = organization_id;
    k.name = in.name;
    k.prefix = prefix;
    k.scopes = in.scopes;
    if (in.expires_at) k.expires_at = domain::Instant::parse_rfc3339(*in.expires_at);
    k.created_at = at(clock_.now);
    keys_[prefix] = {k, secret_hash};
    return k;
}

domain::Page<domain::ApiKey> IdentityRepository::list_api_keys(const domain::DistrictId& district_id,
                                                               const domain::OrganizationId& organization_id,
                                                               const domain::PageRequest& p) {
    std::vector<domain::ApiKey> rows;
    for (auto& [prefix, k] : keys_)
        if (k.key.district_id == district_id && k.key.organization_id == organization_id) rows.push_back(k.key);
    return page_of(rows, p);
}

domain::ApiKey IdentityRepository::revoke_api_key(const domain::DistrictId& district_id, const domain::OrganizationId& organization_id,
                                                  const domain::ApiKeyId& id) {
    for (auto& [prefix, k] : keys_)
        if (k.key.id == id && k.key.district_id == district_id && k.key.organization_id == organization_id) {
            if (!k.key.revoked_at) k.key.revoked_at = at(clock_.now);
            return k.key;
        }
    throw domain::not_found("The API key");
}

domain::Page<domain::AuditEntry> IdentityRepository::audit_log(const domain::DistrictId&, const domain::AuditQuery&) {
    return {};  // the audit log is written by a database trigger: nothing of it lives in the domain
}

// ---- SignInAttempts

int SignInAttempts::try_count(const std::string& kind, const std::string& key, int limit, std::chrono::seconds window) {
    auto [it, fresh] = rows_.try_emplace({kind, key}, Row{clock_.now, 0});
    auto& r = it->second;
    if (!fresh && r.window_start <= clock_.now - window.count()) r = {clock_.now, 0};  // the window closed: a new one
    if (r.attempts >= limit) return std::max<long long>(1, r.window_start + window.count() - clock_.now);
    ++r.attempts;
    return 0;
}

domain::SignInAttempts::Count SignInAttempts::counted(const std::string& kind, const std::string& key,
                                                      std::chrono::seconds window) {
    auto it = rows_.find({kind, key});
    if (it == rows_.end() || it->second.window_start <= clock_.now - window.count()) return {};
    return {it->second.attempts, static_cast<int>(it->second.window_start + window.count() - clock_.now)};
}

void SignInAttempts::forget(const std::string& kind, const std::string& key) { rows_.erase({kind, key}); }

}  // namespace fakes
