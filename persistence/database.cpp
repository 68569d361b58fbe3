#include "persistence/database.hpp"

#include <soci/postgresql/soci-postgresql.h>

#include <stdexcept>
#include <thread>

#include "domain/audit_context.hpp"
#include "domain/errors.hpp"
#include "generated/queries.hpp"
#include "persistence/pg.hpp"

namespace persistence {
namespace {

bool is_connection_error(const std::string& sqlstate) {
    return sqlstate.rfind("08", 0) == 0 || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03";
}

[[noreturn]] void unavailable() {
    throw domain::Error(domain::ErrorKind::unavailable, "database-unavailable",
                        "The database is not reachable right now; try again shortly.");
}

// What a SQLSTATE means to the caller, thrown as a domain::Error; returns for the states that
// have no meaning of their own (the database's error passes on as it is).
void throw_translated(const std::string& state) {
    if (state == "57014")  // query_canceled: statement_timeout (DbConfig::statement_timeout)
        throw domain::Error(domain::ErrorKind::unavailable, "statement-timeout",
                            "The database took too long to answer this request; try again shortly.")
            .retry_after(5);
    if (state == "23505")
        throw domain::Error(domain::ErrorKind::conflict, "conflict", "It conflicts with an existing record.");
    if (state.rfind("22", 0) == 0)  // a value PostgreSQL could not take (a safety net)
        throw domain::validation_error({{"", "a value in the request is not valid"}}, "A value in the request is not valid.");
    if (state == "23514")
        throw domain::validation_error({{"", "the values do not fit together"}},
                                       "The values do not fit together (a rule of the data was broken).");
    if (state == "23503")
        throw domain::Error(domain::ErrorKind::validation, "reference", "It refers to a record that does not exist.");
}

}  // namespace

class Database::Lease {
public:
    Lease(Database& db, std::size_t index) : db_(&db), index_(index) {}
    Lease(Lease&& o) noexcept : db_(o.db_), index_(o.index_) { o.db_ = nullptr; }
    ~Lease() {
        if (db_) db_->release(index_, broken_);
    }
    soci::session& session() { return *db_->slots_[index_].session; }
    void mark_broken() { broken_ = true; }

private:
    Database* db_;
    std::size_t index_;
    bool broken_ = false;
};

Database::Database(DbConfig config) : config_(std::move(config)), info_(parse_database_url(config_.url)) {
    app_connect_ = to_soci_connect_string(info_, config_.app_role, config_.statement_timeout.count());
    slots_.resize(config_.pool_size == 0 ? 1 : config_.pool_size);
}

Database::~Database() = default;

std::unique_ptr<soci::session> Database::open_owner_session() const {
    try {
        return std::make_unique<soci::session>(soci::postgresql, to_soci_connect_string(info_));
    } catch (const soci::soci_error& e) {
        std::string msg = e.what();
        // libpq's message carries no password; keep its first line only.
        msg = msg.substr(0, msg.find('\n'));
        throw std::runtime_error("cannot connect to the database at " + redacted(info_) + ": " + msg);
    }
}

std::unique_ptr<soci::session> Database::open_app_session() const {
    try {
        return std::make_unique<soci::session>(soci::postgresql, app_connect_);
    } catch (const soci::soci_error&) {
        unavailable();
    }
}

Database::Lease Database::lease() {
    std::unique_lock lock(mu_);
    if (!cv_.wait_for(lock, config_.lease_timeout, [&] { return in_use_ < slots_.size(); })) {
        throw domain::Error(domain::ErrorKind::unavailable, "database-busy",
                            "Every database connection is busy; try again shortly.");
    }
    std::size_t index = 0;
    while (slots_[index].busy) ++index;
    slots_[index].busy = true;
    ++in_use_;
    lock.unlock();
    Lease l(*this, index);
    auto& slot = slots_[index];
    try {
        if (!slot.session) {
            slot.session = std::make_unique<soci::session>(soci::postgresql, app_connect_);
        } else if (PQstatus(pg::connection(*slot.session)) != CONNECTION_OK) {
            // libpq's own state, without a round trip (SOCI's is_connected() pings the
            // server on every lease); a connection the server dropped since shows up at the
            // first statement, and run() retries the transaction on a fresh one.
            ++lost_connections_;
            slot.session->reconnect();
        }
    } catch (const soci::soci_error&) {
        slot.session.reset();
        unavailable();
    }
    return l;
}

void Database::release(std::size_t index, bool broken) noexcept {
    std::lock_guard lock(mu_);
    if (broken && slots_[index].session) {
        try {
            pg::forget(pg::connection(*slots_[index].session));
        } catch (...) {
        }
        slots_[index].session.reset();
    }
    slots_[index].busy = false;
    --in_use_;
    cv_.notify_one();
}

namespace {
// The scope and actor of a transaction: the parameters of persistence/sql/scope/transaction_scope.sql.
std::vector<pg::Param> scope_settings(const std::string* district_id, const std::string* region_id) {
    const auto* audit = domain::current_audit();
    return {district_id ? *district_id : std::string(),
            std::string(district_id || region_id ? "off" : "on"),
            audit ? audit->actor_kind : std::string("system"),
            audit ? audit->actor_id : std::string(),
            audit ? audit->request_id : std::string(),
            region_id ? *region_id : std::string()};
}

std::string scope_key(const std::string* district_id, const std::string* region_id) {
    return district_id ? "d:" + *district_id : region_id ? "r:" + *region_id : std::string("g");
}
}  // namespace

pg::Result Database::read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                          const std::vector<pg::Param>& params) {
    pg::Result out;
    run(district_id,
        [&](soci::session& sql) { out = pg::exec_scoped(sql, queries::transaction_scope, scope_settings(district_id, region_id), st, params); },
        region_id, true);
    return out;
}

