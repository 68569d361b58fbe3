#include "api/handlers/compliance_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/json/ids_json.hpp"

#include <charconv>
#include <functional>
#include <cmath>

#include "api/json/compliance_json.hpp"
#include "api/json/json_io.hpp"
#include "api/http/query.hpp"
#include "domain/instant.hpp"

namespace api {

using domain::Need;
using nlohmann::json;

namespace {

json opt(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

}  // namespace

json to_json(const domain::ComplianceCounts& c) {
    return {{"items_due", c.due},
            {"items_done", c.done},
            {"items_done_on_time", c.done_on_time},
            {"items_overdue", c.overdue()},
            {"items_due_later", c.due_later},
            {"items_unscheduled", c.unscheduled},
            {"compliance_pct", opt(c.compliance_pct())},
            {"on_time_pct", opt(c.on_time_pct())}};
}

json rollup_json(const domain::ComplianceCounts& c, int organizations, int fully_compliant,
                 int without_approved_roadmap) {
    auto j = to_json(c);
    j["organizations"] = organizations;
    j["organizations_fully_compliant"] = fully_compliant;
    j["organizations_without_approved_roadmap"] = without_approved_roadmap;
    return j;
}

Response json_answer(std::string body) {
    Response out;
    out.body = std::move(body);
    return out;
}

domain::Date as_of_param(const Request& req) {
    auto today = domain::Date::today_utc();
    auto v = req.query_param("as_of");
    if (!v) return today;
    auto d = domain::Date::parse_iso(*v);
    if (!d || d->year() < 1) throw domain::bad_request("bad-query", "Query parameter 'as_of' must be a date (YYYY-MM-DD).");
    if (*d > today) throw domain::bad_request("bad-query", "Query parameter 'as_of' must not be in the future.");
    return *d;
}

ComplianceTime compliance_time(const Request& req) {
    ComplianceTime out;
    if (auto k = req.query_param("known_at")) {
        auto at = domain::Instant::parse_rfc3339(*k);
        if (!at || at->utc_date().year() < 1)  // the database's timestamps start at year 1
            throw domain::bad_request("bad-query",
                                      "Query parameter 'known_at' must be an RFC 3339 instant (YYYY-MM-DDTHH:MM:SSZ or "
                                      "with an offset such as +03:00).");
        if (*at > domain::Instant::now())
            throw domain::bad_request("bad-query", "Query parameter 'known_at' must not be in the future.");
        out.known_at = *at;
        out.as_of = req.query_param("as_of") ? as_of_param(req) : at->utc_date();
        return out;
    }
    out.as_of = as_of_param(req);
    return out;
}

json known_at_json(const std::optional<domain::Instant>& known_at) {
    return known_at ? json(known_at->utc()) : json(nullptr);
}

namespace {
// A district's answer kept beside its version: the version read first, in one round trip of
// its own (so the answer is at least as new); on a miss the answer computed (the service
// reads it in one read scope of the district).
std::string kept_district_answer(AnswerCache& cache, domain::ComplianceService& compliance,
                                 const domain::DistrictId& district_id, const std::string& key,
                                 const std::function<std::string()>& compute) {
    return cache.answer(key, [&] { return compliance.version(district_id); }, compute);
}
}  // namespace

namespace {
// ?type= ?below= ?sort= ?overdue_limit= of a district's compliance (api/http/query.hpp).
domain::ComplianceFilter district_filter(const Request& req) {
    domain::ComplianceFilter filter;
    filter.type = req.query_param("type");
    filter.below_pct = query_percent(req, "below");
    if (auto s = query_word(req, "sort", {"name", "compliance", "overdue"}, "must be name, compliance or overdue"))
        filter.sort = *s;
    if (auto n = query_int(req, "overdue_limit", 0, domain::ComplianceFilter::max_overdue_limit)) filter.overdue_limit = *n;
    return filter;
}

// The answer depends on the district, the date, the instant and the query alone (never on
// the caller, who was checked before): kept beside the district's version, which any change
// moves (a progress record dated in the past included).
std::string district_key(const std::string& district_id, const ComplianceTime& when,
                         const domain::ComplianceFilter& filter) {
    return json::array({"district", district_id, when.as_of.iso(), known_at_json(when.known_at),
                        filter.type ? json(*filter.type) : json(nullptr),
                        filter.below_pct ? json(*filter.below_pct) : json(nullptr), filter.sort,
                        filter.overdue_limit})
        .dump();
}

}  // namespace

void add_compliance_routes(Router& r, domain::ComplianceService& compliance, domain::ComplianceService& regions,
                           Access& access, AnswerCache& cache) {
    r.add("GET", "/api/v1/districts/{d}/compliance", [&](Request& req) {
        auto d = access.district(req, Need::read);
        if (Access::actor(req).organization_id)
            throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                                "The district's compliance shows every organisation; ask for your own at "
                                "/districts/{d}/organizations/{o}/compliance.");
        auto filter = district_filter(req);
        auto when = compliance_time(req);
        const domain::DistrictId district{d.id};
        return json_answer(kept_district_answer(cache, compliance, district, district_key(d.id.str(), when, filter), [&] {
            return district_compliance_json(compliance.district(district, when.as_of, filter, when.known_at), filter);
        }));
    });

    r.add("GET", "/api/v1/districts/{d}/organizations/{o}/compliance", [&](Request& req) {
        auto d = access.district(req, Need::read);
        auto o = access.organization(req, d, Need::read);
        auto when = compliance_time(req);
        auto key = json::array({"organization", d.id, o, when.as_of.iso(), known_at_json(when.known_at)}).dump();
        const domain::DistrictId district{d.id};
        const domain::OrganizationId organization{o};
        return json_answer(kept_district_answer(cache, compliance, district, key, [&] {
            auto [row, details] = compliance.organization(district, organization, when.as_of, when.known_at);
            return organization_compliance_json(row, details, when.as_of, when.known_at);
        }));
    });

    r.add("GET", "/api/v1/regions/{r}/compliance", [&](Request& req) {
        auto region = id_param<domain::RegionId>(req, "r", "The region");
        domain::check_region(Access::actor(req), region, Need::read);
        auto when = compliance_time(req);
        // Kept beside the digest of the region's district versions, read first.
        auto key = json::array({"region", region.str(), when.as_of.iso(), known_at_json(when.known_at)}).dump();
        return json_answer(cache.answer(key, [&] { return regions.region_version(region); },
                                        [&] {
                                            return region_compliance_json(
                                                region, regions.region(region, when.as_of, when.known_at), when.as_of,
                                                when.known_at);
                                        }));
    });
}

}  // namespace api
