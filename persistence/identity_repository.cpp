#include "persistence/identity_repository.hpp"

#include <stdexcept>

#include "generated/queries.hpp"
#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

domain::User user_from(const pg::Result& r, int i) {
    domain::User u;
    u.id = r.id<domain::UserId>(i, "id");
    u.login = r.text(i, "login");
    u.full_name = r.text(i, "full_name");
    u.role = domain::parse_role(r.text(i, "role")).value_or(domain::Role::district_viewer);
    u.region_id = r.opt_id<domain::RegionId>(i, "region_id");
    u.district_id = r.opt_id<domain::DistrictId>(i, "district_id");
    u.organization_id = r.opt_id<domain::OrganizationId>(i, "organization_id");
    auto status = domain::parse_user_status(r.text(i, "status"));
    if (!status) throw std::runtime_error("users.status holds an unknown status: " + r.text(i, "status"));
    u.status = *status;
    u.version = r.integer(i, "version");
    u.created_at = r.instant(i, "created_at");
    u.updated_at = r.instant(i, "updated_at");
    return u;
}

domain::ApiKey key_from(const pg::Result& r, int i) {
    domain::ApiKey k;
    k.id = r.id<domain::ApiKeyId>(i, "id");
    k.district_id = r.id<domain::DistrictId>(i, "district_id");
    k.organization_id = r.id<domain::OrganizationId>(i, "organization_id");
    k.name = r.text(i, "name");
    k.prefix = r.text(i, "prefix");
    k.scopes = split_list(r.text(i, "scopes"));
    k.expires_at = r.opt_instant(i, "expires_at");
    k.last_used_at = r.opt_instant(i, "last_used_at");
    k.revoked_at = r.opt_instant(i, "revoked_at");
    k.created_at = r.instant(i, "created_at");
    return k;
}

}  // namespace

std::optional<domain::StoredLogin> PgIdentityRepository::find_login(const std::string& login) {
    std::optional<domain::StoredLogin> out;
    db_.in_global([&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::user_login, {login}), [](const pg::Result& r, int i) {
            return domain::StoredLogin{user_from(r, i), r.text(i, "password_hash")};
        });
    });
    return out;
}

std::string PgIdentityRepository::create_session(const domain::UserId& user_id, const std::string& token_hash,
                                                   std::chrono::seconds idle, std::chrono::seconds absolute) {
    std::string expires;
    db_.in_global([&](soci::session& sql) {
        expires = pg::exec(sql, queries::session_insert,
                           {token_hash, user_id, std::to_string(idle.count()), std::to_string(absolute.count())})
                      .text(0, "expires_at");
    });
    return expires;
}

// Every request with a bearer token makes these: prepared once per connection.
std::optional<domain::Actor> PgIdentityRepository::actor_for_session(const std::string& token_hash,
                                                                       std::chrono::seconds idle) {
    // The look-up in one round trip (a read of its own); the slide, when due, in a second.
    auto r = db_.read(nullptr, nullptr, queries::identity_actor_for_session, {token_hash});
    if (r.rows() == 0) return std::nullopt;
    domain::Actor a;
    a.kind = domain::Actor::Kind::user;
    a.session_id = r.text(0, "session_id");
    a.id = r.text(0, "user_id");
    a.login = r.text(0, "login");
    a.role = domain::parse_role(r.text(0, "role")).value_or(domain::Role::district_viewer);
    a.region_id = r.opt_id<domain::RegionId>(0, "region_id");
    a.district_id = r.opt_id<domain::DistrictId>(0, "district_id");
    a.organization_id = r.opt_id<domain::OrganizationId>(0, "organization_id");
    a.name = r.text(0, "full_name");
    // Slide the idle expiry, at most once a minute per session.
    if (r.boolean(0, "slide_due"))
        db_.in_global([&](soci::session& sql) {
            pg::exec(sql, queries::identity_slide_session, {std::to_string(idle.count()), a.session_id});
        });
    return a;
}

void PgIdentityRepository::revoke_session(const std::string& session_id) {
    db_.in_global([&](soci::session& sql) { pg::exec(sql, queries::session_revoke, {session_id}); });
}

void PgIdentityRepository::revoke_sessions_of(const domain::UserId& user_id) {
    db_.in_global([&](soci::session& sql) { pg::exec(sql, queries::user_sessions_revoke, {user_id}); });
}

// Every request with an API key makes it: prepared once per connection. Whether the key is
// usable, and whether last_used_at is due to move (at most once a minute).
std::optional<domain::StoredApiKey> PgIdentityRepository::find_api_key(const std::string& prefix) {
    auto r = db_.read(nullptr, nullptr, queries::api_key_by_prefix, {prefix});  // one round trip
    if (r.rows() == 0) return std::nullopt;
    domain::StoredApiKey s;
    s.key = key_from(r, 0);
    s.secret_hash = r.text(0, "secret_hash");
    s.usable = r.boolean(0, "usable");
    s.touch_due = r.boolean(0, "touch_due");
    return s;
}

void PgIdentityRepository::touch_api_key(const domain::DistrictId& district_id, const domain::ApiKeyId& id) {
    db_.in_tenant(district_id, [&](soci::session& sql) { pg::exec(sql, queries::api_key_touch, {district_id, id}); });
}

