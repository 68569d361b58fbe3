#include "date.hpp"

#include <cstdio>

namespace domain {

namespace {
bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}
int num(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}
}  // namespace

std::optional<Date> Date::make(int y, unsigned m, unsigned d) {
    Date out{y, m, d};
    if (!out.ok()) return std::nullopt;
    return out;
}

std::optional<Date> Date::parse_iso(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
    auto y = t.substr(0, 4), m = t.substr(5, 2), d = t.substr(8, 2);
    if (!digits(y) || !digits(m) || !digits(d)) return std::nullopt;
    return make(num(y), unsigned(num(m)), unsigned(num(d)));
}

Date Date::end_of_month(int y, unsigned m) {
    namespace c = std::chrono;
    return Date{c::year_month_day{c::year_month_day_last{c::year{y}, c::month_day_last{c::month{m}}}}};
}

Date Date::today_utc() {
    return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year(), month(), day());
    return buf;
}

}  // namespace domain
