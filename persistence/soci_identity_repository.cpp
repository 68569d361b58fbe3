#include "persistence/soci_identity_repository.hpp"

#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

#define TS NASTAVNIK_TS

constexpr const char* kUserCols =
    "u.id::text, u.login, u.full_name, u.role, u.region_id::text, u.district_id::text, u.organization_id::text, "
    "u.status, u.version, " TS("u.created_at") ", " TS("u.updated_at");
constexpr const char* kKeyCols =
    "k.id::text, k.district_id::text, k.organization_id::text, k.name, k.prefix, array_to_string(k.scopes, ','), "
    TS("k.expires_at") ", " TS("k.last_used_at") ", " TS("k.revoked_at") ", " TS("k.created_at");

domain::User user_from(const soci::row& r) {
    domain::User u;
    u.id = r.get<std::string>(0);
    u.login = r.get<std::string>(1);
    u.full_name = r.get<std::string>(2);
    u.role = domain::parse_role(r.get<std::string>(3)).value_or(domain::Role::district_viewer);
    u.region_id = opt_text(r, 4);
    u.district_id = opt_text(r, 5);
    u.organization_id = opt_text(r, 6);
    u.status = r.get<std::string>(7);
    u.version = r.get<int>(8);
    u.created_at = r.get<std::string>(9);
    u.updated_at = r.get<std::string>(10);
    return u;
}

domain::ApiKey key_from(const soci::row& r) {
    domain::ApiKey k;
    k.id = r.get<std::string>(0);
    k.district_id = r.get<std::string>(1);
    k.organization_id = r.get<std::string>(2);
    k.name = r.get<std::string>(3);
    k.prefix = r.get<std::string>(4);
    k.scopes = split_list(r.get<std::string>(5));
    k.expires_at = opt_text(r, 6);
    k.last_used_at = opt_text(r, 7);
    k.revoked_at = opt_text(r, 8);
    k.created_at = r.get<std::string>(9);
    return k;
}

}  // namespace

std::optional<domain::StoredLogin> SociIdentityRepository::find_login(const std::string& login) {
    std::optional<domain::StoredLogin> out;
    db_.in_global([&](soci::session& sql) {
        out = one<domain::StoredLogin>(
            sql, std::string("select ") + kUserCols + ", u.password_hash from users u where lower(u.login) = lower(:l)",
            [](const soci::row& r) { return domain::StoredLogin{user_from(r), r.get<std::string>(11)}; },
            soci::use(login));
    });
    return out;
}

std::string SociIdentityRepository::create_session(const std::string& user_id, const std::string& token_hash,
                                                   std::chrono::seconds idle, std::chrono::seconds absolute) {
    std::string expires;
    long long idle_s = idle.count(), abs_s = absolute.count();
    db_.in_global([&](soci::session& sql) {
        sql << "insert into sessions(token_hash, user_id, idle_expires_at, expires_at) values (:h, cast(:u as uuid),"
               " now() + make_interval(secs => :i), now() + make_interval(secs => :a)) returning " TS("expires_at"),
            soci::use(token_hash), soci::use(user_id), soci::use(idle_s), soci::use(abs_s), soci::into(expires);
    });
    return expires;
}

// Every request with a bearer token makes these: prepared once per connection.
const pg::Statement kActorForSession{"nsk_identity_actor_for_session", R"SQL(
  select s.id::text, u.id::text, u.login, u.role, u.region_id::text, u.district_id::text,
         u.organization_id::text, s.last_seen_at < now() - interval '60 seconds', u.full_name
  from sessions s join users u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()
    and s.idle_expires_at > now() and u.status = 'active'
)SQL"};
const pg::Statement kSlideSession{"nsk_identity_slide_session", R"SQL(
  update sessions set last_seen_at = now(), idle_expires_at = least(expires_at, now() + make_interval(secs => $1::int))
  where id = $2::uuid
)SQL"};

