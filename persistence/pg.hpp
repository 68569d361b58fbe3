#pragma once
// Every repository statement, straight through libpq: each (a file of persistence/sql/,
// persistence::queries::<name>) is prepared once per pooled connection (PQprepare on first
// use, then PQexecPrepared with text parameters), so PostgreSQL parses and plans it once
// instead of on every request as SOCI 4.0.3 does for `sql << …`; rows are read by name.
// Used inside Database::in_tenant / in_global / in_region: the transaction, scope and
// error translation stay where they are; errors surface as soci::postgresql_soci_error
// with the SQLSTATE, exactly as SOCI's own would.
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <libpq-fe.h>
#include <soci/soci.h>

#include "domain/date.hpp"
#include "domain/ids.hpp"
#include "domain/instant.hpp"

namespace persistence::pg {

// A statement with a name unique in the program. The application's are the files of
// persistence/sql/, embedded at build time as persistence::queries::<stem> (prepared as
// "nsk_<stem>"; generated/queries.hpp, cmake/embed_sql.cmake); SQL text here in C++ is for
// tests only. Each registers itself, so `nastavnik statements` can print them all (the
// benchmark runs the very same SQL on the database alone).
struct Statement {
    Statement(const char* name, std::string sql);
    const char* name;
    std::string sql;
};
const std::vector<const Statement*>& all_statements();

// A text parameter; nullopt is SQL NULL. An id (domain/ids.hpp) binds as its text.
struct Param : std::optional<std::string> {
    using std::optional<std::string>::optional;
    Param(const std::optional<std::string>& v) : std::optional<std::string>(v) {}
    Param(std::optional<std::string>&& v) : std::optional<std::string>(std::move(v)) {}
    template <class Tag>
    Param(const domain::Id<Tag>& id) : std::optional<std::string>(id.str()) {}
    template <class Tag>
    Param(const std::optional<domain::Id<Tag>>& id)
        : std::optional<std::string>(id ? std::optional<std::string>(id->str()) : std::nullopt) {}
    Param(const domain::Date& d) : std::optional<std::string>(d.iso()) {}  // YYYY-MM-DD
    Param(const std::optional<domain::Date>& d)
        : std::optional<std::string>(d ? std::optional<std::string>(d->iso()) : std::nullopt) {}
};

// A statement's rows, read by column name (`r.text(i, "title")`) or position. A name is
// looked up once per result (PQfnumber, then cached); a name the result does not have
// throws std::logic_error naming it and the columns there are.
class Result {
public:
    explicit Result(PGresult* r = nullptr) : r_(r) {}
    Result(Result&& o) noexcept : r_(o.r_), columns_(std::move(o.columns_)) { o.r_ = nullptr; }
    Result& operator=(Result&& o) noexcept {
        std::swap(r_, o.r_);
        std::swap(columns_, o.columns_);
        return *this;
    }
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;
    ~Result() {
        if (r_) PQclear(r_);
    }

    [[nodiscard]] int rows() const { return r_ ? PQntuples(r_) : 0; }
    [[nodiscard]] bool null(int row, int col) const { return PQgetisnull(r_, row, col) != 0; }
    [[nodiscard]] std::string_view view(int row, int col) const {
        return {PQgetvalue(r_, row, col), static_cast<std::size_t>(PQgetlength(r_, row, col))};
    }
    [[nodiscard]] std::string text(int row, int col) const { return std::string(view(row, col)); }
    [[nodiscard]] std::optional<std::string> opt_text(int row, int col) const {
        if (null(row, col)) return std::nullopt;
        return text(row, col);
    }
    [[nodiscard]] int integer(int row, int col) const { return std::atoi(PQgetvalue(r_, row, col)); }
    [[nodiscard]] long long int64(int row, int col) const { return std::atoll(PQgetvalue(r_, row, col)); }
    [[nodiscard]] std::optional<int> opt_integer(int row, int col) const {
        if (null(row, col)) return std::nullopt;
        return integer(row, col);
    }
    // A boolean column (PostgreSQL's text form is "t" / "f").
    [[nodiscard]] bool boolean(int row, int col) const { return PQgetvalue(r_, row, col)[0] == 't'; }
    [[nodiscard]] std::optional<bool> opt_boolean(int row, int col) const {
        if (null(row, col)) return std::nullopt;
        return boolean(row, col);
    }

    // The position of a column by its name (as the statement's select list spells it).
    [[nodiscard]] int column(const char* name) const;

