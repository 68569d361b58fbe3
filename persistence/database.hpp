#pragma once
// The connection pool and the one way the rest of persistence talks to PostgreSQL:
// a function run inside a transaction, with the tenant set for that transaction only.
// Repositories reach their transactions through `Transactions`: the pool (Database, each
// call a transaction of its own) or one transaction already open (OpenTransaction, handed
// out explicitly — a read scope's, persistence/read_scopes.hpp). Nothing joins a
// transaction it was not handed (docs/architecture.md, «Transactions»).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "domain/ids.hpp"
#include "persistence/connection_string.hpp"

namespace persistence {

namespace pg {  // persistence/pg.hpp (libpq): included where read() is called
class Result;
struct Statement;
struct Param;  // a text parameter or NULL
}  // namespace pg

struct DbConfig {
    std::string url;                       // the owner's postgresql:// URL
    std::size_t pool_size = 8;
    std::string app_role = "nastavnik_app";  // requests run as this role (RLS applies)
    std::chrono::milliseconds lease_timeout{2000};
    // Longest a statement of the application's may run (statement_timeout on its
    // connections, STATEMENT_TIMEOUT_MS); one that runs longer — or waits longer for a
    // lock — is cancelled and the request answered 503 with Retry-After. 0: no limit.
    std::chrono::milliseconds statement_timeout{15000};
};

struct PoolStats {
    std::size_t size = 0, in_use = 0;
};

// Where a repository's statements run: fn(session) inside a transaction of a scope.
class Transactions {
public:
    virtual ~Transactions() = default;
    // A district's scope: app.district_id set to district_id for the transaction only
    // (set_config(..., true)); row-level security shows that district's rows alone.
    virtual void in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) = 0;
    // The system scope (app.system = on): tables outside the tenants (regions, districts),
    // sign-in look-ups, system administration. Never for a district's own work.
    virtual void in_global(const std::function<void(soci::session&)>& fn) = 0;
    // A region's aggregates (app.region_id): tables whose policy allows a region scope
    // (compliance summaries) show that region's districts; tenant tables show nothing.
    virtual void in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) = 0;
    // One prepared statement read with the scope (a district, a region, or neither: the
    // system scope).
    virtual pg::Result read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                            const std::vector<pg::Param>& params) = 0;

    // The same scopes named by their id types (domain/ids.hpp).
    void in_tenant(const domain::DistrictId& district, const std::function<void(soci::session&)>& fn) {
        in_tenant(district.str(), fn);
    }
    void in_region(const domain::RegionId& region, const std::function<void(soci::session&)>& fn) {
        in_region(region.str(), fn);
    }
};

class Database final : public Transactions {
public:
    explicit Database(DbConfig config);
    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Each call: a transaction of its own on a pooled connection, as the application role,
    // committed when fn returns. Translates database errors into domain::Error kinds;
    // retries fn from the start on a lost connection or a serialization failure. Never
    // nest them on one thread: an inner call takes a second connection and a transaction of
    // its own — to read in the caller's transaction, hand the callee an OpenTransaction.
    using Transactions::in_tenant;
    using Transactions::in_region;
    void in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) override;
    void in_global(const std::function<void(soci::session&)>& fn) override;
    void in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) override;

    // One prepared statement read in a transaction of its own with the scope, in one round
    // trip (pg::exec_scoped). Retries and errors as above.
    pg::Result read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                    const std::vector<pg::Param>& params) override;

    // True when a connection answers `select 1` within the lease timeout.
    bool ping() noexcept;
    PoolStats stats() const;
    // How many times a connection was found lost (the server restarted, failed over, or was
    // restored): what was read before may be from another history of the database.
    [[nodiscard]] unsigned long long lost_connections() const { return lost_connections_; }
    const ConnectionInfo& info() const { return info_; }

    // Opens a one-off session as the owner (migrations, admin commands).
    std::unique_ptr<soci::session> open_owner_session() const;
    // Opens a one-off session as the application role, outside the pool (a lock held for
    // longer than a transaction: persistence/advisory_lock.hpp); throws unavailable.
    std::unique_ptr<soci::session> open_app_session() const;

private:
    struct Slot {
        std::unique_ptr<soci::session> session;
        bool busy = false;
    };
    class Lease;
    Lease lease();
    void release(std::size_t index, bool broken) noexcept;
    // `one_statement`: fn makes its own implicit transaction (read), no BEGIN or COMMIT here.
    void run(const std::string* district_id, const std::function<void(soci::session&)>& fn,
             const std::string* region_id = nullptr, bool one_statement = false);

    DbConfig config_;
    ConnectionInfo info_;
    std::string app_connect_;
    mutable std::mutex mu_;
    std::condition_variable cv_;
    std::vector<Slot> slots_;
    std::size_t in_use_ = 0;
    std::atomic<unsigned long long> lost_connections_{0};
};

// One transaction already open — by Database::in_tenant / in_global / in_region, whose
// fn got `sql` — handed to repositories so that what they run joins it: calls of the same
// scope run fn on that connection, in that transaction (committed or rolled back by whoever
// opened it, not here). A call for another scope is a mistake of the caller:
// std::logic_error, nothing run. Valid while the opener's fn runs.
class OpenTransaction final : public Transactions {
public:
    // The scope the transaction was opened with: a district, a region, or (both null) the system.
    OpenTransaction(soci::session& sql, const std::string* district_id, const std::string* region_id);
    using Transactions::in_tenant;
    using Transactions::in_region;
    void in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) override;
    void in_global(const std::function<void(soci::session&)>& fn) override;
    void in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) override;
    pg::Result read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                    const std::vector<pg::Param>& params) override;

private:
    void check(const std::string* district_id, const std::string* region_id) const;
    soci::session& sql_;
    std::string scope_;
};

}  // namespace persistence
