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
    hooks.extra_metrics = [this] {
        auto s = db_->stats();
        return "# HELP db_pool_connections Database connections in the pool.\n"
               "# TYPE db_pool_connections gauge\n"
               "db_pool_connections " +
               std::to_string(s.size) +
               "\n# HELP db_pool_in_use Database connections leased right now.\n"
               "# TYPE db_pool_in_use gauge\n"
               "db_pool_in_use " +
               std::to_string(s.in_use) +
               "\n# HELP answer_cache_hits_total Answers served again at their version.\n"
               "# TYPE answer_cache_hits_total counter\n"
               "answer_cache_hits_total " +
               std::to_string(answers_->hits()) +
               "\n# HELP answer_cache_misses_total Answers computed (none kept at the current version).\n"
               "# TYPE answer_cache_misses_total counter\n"
               "answer_cache_misses_total " +
               std::to_string(answers_->misses()) +
               "\n# HELP answer_cache_bytes Bytes of answers kept.\n"
               "# TYPE answer_cache_bytes gauge\n"
               "answer_cache_bytes " +
               std::to_string(answers_->bytes()) + "\n" + replica_metrics();
    };
    hooks.draining = &draining_;
    hooks.metrics_token = config_.server.metrics_token;
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

std::string App::replica_metrics() const {
    if (!replica_) return {};
    auto c = replica_->counts();
    return "# HELP db_replica_reads_total Reads the replica (READ_DATABASE_URL) answered.\n"
           "# TYPE db_replica_reads_total counter\n"
           "db_replica_reads_total " + std::to_string(c.replica) +
           "\n# HELP db_replica_fallbacks_total Reads the primary answered instead, by why: the work writes, or the "
           "replica could not be reached.\n"
           "# TYPE db_replica_fallbacks_total counter\n"
           "db_replica_fallbacks_total{reason=\"writes\"} " + std::to_string(c.writes) +
           "\ndb_replica_fallbacks_total{reason=\"unavailable\"} " + std::to_string(c.unavailable) + "\n";
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
