#pragma once
// The composition root: the one place that knows the domain, the database and HTTP.
// The server's main and the API tests build the same App.
#include <atomic>
#include <memory>

#include "api/http/http_server.hpp"
#include "api/access.hpp"
#include "app/module.hpp"
#include "domain/catalog.hpp"
#include "domain/identity.hpp"
#include "persistence/database.hpp"
#include "persistence/replica_reads.hpp"

namespace api {

struct AppConfig {
    persistence::DbConfig db;
    ServerOptions server;
    bool fast_password_hashing = false;  // tests only: Argon2id at its minimum cost
    std::size_t answer_cache_bytes = 32u << 20;  // ANSWER_CACHE_MB; 0: every answer computed
    // A streaming replica for region and national reads and the regional report
    // (READ_DATABASE_URL); empty: every read goes to the primary.
    std::string read_database_url;
};

class App {
public:
    explicit App(AppConfig config);
    ~App();

    // Applies pending migrations as the owner; returns how many were applied.
    int migrate();
    // Loads the demo district (idempotent).
    void load_demo();
    void start();
    [[nodiscard]] std::uint16_t port() const;
    // /readyz answers 503 from now on, so load balancers stop sending traffic.
    void begin_drain();
    // /readyz turns 503 at once; in-flight requests finish; threads are joined.
    void stop();

    persistence::Database& database() { return *db_; }
    domain::CatalogService& catalog() { return *catalog_; }
    domain::IdentityService& identity() { return *identity_; }
    const Router& router() const { return router_; }

private:
    // The pool, answer-cache and replica figures, read by /metrics (api/http/metrics.hpp).
    void register_metrics();

    AppConfig config_;
    std::unique_ptr<persistence::Database> db_;
    std::unique_ptr<persistence::Database> replica_db_;       // READ_DATABASE_URL, when set
    std::unique_ptr<persistence::ReplicaFirst> replica_;      // reads it, the primary behind
    std::unique_ptr<domain::CatalogRepository> catalog_repo_;
    std::unique_ptr<domain::CatalogService> catalog_;
    std::unique_ptr<domain::IdentityRepository> identity_repo_;
    std::unique_ptr<domain::Crypto> crypto_;
    std::unique_ptr<domain::SignInAttempts> sign_in_attempts_;
    std::unique_ptr<domain::IdentityService> identity_;
    std::unique_ptr<Access> access_;
    std::unique_ptr<AnswerCache> answers_;
    std::unique_ptr<ModuleContext> context_;
    std::vector<std::unique_ptr<Module>> modules_;  // roadmaps, monitoring, …
    Metrics metrics_;
    Router router_;
    std::atomic<bool> draining_{false};
    std::unique_ptr<HttpServer> server_;
};

}  // namespace api
