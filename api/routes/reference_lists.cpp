// The monitoring's reference lists, for every signed-in caller: GET /mentoring-forms, GET /indicators.
#include "api/routes/monitoring_common.hpp"
#include "domain/roadmap_template.hpp"

namespace api::routes {
namespace {

using nlohmann::json;
namespace mj = api::monitoring;

// The forms, and the seven stages with the template's codes.
Response mentoring_forms(Request& req) {
    Access::actor(req);
    json items = json::array();
    for (auto& f : domain::mentoring_forms()) items.push_back(mj::mentoring_form_json(f));
    json stages = json::array();
    const auto& tpl = domain::organization_roadmap_template();
    for (int n = 1; n <= 7; ++n) {
        json s = {{"number", n}, {"title", std::string(domain::mentoring_stage_name(n).value_or(""))}};
        for (auto& st : tpl.stages)
            if (st.number == n) s["code"] = st.code;
        stages.push_back(s);
    }
    return Response::json(200, {{"items", items}, {"stages", stages}, {"next_cursor", nullptr}});
}

Response indicators(Request& req) {
    Access::actor(req);
    json items = json::array();
    for (auto& i : domain::standard_indicators()) items.push_back(mj::indicator_json(i));
    return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
}

}  // namespace

void add_reference_lists(Router& r) {
    r.add("GET", "/api/v1/mentoring-forms", mentoring_forms);
    r.add("GET", "/api/v1/indicators", indicators);
}

}  // namespace api::routes