std::optional<domain::Actor> SociIdentityRepository::actor_for_session(const std::string& token_hash,
                                                                       std::chrono::seconds idle) {
    // The look-up in one round trip (a read of its own); the slide, when due, in a second.
    auto r = db_.read(nullptr, nullptr, kActorForSession, {token_hash});
    if (r.rows() == 0) return std::nullopt;
    domain::Actor a;
    a.kind = domain::Actor::Kind::user;
    a.session_id = r.text(0, 0);
    a.id = r.text(0, 1);
    a.login = r.text(0, 2);
    a.role = domain::parse_role(r.text(0, 3)).value_or(domain::Role::district_viewer);
    a.region_id = r.opt_text(0, 4);
    a.district_id = r.opt_text(0, 5);
    a.organization_id = r.opt_text(0, 6);
    a.name = r.text(0, 8);
    // Slide the idle expiry, at most once a minute per session.
    if (r.boolean(0, 7))
        db_.in_global([&](soci::session& sql) { pg::exec(sql, kSlideSession, {std::to_string(idle.count()), a.session_id}); });
    return a;
}

void SociIdentityRepository::revoke_session(const std::string& session_id) {
    db_.in_global([&](soci::session& sql) {
        sql << "update sessions set revoked_at = now() where id = cast(:s as uuid) and revoked_at is null",
            soci::use(session_id);
    });
}

void SociIdentityRepository::revoke_sessions_of(const std::string& user_id) {
    db_.in_global([&](soci::session& sql) {
        sql << "update sessions set revoked_at = now() where user_id = cast(:u as uuid) and revoked_at is null",
            soci::use(user_id);
    });
}

// Every request with an API key makes it: prepared once per connection. Whether the key is
// usable, and whether last_used_at is due to move (at most once a minute).
const pg::Statement kApiKeyByPrefix{
    "nsk_api_key_by_prefix",
    std::string("select ") + kKeyCols +
        ", k.secret_hash, (k.revoked_at is null and (k.expires_at is null or k.expires_at > now())),"
        " (k.last_used_at is null or k.last_used_at < now() - interval '60 seconds')"
        " from api_keys k where k.prefix = $1"};

std::optional<domain::StoredApiKey> SociIdentityRepository::find_api_key(const std::string& prefix) {
    std::optional<domain::StoredApiKey> out;
    {
        auto r = db_.read(nullptr, nullptr, kApiKeyByPrefix, {prefix});  // one round trip
        if (r.rows() == 0) return out;
        domain::StoredApiKey s;
        auto& k = s.key;
        k.id = r.text(0, 0);
        k.district_id = r.text(0, 1);
        k.organization_id = r.text(0, 2);
        k.name = r.text(0, 3);
        k.prefix = r.text(0, 4);
        k.scopes = split_list(r.text(0, 5));
        k.expires_at = r.opt_text(0, 6);
        k.last_used_at = r.opt_text(0, 7);
        k.revoked_at = r.opt_text(0, 8);
        k.created_at = r.text(0, 9);
        s.secret_hash = r.text(0, 10);
        s.usable = r.boolean(0, 11);
        s.touch_due = r.boolean(0, 12);
        out = std::move(s);
    }
    return out;
}

void SociIdentityRepository::touch_api_key(const std::string& district_id, const std::string& id) {
    db_.in_tenant(district_id, [&](soci::session& sql) {
        sql << "update api_keys set last_used_at = now() where district_id = cast(:d as uuid) and id = cast(:k as uuid)"
               " and (last_used_at is null or last_used_at < now() - interval '60 seconds')",
            soci::use(district_id), soci::use(id);
    });
}

domain::User SociIdentityRepository::create_user(const domain::NewUser& in, const std::string& password_hash) {
    domain::User out;
    NullableText region(in.region_id), district(in.district_id), org(in.organization_id);
    std::string role(domain::to_string(in.role));
    auto work = [&](soci::session& sql) {
        out = *one<domain::User>(
            sql,
            std::string("with u as (insert into users(login, password_hash, full_name, role, region_id, district_id,"
                        " organization_id) values (:l, :h, :f, :r, cast(:rg as uuid), cast(:d as uuid),"
                        " cast(:o as uuid)) returning *) select ") +
                kUserCols + " from u",
            user_from, soci::use(in.login), soci::use(password_hash), soci::use(in.full_name), soci::use(role),
            soci::use(region.value, region.ind), soci::use(district.value, district.ind), soci::use(org.value, org.ind));
    };
    if (in.district_id)
        db_.in_tenant(*in.district_id, work);
    else
        db_.in_global(work);
    return out;
}

