#include "persistence/sign_in_attempts.hpp"

#include <algorithm>

#include "generated/queries.hpp"
#include "persistence/pg.hpp"

namespace persistence {

int PgSignInAttempts::try_count(const std::string& kind, const std::string& key, int limit,
                                  std::chrono::seconds window) {
    long long w = window.count();
    int wait = 0;
    // Every 64th count also deletes a batch of rows whose window closed long ago, so the
    // table stays small without a job of its own. Over the limit: the seconds to wait.
    bool sweep = calls_.fetch_add(1, std::memory_order_relaxed) % 64 == 0;
    db_.in_global([&](soci::session& sql) {
        if (sweep) pg::exec(sql, queries::sign_in_attempts_sweep, {std::to_string(w)});
        auto counted = pg::exec(sql, queries::sign_in_attempts_count, {kind, key, std::to_string(w), std::to_string(limit)});
        if (counted.rows() == 1 && !counted.null(0, "attempts")) return;  // under the limit: counted
        double left = pg::exec(sql, queries::sign_in_attempts_seconds_left, {std::to_string(w), kind, key}).real(0, "seconds_left");
        wait = std::max(1, static_cast<int>(left + 0.999));
    });
    return wait;
}

domain::SignInAttempts::Count PgSignInAttempts::counted(const std::string& kind, const std::string& key,
                                                          std::chrono::seconds window) {
    long long w = window.count();
    Count out;
    db_.in_global([&](soci::session& sql) {
        auto r = pg::exec(sql, queries::sign_in_attempts_counted, {std::to_string(w), kind, key});
        if (r.rows() == 1) out = Count{r.integer(0, "attempts"), r.integer(0, "seconds_left")};
    });
    return out;
}

void PgSignInAttempts::forget(const std::string& kind, const std::string& key) {
    db_.in_global([&](soci::session& sql) {
        pg::exec(sql, queries::sign_in_attempts_forget, {kind, key});
    });
}

}  // namespace persistence
