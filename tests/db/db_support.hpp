#pragma once
// What the tests of the rows kept on write share (tests/db/compliance_*_test.cpp): an embedded
// statement of persistence/sql/ by its name ("nsk_<stem>"), as the server prepares it (the
// tests do not see the generated persistence::queries header), a pool on the test database,
// and a result's rows as text to compare.
#include <stdexcept>
#include <string>
#include <vector>

#include "persistence/database.hpp"
#include "persistence/pg.hpp"
#include "tests/support/test_db.hpp"

namespace testsupport {

inline const persistence::pg::Statement& embedded_statement(const std::string& name) {
    for (const auto* st : persistence::pg::all_statements())
        if (name == st->name) return *st;
    throw std::logic_error("no embedded statement " + name);
}

// Two connections as the application role (a test and a transaction it waits for).
inline persistence::Database& app_database() {
    static persistence::Database db([] {
        persistence::DbConfig c;
        c.url = test_database().owner_url;
        c.pool_size = 2;
        return c;
    }());
    return db;
}

// Every row of a result, its first `columns` columns' text (NULL as ∅) joined.
inline std::vector<std::string> rows_of(const persistence::pg::Result& r, int columns) {
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) {
        std::string row;
        for (int c = 0; c < columns; ++c) row += (r.null(i, c) ? std::string("∅") : r.text(i, c)) + "|";
        out.push_back(row);
    }
    return out;
}

}  // namespace testsupport
