#include "api/handlers/national_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/json/ids_json.hpp"

#include "api/access.hpp"
#include "api/handlers/compliance_handlers.hpp"

namespace api {
namespace {

using nlohmann::json;

json region_json(const domain::RegionRow& r) {
    auto j = rollup_json(r.counts, r.organizations, r.fully_compliant, r.without_approved_roadmap);
    j["region_id"] = r.region_id.str();
    j["name"] = r.name;
    j["code"] = r.code;
    j["districts"] = r.districts;
    return j;
}

json totals_json(const domain::NationalTotals& t) {
    auto j = rollup_json(t.counts, t.organizations, t.fully_compliant, t.without_approved_roadmap);
    j["regions"] = t.regions;
    j["districts"] = t.districts;
    return j;
}

}  // namespace

void add_national_routes(Router& r, std::shared_ptr<domain::NationalComplianceRepository> repo,
                         AnswerCache& cache) {
    auto service = std::make_shared<domain::NationalComplianceService>(*repo);
    r.add("GET", "/api/v1/compliance", [repo, service, &cache](Request& req) {
        domain::check_system_admin(Access::actor(req));
        auto today = domain::Date::today_utc();
        auto when = compliance_time(req);  // 400: malformed, or the future
        auto as_of = when.as_of;
        auto known_at = when.known_at;
        auto key = json::array({"national", as_of.iso(), known_at_json(known_at)}).dump();
        return json_answer(cache.answer(key, [&] { return repo->version(); }, [&] {
            auto c = service->rollup(as_of, today, known_at);
            json rows = json::array();
            for (const auto& row : c.rows) rows.push_back(region_json(row));
            return json({{"as_of", c.as_of.iso()}, {"known_at", known_at_json(c.known_at)}, {"regions", rows},
                         {"totals", totals_json(c.totals)}})
                .dump(-1, ' ', false, json::error_handler_t::replace);
        }));
    });
}

}  // namespace api
