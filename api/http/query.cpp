#include "api/http/query.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

#include "domain/validation.hpp"

namespace api {

void bad_query(std::string_view name, std::string_view problem) {
    throw domain::bad_request("bad-query",
                              "Query parameter '" + std::string(name) + "' " + std::string(problem) + ".");
}

std::optional<int> query_int(const Request& req, const char* name, int min, int max, const char* problem) {
    auto v = req.query_param(name);
    if (!v) return std::nullopt;
    int n = 0;
    auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
        if (problem) bad_query(name, problem);
        bad_query(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return n;
}

std::optional<double> query_percent(const Request& req, const char* name) {
    auto v = req.query_param(name);
    if (!v) return std::nullopt;
    char* end = nullptr;
    double x = std::strtod(v->c_str(), &end);
    if (v->empty() || *end || !std::isfinite(x) || x < 0 || x > 100) bad_query(name, "must be a percentage from 0 to 100");
    return x;
}

std::optional<domain::Date> query_date(const Request& req, const char* name) {
    auto v = req.query_param(name);
    if (!v) return std::nullopt;
    auto d = domain::Date::parse_iso(*v);
    if (!d) bad_query(name, "must be a date (YYYY-MM-DD)");
    return d;
}

domain::Date required_query_date(const Request& req, const char* name) {
    auto d = query_date(req, name);
    if (!d) bad_query(name, "is required (YYYY-MM-DD)");
    return *d;
}

bool query_flag(const Request& req, const char* name) {
    auto v = req.query_param(name);
    if (!v || *v == "false" || *v == "0") return false;
    if (*v == "true" || *v == "1") return true;
    bad_query(name, "must be true or false");
}

std::optional<std::string> query_uuid(const Request& req, const char* name) {
    auto v = req.query_param(name);
    if (v && !domain::is_uuid(*v)) bad_query(name, "must be a UUID");
    return v;
}

std::optional<std::string> query_text(const Request& req, const char* name, std::size_t max_bytes) {
    auto v = req.query_param(name);
    if (!v || v->empty()) return std::nullopt;
    if (v->size() > max_bytes) bad_query(name, "is too long");
    return v;
}

std::optional<std::string> query_word(const Request& req, const char* name,
                                      std::initializer_list<std::string_view> allowed, const char* problem) {
    auto v = req.query_param(name);
    if (!v) return std::nullopt;
    for (auto a : allowed)
        if (*v == a) return v;
    bad_query(name, problem);
}

std::optional<std::string> query_cursor(const Request& req) {
    auto c = req.query_param("cursor");
    if (!c || c->empty()) return std::nullopt;
    return c;
}

}  // namespace api
