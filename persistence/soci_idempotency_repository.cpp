#include "persistence/soci_idempotency_repository.hpp"

#include "domain/errors.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

struct Armed {
    bool on = false;
    domain::IdempotencyKey key;
    std::string hash, owner;
};
thread_local Armed g_armed;

constexpr const char* kLive = " and created_at >= now() - interval '24 hours'";

std::string headers_text(const std::vector<std::pair<std::string, std::string>>& headers) {
    std::string out;
    for (auto& [k, v] : headers) out += k + ": " + v + "\n";
    return out;
}

std::vector<std::pair<std::string, std::string>> parse_headers(const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    std::size_t i = 0;
    while (i < text.size()) {
        auto nl = text.find('\n', i);
        if (nl == std::string::npos) nl = text.size();
        auto line = text.substr(i, nl - i);
        auto colon = line.find(": ");
        if (colon != std::string::npos) out.emplace_back(line.substr(0, colon), line.substr(colon + 2));
        i = nl + 1;
    }
    return out;
}

}  // namespace

void claim_armed_idempotency_key(soci::session& sql) {
    if (!g_armed.on) return;
    const auto& a = g_armed;
    // Waits for a concurrent claim of the same key to commit or roll back (the primary key),
    // and takes over a key that has expired.
    sql << "insert into idempotency_keys as k (district_id, actor, key, request_hash, owner)"
           " select cast(:d as uuid), :a, :k, :h, :o where cast(:d2 as uuid) = app_district_id()"
           " on conflict (district_id, actor, key) do update set request_hash = excluded.request_hash,"
           " owner = excluded.owner, status = null, content_type = null, body = null, headers = null, created_at = now()"
           " where k.created_at < now() - interval '24 hours'",
        soci::use(a.key.district_id), soci::use(a.key.actor), soci::use(a.key.key), soci::use(a.hash),
        soci::use(a.owner), soci::use(a.key.district_id);
    std::string owner;
    soci::indicator ind = soci::i_null;
    sql << "select owner from idempotency_keys where district_id = cast(:d as uuid) and actor = :a and key = :k"
           " and cast(:d2 as uuid) = app_district_id()",
        soci::use(a.key.district_id), soci::use(a.key.actor), soci::use(a.key.key), soci::use(a.key.district_id),
        soci::into(owner, ind);
    if (sql.got_data() && ind == soci::i_ok && owner != a.owner)
        throw domain::Error(domain::ErrorKind::conflict, domain::kIdempotencyKeyTaken,
                            "Another request with this Idempotency-Key is being processed.");
}

std::optional<domain::IdempotencyRecord> SociIdempotencyRepository::find(const domain::IdempotencyKey& key) {
    std::optional<domain::IdempotencyRecord> out;
    db_.in_tenant(key.district_id, [&](soci::session& sql) {
        out = one<domain::IdempotencyRecord>(
            sql,
            std::string("select request_hash, status, content_type, body, headers from idempotency_keys"
                        " where district_id = cast(:d as uuid) and actor = :a and key = :k") +
                kLive,
            [](const soci::row& r) {
                domain::IdempotencyRecord rec;
                rec.request_hash = r.get<std::string>(0);
                if (r.get_indicator(1) == soci::i_ok) {
                    domain::StoredResponse resp;
                    resp.status = r.get<int>(1);
                    resp.content_type = opt_text(r, 2).value_or("");
                    resp.body = opt_text(r, 3).value_or("");
                    resp.headers = parse_headers(opt_text(r, 4).value_or(""));
                    rec.response = std::move(resp);
                }
                return rec;
            },
            soci::use(key.district_id), soci::use(key.actor), soci::use(key.key));
    });
    return out;
}

void SociIdempotencyRepository::arm(const std::optional<domain::IdempotencyKey>& key, const std::string& request_hash,
                                    const std::string& owner) {
    if (!key) {
        g_armed = Armed{};
        return;
    }
    g_armed = Armed{true, *key, request_hash, owner};
}

void SociIdempotencyRepository::complete(const domain::IdempotencyKey& key, const std::string& request_hash,
                                         const std::string& owner, const domain::StoredResponse& response) {
    auto headers = headers_text(response.headers);
    db_.in_tenant(key.district_id, [&](soci::session& sql) {
        soci::statement upd =
            (sql.prepare << "update idempotency_keys set status = :s, content_type = :ct, body = :b, headers = :h"
                            " where district_id = cast(:d as uuid) and actor = :a and key = :k and owner = :o",
             soci::use(response.status), soci::use(response.content_type), soci::use(response.body), soci::use(headers),
             soci::use(key.district_id), soci::use(key.actor), soci::use(key.key), soci::use(owner));
        upd.execute(true);
        if (upd.get_affected_rows() == 0) {
            // No write transaction claimed the key (a route whose repository does not call
            // the claim): store the answer now, unless another request got there first.
            sql << "insert into idempotency_keys (district_id, actor, key, request_hash, owner, status, content_type,"
                   " body, headers) values (cast(:d as uuid), :a, :k, :rh, :o, :s, :ct, :b, :h)"
                   " on conflict (district_id, actor, key) do nothing",
                soci::use(key.district_id), soci::use(key.actor), soci::use(key.key), soci::use(request_hash),
                soci::use(owner), soci::use(response.status), soci::use(response.content_type),
                soci::use(response.body), soci::use(headers);
        }
        // Keys live 24 hours; the district's expired ones go on every write.
        sql << "delete from idempotency_keys where district_id = cast(:d as uuid)"
               " and created_at < now() - interval '24 hours'",
            soci::use(key.district_id);
    });
}

void SociIdempotencyRepository::release(const domain::IdempotencyKey& key, const std::string& owner) {
    db_.in_tenant(key.district_id, [&](soci::session& sql) {
        sql << "delete from idempotency_keys where district_id = cast(:d as uuid) and actor = :a and key = :k"
               " and owner = :o and status is null",
            soci::use(key.district_id), soci::use(key.actor), soci::use(key.key), soci::use(owner);
    });
}

}  // namespace persistence