    [[nodiscard]] bool null(int row, const char* name) const { return null(row, column(name)); }
    [[nodiscard]] std::string_view view(int row, const char* name) const { return view(row, column(name)); }
    [[nodiscard]] std::string text(int row, const char* name) const { return text(row, column(name)); }
    [[nodiscard]] std::optional<std::string> opt_text(int row, const char* name) const {
        return opt_text(row, column(name));
    }
    // A date column (PostgreSQL writes YYYY-MM-DD); std::logic_error for anything else.
    [[nodiscard]] domain::Date date(int row, const char* name) const;
    [[nodiscard]] std::optional<domain::Date> opt_date(int row, const char* name) const {
        return null(row, name) ? std::nullopt : std::optional<domain::Date>(date(row, name));
    }
    // A time the statement wrote as RFC 3339 text (to_char(…, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    // std::logic_error for anything else.
    [[nodiscard]] domain::Instant instant(int row, const char* name) const;
    [[nodiscard]] std::optional<domain::Instant> opt_instant(int row, const char* name) const {
        return null(row, name) ? std::nullopt : std::optional<domain::Instant>(instant(row, name));
    }
    // A uuid column as its id type: r.id<domain::DistrictId>(i, "district_id").
    template <class IdT>
    [[nodiscard]] IdT id(int row, const char* name) const {
        return IdT{text(row, name)};
    }
    template <class IdT>
    [[nodiscard]] std::optional<IdT> opt_id(int row, const char* name) const {
        auto t = opt_text(row, name);
        return t ? std::optional<IdT>(IdT{std::move(*t)}) : std::nullopt;
    }
    [[nodiscard]] int integer(int row, const char* name) const { return integer(row, column(name)); }
    [[nodiscard]] long long int64(int row, const char* name) const { return int64(row, column(name)); }
    [[nodiscard]] double real(int row, const char* name) const { return real(row, column(name)); }
    [[nodiscard]] std::optional<int> opt_integer(int row, const char* name) const {
        return opt_integer(row, column(name));
    }
    [[nodiscard]] bool boolean(int row, const char* name) const { return boolean(row, column(name)); }
    [[nodiscard]] std::optional<bool> opt_boolean(int row, const char* name) const {
        return opt_boolean(row, column(name));
    }
    [[nodiscard]] double real(int row, int col) const { return std::strtod(PQgetvalue(r_, row, col), nullptr); }

private:
    PGresult* r_;
    mutable std::vector<std::pair<const char*, int>> columns_;  // names looked up so far
};

// The first row mapped by from(result, row), if there is one; every row mapped.
template <class From>
auto first(const Result& r, From from) -> std::optional<decltype(from(r, 0))> {
    if (r.rows() == 0) return std::nullopt;
    return from(r, 0);
}
template <class From>
auto every(const Result& r, From from) -> std::vector<decltype(from(r, 0))> {
    std::vector<decltype(from(r, 0))> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(from(r, i));
    return out;
}

// The libpq connection under a SOCI session.
PGconn* connection(soci::session& sql);

// True on a connection that cannot write: a hot standby, or one whose transactions are
// read-only by default. From what the server reported at connection (PostgreSQL 14+ reports
// both settings), without a round trip.
bool read_only(soci::session& sql);

// Runs the statement (prepared on this connection the first time) with text parameters.
Result exec(soci::session& sql, const Statement& st, const std::vector<Param>& params);

// One statement in a transaction of its own with its scope, in one round trip: the prepared
// `scope` statement (set_config(..., true) calls, persistence/sql/scope/) and the prepared
// statement are pipelined before one Sync, so they run as one implicit transaction (each
// prepared on this connection first, outside it, the first time). A statement that is not
// prepared after all throws 40001 after correcting the registry (retry).
Result exec_scoped(soci::session& sql, const Statement& scope, const std::vector<Param>& scope_params,
                   const Statement& st, const std::vector<Param>& params);

// BEGIN and the transaction's scope (a prepared statement, as above) in one round trip.
void begin_scoped(soci::session& sql, const Statement& scope, const std::vector<Param>& scope_params);

// Runs the statement inside the caller's transaction between two prepared statements without
// parameters that set something for it alone and set it back (persistence/sql/scope/: its
// generic plan, a shorter lock timeout), all three pipelined in one round trip.
Result exec_between(soci::session& sql, const Statement& before, const Statement& st, const std::vector<Param>& params,
                    const Statement& after);

// Forgets what was prepared on a connection about to be closed.
void forget(PGconn* c);

// Runs SQL text without parameters through the simple-query protocol (several statements
// allowed); for transaction control.
void exec_simple(soci::session& sql, const std::string& text);

}  // namespace persistence::pg
