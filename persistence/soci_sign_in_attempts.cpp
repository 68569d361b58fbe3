#include "persistence/soci_sign_in_attempts.hpp"

#include <algorithm>

#include "persistence/sql_helpers.hpp"

namespace persistence {

int SociSignInAttempts::try_count(const std::string& kind, const std::string& key, int limit,
                                  std::chrono::seconds window) {
    long long w = window.count();
    int wait = 0;
    // Every 64th count also deletes a batch of rows whose window closed long ago (by the
    // window_start index), so the table stays small without a job of its own.
    bool sweep = calls_.fetch_add(1, std::memory_order_relaxed) % 64 == 0;
    db_.in_global([&](soci::session& sql) {
        if (sweep)
            sql << "delete from sign_in_attempts where ctid = any(array(select ctid from sign_in_attempts"
                   " where window_start < now() - make_interval(secs => :w) order by window_start limit 500))",
                soci::use(w);
        // A new row, a closed window opened anew, or one more attempt while under the limit.
        // The update's condition is evaluated on the row as locked (concurrent attempts wait
        // for each other), so no more than `limit` attempts are ever counted in one window;
        // when it is false nothing is returned: the attempt is refused.
        int attempts = 0;
        soci::indicator ind = soci::i_null;
        sql << "insert into sign_in_attempts as a (kind, key, window_start, attempts) values (:k, :key, now(), 1)"
               " on conflict (kind, key) do update set"
               "  window_start = case when a.window_start <= now() - make_interval(secs => :w1) then now()"
               "                      else a.window_start end,"
               "  attempts = case when a.window_start <= now() - make_interval(secs => :w2) then 1"
               "                  else a.attempts + 1 end"
               " where a.window_start <= now() - make_interval(secs => :w3) or a.attempts < :lim"
               " returning attempts",
            soci::use(kind), soci::use(key), soci::use(w), soci::use(w), soci::use(w), soci::use(limit),
            soci::into(attempts, ind);
        if (sql.got_data() && ind == soci::i_ok) return;
        double left = 0;
        sql << "select coalesce(max(extract(epoch from window_start + make_interval(secs => :w) - now())), 0)::float8"
               " from sign_in_attempts where kind = :k and key = :key",
            soci::use(w), soci::use(kind), soci::use(key), soci::into(left);
        wait = std::max(1, static_cast<int>(left + 0.999));
    });
    return wait;
}

domain::SignInAttempts::Count SociSignInAttempts::counted(const std::string& kind, const std::string& key,
                                                          std::chrono::seconds window) {
    long long w = window.count();
    Count out;
    db_.in_global([&](soci::session& sql) {
        auto row = one<Count>(
            sql,
            "select attempts, ceil(extract(epoch from window_start + make_interval(secs => :w) - now()))::int"
            " from sign_in_attempts where kind = :k and key = :key"
            " and window_start > now() - make_interval(secs => :w2)",
            [](const soci::row& r) { return Count{r.get<int>(0), r.get<int>(1)}; }, soci::use(w), soci::use(kind),
            soci::use(key), soci::use(w));
        if (row) out = *row;
    });
    return out;
}

void SociSignInAttempts::forget(const std::string& kind, const std::string& key) {
    db_.in_global([&](soci::session& sql) {
        sql << "delete from sign_in_attempts where kind = :k and key = :key", soci::use(kind), soci::use(key);
    });
}

}  // namespace persistence
