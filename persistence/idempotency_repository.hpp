#pragma once
// Idempotency keys in PostgreSQL (table idempotency_keys, V0004). See
// domain/monitoring_idempotency.hpp for the protocol.
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include <memory>

#include "domain/monitoring_idempotency.hpp"
#include "persistence/database.hpp"
#include "persistence/bases_repository.hpp"
#include "persistence/monitoring_repository.hpp"

namespace persistence {

// A write's repositories over one Transactions: the pool, or an open transaction.
class PgDistrictWrites final : public domain::DistrictWrites {
public:
    PgDistrictWrites(Transactions& db, domain::IdempotencyStore& keys) : keys_(keys), bases_(db), monitoring_(db) {}
    domain::IdempotencyStore& keys() override { return keys_; }
    domain::BasesRepository& bases() override { return bases_; }
    domain::MonitoringRepository& monitoring() override { return monitoring_; }

private:
    domain::IdempotencyStore& keys_;
    PgBasesRepository bases_;
    PgMonitoringRepository monitoring_;
};

class PgIdempotencyRepository final : public domain::IdempotencyStore {
public:
    // purge_every: how often, per district, `complete` deletes the district's expired keys
    // (expired keys are invisible and taken over anyway; the purge only keeps the table small).
    explicit PgIdempotencyRepository(Database& db, std::chrono::seconds purge_every = std::chrono::seconds(60));

    // A transaction of the district (Database::in_tenant) handed to fn as an OpenTransaction
    // under this store's keys and the write's repositories. Not inside another.
    void in_transaction(const domain::DistrictId& district_id, const std::function<void(domain::DistrictWrites&)>& fn) override;
    domain::DistrictWrites& pooled() override { return pooled_; }
    bool claim(const domain::IdempotencyKey&, const std::string& request_hash, const std::string& owner) override;
    std::optional<domain::IdempotencyRecord> find(const domain::IdempotencyKey&) override;
    void complete(const domain::IdempotencyKey&, const std::string& owner, const domain::StoredResponse&) override;

private:
    struct PurgeSchedule {
        std::chrono::seconds every;
        std::mutex mu;
        std::unordered_map<domain::DistrictId, std::chrono::steady_clock::time_point> next;  // per district
        bool due(const domain::DistrictId& district_id);
    };
    // The store bound to an open transaction (in_transaction's), sharing the purge schedule.
    PgIdempotencyRepository(Transactions& db, Database& pool, std::shared_ptr<PurgeSchedule> purge);

    Transactions& db_;
    Database& pool_;
    std::shared_ptr<PurgeSchedule> purge_;
    PgDistrictWrites pooled_;  // over db_
};

}  // namespace persistence
