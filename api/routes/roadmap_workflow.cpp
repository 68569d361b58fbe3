// A roadmap's workflow: POST /districts/{d}/roadmaps/{id}/submit|approve|return|versions.
#include "api/routes/roadmap_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using domain::Need;

Response submit(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    return roadmap_entity(200, x.roadmaps.submit(d.id, rm.id, require_if_match(req)));
}

Response approve(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::read);
    manager_only(req);
    return roadmap_entity(200, x.roadmaps.approve(d.id, rm.id, require_if_match(req)));
}

Response return_for_changes(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::read);
    manager_only(req);
    auto body = json_body(req);
    FieldReader f(body);
    auto comment = domain::trim(f.text("comment", true).value_or(""));
    f.finish();
    return roadmap_entity(200, x.roadmaps.return_for_changes(d.id, rm.id, require_if_match(req), comment));
}

Response new_version(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto expected = require_if_match(req);
    if (!expected.matches(rm.version))
        throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                            "The roadmap has changed since you read it; fetch it again and retry.");
    auto next = x.roadmaps.new_version(d.id, rm.id);
    return roadmap_entity(201, next).with_header("Location", roadmap_location(d.id, next.id));
}

}  // namespace

void add_roadmap_workflow(Router& r, const RoadmapDeps& x) {
    r.add("POST", kRoadmaps + "/{id}/submit", bind(x, submit));
    r.add("POST", kRoadmaps + "/{id}/approve", bind(x, approve));
    r.add("POST", kRoadmaps + "/{id}/return", bind(x, return_for_changes));
    r.add("POST", kRoadmaps + "/{id}/versions", bind(x, new_version));
}

}  // namespace api::routes
