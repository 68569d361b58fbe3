#include "api/roadmaps_module.hpp"

namespace api {
namespace {

class RoadmapsModule final : public Module {
public:
    explicit RoadmapsModule(ModuleContext& c) : c_(c) {}
    void add_routes(Router&) override {}

private:
    ModuleContext& c_;
};

}  // namespace

std::unique_ptr<Module> make_roadmaps_module(ModuleContext& context) { return std::make_unique<RoadmapsModule>(context); }

}  // namespace api
