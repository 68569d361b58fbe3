#include "app/roadmaps_module.hpp"

#include <string>

#include "api/handlers/roadmap_handlers.hpp"
#include "app/demo_roadmaps.hpp"
#include "persistence/roadmap_repository.hpp"

namespace api {
namespace {

class RoadmapsModule final : public Module {
public:
    explicit RoadmapsModule(ModuleContext& c)
        : c_(c), repo_(c.db), service_(repo_) {}

    void add_routes(Router& r) override { add_roadmap_routes(r, service_, c_.catalog, c_.access); }

    void load_demo(const domain::DistrictId& district_id) override;

private:
    ModuleContext& c_;
    persistence::PgRoadmapRepository repo_;
    domain::RoadmapService service_;
};

}  // namespace

std::unique_ptr<Module> make_roadmaps_module(ModuleContext& context) { return std::make_unique<RoadmapsModule>(context); }

}  // namespace api

namespace api {

void RoadmapsModule::load_demo(const domain::DistrictId& district_id) {
    DemoRoadmaps(c_.catalog, service_).load(district_id);
}

}  // namespace api
