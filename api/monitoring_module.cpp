#include "api/monitoring_module.hpp"

namespace api {
namespace {

class MonitoringModule final : public Module {
public:
    explicit MonitoringModule(ModuleContext& c) : c_(c) {}
    void add_routes(Router&) override {}

private:
    ModuleContext& c_;
};

}  // namespace

std::unique_ptr<Module> make_monitoring_module(ModuleContext& context) { return std::make_unique<MonitoringModule>(context); }

}  // namespace api
