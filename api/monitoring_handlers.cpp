#include "api/monitoring_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/json_io.hpp"
#include "api/monitoring_json.hpp"
#include "domain/validation.hpp"
#include "domain/roadmap_template.hpp"

namespace api {
namespace {

using domain::Need;
using nlohmann::json;
namespace mj = api::monitoring;

const std::string kCampaigns = "/api/v1/districts/{d}/monitoring-campaigns";

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

domain::ReportActor report_actor(const domain::Actor& a) {
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

Response campaign_response(int status, const domain::Campaign& c) {
    return Response::json(status, mj::campaign_json(c)).with_header("ETag", etag(c.version));
}

std::string campaign_path(const std::string& d, const std::string& c) {
    return "/api/v1/districts/" + d + "/monitoring-campaigns/" + c;
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

}  // namespace

void add_monitoring_routes(Router& r, MonitoringDeps& x) {
    // ---- reference lists
    r.add("GET", "/api/v1/mentoring-forms", [&](Request& req) {
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
    });
    r.add("GET", "/api/v1/indicators", [&](Request& req) {
        Access::actor(req);
        json items = json::array();
        for (auto& i : domain::standard_indicators()) items.push_back(mj::indicator_json(i));
        return Response::json(200, {{"items", items}, {"next_cursor", nullptr}});
    });

    // ---- campaigns
    r.add("GET", kCampaigns, [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        auto page = x.monitoring.campaigns(d.id, page_request(req));
        json items = json::array();
        for (auto& c : page.items) items.push_back(mj::campaign_json(c));
        return page_response(req, items, page.next_cursor);
    });
    r.add("POST", kCampaigns, [&](Request& req) {
        auto d = x.access.district(req, Need::write);
        return x.idempotency.run(req, d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto in = mj::read_campaign(body, errors);
            throw_if_any(errors);
            auto c = x.monitoring.create_campaign(d.id, std::move(in));
            return campaign_response(201, c).with_header("Location", campaign_path(d.id, c.id));
        });
    });
    r.add("GET", kCampaigns + "/{c}", [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        return campaign_response(200, x.monitoring.campaign(d.id, uuid_param(req, "c", "The monitoring campaign")));
    });
    r.add("PATCH", kCampaigns + "/{c}", [&](Request& req) {
        auto d = x.access.district(req, Need::write);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto patch = mj::read_campaign_patch(body, errors);
        throw_if_any(errors);
        return campaign_response(200, x.monitoring.update_campaign(d.id, c, require_if_match(req), std::move(patch)));
    });

    // ---- which organisations a campaign expects (the coordinator, while it is open)
    r.add("POST", kCampaigns + "/{c}/organizations", [&](Request& req) {
        auto d = x.access.district(req, Need::write);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        return x.idempotency.run(req, d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            Fields f(body, "", errors);
            auto o = f.text("organization_id", true);
            f.finish();
            if (o && !domain::is_uuid(*o)) errors.push_back({"/organization_id", "must be an organisation id (UUID)"});
            throw_if_any(errors);
            auto added = x.monitoring.add_organization(d.id, c, *o);
            return campaign_response(added.changed ? 201 : 200, added.campaign);
        });
    });
    r.add("DELETE", kCampaigns + "/{c}/organizations/{o}", [&](Request& req) {
        auto d = x.access.district(req, Need::write);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        const auto& o = uuid_param(req, "o", "The organization");
        x.monitoring.remove_organization(d.id, c, o);
        return Response::no_content();
    });

    // ---- reports
    r.add("GET", kCampaigns + "/{c}/reports", [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        // Curators and school systems see their own organisation's row.
        auto items = x.monitoring.reports(d.id, c, Access::actor(req).organization_id);
        json out = json::array();
        for (auto& i : items) out.push_back(mj::report_item_json(i));
        return page_response(req, out, std::nullopt);
    });
    r.add("GET", kCampaigns + "/{c}/completeness", [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        auto campaign = x.monitoring.campaign(d.id, c);
        return Response::json(200, mj::completeness_json(campaign, x.monitoring.completeness(d.id, c)));
    });
    r.add("GET", kCampaigns + "/{c}/reports/{o}", [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        auto o = x.access.organization(req, d, Need::read);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        return report_response(200, x.monitoring.report(d.id, c, o));
    });
    r.add("PUT", kCampaigns + "/{c}/reports/{o}", [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        auto o = x.access.organization(req, d, Need::write);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        return x.idempotency.run(req, d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto values = mj::read_values(body, errors);
            throw_if_any(errors);
            auto v = x.monitoring.put_report(d.id, c, o, optional_if_match(req), std::move(values),
                                             report_actor(Access::actor(req)), if_none_match_any(req));
            bool created = v.report && v.report->version == 1;
            auto res = report_response(created ? 201 : 200, v);
            if (created) res.with_header("Location", campaign_path(d.id, c) + "/reports/" + o);
            return res;
        });
    });
    r.add("POST", kCampaigns + "/{c}/reports/{o}/submit", [&](Request& req) {
        auto d = x.access.district(req, Need::read);
        auto o = x.access.organization(req, d, Need::write);
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        return x.idempotency.run(req, d.id, [&] {
            require_no_fields(req);
            return report_response(200, x.monitoring.submit(d.id, c, o, optional_if_match(req),
                                                            report_actor(Access::actor(req))));
        });
    });
    r.add("POST", kCampaigns + "/{c}/reports/{o}/accept", [&](Request& req) {
        auto d = x.access.district(req, Need::write);  // the coordinator
        const auto& o = uuid_param(req, "o", "The organization");
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        return x.idempotency.run(req, d.id, [&] {
            require_no_fields(req);
            return report_response(200, x.monitoring.accept(d.id, c, o, optional_if_match(req),
                                                            report_actor(Access::actor(req))));
        });
    });
    r.add("POST", kCampaigns + "/{c}/reports/{o}/return", [&](Request& req) {
        auto d = x.access.district(req, Need::write);  // the coordinator
        const auto& o = uuid_param(req, "o", "The organization");
        const auto& c = uuid_param(req, "c", "The monitoring campaign");
        return x.idempotency.run(req, d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            Fields f(body, "", errors);
            auto comment = f.text("comment", true).value_or("");
            f.finish();
            throw_if_any(errors);
            return report_response(200, x.monitoring.return_report(d.id, c, o, optional_if_match(req),
                                                                   std::move(comment), report_actor(Access::actor(req))));
        });
    });
}

}  // namespace api
