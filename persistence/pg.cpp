#include "persistence/pg.hpp"

#include <soci/postgresql/soci-postgresql.h>

#include <cstring>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace persistence::pg {
namespace {

// Which statements each live connection has prepared. A connection is known by its PGconn
// and its server process id: a reconnect that reuses the pointer starts afresh.
struct Prepared {
    int backend_pid = 0;
    std::unordered_set<std::string> names;
};
std::mutex registry_mu;
std::unordered_map<PGconn*, Prepared> registry;

bool is_prepared(PGconn* c, const char* name) {
    std::lock_guard lock(registry_mu);
    auto& p = registry[c];
    int pid = PQbackendPID(c);
    if (p.backend_pid != pid) {
        p.backend_pid = pid;
        p.names.clear();
    }
    return p.names.count(name) != 0;
}

void remember(PGconn* c, const char* name, bool prepared) {
    std::lock_guard lock(registry_mu);
    auto& p = registry[c];
    if (prepared)
        p.names.insert(name);
    else
        p.names.erase(name);
}

[[noreturn]] void fail(PGconn* c, PGresult* r) {
    std::string state;
    if (r) {
        const char* s = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        if (s) state = s;
    }
    std::string msg = r ? PQresultErrorMessage(r) : "";
    if (msg.empty()) msg = PQerrorMessage(c);
    if (r) PQclear(r);
    // No SQLSTATE: the connection failed; 08006 makes Database::run treat it as lost.
    if (state.empty()) state = "08006";
    throw soci::postgresql_soci_error(msg, state.c_str());
}

bool ok(PGresult* r) {
    auto s = PQresultStatus(r);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

std::vector<const Statement*>& registered() {
    static std::vector<const Statement*> all;
    return all;
}

}  // namespace

Statement::Statement(const char* n, std::string s) : name(n), sql(std::move(s)) { registered().push_back(this); }

const std::vector<const Statement*>& all_statements() { return registered(); }

int Result::column(const char* name) const {
    // Cached by address, confirmed by the text (a temporary's buffer may be reused).
    for (const auto& [n, i] : columns_)
        if (n == name && std::strcmp(PQfname(r_, i), name) == 0) return i;
    int i = r_ ? PQfnumber(r_, name) : -1;
    if (i < 0) {
        std::string has;
        for (int c = 0; r_ && c < PQnfields(r_); ++c) has += (c ? ", " : "") + std::string(PQfname(r_, c));
        throw std::logic_error("statement result has no column \"" + std::string(name) + "\" (its columns: " +
                               (has.empty() ? "none" : has) + ")");
    }
    columns_.emplace_back(name, i);
    return i;
}

domain::Date Result::date(int row, const char* name) const {
    auto text = view(row, name);
    if (auto d = domain::Date::parse_iso(text)) return *d;
    throw std::logic_error("column \"" + std::string(name) + "\" holds no date: " + std::string(text));
}

domain::Instant Result::instant(int row, const char* name) const {
    auto text = view(row, name);
    if (auto t = domain::Instant::parse_rfc3339(text)) return *t;
    throw std::logic_error("column \"" + std::string(name) + "\" holds no time: " + std::string(text));
}

PGconn* connection(soci::session& sql) {
    // Every session here is a PostgreSQL one (Database opens no other); SOCI exports no
    // typeinfo for the backend, so the cast is static.
    if (sql.get_backend_name() != "postgresql") throw soci::soci_error("not a PostgreSQL session");
    auto* backend = static_cast<soci::postgresql_session_backend*>(sql.get_backend());
    if (!backend || !backend->conn_) throw soci::postgresql_soci_error("no PostgreSQL connection", "08003");
    return backend->conn_;
}

bool read_only(soci::session& sql) {
    PGconn* c = connection(sql);
    for (const char* name : {"in_hot_standby", "default_transaction_read_only"}) {
        const char* v = PQparameterStatus(c, name);
        if (v && std::string_view(v) == "on") return true;
    }
    return false;
}

void forget(PGconn* c) {
    std::lock_guard lock(registry_mu);
    registry.erase(c);
}

namespace {
std::vector<const char*> values_of(const std::vector<Param>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
    return values;
}
}  // namespace

namespace {
// The registry and the connection disagree (it was prepared after all, or is gone): the
// failed step has aborted the transaction, so the registry is corrected and the whole
// transaction retried (Database::run retries 40001).
// A statement missing after all (a DEALLOCATE ALL, say) means the others may be too: the
// connection's whole registry is forgotten, so one retry prepares what it needs again.
[[noreturn]] void out_of_step(PGconn* c, PGresult* r, const Statement& st, bool prepared) {
    PQclear(r);
    if (prepared) {
        remember(c, st.name, true);
    } else {
        std::lock_guard lock(registry_mu);
        registry[c].names.clear();
    }
    throw soci::postgresql_soci_error("prepared statement registry out of step; retrying", "40001");
}

// Where a statement is prepared: outside any transaction (a failure leaves nothing to roll
// back, and "prepared already" is simply so), or inside the caller's, which "prepared already"
// (42P05) has aborted: the registry learns it and the transaction is retried.
enum class Preparing { outside, inside };

// Prepares `st` on this connection the first time.
void prepare(PGconn* c, const Statement& st, Preparing where) {
    if (is_prepared(c, st.name)) return;
    PGresult* r = PQprepare(c, st.name, st.sql.c_str(), 0, nullptr);
    if (!r || !ok(r)) {
        const char* s = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        if (!(s && std::string(s) == "42P05")) fail(c, r);
        if (where == Preparing::inside) out_of_step(c, r, st, true);
    }
    PQclear(r);
    remember(c, st.name, true);
}

// One step of a pipeline: SQL text without parameters, or a prepared statement.
struct Step {
    const char* text = nullptr;
    const Statement* st = nullptr;
    const std::vector<Param>* params = nullptr;
};

// Sends the steps and one Sync, and reads their results. The connection
// leaves pipeline mode either way; the first step that fails throws. Returns step `keep`'s result.
PGresult* pipelined(PGconn* c, const std::vector<Step>& steps, std::size_t keep) {
    static const std::vector<Param> none;
    if (PQenterPipelineMode(c) != 1) fail(c, nullptr);
    bool sent = true;
    for (const auto& step : steps) {
        if (!sent) break;
        if (step.text) {
            sent = PQsendQueryParams(c, step.text, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1;
        } else {
            auto v = values_of(step.params ? *step.params : none);
            sent = PQsendQueryPrepared(c, step.st->name, static_cast<int>(v.size()), v.data(), nullptr, nullptr, 0) == 1;
        }
    }
    if (!sent || PQpipelineSync(c) != 1) fail(c, nullptr);
    // Each query's results end with a null; the Sync's own result closes the pipeline.
    std::vector<PGresult*> got(steps.size(), nullptr);
    bool complete = true;
    for (auto& g : got) {
        g = PQgetResult(c);
        if (!g) {
            complete = false;
            break;
        }
        while (PGresult* extra = PQgetResult(c)) PQclear(extra);
    }
    PGresult* sync = complete ? PQgetResult(c) : nullptr;
    bool synced = sync && PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
    if (sync) PQclear(sync);
    auto clear_from = [&](std::size_t i) {
        for (; i < got.size(); ++i)
            if (got[i]) PQclear(got[i]);
    };
    if (!synced || PQexitPipelineMode(c) != 1) {
        clear_from(0);
        fail(c, nullptr);  // the connection is lost or out of step: 08006
    }
    for (std::size_t i = 0; i < got.size(); ++i) {
        if (ok(got[i])) continue;
        for (std::size_t j = 0; j < i; ++j) PQclear(got[j]);
        clear_from(i + 1);
        // A statement that is not prepared after all (26000): the registry is corrected and
        // the transaction retried (40001), as by exec.
        const char* s = PQresultErrorField(got[i], PG_DIAG_SQLSTATE);
        if (s && std::string(s) == "26000" && steps[i].st) out_of_step(c, got[i], *steps[i].st, false);
        fail(c, got[i]);  // clears it
    }
    for (std::size_t i = 0; i < got.size(); ++i)
        if (i != keep) PQclear(got[i]);
    return got[keep];
}
}  // namespace

Result exec_scoped(soci::session& sql, const Statement& scope, const std::vector<Param>& scope_params,
                   const Statement& st, const std::vector<Param>& params) {
    PGconn* c = connection(sql);
    prepare(c, scope, Preparing::outside);
    prepare(c, st, Preparing::outside);
    return Result(pipelined(c, {{nullptr, &scope, &scope_params}, {nullptr, &st, &params}}, 1));
}

void begin_scoped(soci::session& sql, const Statement& scope, const std::vector<Param>& scope_params) {
    PGconn* c = connection(sql);
    prepare(c, scope, Preparing::outside);
    // BEGIN, then the scope inside the transaction it opened; the Sync ends the pipeline, not
    // the transaction block.
    PQclear(pipelined(c, {{"BEGIN"}, {nullptr, &scope, &scope_params}}, 1));
}

Result exec_between(soci::session& sql, const Statement& before, const Statement& st, const std::vector<Param>& params,
                    const Statement& after) {
    PGconn* c = connection(sql);
    for (const Statement* s : {&before, &st, &after}) prepare(c, *s, Preparing::inside);
    return Result(pipelined(c, {{nullptr, &before}, {nullptr, &st, &params}, {nullptr, &after}}, 1));
}

Result exec(soci::session& sql, const Statement& st, const std::vector<Param>& params) {
    PGconn* c = connection(sql);
    auto values = values_of(params);
    prepare(c, st, Preparing::inside);
    PGresult* r = PQexecPrepared(c, st.name, static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0);
    if (r && ok(r)) return Result(r);
    const char* s = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    if (s && std::string(s) == "26000") out_of_step(c, r, st, false);  // not prepared after all
    fail(c, r);
}

void exec_simple(soci::session& sql, const std::string& text) {
    PGconn* c = connection(sql);
    PGresult* r = PQexec(c, text.c_str());
    // Several statements: PQexec returns the last result; an error stops at the failing one.
    if (!r || !ok(r)) fail(c, r);
    PQclear(r);
}

}  // namespace persistence::pg
