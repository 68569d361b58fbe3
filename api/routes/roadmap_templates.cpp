// For every signed-in caller: GET /roadmap-templates[/{t}] and POST /deadlines/parse.
#include "api/routes/roadmap_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using nlohmann::json;

Response list_templates(Request& req) {
    json items = json::array();
    for (auto* t : domain::roadmap_templates()) items.push_back(to_json(*t));
    return page_response(req, items, std::nullopt);
}

Response get_template(Request& req) {
    const auto* t = domain::find_roadmap_template(req.param("t"));
    if (!t) throw domain::not_found("The template");
    return Response::json(200, to_json(*t));
}

Response parse_deadline(Request& req) {
    auto body = json_body(req);
    FieldReader f(body);
    auto text = f.text("text", true);
    auto period = read_period(f, body, "period", true);
    f.finish();
    std::vector<domain::FieldError> errors;
    domain::check_period(*period, "/period", errors);
    if (!errors.empty()) throw domain::validation_error(errors);
    return Response::json(200, to_json(domain::RoadmapService::schedule_for(*text, *period)));
}

}  // namespace

void add_roadmap_templates(Router& r) {
    r.add("GET", "/api/v1/roadmap-templates", list_templates);
    r.add("GET", "/api/v1/roadmap-templates/{t}", get_template);
    r.add("POST", "/api/v1/deadlines/parse", parse_deadline);
}

}  // namespace api::routes
