#include "domain/identity.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>

#include "domain/date.hpp"
#include "domain/errors.hpp"
#include "domain/validation.hpp"

namespace domain {
namespace {

constexpr std::size_t kPasswordMin = 10;
constexpr std::size_t kPasswordMax = 256;
constexpr const char* kTokenPrefix = "nst_";
constexpr const char* kKeyPrefix = "nsk_";

[[noreturn]] void unauthorized(std::string detail) {
    throw Error(ErrorKind::unauthorized, "unauthorized", std::move(detail));
}

void check_password(Validator& v, const char* pointer, const std::string& pw) {
    auto n = utf8_length(pw);
    if (n < kPasswordMin) v.fail(pointer, "must be at least " + std::to_string(kPasswordMin) + " characters");
    if (n > kPasswordMax) v.fail(pointer, "must be at most " + std::to_string(kPasswordMax) + " characters");
}

void check_login(Validator& v, std::string& login) {
    v.text("/login", login, 64);
    for (char c : login) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                  c == '_' || c == '-' || c == '@';
        if (!ok) return v.fail("/login", "may hold only Latin letters, digits and . _ - @");
    }
}

bool starts_with(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

std::string lower_ascii(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

}  // namespace

std::string_view to_string(UserStatus s) { return s == UserStatus::disabled ? "disabled" : "active"; }

std::optional<UserStatus> parse_user_status(std::string_view s) {
    if (s == "active") return UserStatus::active;
    if (s == "disabled") return UserStatus::disabled;
    return std::nullopt;
}

void NewUser::validate() {
    Validator v;
    check_login(v, login);
    check_password(v, "/password", password);
    v.text("/full_name", full_name, 300);
    if (role == Role::org_system) v.fail("/role", "org_system is for API keys, not people");
    if (role == Role::org_curator && !organization_id) v.fail("/organization_id", "a curator needs an organization");
    if (role != Role::org_curator && organization_id) v.fail("/organization_id", "only curators belong to an organization");
    if (organization_id && !is_uuid(organization_id->str())) v.fail("/organization_id", "must be an organization id (UUID)");
    v.throw_if_failed();
}

void UserPatch::validate() {
    Validator v;
    if (full_name) v.text("/full_name", *full_name, 300);
    if (password) check_password(v, "/password", *password);
    if (role && *role == Role::org_system) v.fail("/role", "org_system is for API keys, not people");
    if (organization_id && *organization_id && !is_uuid((*organization_id)->str()))
        v.fail("/organization_id", "must be an organization id (UUID)");
    v.throw_if_failed();
}

void NewApiKey::validate(const std::string& now) {
    Validator v;
    v.text("/name", name, 200);
    if (scopes.empty()) v.fail("/scopes", "must name at least one of read, write");
    for (std::size_t i = 0; i < scopes.size(); ++i)
        if (scopes[i] != "read" && scopes[i] != "write")
            v.fail("/scopes/" + std::to_string(i), "must be read or write");
    std::sort(scopes.begin(), scopes.end());
    scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());
    if (expires_at) {
        const auto& e = *expires_at;
        auto digits = [&](std::size_t from, std::size_t n) {
            for (std::size_t i = from; i < from + n; ++i)
                if (i >= e.size() || e[i] < '0' || e[i] > '9') return false;
            return true;
        };
        bool date_ok = e.size() >= 10 && Date::parse_iso(e.substr(0, 10)).has_value();
        bool time_ok = e.size() == 20 && e[10] == 'T' && digits(11, 2) && e[13] == ':' && digits(14, 2) &&
                       e[16] == ':' && digits(17, 2) && e[19] == 'Z';
        if (!date_ok || (e.size() != 10 && !time_ok)) {
            v.fail("/expires_at", "must be a date (YYYY-MM-DD) or a UTC time (YYYY-MM-DDTHH:MM:SSZ)");
        } else {
            if (e.size() == 10) *expires_at = e + "T23:59:59Z";
            // both in one fixed UTC form, so text order is time order
            if (*expires_at <= now) v.fail("/expires_at", "must be in the future");
        }
    }
    v.throw_if_failed();
}

namespace {
constexpr const char* kLoginKind = "login";
constexpr const char* kAddressKind = "address";

[[noreturn]] void too_many_attempts(int wait) {
    throw Error(ErrorKind::too_many_requests, "too-many-attempts",
                "Too many failed sign-ins; try again in " + std::to_string(wait) + " seconds.")
        .retry_after(wait);
}
}  // namespace

LoginResult IdentityService::login(const std::string& login, const std::string& password, const std::string& client) {
    // What the counts are kept under: the login as people type it (any case); anything that
    // can never be a login (too long, not printable ASCII) by its digest, so that no input
    // reaches the database as a key it cannot hold.
    bool plain = !login.empty() && login.size() <= 64 &&
                 std::all_of(login.begin(), login.end(), [](char c) { return c > ' ' && c < 127; });
    std::string login_key = plain ? lower_ascii(login) : "sha256:" + crypto_.sha256_hex(login);
    std::string address = client.size() <= 64 ? client : "sha256:" + crypto_.sha256_hex(client);
    // An address with many failures is hot: its logins that have failed already are held
    // back sooner, and its wrong passwords are answered 429; logins that have not failed
    // are still tried.
    auto from_address = attempts_.counted(kAddressKind, address, limits_.window);
    bool hot = from_address.attempts >= limits_.address_failures;
    // The attempt is counted before the password is checked, in one atomic step with the
    // check of the limit, so concurrent attempts never get more than the limit evaluated;
    // a right password forgets the count again.
    if (int wait = attempts_.try_count(kLoginKind, login_key,
                                       hot ? limits_.hot_login_failures : limits_.login_failures, limits_.window))
        too_many_attempts(wait);
    auto stored = plain ? repo_.find_login(login) : std::nullopt;
    // Verify even for an unknown login, so the answer takes as long either way.
    static const std::string decoy = crypto_.hash_password("decoy password for timing");
    bool ok = crypto_.verify_password(stored ? stored->password_hash : decoy, password) && stored &&
              stored->user.status == UserStatus::active;
    if (!ok) {
        attempts_.try_count(kAddressKind, address, std::numeric_limits<int>::max() - 1, limits_.window);
        if (hot) too_many_attempts(std::max(1, from_address.retry_after));
        unauthorized("The login or the password is wrong.");
    }
    attempts_.forget(kLoginKind, login_key);
    std::string token = kTokenPrefix + crypto_.random_token(32);
    auto expires = repo_.create_session(stored->user.id, crypto_.sha256_hex(token), idle_timeout, absolute_timeout);
    return {token, expires, stored->user};
}

Actor IdentityService::authenticate(const std::string& bearer) {
    if (starts_with(bearer, kTokenPrefix) && bearer.size() < 128) {
        if (auto actor = repo_.actor_for_session(crypto_.sha256_hex(bearer), idle_timeout)) return *actor;
        unauthorized("The token is not valid: it expired, was revoked, or never existed. Sign in again.");
    }
    if (starts_with(bearer, kKeyPrefix) && bearer.size() < 128) {
        auto rest = bearer.substr(4);
        auto sep = rest.find('_');
        if (sep != std::string::npos) {
            auto stored = repo_.find_api_key(rest.substr(0, sep));
            if (stored && crypto_.equal_constant_time(stored->secret_hash, crypto_.sha256_hex(bearer))) {
                if (!stored->usable) unauthorized("This API key was revoked or has expired.");
                // last_used_at moves at most once a minute per key (a write per request otherwise).
                if (stored->touch_due) repo_.touch_api_key(stored->key.district_id, stored->key.id);
                Actor a;
                a.kind = Actor::Kind::api_key;
                a.id = stored->key.id.str();
                a.name = stored->key.name;
                a.role = Role::org_system;
                a.district_id = stored->key.district_id;
                a.organization_id = stored->key.organization_id;
                a.scopes = stored->key.scopes;
                return a;
            }
        }
        unauthorized("The API key is not valid.");
    }
    unauthorized("The credential is not a Nastavnik token or API key.");
}

void IdentityService::logout(const Actor& a) {
    if (a.kind == Actor::Kind::user && !a.session_id.empty()) repo_.revoke_session(a.session_id);
}

User IdentityService::create_user(const Actor& by, NewUser in) {
    in.validate();
    if (!may_grant(by, in.role))
        throw Error(ErrorKind::forbidden, "forbidden", "You may not create a user with the role " +
                                                           std::string(to_string(in.role)) + ".");
    auto hash = crypto_.hash_password(in.password);
    return repo_.create_user(in, hash);
}

User IdentityService::user(const Actor&, const UserId& id) {
    if (auto u = repo_.find_user(id)) return *u;
    throw not_found("The user");
}

User IdentityService::update_user(const Actor& by, const UserId& id, ExpectedVersion v, UserPatch patch) {
    patch.validate();
    if (patch.role && !may_grant(by, *patch.role))
        throw Error(ErrorKind::forbidden, "forbidden",
                    "You may not give the role " + std::string(to_string(*patch.role)) + ".");
    std::optional<std::string> hash;
    if (patch.password) hash = crypto_.hash_password(*patch.password);
    auto u = repo_.update_user(id, v, patch, hash);
    if (patch.password || (patch.status == UserStatus::disabled)) repo_.revoke_sessions_of(id);
    return u;
}

User IdentityService::disable_user(const Actor& by, const UserId& id) {
    UserPatch p;
    p.status = UserStatus::disabled;
    return update_user(by, id, {}, p);
}

User IdentityService::create_admin(const std::string& login, const std::string& password,
                                   const std::string& full_name) {
    NewUser in;
    in.login = login;
    in.password = password;
    in.full_name = full_name;
    in.role = Role::system_admin;
    in.validate();
    return repo_.create_user(in, crypto_.hash_password(in.password));
}

namespace {
// The current UTC time as YYYY-MM-DDTHH:MM:SSZ.
std::string utc_now_rfc3339() {
    using namespace std::chrono;
    auto now = floor<seconds>(system_clock::now());
    auto day = floor<days>(now);
    year_month_day ymd{day};
    hh_mm_ss hms{now - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()), int(hms.hours().count()), int(hms.minutes().count()),
                  int(hms.seconds().count()));
    return buf;
}
}  // namespace

IssuedApiKey IdentityService::issue_api_key(const Actor& by, const DistrictId& district_id,
                                            const OrganizationId& organization_id, NewApiKey in) {
    in.validate(utc_now_rfc3339());
    std::string prefix = crypto_.random_token(9);  // 12 visible characters, for lookup
    std::replace(prefix.begin(), prefix.end(), '_', 'x');
    std::string secret = kKeyPrefix + prefix + "_" + crypto_.random_token(32);
    auto key = repo_.create_api_key(district_id, organization_id, in, prefix, crypto_.sha256_hex(secret), by.id);
    return {key, secret};
}

}  // namespace domain
