#include "api/compliance_stages_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/compliance_handlers.hpp"
#include "domain/compliance_stages.hpp"
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

void add_compliance_stage_routes(Router& r, domain::ComplianceService& compliance,
                                 std::shared_ptr<domain::RoadmapRepository> roadmaps, Access& access,
                                 persistence::Database& db, AnswerCache& cache) {
    r.add("GET", "/api/v1/districts/{d}/compliance/stages", [&, roadmaps](Request& req) {
        auto d = access.district(req, domain::Need::read);
        if (Access::actor(req).organization_id)
            throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                                "The district's compliance shows every organisation; ask for your own at "
                                "/districts/{d}/organizations/{o}/compliance.");
        auto as_of = as_of_param(req);
        auto key = json::array({"district-stages", d.id, as_of.iso()}).dump();
        auto body = cache.answer(
            key, [&] { return compliance.version(d.id); },
            [&] {
                json rows = json::array();
                std::map<std::string, domain::ComplianceCounts> totals;
                db.in_tenant(d.id, [&](soci::session&) {
                    // roadmap id → item id → stage (the item's, else its section's)
                    std::map<std::string, std::map<std::string, std::optional<int>>> stages;
                    auto stage_of = [&](const std::string& roadmap_id, const std::string& item_id) -> std::optional<int> {
                        auto it = stages.find(roadmap_id);
                        if (it == stages.end()) {
                            auto& items = stages[roadmap_id];
                            if (auto rm = roadmaps->find(d.id, roadmap_id))
                                for (auto& s : rm->sections)
                                    for (auto& i : s.items) items[i.id] = i.stage ? i.stage : s.stage;
                            it = stages.find(roadmap_id);
                        }
                        auto item = it->second.find(item_id);
                        return item == it->second.end() ? std::nullopt : item->second;
                    };
                    domain::ComplianceFilter rows_only;
                    rows_only.overdue_limit = 0;
                    for (auto& o : compliance.district(d.id, as_of, rows_only).organizations) {
                        auto [row, details] = compliance.organization(d.id, o.organization_id, as_of);
                        auto by_stage = domain::counts_by_stage(details, stage_of);
                        for (auto& [stage, counts] : by_stage) totals[stage] += counts;
                        auto j = to_json(row.counts);
                        j["organization_id"] = row.organization_id;
                        j["name"] = row.name;
                        j["short_name"] = row.short_name ? json(*row.short_name) : json(nullptr);
                        j["type"] = row.type;
                        j["by_stage"] = by_stage_json(by_stage);
                        rows.push_back(std::move(j));
                    }
                });
                json out = {{"as_of", as_of.iso()},
                            {"district_id", d.id},
                            {"organizations", rows},
                            {"totals_by_stage", by_stage_json(totals)}};
                return out.dump(-1, ' ', false, json::error_handler_t::replace);
            });
        return json_answer(std::move(body));
    });
}

}  // namespace api