domain::User PgIdentityRepository::create_user(const domain::NewUser& in, const std::string& password_hash) {
    domain::User out;
    auto work = [&](soci::session& sql) {
        out = *pg::first(pg::exec(sql, queries::user_insert,
                                  {in.login, password_hash, in.full_name, std::string(domain::to_string(in.role)),
                                   in.region_id, in.district_id, in.organization_id}),
                         user_from);
    };
    if (in.district_id)
        db_.in_tenant(*in.district_id, work);
    else
        db_.in_global(work);
    return out;
}

std::optional<domain::User> PgIdentityRepository::find_user(const domain::UserId& id) {
    std::optional<domain::User> out;
    db_.in_global([&](soci::session& sql) { out = pg::first(pg::exec(sql, queries::user_find, {id}), user_from); });
    return out;
}

domain::Page<domain::User> PgIdentityRepository::list_users(const std::optional<domain::DistrictId>& district_id,
                                                              const std::optional<domain::RegionId>& region_id,
                                                              const domain::PageRequest& p) {
    PageCursor c(p);
    std::vector<domain::User> rows;
    auto work = [&](soci::session& sql) {
        rows = pg::every(
            pg::exec(sql, queries::users_page, {district_id, region_id, c.key, c.id, std::to_string(p.limit + 1)}),
            user_from);
    };
    if (district_id)
        db_.in_tenant(*district_id, work);
    else
        db_.in_global(work);
    return page_of(std::move(rows), p.limit, [](auto& u) { return u.login; });
}

domain::User PgIdentityRepository::update_user(const domain::UserId& id, domain::ExpectedVersion v,
                                                 const domain::UserPatch& patch,
                                                 const std::optional<std::string>& password_hash) {
    domain::User out;
    db_.in_global([&](soci::session& sql) {
        auto current = pg::first(pg::exec(sql, queries::user_lock, {id}), user_from);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The user");
        out = *current;
        if (patch.full_name) out.full_name = *patch.full_name;
        if (patch.status) out.status = *patch.status;
        if (patch.role) out.role = *patch.role;
        if (patch.organization_id) out.organization_id = *patch.organization_id;
        out = *pg::first(pg::exec(sql, queries::user_update,
                                  {out.full_name, std::string(domain::to_string(out.status)), std::string(domain::to_string(out.role)),
                                   out.organization_id, password_hash, id}),
                         user_from);
    });
    return out;
}

domain::ApiKey PgIdentityRepository::create_api_key(const domain::DistrictId& district_id,
                                                      const domain::OrganizationId& organization_id, const domain::NewApiKey& in,
                                                      const std::string& prefix, const std::string& secret_hash,
                                                      const std::string& created_by) {
    domain::ApiKey out;
    pg::Param by;
    if (!created_by.empty()) by = created_by;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = *pg::first(pg::exec(sql, queries::api_key_insert,
                                  {district_id, organization_id, in.name, prefix, secret_hash,
                                   array_literal(in.scopes), in.expires_at, by}),
                         key_from);
    });
    return out;
}

domain::Page<domain::ApiKey> PgIdentityRepository::list_api_keys(const domain::DistrictId& district_id,
                                                                   const domain::OrganizationId& organization_id,
                                                                   const domain::PageRequest& p) {
    PageCursor c(p);
    std::vector<domain::ApiKey> rows;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::api_keys_page,
                                  {district_id, organization_id, c.key, c.id, std::to_string(p.limit + 1)}),
                         key_from);
    });
    return page_of(std::move(rows), p.limit, [](auto& k) { return k.prefix; });
}

domain::ApiKey PgIdentityRepository::revoke_api_key(const domain::DistrictId& district_id,
                                                      const domain::OrganizationId& organization_id, const domain::ApiKeyId& id) {
    std::optional<domain::ApiKey> out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::api_key_revoke, {district_id, organization_id, id}), key_from);
    });
    if (!out) throw domain::not_found("The API key");
    return *out;
}

domain::Page<domain::AuditEntry> PgIdentityRepository::audit_log(const domain::DistrictId& district_id,
                                                                   const domain::AuditQuery& q) {
    long long before = q.page.cursor ? decode_number_cursor(*q.page.cursor) : 0;
    std::vector<domain::AuditEntry> rows;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::audit_page,
                                  {q.resource, q.resource_id, q.actor_id, q.action, q.from, q.to,
                                   std::to_string(before), district_id, std::to_string(q.page.limit + 1)}),
                         [](const pg::Result& r, int i) {
                             domain::AuditEntry e;
                             e.id = r.int64(i, "id");
                             e.at = r.instant(i, "at");
                             e.actor_kind = r.text(i, "actor_kind");
                             e.actor_id = r.opt_text(i, "actor_id");
                             e.request_id = r.opt_text(i, "request_id");
                             e.action = r.text(i, "action");
                             e.resource = r.text(i, "resource");
                             e.resource_id = r.opt_text(i, "resource_id");
                             e.before_json = r.text(i, "before_json");
                             e.after_json = r.text(i, "after_json");
                             return e;
                         });
    });
    domain::Page<domain::AuditEntry> page;
    if (static_cast<int>(rows.size()) > q.page.limit) {
        rows.resize(q.page.limit);
        page.next_cursor = encode_number_cursor(rows.back().id);
    }
    page.items = std::move(rows);
    return page;
}

}  // namespace persistence
