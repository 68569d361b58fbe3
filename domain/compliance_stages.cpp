#include "domain/compliance_stages.hpp"

#include "domain/roadmap.hpp"

namespace domain {

std::map<std::string, ComplianceCounts> counts_by_stage(
    const std::vector<OccurrenceDetail>& occurrences,
    const std::function<std::optional<int>(const RoadmapId&, const ItemId&)>& stage_of) {
    std::map<std::string, ComplianceCounts> out;
    for (auto& x : occurrences) {
        auto stage = stage_of(x.roadmap_id, x.item_id);
        auto& c = out[stage ? std::to_string(*stage) : "none"];
        switch (x.state) {
            case OccurrenceState::done_on_time: ++c.done_on_time; ++c.done; ++c.due; break;
            case OccurrenceState::done_late: ++c.done; ++c.due; break;
            case OccurrenceState::overdue: ++c.due; break;
            case OccurrenceState::due_later: ++c.due_later; break;
        }
    }
    return out;
}

DistrictStages ComplianceService::stages(const DistrictId& district_id, const Date& as_of) {
    DistrictStages out;
    scopes_.in_district(district_id, [&](DistrictReads& r) {
        out = DistrictStages{};  // a retried scope starts again
        // roadmap id → item id → stage (the item's, else its section's), each roadmap read once
        std::map<RoadmapId, std::map<ItemId, std::optional<int>>> stages;
        auto stage_of = [&](const RoadmapId& roadmap_id, const ItemId& item_id) -> std::optional<int> {
            auto it = stages.find(roadmap_id);
            if (it == stages.end()) {
                auto& items = stages[roadmap_id];
                if (auto rm = r.roadmaps.find(district_id, roadmap_id))
                    for (auto& s : rm->sections)
                        for (auto& i : s.items) items[i.id] = i.stage ? i.stage : s.stage;
                it = stages.find(roadmap_id);
            }
            auto item = it->second.find(item_id);
            return item == it->second.end() ? std::nullopt : item->second;
        };
        ComplianceFilter rows_only;
        rows_only.overdue_limit = 0;
        for (auto& o : district_in(r.compliance, district_id, as_of, rows_only, std::nullopt).organizations) {
            auto [row, details] = organization_in(r.compliance, district_id, o.organization_id, as_of, std::nullopt);
            auto by_stage = counts_by_stage(details, stage_of);
            for (auto& [stage, counts] : by_stage) out.totals_by_stage[stage] += counts;
            out.organizations.push_back({std::move(row), std::move(by_stage)});
        }
    });
    return out;
}

}  // namespace domain
