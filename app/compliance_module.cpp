#include "app/compliance_module.hpp"

#include "api/handlers/compliance_handlers.hpp"
#include "api/handlers/compliance_series_handlers.hpp"
#include "api/handlers/compliance_stages_handlers.hpp"
#include "api/handlers/national_handlers.hpp"
#include "api/handlers/regional_report_handlers.hpp"
#include "persistence/advisory_lock.hpp"
#include "persistence/read_scopes.hpp"
#include "persistence/compliance_repository.hpp"
#include "persistence/national_repository.hpp"
#include "persistence/report_repository.hpp"

namespace api {
namespace {

class ComplianceModule final : public Module {
public:
    explicit ComplianceModule(ModuleContext& c)
        : c_(c),
          repo_(c.db),
          scopes_(c.db),
          service_(repo_, scopes_),
          far_repo_(c.far_reads),
          far_scopes_(c.far_reads),
          far_service_(far_repo_, far_scopes_),
          reports_(c.far_reads),
          export_slots_(c.db) {}

    // A district's and an organisation's answers read the primary: whoever wrote sees it at
    // once. A region's, the country's and the regional report read `far_reads` (a replica
    // when there is one); the export slots are advisory locks, taken on the primary.
    void add_routes(Router& r) override {
        add_compliance_routes(r, service_, far_service_, c_.access, c_.answers);
        add_compliance_series_routes(r, service_, c_.access, c_.answers);
        add_compliance_stage_routes(r, service_, c_.access, c_.answers);
        add_national_routes(r, std::make_shared<persistence::PgNationalRepository>(c_.far_reads), c_.answers);
        add_regional_report_routes(r, far_service_, reports_, c_.catalog, c_.access, export_slots_);
    }

private:
    ModuleContext& c_;
    persistence::PgComplianceRepository repo_;
    persistence::PgReadScopes scopes_;
    domain::ComplianceService service_;
    persistence::PgComplianceRepository far_repo_;
    persistence::PgReadScopes far_scopes_;
    domain::ComplianceService far_service_;
    persistence::PgReportRepository reports_;
    persistence::AdvisoryExportSlots export_slots_;
};

}  // namespace

std::unique_ptr<Module> make_compliance_module(ModuleContext& context) {
    return std::make_unique<ComplianceModule>(context);
}

}  // namespace api
