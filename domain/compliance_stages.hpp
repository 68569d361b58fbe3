#pragma once
// Compliance split by the seven stages of the target model (an item's stage, else its
// section's): the organisations × stages heat map. Pure: the occurrences come from the
// compliance service, the stages from the roadmaps.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/compliance.hpp"

namespace domain {

// The counts of the occurrences per stage ("1" … "7", and "none" for items of no stage);
// unscheduled items have no occurrences and are not split. `stage_of(roadmap_id, item_id)`.
std::map<std::string, ComplianceCounts> counts_by_stage(
    const std::vector<OccurrenceDetail>& occurrences,
    const std::function<std::optional<int>(const RoadmapId&, const ItemId&)>& stage_of);

}  // namespace domain
