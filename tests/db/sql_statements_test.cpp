// The statements of persistence/sql/ (embedded at build time, persistence/pg.hpp): each one
// is valid SQL against the migrated schema, the benchmark's names are there, and a result is
// read by column name — a name the result does not have is an error, never another column.
#include <gtest/gtest.h>

#include <libpq-fe.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "persistence/database.hpp"
#include "persistence/pg.hpp"
#include "tests/support/test_db.hpp"

namespace {

using persistence::pg::Statement;

persistence::DbConfig one_connection() {
    persistence::DbConfig cfg;
    cfg.url = testsupport::test_database().owner_url;
    cfg.pool_size = 1;
    return cfg;
}

const Statement kColumns{"nsk_test_columns", "select 1 as one, 'b'::text as two, null::int as three, $1::text as four"};

TEST(ResultColumns, AreReadByName) {
    persistence::Database db(one_connection());
    auto r = db.read(nullptr, nullptr, kColumns, {std::string("x")});
    ASSERT_EQ(r.rows(), 1);
    EXPECT_EQ(r.integer(0, "one"), 1);
    EXPECT_EQ(r.text(0, "two"), "b");
    EXPECT_TRUE(r.null(0, "three"));
    EXPECT_EQ(r.opt_integer(0, "three"), std::nullopt);
    EXPECT_EQ(r.text(0, "four"), "x");
    EXPECT_EQ(r.column("four"), 3);
    // A name in a buffer reused for another name finds the other column, not the cached one.
    std::string name = "two";
    EXPECT_EQ(r.text(0, name.c_str()), "b");
    name = "one";
    EXPECT_EQ(r.integer(0, name.c_str()), 1);
}

TEST(ResultColumns, AnUnknownNameIsAnErrorNamingIt) {
    persistence::Database db(one_connection());
    auto r = db.read(nullptr, nullptr, kColumns, {std::string("x")});
    try {
        (void)r.text(0, "title");
        FAIL() << "read a column the result does not have";
    } catch (const std::logic_error& e) {
        std::string what = e.what();
        EXPECT_NE(what.find("\"title\""), std::string::npos) << what;
        EXPECT_NE(what.find("one, two, three, four"), std::string::npos) << what;
    }
    EXPECT_THROW((void)r.integer(0, "ONE "), std::logic_error);
    EXPECT_EQ(r.integer(0, "one"), 1) << "the result is still readable";
}

// A date or time column that holds something else is an error naming the column and the text
// (never a made-up date): the request fails as a server error, nothing is answered from it.
const Statement kDates{"nsk_test_dates",
                       "select '2026-03-01'::text as day, 'not a date' as bad_day, '2026-03-01T10:00:00.000Z'::text as at,"
                       " '2026-13-01T10:00:00Z'::text as bad_at, null::text as none"};

TEST(ResultColumns, ADateOrTimeIsReadOrRefusedNamingTheColumn) {
    persistence::Database db(one_connection());
    auto r = db.read(nullptr, nullptr, kDates, {});
    EXPECT_EQ(r.date(0, "day").iso(), "2026-03-01");
    EXPECT_EQ(r.instant(0, "at").utc_millis(), "2026-03-01T10:00:00.000Z");
    EXPECT_EQ(r.opt_date(0, "none"), std::nullopt);
    for (auto read : {+[](const persistence::pg::Result& x) { (void)x.date(0, "bad_day"); },
                      +[](const persistence::pg::Result& x) { (void)x.instant(0, "bad_at"); },
                      +[](const persistence::pg::Result& x) { (void)x.date(0, "none"); }}) {
        try {
            read(r);
            ADD_FAILURE() << "read a date or time from a column that holds none";
        } catch (const std::logic_error& e) {
            std::string what = e.what();
            EXPECT_TRUE(what.find("bad_day") != std::string::npos || what.find("bad_at") != std::string::npos ||
                        what.find("none") != std::string::npos)
                << what;
        }
    }
}

// Every embedded statement parses and plans against the schema the migrations make (an
// unnamed PREPARE: nothing is left on the connection).
TEST(EmbeddedStatements, EveryOnePreparesAgainstTheSchema) {
    persistence::Database db(one_connection());
    int checked = 0;
    db.in_global([&](soci::session& sql) {
        PGconn* c = persistence::pg::connection(sql);
        for (const Statement* st : persistence::pg::all_statements()) {
            if (std::string(st->name).rfind("nsk_test_", 0) == 0) continue;  // this binary's own
            PGresult* r = PQprepare(c, "", st->sql.c_str(), 0, nullptr);
            auto status = PQresultStatus(r);
            EXPECT_EQ(status, PGRES_COMMAND_OK) << st->name << ": " << PQresultErrorMessage(r);
            PQclear(r);
            ++checked;
        }
    });
    EXPECT_GT(checked, 100);
}

// The benchmark (bench/pgbench_scripts.py, bench/PLANS.md) reads these by name from
// `nastavnik statements`.
TEST(EmbeddedStatements, KeepTheNamesTheBenchmarkUses) {
    std::set<std::string> names;
    for (const Statement* st : persistence::pg::all_statements()) {
        EXPECT_TRUE(names.insert(st->name).second) << "two statements named " << st->name;
    }
    for (const char* name :
         {"nsk_bases_pairs", "nsk_bases_programs", "nsk_campaign_with_form", "nsk_idempotency_claim",
          "nsk_idempotency_complete", "nsk_national_regions", "nsk_national_regions_past",
          "nsk_national_stale_districts", "nsk_report_update", "nsk_report_with_values_locked",
          "nsk_identity_actor_for_session", "nsk_api_key_by_prefix", "nsk_compliance_summary",
          "nsk_compliance_region_past", "nsk_district_version"})
        EXPECT_TRUE(names.count(name)) << name;
}

// Every file of persistence/sql/ is embedded (listed in cmake/sources.cmake, so none lies
// there unused) and opens with the comment that says what it does and what its $n are.
TEST(EmbeddedStatements, EveryFileIsEmbeddedAndSaysWhatItDoes) {
    std::set<std::string> names;
    for (const Statement* st : persistence::pg::all_statements()) names.insert(st->name);
    int files = 0;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::string(NASTAVNIK_SOURCE_DIR) + "/persistence/sql")) {
        if (entry.path().extension() != ".sql") continue;
        ++files;
        EXPECT_TRUE(names.count("nsk_" + entry.path().stem().string())) << entry.path() << " is not embedded";
        std::ifstream in(entry.path());
        std::string first;
        std::getline(in, first);
        EXPECT_EQ(first.rfind("-- ", 0), 0u) << entry.path() << " opens without a comment";
    }
    EXPECT_GT(files, 100);
}