std::optional<domain::User> SociIdentityRepository::find_user(const std::string& id) {
    std::optional<domain::User> out;
    db_.in_global([&](soci::session& sql) {
        out = one<domain::User>(sql, std::string("select ") + kUserCols + " from users u where u.id = cast(:id as uuid)",
                                user_from, soci::use(id));
    });
    return out;
}

domain::Page<domain::User> SociIdentityRepository::list_users(const std::optional<std::string>& district_id,
                                                              const std::optional<std::string>& region_id,
                                                              const domain::PageRequest& p) {
    CursorParams c(p);
    NullableText district(district_id), region(region_id);
    int fetch = p.limit + 1;
    std::vector<domain::User> rows;
    auto work = [&](soci::session& sql) {
        rows = all<domain::User>(
            sql,
            std::string("with p as (select cast(:d as uuid) d, cast(:r as uuid) r, cast(:ck as text) ck,"
                        " cast(:ci as uuid) ci) select ") +
                kUserCols +
                " from users u, p where ((p.d is not null and u.district_id = p.d) or"
                " (p.r is not null and u.region_id = p.r))"
                " and (p.ck is null or (u.login, u.id) > (p.ck, p.ci)) order by u.login, u.id limit :l",
            user_from, soci::use(district.value, district.ind), soci::use(region.value, region.ind),
            soci::use(c.key.value, c.key.ind), soci::use(c.id.value, c.id.ind), soci::use(fetch));
    };
    if (district_id)
        db_.in_tenant(*district_id, work);
    else
        db_.in_global(work);
    return page_of(std::move(rows), p.limit, [](auto& u) { return u.login; });
}

domain::User SociIdentityRepository::update_user(const std::string& id, domain::ExpectedVersion v,
                                                 const domain::UserPatch& patch,
                                                 const std::optional<std::string>& password_hash) {
    domain::User out;
    db_.in_global([&](soci::session& sql) {
        auto current = one<domain::User>(
            sql, std::string("select ") + kUserCols + " from users u where u.id = cast(:id as uuid) for update",
            user_from, soci::use(id));
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The user");
        out = *current;
        if (patch.full_name) out.full_name = *patch.full_name;
        if (patch.status) out.status = *patch.status;
        if (patch.role) out.role = *patch.role;
        if (patch.organization_id) out.organization_id = *patch.organization_id;
        NullableText hash(password_hash), org(out.organization_id);
        std::string role(domain::to_string(out.role));
        out = *one<domain::User>(
            sql,
            std::string("with u as (update users set full_name = :f, status = :s, role = :r,"
                        " organization_id = cast(:o as uuid), password_hash = coalesce(:h, password_hash),"
                        " version = version + 1, updated_at = now() where id = cast(:id as uuid) returning *) select ") +
                kUserCols + " from u",
            user_from, soci::use(out.full_name), soci::use(out.status), soci::use(role), soci::use(org.value, org.ind),
            soci::use(hash.value, hash.ind), soci::use(id));
    });
    return out;
}

domain::ApiKey SociIdentityRepository::create_api_key(const std::string& district_id,
                                                      const std::string& organization_id, const domain::NewApiKey& in,
                                                      const std::string& prefix, const std::string& secret_hash,
                                                      const std::string& created_by) {
    domain::ApiKey out;
    NullableText expires(in.expires_at), by(created_by.empty() ? std::nullopt : std::optional<std::string>(created_by));
    std::string scopes = array_literal(in.scopes);
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = *one<domain::ApiKey>(
            sql,
            std::string("with k as (insert into api_keys(district_id, organization_id, name, prefix, secret_hash, scopes,"
                        " expires_at, created_by) values (cast(:d as uuid), cast(:o as uuid), :n, :p, :h,"
                        " cast(:s as text[]), cast(:e as timestamptz), cast(:b as uuid)) returning *) select ") +
                kKeyCols + " from k",
            key_from, soci::use(district_id), soci::use(organization_id), soci::use(in.name), soci::use(prefix),
            soci::use(secret_hash), soci::use(scopes), soci::use(expires.value, expires.ind),
            soci::use(by.value, by.ind));
    });
    return out;
}

