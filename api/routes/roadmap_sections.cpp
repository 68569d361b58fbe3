// A roadmap's sections: POST /districts/{d}/roadmaps/{id}/sections, PATCH and DELETE …/sections/{s}.
#include "api/routes/roadmap_common.hpp"

namespace api::routes {
namespace {

using domain::Need;

Response add_section(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    auto in = read_section(body, "", errors);
    if (!errors.empty()) throw domain::validation_error(std::move(errors));
    auto s = x.roadmaps.add_section(d.id, rm.id, require_if_match(req), std::move(in));
    return Response::json(201, to_json(s));
}

Response patch_section(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto sid = id_param<domain::SectionId>(req, "s", "The section");
    auto body = json_body(req);
    FieldReader f(body, {"id", "items"});
    domain::SectionPatch patch;
    patch.number = f.text("number", false);
    patch.title = f.text("title", false);
    patch.description = f.text("description", false);
    patch.stage = f.nullable_integer("stage", 1, 7);  // the seven stages of the template
    f.finish();
    auto s = x.roadmaps.update_section(d.id, rm.id, sid, require_if_match(req), patch);
    return Response::json(200, to_json(s));
}

Response delete_section(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    x.roadmaps.remove_section(d.id, rm.id, id_param<domain::SectionId>(req, "s", "The section"),
                              require_if_match(req));
    return Response::no_content();
}

}  // namespace

void add_roadmap_sections(Router& r, const RoadmapDeps& x) {
    r.add("POST", kRoadmaps + "/{id}/sections", bind(x, add_section));
    r.add("PATCH", kRoadmaps + "/{id}/sections/{s}", bind(x, patch_section));
    r.add("DELETE", kRoadmaps + "/{id}/sections/{s}", bind(x, delete_section));
}

}  // namespace api::routes
