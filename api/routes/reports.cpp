// An organisation's monitoring reports in a campaign: /districts/{d}/monitoring-campaigns/{c}/
// reports[/{o}[/submit|accept|return]] and …/{c}/completeness.
#include "api/routes/monitoring_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;
namespace mj = api::monitoring;

// If-None-Match: * (create only, RFC 9110); nothing else is understood on a write.
bool if_none_match_any(const Request& req) {
    auto h = req.header("if-none-match");
    if (!h) return false;
    if (domain::trim(*h) != "*")
        throw domain::bad_request("bad-precondition", "On a write, If-None-Match may only be * (create only).");
    if (req.header("if-match"))
        throw domain::bad_request("bad-precondition", "Send If-Match or If-None-Match, not both.");
    return true;
}

domain::ReportActor report_actor(const Request& req) {
    const auto& a = Access::actor(req);
    domain::ReportActor by;
    by.who = (a.kind == domain::Actor::Kind::user ? "user:" : "api_key:") + a.id;
    by.coordinator = a.role == domain::Role::district_coordinator || a.role == domain::Role::system_admin;
    return by;
}

Response report_response(int status, const domain::ReportView& v) {
    auto r = Response::json(status, mj::report_json(v));
    if (v.report) r.with_header("ETag", etag(v.report->version));
    return r;
}

// The workflow's POSTs take no fields: an empty body, or an empty JSON object (422 otherwise).
void require_no_fields(const Request& req) {
    if (req.body.empty()) return;
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    Fields f(body, "", errors);
    f.finish();
    throw_if_any(errors);
}

// The return's {comment}.
std::string read_comment(const Request& req) {
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    Fields f(body, "", errors);
    auto comment = f.text("comment", true).value_or("");
    f.finish();
    throw_if_any(errors);
    return comment;
}

// Curators and school systems see their own organisation's row.
Response list_reports(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    std::optional<domain::OrganizationId> only;
    if (const auto& own = Access::actor(req).organization_id) only = domain::OrganizationId{*own};
    auto items = x.monitoring.reports(district_id(d), c, only);
    json out = json::array();
    for (auto& i : items) out.push_back(mj::report_item_json(i));
    return page_response(req, out, std::nullopt);
}

Response completeness(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    auto campaign = x.monitoring.campaign(district_id(d), c);
    return Response::json(200, mj::completeness_json(campaign, x.monitoring.completeness(district_id(d), c)));
}

Response get_report(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto o = organization_id(x.access, req, d, Need::read);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return report_response(200, x.monitoring.report(district_id(d), c, o));
}

// The values of a report: 201 with its Location when this made it, 200 when it changed it.
Response put_report(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto o = organization_id(x.access, req, d, Need::write);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return x.idempotency.run(req, d.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto values = mj::read_values(body, errors);
        throw_if_any(errors);
        auto v = w.monitoring.put_report(district_id(d), c, o, optional_if_match(req), std::move(values),
                                         report_actor(req), if_none_match_any(req));
        bool created = v.report && v.report->version == 1;
        auto res = report_response(created ? 201 : 200, v);
        if (created) res.with_header("Location", campaign_path(district_id(d), c) + "/reports/" + o.str());
        return res;
    });
}

Response submit_report(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto o = organization_id(x.access, req, d, Need::write);
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return x.idempotency.run(req, d.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        require_no_fields(req);
        return report_response(200,
                               w.monitoring.submit(district_id(d), c, o, optional_if_match(req), report_actor(req)));
    });
}

Response accept_report(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);  // the coordinator
    auto o = id_param<domain::OrganizationId>(req, "o", "The organization");
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return x.idempotency.run(req, d.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        require_no_fields(req);
        return report_response(200,
                               w.monitoring.accept(district_id(d), c, o, optional_if_match(req), report_actor(req)));
    });
}

Response return_report(const MonitoringDeps& x, Request& req) {
    auto d = x.access.district(req, Need::write);  // the coordinator
    auto o = id_param<domain::OrganizationId>(req, "o", "The organization");
    auto c = id_param<domain::CampaignId>(req, "c", "The monitoring campaign");
    return x.idempotency.run(req, d.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        auto comment = read_comment(req);
        return report_response(
            200, w.monitoring.return_report(district_id(d), c, o, optional_if_match(req), std::move(comment),
                                            report_actor(req)));
    });
}

}  // namespace

void add_reports(Router& r, const MonitoringDeps& x) {
    r.add("GET", kCampaigns + "/{c}/reports", bind(x, list_reports));
    r.add("GET", kCampaigns + "/{c}/completeness", bind(x, completeness));
    r.add("GET", kCampaigns + "/{c}/reports/{o}", bind(x, get_report));
    r.add("PUT", kCampaigns + "/{c}/reports/{o}", bind(x, put_report));
    r.add("POST", kCampaigns + "/{c}/reports/{o}/submit", bind(x, submit_report));
    r.add("POST", kCampaigns + "/{c}/reports/{o}/accept", bind(x, accept_report));
    r.add("POST", kCampaigns + "/{c}/reports/{o}/return", bind(x, return_report));
}

}  // namespace api::routes
