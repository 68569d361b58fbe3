#include "api/handlers/compliance_stages_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/json/ids_json.hpp"

#include "api/handlers/compliance_handlers.hpp"
#include "domain/errors.hpp"

namespace api {

using nlohmann::json;

namespace {

json stage_counts_json(const domain::ComplianceCounts& c) {
    auto j = to_json(c);
    j.erase("items_unscheduled");  // unscheduled items have no occurrences to place
    return j;
}

json by_stage_json(const std::map<std::string, domain::ComplianceCounts>& m) {
    json out = json::object();
    for (auto& [stage, counts] : m) out[stage] = stage_counts_json(counts);
    return out;
}

}  // namespace

void add_compliance_stage_routes(Router& r, domain::ComplianceService& compliance, Access& access,
                                 AnswerCache& cache) {
    r.add("GET", "/api/v1/districts/{d}/compliance/stages", [&](Request& req) {
        auto d = access.district(req, domain::Need::read);
        if (Access::actor(req).organization_id)
            throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                                "The district's compliance shows every organisation; ask for your own at "
                                "/districts/{d}/organizations/{o}/compliance.");
        auto as_of = as_of_param(req);
        auto key = json::array({"district-stages", d.id, as_of.iso()}).dump();
        const domain::DistrictId district{d.id};
        auto body = cache.answer(
            key, [&] { return compliance.version(district); },
            [&] {
                auto stages = compliance.stages(district, as_of);
                json rows = json::array();
                for (auto& [row, by_stage] : stages.organizations) {
                    auto j = to_json(row.counts);
                    j["organization_id"] = row.organization_id.str();
                    j["name"] = row.name;
                    j["short_name"] = row.short_name ? json(*row.short_name) : json(nullptr);
                    j["type"] = row.type;
                    j["by_stage"] = by_stage_json(by_stage);
                    rows.push_back(std::move(j));
                }
                json out = {{"as_of", as_of.iso()},
                            {"district_id", d.id},
                            {"organizations", rows},
                            {"totals_by_stage", by_stage_json(stages.totals_by_stage)}};
                return out.dump(-1, ' ', false, json::error_handler_t::replace);
            });
        return json_answer(std::move(body));
    });
}

}  // namespace api
