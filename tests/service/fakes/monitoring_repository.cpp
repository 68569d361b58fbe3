#include "fakes/monitoring_repository.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "fakes/common.hpp"

namespace fakes {

domain::Campaign MonitoringRepository::create_campaign(const domain::DistrictId& d, const domain::Campaign& c) {
    auto stored = c;
    stored.id = domain::CampaignId{uuid(0xca3a1, ++next_)};
    stored.district_id = d;
    stored.version = 1;
    return campaigns_[stored.id] = stored;
}

std::optional<domain::Campaign> MonitoringRepository::find_campaign(const domain::DistrictId& d, const domain::CampaignId& id) {
    auto it = campaigns_.find(id);
    if (it == campaigns_.end() || it->second.district_id != d) return std::nullopt;
    return it->second;
}

domain::Page<domain::Campaign> MonitoringRepository::list_campaigns(const domain::DistrictId& d, const domain::PageRequest& p) {
    std::vector<domain::Campaign> rows;
    for (auto& [id, c] : campaigns_)
        if (c.district_id == d) rows.push_back(c);
    return page_of(rows, p);
}

domain::Campaign MonitoringRepository::update_campaign(const domain::DistrictId& d, const domain::CampaignId& id,
                                                       domain::ExpectedVersion v,
                                                       const std::function<void(domain::Campaign&)>& change) {
    auto current = find_campaign(d, id);
    if (!current) throw domain::not_found("The monitoring campaign");
    check_version(current->version, v, "The campaign");
    auto next = *current;
    change(next);  // throws: nothing stored
    for (std::size_t i = 0; i < current->organization_ids.size(); ++i) {
        const auto& o = current->organization_ids[i];
        if (!next.expects(o) && reports_.count({id, o}))
            throw domain::validation_error(
                {{"/organization_ids", "organisation " + o.str() + " has a report in this campaign"}});
    }
    ++next.version;
    return campaigns_[id] = next;
}

std::optional<domain::Report> MonitoringRepository::find_report(const domain::DistrictId& d,
                                                                const domain::CampaignId& c,
                                                                const domain::OrganizationId& o) {
    if (!find_campaign(d, c)) return std::nullopt;
    auto it = reports_.find({c, o});
    return it == reports_.end() ? std::nullopt : std::optional(it->second);
}

std::vector<domain::ReportBrief> MonitoringRepository::report_briefs(const domain::DistrictId& d, const domain::CampaignId& c) {
    std::vector<domain::ReportBrief> out;
    if (!find_campaign(d, c)) return out;
    for (auto& [key, r] : reports_)
        if (key.first == c) out.push_back({r.organization_id, r.status, r.first_submitted_at, r.submitted_at, r.version});
    return out;
}

domain::Report MonitoringRepository::change_report(
    const domain::DistrictId& d, const domain::CampaignId& c, const domain::OrganizationId& o,
    const std::function<domain::ReportChange(const domain::Campaign&, const std::optional<domain::Report>&)>& change) {
    auto campaign = find_campaign(d, c);
    if (!campaign) throw domain::not_found("The monitoring campaign");
    auto current = find_report(d, c, o);
    auto result = change(*campaign, current);  // throws: nothing stored
    auto next = result.next;
    next.district_id = d;
    next.campaign_id = c;
    next.organization_id = o;
    if (current) {
        next.id = current->id;
        next.version = current->version + 1;
    } else {
        next.id = domain::ReportId{uuid(0x4e9041, ++next_)};
        next.version = 1;
    }
    const auto now = *domain::Instant::parse_rfc3339(today_.iso() + "T12:00:00Z");
    if (result.transition == "submit") {
        next.submitted_at = now;
        if (!next.first_submitted_at) next.first_submitted_at = now;
    } else if (result.transition == "accept") {
        next.accepted_at = now;
    } else if (result.transition == "return") {
        next.returned_at = now;
    }
    next.updated_at = now;
    return reports_[{c, o}] = next;
}

}  // namespace fakes
