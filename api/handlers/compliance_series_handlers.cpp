#include "api/handlers/compliance_series_handlers.hpp"

#include <nlohmann/json.hpp>

#include "api/json/ids_json.hpp"

#include "api/handlers/compliance_handlers.hpp"
#include "domain/errors.hpp"

namespace api {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxPoints = 60;

domain::Date date_param(const Request& req, const char* name, const domain::Date& fallback) {
    auto v = req.query_param(name);
    if (!v) return fallback;
    auto d = domain::Date::parse_iso(*v);
    if (!d) throw domain::bad_request("bad-query", std::string("Query parameter '") + name + "' must be a date (YYYY-MM-DD).");
    return *d;
}

}  // namespace

std::vector<domain::Date> series_dates(const domain::Date& from, const domain::Date& to, bool monthly) {
    std::vector<domain::Date> out;
    for (int k = 0;; ++k) {
        domain::Date d = from;
        if (monthly) {
            int months = int(from.month()) - 1 + k;
            int y = from.year() + months / 12;
            unsigned m = unsigned(months % 12) + 1;
            auto last = domain::Date::end_of_month(y, m);
            d = domain::Date(y, m, std::min(from.day(), last.day()));
        } else {
            d = from.plus_days(7 * k);
        }
        if (d > to || out.size() > kMaxPoints) break;
        out.push_back(d);
    }
    if (out.empty() || out.back() != to) out.push_back(to);
    return out;
}

void add_compliance_series_routes(Router& r, domain::ComplianceService& compliance, Access& access,
                                  AnswerCache& cache) {
    r.add("GET", "/api/v1/districts/{d}/compliance/series", [&](Request& req) {
        auto d = access.district(req, domain::Need::read);
        if (Access::actor(req).organization_id)
            throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                                "The district's compliance shows every organisation; ask for your own at "
                                "/districts/{d}/organizations/{o}/compliance.");
        auto today = domain::Date::today_utc();
        auto to = date_param(req, "to", today);
        if (to > today) throw domain::bad_request("bad-query", "Query parameter 'to' must not be in the future.");
        // By default the school year so far: from the 1st of September on or before `to`.
        auto from = date_param(req, "from", domain::Date(to.month() >= 9 ? to.year() : to.year() - 1, 9, 1));
        if (from > to) throw domain::bad_request("bad-query", "Query parameter 'from' must not be after 'to'.");
        auto step = req.query_param("step").value_or("month");
        if (step != "month" && step != "week")
            throw domain::bad_request("bad-query", "Query parameter 'step' must be month or week.");
        auto dates = series_dates(from, to, step == "month");
        if (dates.size() > kMaxPoints)
            throw domain::bad_request("bad-query", "The series would have more than " + std::to_string(kMaxPoints) +
                                                       " points: shorten the period or take a longer step.");
        auto key = json::array({"district-series", d.id, from.iso(), to.iso(), step}).dump();
        const domain::DistrictId district{d.id};
        auto body = cache.answer(
            key, [&] { return compliance.version(district); },
            [&] {
                json points = json::array();
                domain::ComplianceFilter totals_only;
                totals_only.overdue_limit = 0;
                for (auto& c : compliance.series(district, dates, totals_only)) {
                    json by_type = json::object();
                    for (auto& [type, counts] : c.by_type) by_type[type] = to_json(counts);
                    points.push_back({{"as_of", c.as_of.iso()}, {"totals", to_json(c.totals)}, {"by_type", by_type}});
                }
                json out = {{"district_id", d.id}, {"from", from.iso()}, {"to", to.iso()}, {"step", step},
                            {"points", points}};
                return out.dump(-1, ' ', false, json::error_handler_t::replace);
            });
        return json_answer(std::move(body));
    });
}

}  // namespace api
