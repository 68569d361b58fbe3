#include "api/national_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/access.hpp"
#include "api/compliance_handlers.hpp"

namespace api {
namespace {

using nlohmann::json;

json region_json(const domain::RegionRow& r) {
    auto j = to_json(r.counts);
    j["region_id"] = r.region_id;
    j["name"] = r.name;
    j["code"] = r.code;
    j["districts"] = r.districts;
    j["organizations"] = r.organizations;
    j["organizations_fully_compliant"] = r.fully_compliant;
    j["organizations_without_approved_roadmap"] = r.without_approved_roadmap;
    return j;
}

json totals_json(const domain::NationalTotals& t) {
    auto j = to_json(t.counts);
    j["regions"] = t.regions;
    j["districts"] = t.districts;
    j["organizations"] = t.organizations;
    j["organizations_fully_compliant"] = t.fully_compliant;
    j["organizations_without_approved_roadmap"] = t.without_approved_roadmap;
    return j;
}

}  // namespace

void add_national_routes(Router& r, std::shared_ptr<domain::NationalComplianceRepository> repo,
                         AnswerCache& cache) {
    auto service = std::make_shared<domain::NationalComplianceService>(*repo);
    r.add("GET", "/api/v1/compliance", [repo, service, &cache](Request& req) {
        domain::check_system_admin(Access::actor(req));
        auto today = domain::Date::today_utc();
        auto as_of = req.query_param("as_of") ? as_of_param(req) : today;  // 400: not a date, or the future
        if (as_of != today) service->rollup(as_of, today);                  // 422: a past date
        auto key = json::array({"national", as_of.iso()}).dump();
        auto version = repo->version();  // first: the answer is at least as new
        if (auto hit = cache.find(key, version)) {
            Response out;
            out.body = std::move(*hit);
            return out;
        }
        auto c = service->rollup(as_of, today);
        json rows = json::array();
        for (const auto& row : c.rows) rows.push_back(region_json(row));
        auto out = Response::json(200, {{"as_of", c.as_of.iso()}, {"regions", rows}, {"totals", totals_json(c.totals)}});
        cache.put(key, version, out.body);
        return out;
    });
}

}  // namespace api