// A statement's variant without its optional parameter (`-- variant all: $N is NULL`,
// cmake/embed_sql.cmake) takes the statement's parameters less that one, in the same order
// and of the same types: the later ones were renumbered, none was lost or left untyped.
TEST(EmbeddedStatements, AVariantTakesTheStatementsParametersLessTheOneItDrops) {
    std::map<std::string, const Statement*> by_name;
    for (const Statement* st : persistence::pg::all_statements()) by_name[st->name] = st;
    persistence::Database db(one_connection());
    int checked = 0;
    db.in_global([&](soci::session& sql) {
        PGconn* c = persistence::pg::connection(sql);
        auto types = [&](const Statement& st) {
            PGresult* r = PQprepare(c, "", st.sql.c_str(), 0, nullptr);
            EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << st.name << ": " << PQresultErrorMessage(r);
            PQclear(r);
            r = PQdescribePrepared(c, "");
            std::vector<Oid> out;
            for (int i = 0; i < PQnparams(r); ++i) out.push_back(PQparamtype(r, i));
            PQclear(r);
            return out;
        };
        for (const auto& [name, st] : by_name) {
            if (name.size() < 4 || name.compare(name.size() - 4, 4, "_all") != 0) continue;
            auto base = by_name.find(name.substr(0, name.size() - 4));
            if (base == by_name.end()) continue;  // an _all of its own, not a variant
            if (base->second->sql.find("IS NULL OR") == std::string::npos) continue;
            auto with = types(*base->second), without = types(*st);
            ASSERT_EQ(with.size(), without.size() + 1) << name;
            std::size_t dropped = 0;  // the first position where they differ
            while (dropped < without.size() && with[dropped] == without[dropped]) ++dropped;
            for (std::size_t i = dropped; i < without.size(); ++i) EXPECT_EQ(with[i + 1], without[i]) << name << " $" << i + 1;
            ++checked;
        }
    });
    EXPECT_GE(checked, 7) << "the compliance statements' variants for every organisation";
}

}  // namespace
