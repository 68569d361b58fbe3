// Statements prepared once per pooled connection (persistence/pg.hpp): the registry of what a
// connection has prepared can fall out of step with the server (a DEALLOCATE, a PREPARE made
// elsewhere); the transaction is then retried and the statement works, and a nested call of
// the same scope joins the caller's transaction.
#include <gtest/gtest.h>

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

TEST(PreparedStatements, ANestedCallOfTheSameScopeJoinsTheTransaction) {
    persistence::Database db(one_connection());  // one connection: a second lease would wait and fail
    int backend_outer = 0, backend_inner = 0;
    std::string tx_outer, tx_inner;
    db.in_global([&](soci::session& sql) {
        sql << "select pg_backend_pid(), txid_current()::text", soci::into(backend_outer), soci::into(tx_outer);
        db.in_global([&](soci::session& inner) {
            inner << "select pg_backend_pid(), txid_current()::text", soci::into(backend_inner), soci::into(tx_inner);
        });
    });
    EXPECT_EQ(backend_inner, backend_outer);
    EXPECT_EQ(tx_inner, tx_outer);
    // An error in the nested call ends the whole transaction.
    EXPECT_THROW(db.in_global([&](soci::session&) {
                     db.in_global([](soci::session& inner) { inner << "select * from no_such_table"; });
                 }),
                 soci::soci_error);
    EXPECT_EQ(plus_one(db, 0), 1) << "the connection is usable afterwards";
}

}  // namespace
