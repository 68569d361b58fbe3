#pragma once
// A write held open in one district's scope (its own connection, as the application role)
// while another transaction runs on another thread: for the tests of what concurrent writes
// leave behind (tests/db/compliance_*_test.cpp).
#include <gtest/gtest.h>

#include <soci/postgresql/soci-postgresql.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "persistence/connection_string.hpp"
#include "tests/support/test_db.hpp"

namespace testsupport {

// Runs `first` in a transaction of district `d` left open, then `second` (which must come to
// wait on a lock `first` holds) on another thread; commits `first` once `second` waits, and
// returns when `second` is done.
inline void while_in_flight(const std::string& d, const std::string& first, const std::function<void()>& second) {
    auto info = persistence::parse_database_url(test_database().owner_url);
    soci::session held(soci::postgresql, persistence::to_soci_connect_string(info, "nastavnik_app"));
    held << "begin";
    held << "select set_config('app.district_id', '" + d + "', true)";
    held << first;
    std::thread other(second);
    auto admin = admin_session();
    int waiting = 0;
    for (int i = 0; i < 1000 && waiting == 0; ++i) {  // up to ~10 s
        *admin << "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
            soci::into(waiting);
        if (waiting == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_GT(waiting, 0) << "the second transaction never waited for the first";
    held << "commit";
    other.join();
}

}  // namespace testsupport
