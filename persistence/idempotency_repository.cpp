#include "persistence/idempotency_repository.hpp"

#include <soci/postgresql/soci-postgresql.h>

#include <stdexcept>

#include "domain/errors.hpp"
#include "generated/queries.hpp"
#include "persistence/pg.hpp"

namespace persistence {
namespace {

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

PgIdempotencyRepository::PgIdempotencyRepository(Database& db, std::chrono::seconds purge_every)
    : db_(db), pool_(db), purge_(std::make_shared<PurgeSchedule>()), pooled_(db_, *this) {
    purge_->every = purge_every;
}

PgIdempotencyRepository::PgIdempotencyRepository(Transactions& db, Database& pool, std::shared_ptr<PurgeSchedule> purge)
    : db_(db), pool_(pool), purge_(std::move(purge)), pooled_(db_, *this) {}

void PgIdempotencyRepository::in_transaction(const domain::DistrictId& district_id,
                                               const std::function<void(domain::DistrictWrites&)>& fn) {
    if (&db_ != static_cast<Transactions*>(&pool_))
        throw std::logic_error("idempotency: a write's transaction opened inside another");
    pool_.in_tenant(district_id, [&](soci::session& sql) {
        OpenTransaction tx(sql, &district_id.str(), nullptr);
        PgIdempotencyRepository keys(tx, pool_, purge_);  // its pooled() is the bound writes
        fn(keys.pooled());
    });
}

bool PgIdempotencyRepository::claim(const domain::IdempotencyKey& key, const std::string& request_hash,
                                      const std::string& owner) {
    bool claimed = false;
    db_.in_tenant(key.district_id, [&](soci::session& sql) {
        // A concurrent request with the same key is waited for five seconds at most (then 409
        // with Retry-After), so a storm of retries cannot hold every pooled connection while
        // the first one works.
        // The timeout is set for each statement alone, in its round trip (pg::exec_between).
        auto waiting_briefly = [&](const pg::Statement& st) {
            return pg::exec_between(sql, queries::lock_timeout_short, st,
                                    {key.district_id, key.actor, key.key, request_hash, owner}, queries::lock_timeout_restore)
                       .rows() == 1;
        };
        try {
            claimed = waiting_briefly(queries::idempotency_claim) || waiting_briefly(queries::idempotency_take_over);
        } catch (const soci::postgresql_soci_error& e) {
            if (e.sqlstate() != "55P03") throw;  // lock_not_available: the first one is still running
            throw domain::Error(domain::ErrorKind::conflict, "idempotency-key-in-progress",
                                "A request with this Idempotency-Key is still being processed; retry shortly.")
                .retry_after(1);
        }
    });
    return claimed;
}

std::optional<domain::IdempotencyRecord> PgIdempotencyRepository::find(const domain::IdempotencyKey& key) {
    std::optional<domain::IdempotencyRecord> out;
    db_.in_tenant(key.district_id, [&](soci::session& sql) {
        auto r = pg::exec(sql, queries::idempotency_find, {key.district_id, key.actor, key.key});
        if (r.rows() == 0) return;
        domain::IdempotencyRecord rec;
        rec.request_hash = r.text(0, "request_hash");
        if (!r.null(0, "status")) {
            domain::StoredResponse resp;
            resp.status = r.integer(0, "status");
            resp.content_type = r.opt_text(0, "content_type").value_or("");
            resp.body = r.opt_text(0, "body").value_or("");
            resp.headers = parse_headers(r.opt_text(0, "headers").value_or(""));
            rec.response = std::move(resp);
        }
        out = std::move(rec);
    });
    return out;
}

bool PgIdempotencyRepository::PurgeSchedule::due(const domain::DistrictId& district_id) {
    auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(mu);
    if (next.size() > 100000) next.clear();
    auto [it, fresh] = next.try_emplace(district_id, now + every);
    if (fresh) return true;
    if (now < it->second) return false;
    it->second = now + every;
    return true;
}

void PgIdempotencyRepository::complete(const domain::IdempotencyKey& key, const std::string& owner,
                                         const domain::StoredResponse& response) {
    auto headers = headers_text(response.headers);
    bool purge = purge_->due(key.district_id);
    db_.in_tenant(key.district_id, [&](soci::session& sql) {
        auto stored = pg::exec(sql, queries::idempotency_complete,
                               {key.district_id, key.actor, key.key, owner, std::to_string(response.status),
                                response.content_type, response.body, headers});
        // The claim is in this transaction, so its row is there; if not, nothing is kept.
        if (stored.rows() != 1)
            throw std::logic_error("idempotency: storing an answer for a key this request did not claim");
        // Keys live 24 hours; the district's expired ones go now and then, not on every write.
        if (purge) pg::exec(sql, queries::idempotency_purge, {key.district_id});
    });
}

}  // namespace persistence
