#pragma once
// What the roadmap routes share: their dependencies, who may read or edit a roadmap, the
// entity answers, and readers of the parts of a roadmap's body used by more than one route.
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/access.hpp"
#include "api/http/http.hpp"
#include "api/json/json_io.hpp"
#include "api/json/roadmap_json.hpp"
#include "api/routes/route.hpp"
#include "domain/catalog.hpp"
#include "domain/roadmap_service.hpp"

namespace api::routes {

struct RoadmapDeps {
    domain::RoadmapService& roadmaps;
    domain::CatalogService& catalog;
    Access& access;
};

inline const std::string kRoadmaps = "/api/v1/districts/{d}/roadmaps";

// Each registers its routes in the order the contract lists them.
void add_roadmaps(Router& r, const RoadmapDeps& x);            // routes/roadmaps.cpp
void add_roadmap_import(Router& r, const RoadmapDeps& x);      // routes/roadmap_import.cpp
void add_roadmap_workflow(Router& r, const RoadmapDeps& x);    // routes/roadmap_workflow.cpp
void add_roadmap_sections(Router& r, const RoadmapDeps& x);    // routes/roadmap_sections.cpp
void add_roadmap_items(Router& r, const RoadmapDeps& x);       // routes/roadmap_items.cpp
void add_roadmap_templates(Router& r);                         // routes/roadmap_templates.cpp

bool is_manager(const domain::Actor& a);
[[noreturn]] void forbid(const std::string& detail);
// May the caller change this owner's roadmaps? The owner's curator or the coordinator;
// the district's own roadmap is the coordinator's.
void check_edit(const domain::Actor& a, const domain::DistrictRef& d, const domain::RoadmapOwner& owner);
// 422 when the owner names an organisation the district does not have.
void check_owner_exists(domain::CatalogService& catalog, const domain::DistrictRef& d,
                        const domain::RoadmapOwner& owner);
// Loads the roadmap named by {id} and checks the caller may see it (and, for `write`, edit it).
std::pair<domain::DistrictRef, domain::Roadmap> load_roadmap(const RoadmapDeps& x, const Request& req,
                                                             domain::Need need);
// 403 unless the caller is the coordinator (approving, returning).
void manager_only(const Request& req);

Response roadmap_entity(int status, const domain::Roadmap& r);
Response item_entity(int status, const domain::RoadmapItem& i);
std::string roadmap_location(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id);

// {order_number, order_date}: strings or null; anything else is named in `errors`. A date not
// as YYYY-MM-DD goes to `unreadable`, for the input's validate() to name with the rest.
domain::ApprovalDocument read_approval(const nlohmann::json& ap, std::vector<domain::FieldError>& errors,
                                       std::vector<domain::FieldError>& unreadable);
// The sections of a body's "sections" array (checked to be one by the caller), each
// named /sections/N in errors.
void read_sections(const nlohmann::json& sections, std::vector<domain::SectionInput>& into,
                   std::vector<domain::FieldError>& errors);

}  // namespace api::routes
