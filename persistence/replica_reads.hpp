#pragma once
// Reads sent to a streaming replica (READ_DATABASE_URL), with the primary behind them: the
// region and national compliance answers and the regional report read here, so that the
// primary keeps its cores for writes and for the districts' own dashboards. A replica
// shows the primary as it was up to its replay lag (usually under a second; docs/operating.md
// says what that means for the answers).
//
// Each call runs on the replica first and again, from the start, on the primary when the
// replica cannot answer it:
// - the work writes (a district's summary brought up to date once a day, a month's totals
//   filled on their first read): a hot standby refuses it (SQLSTATE 25006);
// - the replica is unreachable or has no free connection: the primary answers, and the
//   replica is left alone for a few seconds before it is tried again.
// A statement timeout or any other error is the answer, not a reason to ask the primary.
#include <atomic>
#include <chrono>

#include "persistence/database.hpp"

namespace persistence {

class ReplicaFirst final : public Transactions {
public:
    ReplicaFirst(Database& replica, Transactions& primary) : replica_(replica), primary_(primary) {}

    using Transactions::in_tenant;
    using Transactions::in_region;

    void in_tenant(const std::string& district_id, const std::function<void(soci::session&)>& fn) override;
    void in_global(const std::function<void(soci::session&)>& fn) override;
    void in_region(const std::string& region_id, const std::function<void(soci::session&)>& fn) override;
    pg::Result read(const std::string* district_id, const std::string* region_id, const pg::Statement& st,
                    const std::vector<pg::Param>& params) override;

    struct Counts {
        unsigned long long replica = 0;      // calls the replica answered
        unsigned long long writes = 0;       // sent to the primary because they write
        unsigned long long unavailable = 0;  // sent to the primary because the replica could not be reached
    };
    [[nodiscard]] Counts counts() const { return {replica_calls_, write_fallbacks_, unavailable_fallbacks_}; }
    Database& replica() { return replica_; }

private:
    template <class F>
    void attempt(const F& on);

    Database& replica_;
    Transactions& primary_;
    std::atomic<long long> skip_until_{0};  // steady_clock ticks: the replica rests until then
    std::atomic<unsigned long long> replica_calls_{0}, write_fallbacks_{0}, unavailable_fallbacks_{0};
};

}  // namespace persistence
