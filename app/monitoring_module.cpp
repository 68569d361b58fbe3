#include "app/monitoring_module.hpp"

#include "api/idempotency.hpp"
#include "api/http/log.hpp"
#include "api/handlers/monitoring_handlers.hpp"
#include "app/demo_monitoring.hpp"
#include "domain/bases.hpp"
#include "domain/monitoring.hpp"
#include "persistence/bases_repository.hpp"
#include "persistence/idempotency_repository.hpp"
#include "persistence/monitoring_repository.hpp"

namespace api {
namespace {

class MonitoringModule final : public Module {
public:
    explicit MonitoringModule(ModuleContext& c)
        : c_(c),
          bases_repo_(c.db),
          monitoring_repo_(c.db),
          idempotency_repo_(c.db),
          bases_(bases_repo_),
          monitoring_(monitoring_repo_, bases_repo_),
          idempotency_(idempotency_repo_),
          deps_{monitoring_, bases_, c.catalog, c.access, idempotency_} {}

    void add_routes(Router& router) override {
        add_monitoring_routes(router, deps_);
        add_bases_routes(router, deps_);
    }

    void load_demo(const domain::DistrictId& district_id) override;

private:
    ModuleContext& c_;
    persistence::PgBasesRepository bases_repo_;
    persistence::PgMonitoringRepository monitoring_repo_;
    persistence::PgIdempotencyRepository idempotency_repo_;
    domain::BasesService bases_;
    domain::MonitoringService monitoring_;
    Idempotency idempotency_;
    MonitoringDeps deps_;
};

void MonitoringModule::load_demo(const domain::DistrictId& d) {
    DemoMonitoring demo(c_.catalog, bases_, monitoring_,
                        [this](const domain::DistrictId& district, const domain::CampaignId& campaign,
                               const domain::OrganizationId& org, const std::string& at) {
                            monitoring_repo_.set_submission_time(district, campaign, org, at);
                        });
    demo.load(d);
}

}  // namespace

std::unique_ptr<Module> make_monitoring_module(ModuleContext& context) { return std::make_unique<MonitoringModule>(context); }

}  // namespace api