// One retry loop (~68 lines, kept whole on purpose): a lease, the scope, fn, the commit, and
// which failure is retried how often; split, the counters of the two kinds of retry would have
// to be passed between the parts.
void Database::run(const std::string* district_id, const std::function<void(soci::session&)>& fn,
                   const std::string* region_id, bool one_statement) {
    // A lost connection (the server restarted) is retried on a fresh one, at most once per
    // pooled slot; a serialization failure is retried a few times.
    std::size_t lost = 0;
    int conflicts = 0;
    for (;;) {
        auto l = lease();
        auto& sql = l.session();
        bool began = false, committing = false;
        try {
            if (one_statement) {
                fn(sql);
                return;
            }
            // BEGIN and the transaction's scope and actor in one round trip; they are gone at
            // commit or rollback, so a pooled connection never carries them into the next request.
            began = true;
            pg::begin_scoped(sql, queries::transaction_scope, scope_settings(district_id, region_id));
            fn(sql);
            committing = true;
            sql.commit();
            return;
        } catch (const soci::postgresql_soci_error& e) {
            std::string state = e.sqlstate();
            if (is_connection_error(state) || !sql.is_connected()) {
                l.mark_broken();
                ++lost_connections_;
                if (!committing && lost++ <= slots_.size()) continue;
                unavailable();
            }
            try {
                if (began) sql.rollback();
            } catch (...) {
                l.mark_broken();
            }
            if ((state == "40001" || state == "40P01") && conflicts++ < 3) continue;
            throw_translated(state);
            throw;
        } catch (const soci::soci_error& e) {
            // Errors without a sqlstate: a dropped connection shows up this way.
            if (!sql.is_connected()) {
                l.mark_broken();
                ++lost_connections_;
                if (!committing && lost++ <= slots_.size()) continue;
                unavailable();
            }
            try {
                if (began) sql.rollback();
            } catch (...) {
                l.mark_broken();
            }
            throw;
        } catch (...) {
            try {
                if (began) sql.rollback();
            } catch (...) {
                l.mark_broken();
            }
            throw;
        }
    }
}

void Database::in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) {
    run(&district_id, fn);
}

void Database::in_global(const std::function<void(soci::session&)>& fn) { run(nullptr, fn); }

void Database::in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) {
    run(nullptr, fn, &region_id);
}

bool Database::ping() noexcept {
    try {
        in_global([](soci::session& sql) {
            int one = 0;
            sql << "select 1", soci::into(one);
        });
        return true;
    } catch (...) {
        return false;
    }
}

PoolStats Database::stats() const {
    std::lock_guard lock(mu_);
    return {slots_.size(), in_use_};
}

OpenTransaction::OpenTransaction(soci::session& sql, const std::string* district_id, const std::string* region_id)
    : sql_(sql), scope_(scope_key(district_id, region_id)) {}

void OpenTransaction::check(const std::string* district_id, const std::string* region_id) const {
    if (scope_key(district_id, region_id) != scope_)
        throw std::logic_error("a call of scope " + scope_key(district_id, region_id) +
                               " inside an open transaction of scope " + scope_);
}

void OpenTransaction::in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) {
    check(&district_id, nullptr);
    fn(sql_);
}

void OpenTransaction::in_global(const std::function<void(soci::session&)>& fn) {
    check(nullptr, nullptr);
    fn(sql_);
}

void OpenTransaction::in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) {
    check(nullptr, &region_id);
    fn(sql_);
}

pg::Result OpenTransaction::read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                                 const std::vector<pg::Param>& params) {
    check(district_id, region_id);
    return pg::exec(sql_, st, params);
}

}  // namespace persistence
