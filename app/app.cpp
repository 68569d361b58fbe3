#include "app/app.hpp"

#include "api/handlers/catalog_handlers.hpp"
#include "api/handlers/identity_handlers.hpp"
#include "api/adapters/sodium_crypto.hpp"
#include "app/compliance_module.hpp"
#include "api/http/log.hpp"
#include "app/monitoring_module.hpp"
#include "app/roadmaps_module.hpp"
#include "api/handlers/ops_handlers.hpp"
#include "api/handlers/web_handlers.hpp"
#include "persistence/migrations.hpp"
#include "persistence/catalog_repository.hpp"
#include "persistence/identity_repository.hpp"
#include "persistence/sign_in_attempts.hpp"

namespace api {

App::App(AppConfig config) : config_(std::move(config)) {
    db_ = std::make_unique<persistence::Database>(config_.db);
    if (!config_.read_database_url.empty()) {
        auto replica = config_.db;
        replica.url = config_.read_database_url;
        replica_db_ = std::make_unique<persistence::Database>(replica);
        replica_ = std::make_unique<persistence::ReplicaFirst>(*replica_db_, *db_);
    }
    catalog_repo_ = std::make_unique<persistence::PgCatalogRepository>(*db_);
    catalog_ = std::make_unique<domain::CatalogService>(*catalog_repo_);
    identity_repo_ = std::make_unique<persistence::PgIdentityRepository>(*db_);
    crypto_ = std::make_unique<SodiumCrypto>(config_.fast_password_hashing);
    sign_in_attempts_ = std::make_unique<persistence::PgSignInAttempts>(*db_);
    identity_ = std::make_unique<domain::IdentityService>(*identity_repo_, *crypto_, *sign_in_attempts_);
    access_ = std::make_unique<Access>(*catalog_);
    answers_ = std::make_unique<AnswerCache>(config_.answer_cache_bytes);
    answers_->set_epoch_source([db = db_.get()] { return db->lost_connections(); });

    OpsHooks hooks;
    hooks.database_ready = [this] { return db_->ping(); };
    hooks.draining = &draining_;
    hooks.metrics_token = config_.server.metrics_token;
    register_metrics();
    add_ops_routes(router_, metrics_, hooks);
    add_web_routes(router_);
    add_catalog_routes(router_, *catalog_, *access_);
    add_identity_routes(router_, *identity_, *catalog_, *access_, config_.server);

    context_ = std::make_unique<ModuleContext>(ModuleContext{*db_, replica_ ? static_cast<persistence::Transactions&>(*replica_) : *db_, *catalog_, *identity_, *access_, *answers_});
    modules_.push_back(make_roadmaps_module(*context_));
    modules_.push_back(make_monitoring_module(*context_));
    modules_.push_back(make_compliance_module(*context_));
    for (auto& m : modules_) m->add_routes(router_);
}

App::~App() { stop(); }

void App::register_metrics() {
    using Kind = Metrics::Kind;
    metrics_.add_sampled("db_pool_connections", "Database connections in the pool.", Kind::gauge,
                         [this] { return double(db_->stats().size); });
    metrics_.add_sampled("db_pool_in_use", "Database connections leased right now.", Kind::gauge,
                         [this] { return double(db_->stats().in_use); });
    metrics_.add_sampled("answer_cache_hits_total", "Answers served again at their version.", Kind::counter,
                         [this] { return double(answers_->hits()); });
    metrics_.add_sampled("answer_cache_misses_total", "Answers computed (none kept at the current version).",
                         Kind::counter, [this] { return double(answers_->misses()); });
    metrics_.add_sampled("answer_cache_bytes", "Bytes of answers kept.", Kind::gauge,
                         [this] { return double(answers_->bytes()); });
    if (!replica_) return;
    metrics_.add_sampled("db_replica_reads_total", "Reads the replica (READ_DATABASE_URL) answered.", Kind::counter,
                         [this] { return double(replica_->counts().replica); });
    metrics_.add_sampled("db_replica_fallbacks_total",
                         "Reads the primary answered instead, by why: the work writes, or the replica could not be "
                         "reached.",
                         Kind::counter, [this] {
                             auto c = replica_->counts();
                             return std::vector<Metrics::Sample>{{"reason=\"writes\"", double(c.writes)},
                                                                 {"reason=\"unavailable\"", double(c.unavailable)}};
                         });
}

int App::migrate() {
    auto session = db_->open_owner_session();
    auto result = persistence::migrate(*session);
    log::info("migrations applied", {{"applied", result.applied}, {"schema_version", result.current_version}});
    return result.applied;
}

void App::start() {
    server_ = std::make_unique<HttpServer>(config_.server, router_, metrics_,
                                           [this](const std::string& bearer) { return identity_->authenticate(bearer); });
    server_->start();
}

std::uint16_t App::port() const { return server_ ? server_->port() : 0; }

void App::begin_drain() {
    draining_ = true;
    if (server_) server_->begin_drain();
}

void App::stop() {
    draining_ = true;
    if (server_) server_->shutdown();
}

}  // namespace api
