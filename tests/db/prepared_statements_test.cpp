// Statements prepared once per pooled connection (persistence/pg.hpp): the registry of what a
// connection has prepared can fall out of step with the server (a DEALLOCATE, a PREPARE made
// elsewhere); the transaction is then retried and the statement works. An open transaction
// handed to a callee (OpenTransaction, a read scope's) runs the callee's calls of its scope
// in that transaction, and refuses another scope. A one-statement read (Database::read) sends
// its scope and the statement in one round trip, as one transaction of its own.
#include <gtest/gtest.h>

#include <stdexcept>

#include "persistence/database.hpp"
#include "persistence/pg.hpp"
#include "tests/support/test_db.hpp"

namespace {

const persistence::pg::Statement kPlusOne{"nsk_test_plus_one", "select $1::int + 1"};

persistence::DbConfig one_connection() {
    persistence::DbConfig cfg;
    cfg.url = testsupport::test_database().owner_url;
    cfg.pool_size = 1;
    return cfg;
}

int plus_one(persistence::Database& db, int n) {
    int out = 0;
    db.in_global([&](soci::session& sql) { out = persistence::pg::exec(sql, kPlusOne, {std::to_string(n)}).integer(0, 0); });
    return out;
}

TEST(PreparedStatements, ADeallocatedStatementIsPreparedAgain) {
    persistence::Database db(one_connection());
    EXPECT_EQ(plus_one(db, 1), 2);
    db.in_global([](soci::session& sql) { persistence::pg::exec_simple(sql, "DEALLOCATE ALL"); });
    EXPECT_EQ(plus_one(db, 2), 3) << "26000 on the first try: the registry forgets it, the transaction is retried";
    EXPECT_EQ(plus_one(db, 3), 4);
}

TEST(PreparedStatements, AStatementPreparedElsewhereOnTheConnectionIsUsed) {
    persistence::Database db(one_connection());
    db.in_global([](soci::session& sql) {
        persistence::pg::exec_simple(sql, "PREPARE nsk_test_plus_one(int) AS select $1 + 1");
    });
    EXPECT_EQ(plus_one(db, 41), 42) << "42P05 on the first try: the registry learns it, the transaction is retried";
}

TEST(PreparedStatements, AnOpenTransactionRunsTheCallsOfItsScopeInIt) {
    persistence::Database db(one_connection());  // one connection: a second lease would wait and fail
    int backend_outer = 0, backend_inner = 0;
    std::string tx_outer, tx_inner;
    db.in_global([&](soci::session& sql) {
        sql << "select pg_backend_pid(), txid_current()::text", soci::into(backend_outer), soci::into(tx_outer);
        persistence::OpenTransaction tx(sql, nullptr, nullptr);
        tx.in_global([&](soci::session& inner) {
            inner << "select pg_backend_pid(), txid_current()::text", soci::into(backend_inner), soci::into(tx_inner);
        });
    });
    EXPECT_EQ(backend_inner, backend_outer);
    EXPECT_EQ(tx_inner, tx_outer);
    // An error in the inner call ends the whole transaction.
    EXPECT_THROW(db.in_global([&](soci::session& sql) {
                     persistence::OpenTransaction tx(sql, nullptr, nullptr);
                     tx.in_global([](soci::session& inner) { inner << "select * from no_such_table"; });
                 }),
                 soci::soci_error);
    EXPECT_EQ(plus_one(db, 0), 1) << "the connection is usable afterwards";
    // A call of another scope is refused before anything runs.
    const std::string d = "8b3a76c8-094e-456c-97e8-d2ec45be1bd1";
    bool ran = false;
    EXPECT_THROW(db.in_global([&](soci::session& sql) {
                     persistence::OpenTransaction tx(sql, nullptr, nullptr);
                     tx.in_tenant(d, [&](soci::session&) { ran = true; });
                 }),
                 std::logic_error);
    EXPECT_FALSE(ran);
    std::string seen;
    db.in_tenant(d, [&](soci::session& sql) {
        persistence::OpenTransaction tx(sql, &d, nullptr);
        tx.in_tenant(d, [&](soci::session& inner) { inner << "select current_setting('app.district_id')", soci::into(seen); });
    });
    EXPECT_EQ(seen, d) << "a district's open transaction runs that district's calls with its scope";
}

const persistence::pg::Statement kScopeSeen{
    "nsk_test_scope_seen",
    "select coalesce(current_setting('app.district_id', true), ''), coalesce(current_setting('app.system', true), ''),"
    " coalesce(current_setting('app.region_id', true), ''), txid_current_if_assigned() is null, $1::text"};

TEST(PreparedStatements, AOneStatementReadCarriesItsScopeAndLeavesNothingBehind) {
    persistence::Database db(one_connection());
    const std::string d = "8b3a76c8-094e-456c-97e8-d2ec45be1bd1", r = "1b3a76c8-094e-456c-97e8-d2ec45be1bd2";
    auto in_district = db.read(&d, nullptr, kScopeSeen, {std::string("x")});
    EXPECT_EQ(in_district.text(0, 0), d);
    EXPECT_EQ(in_district.text(0, 1), "off");
    EXPECT_EQ(in_district.text(0, 2), "");
    EXPECT_TRUE(in_district.boolean(0, 3)) << "a read writes nothing";
    EXPECT_EQ(in_district.text(0, 4), "x");
    auto in_region = db.read(nullptr, &r, kScopeSeen, {std::nullopt});
    EXPECT_EQ(in_region.text(0, 0), "");
    EXPECT_EQ(in_region.text(0, 2), r);
    EXPECT_TRUE(in_region.null(0, 4));
    auto system = db.read(nullptr, nullptr, kScopeSeen, {std::string("y")});
    EXPECT_EQ(system.text(0, 0), "");
    EXPECT_EQ(system.text(0, 1), "on");
    // The settings ended with the read's own transaction: the same (only) connection has none.
    std::string left;
    db.in_global([&](soci::session& sql) {
        persistence::pg::exec_simple(sql, "select 1");
        sql << "select coalesce(current_setting('app.district_id', true), '') || '|' ||"
               " coalesce(current_setting('app.region_id', true), '')",
            soci::into(left);
    });
    EXPECT_EQ(left, "|");
}

TEST(PreparedStatements, AOneStatementReadPreparesAgainAfterADeallocate) {
    persistence::Database db(one_connection());
    EXPECT_EQ(db.read(nullptr, nullptr, kPlusOne, {std::string("1")}).integer(0, 0), 2);
    db.in_global([](soci::session& sql) { persistence::pg::exec_simple(sql, "DEALLOCATE ALL"); });
    EXPECT_EQ(db.read(nullptr, nullptr, kPlusOne, {std::string("2")}).integer(0, 0), 3) << "26000, then retried";
    // A failing read is an error, and the connection is usable afterwards.
    EXPECT_THROW(db.read(nullptr, nullptr, kPlusOne, {std::string("not a number")}), std::exception);
    EXPECT_EQ(db.read(nullptr, nullptr, kPlusOne, {std::string("3")}).integer(0, 0), 4);
    EXPECT_EQ(plus_one(db, 4), 5);
    // Through an open transaction of the same scope, the read joins it.
    db.in_global([&](soci::session& sql) {
        std::string outer;
        sql << "select txid_current()::text", soci::into(outer);
        persistence::OpenTransaction tx(sql, nullptr, nullptr);
        auto r = tx.read(nullptr, nullptr, kScopeSeen, {std::string("z")});
        EXPECT_FALSE(r.boolean(0, 3)) << "the caller's transaction has an id already";
    });
}

// pg::exec_between (here with the generic-plan pair) runs one statement with plan_cache_mode = force_generic_plan and sets the
// transaction's mode back after it, in the same round trip; a retried registry still works.
const persistence::pg::Statement kPlanMode{"nsk_test_plan_mode", "select current_setting('plan_cache_mode') as mode, $1::int as n"};
const persistence::pg::Statement kGenericOn{"nsk_test_generic_on",
                                           "select set_config('nastavnik.plan_cache_mode', current_setting('plan_cache_mode'), true),"
                                           " set_config('plan_cache_mode', 'force_generic_plan', true)"};
const persistence::pg::Statement kGenericOff{"nsk_test_generic_off",
                                            "select set_config('plan_cache_mode', current_setting('nastavnik.plan_cache_mode'), true)"};

TEST(PreparedStatements, AGenericPlanIsForcedForOneStatementAlone) {
    persistence::Database db(one_connection());
    for (int round = 0; round < 2; ++round) {
        db.in_global([](soci::session& sql) {
            persistence::pg::exec_simple(sql, "SET LOCAL plan_cache_mode = force_custom_plan");
            auto r = persistence::pg::exec_between(sql, kGenericOn, kPlanMode, {std::string("7")}, kGenericOff);
            EXPECT_EQ(r.text(0, "mode"), "force_generic_plan");
            EXPECT_EQ(r.integer(0, "n"), 7);
            EXPECT_EQ(persistence::pg::exec(sql, kPlanMode, {std::string("8")}).text(0, "mode"), "force_custom_plan")
                << "the transaction's own mode after it";
        });
        // The registry out of step with the connection: the transaction is retried and works.
        db.in_global([](soci::session& sql) { persistence::pg::exec_simple(sql, "DEALLOCATE ALL"); });
    }
    EXPECT_THROW(db.in_global([](soci::session& sql) {
                     persistence::pg::exec_between(sql, kGenericOn, kPlanMode, {std::string("x")}, kGenericOff);
                 }),
                 std::exception);
    EXPECT_EQ(plus_one(db, 1), 2) << "the connection is usable after a failing statement";
}

}  // namespace
