// Monitoring campaigns: /districts/{d}/monitoring-campaigns[/{c}], and which organisations a
// campaign expects (…/{c}/organizations[/{o}], the coordinator, while it is open).
#include "api/routes/monitoring_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;
namespace mj = api::monitoring;

Response campaign_response(int status, const domain::Campaign& c) {
    return Response::json(status, mj::campaign_json(c)).with_header("ETag", etag(c.version));
}

Response list_campaigns(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto page = x.monitoring.campaigns(district_id(d), page_request(req));
    json items = json::array();
    for (auto& c : page.items) items.push_back(mj::campaign_json(c));
    return page_response(req, items, page.next_cursor);
}

Response create_campaign(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);
    return x.idempotency.run(req, d.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto in = mj::read_campaign(body, errors);
        throw_if_any(errors);
        auto c = w.monitoring.create_campaign(district_id(d), std::move(in));
        return campaign_response(201, c).with_header("Location", campaign_path(c.district_id, c.id));
    });
}

Response get_campaign(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return campaign_response(200, x.monitoring.campaign(district_id(d), c));
}

Response patch_campaign(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    auto patch = mj::read_campaign_patch(body, errors);
    throw_if_any(errors);
    return campaign_response(200,
                             x.monitoring.update_campaign(district_id(d), c, require_if_match(req), std::move(patch)));
}

// {organization_id}: 201 when added, 200 when the campaign already expected it.
Response add_organization(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return x.idempotency.run(req, d.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        Fields f(body, "", errors);
        auto o = f.text("organization_id", true);
        f.finish();
        if (o && !domain::is_uuid(*o)) errors.push_back({"/organization_id", "must be an organisation id (UUID)"});
        throw_if_any(errors);
        auto added = w.monitoring.add_organization(district_id(d), c, domain::OrganizationId{*o});
        return campaign_response(added.changed ? 201 : 200, added.campaign);
    });
}

Response remove_organization(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    auto o = id_param<domain::OrganizationId>(req, "o", "The organization");
    x.monitoring.remove_organization(district_id(d), c, o);
    return Response::no_content();
}

}  // namespace

void add_campaigns(Router& r, const MonitoringDeps& x) {
    r.add("GET", kCampaigns, bind(x, list_campaigns));
    r.add("POST", kCampaigns, bind(x, create_campaign));
    r.add("GET", kCampaigns + "/{c}", bind(x, get_campaign));
    r.add("PATCH", kCampaigns + "/{c}", bind(x, patch_campaign));
    r.add("POST", kCampaigns + "/{c}/organizations", bind(x, add_organization));
    r.add("DELETE", kCampaigns + "/{c}/organizations/{o}", bind(x, remove_organization));
}

}  // namespace api::routes
