#include "domain/compliance_stages.hpp"

namespace domain {

std::map<std::string, ComplianceCounts> counts_by_stage(
    const std::vector<OccurrenceDetail>& occurrences,
    const std::function<std::optional<int>(const std::string&, const std::string&)>& stage_of) {
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

}  // namespace domain