domain::Page<domain::ApiKey> SociIdentityRepository::list_api_keys(const std::string& district_id,
                                                                   const std::string& organization_id,
                                                                   const domain::PageRequest& p) {
    CursorParams c(p);
    int fetch = p.limit + 1;
    std::vector<domain::ApiKey> rows;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        rows = all<domain::ApiKey>(
            sql,
            std::string("select ") + kKeyCols +
                " from api_keys k where k.district_id = cast(:d as uuid) and k.organization_id = cast(:o as uuid)"
                " and (cast(:ck as text) is null or (k.prefix, k.id) > (cast(:ck2 as text), cast(:ci as uuid)))"
                " order by k.prefix, k.id limit :l",
            key_from, soci::use(district_id), soci::use(organization_id), soci::use(c.key.value, c.key.ind),
            soci::use(c.key.value, c.key.ind), soci::use(c.id.value, c.id.ind), soci::use(fetch));
    });
    return page_of(std::move(rows), p.limit, [](auto& k) { return k.prefix; });
}

domain::ApiKey SociIdentityRepository::revoke_api_key(const std::string& district_id,
                                                      const std::string& organization_id, const std::string& id) {
    std::optional<domain::ApiKey> out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = one<domain::ApiKey>(
            sql,
            std::string("with k as (update api_keys set revoked_at = coalesce(revoked_at, now())"
                        " where district_id = cast(:d as uuid) and organization_id = cast(:o as uuid)"
                        " and id = cast(:k as uuid) returning *) select ") +
                kKeyCols + " from k",
            key_from, soci::use(district_id), soci::use(organization_id), soci::use(id));
    });
    if (!out) throw domain::not_found("The API key");
    return *out;
}

domain::Page<domain::AuditEntry> SociIdentityRepository::audit_log(const std::string& district_id,
                                                                   const domain::AuditQuery& q) {
    long long before = q.page.cursor ? decode_number_cursor(*q.page.cursor) : 0;
    NullableText resource(q.resource), resource_id(q.resource_id), actor(q.actor_id), action(q.action), from(q.from),
        to(q.to);
    int fetch = q.page.limit + 1;
    std::vector<domain::AuditEntry> rows;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        rows = all<domain::AuditEntry>(
            sql,
            "with p as (select cast(:res as text) res, cast(:rid as text) rid, cast(:act as text) act,"
            " cast(:acn as text) acn, cast(:fr as timestamptz) fr, cast(:t as timestamptz) t, cast(:b as bigint) b)"
            " select a.id, " TS("a.at") ", a.actor_kind, a.actor_id, a.request_id, a.action, a.resource, a.resource_id,"
            " coalesce(a.before::text, 'null'), coalesce(a.after::text, 'null')"
            " from audit_log a, p where a.district_id = cast(:d as uuid)"
            " and (p.res is null or a.resource = p.res) and (p.rid is null or a.resource_id = p.rid)"
            " and (p.act is null or a.actor_id = p.act) and (p.acn is null or a.action = p.acn)"
            " and (p.fr is null or a.at >= p.fr) and (p.t is null or a.at < p.t + interval '1 day') and (p.b = 0 or a.id < p.b)"
            " order by a.id desc limit :l",
            [](const soci::row& r) {
                domain::AuditEntry e;
                e.id = r.get<long long>(0);
                e.at = r.get<std::string>(1);
                e.actor_kind = r.get<std::string>(2);
                e.actor_id = opt_text(r, 3);
                e.request_id = opt_text(r, 4);
                e.action = r.get<std::string>(5);
                e.resource = r.get<std::string>(6);
                e.resource_id = opt_text(r, 7);
                e.before_json = r.get<std::string>(8);
                e.after_json = r.get<std::string>(9);
                return e;
            },
            soci::use(resource.value, resource.ind), soci::use(resource_id.value, resource_id.ind),
            soci::use(actor.value, actor.ind), soci::use(action.value, action.ind), soci::use(from.value, from.ind),
            soci::use(to.value, to.ind), soci::use(before), soci::use(district_id), soci::use(fetch));
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
