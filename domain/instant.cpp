#include "domain/instant.hpp"

#include <cstdio>

namespace domain {
namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

}  // namespace

std::optional<Instant> Instant::parse_rfc3339(std::string_view s) {
    using namespace std::chrono;
    if (s.size() < 20) return std::nullopt;
    auto date = Date::parse_iso(s.substr(0, 10));
    if (!date || (s[10] != 'T' && s[10] != 't')) return std::nullopt;
    int hh = 0, mm = 0, ss = 0;
    if (!digits(s, 11, 2, hh) || s[13] != ':' || !digits(s, 14, 2, mm) || s[16] != ':' || !digits(s, 17, 2, ss))
        return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
    std::size_t at = 19;
    long long micros = 0;
    if (at < s.size() && s[at] == '.') {
        std::size_t n = 0;
        ++at;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') {
            if (++n > 6) return std::nullopt;
            micros = micros * 10 + (s[at] - '0');
            ++at;
        }
        if (n == 0) return std::nullopt;
        for (; n < 6; ++n) micros *= 10;
    }
    if (at >= s.size()) return std::nullopt;
    int offset_minutes = 0;
    if (s[at] == 'Z' || s[at] == 'z') {
        ++at;
    } else if (s[at] == '+' || s[at] == '-') {
        int oh = 0, om = 0;
        if (!digits(s, at + 1, 2, oh) || at + 3 >= s.size() || s[at + 3] != ':' || !digits(s, at + 4, 2, om))
            return std::nullopt;
        if (oh > 23 || om > 59) return std::nullopt;
        offset_minutes = (oh * 60 + om) * (s[at] == '-' ? -1 : 1);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != s.size()) return std::nullopt;
    Time t = time_point_cast<microseconds>(date->days()) + hours{hh} + minutes{mm} + seconds{ss} + microseconds{micros} -
             minutes{offset_minutes};
    return Instant{t};
}

Instant Instant::now() {
    return Instant{std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now())};
}

Date Instant::utc_date() const { return Date{std::chrono::floor<std::chrono::days>(t_)}; }

std::string Instant::utc() const {
    using namespace std::chrono;
    auto day = floor<days>(t_);
    auto rest = t_ - day;
    auto h = duration_cast<hours>(rest);
    auto m = duration_cast<minutes>(rest - h);
    auto sec = duration_cast<seconds>(rest - h - m);
    auto us = (rest - h - m - sec).count();
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d", Date{day}.iso().c_str(), int(h.count()), int(m.count()),
                  int(sec.count()));
    std::string out = buf;
    if (us > 0) {
        char frac[8];
        std::snprintf(frac, sizeof frac, ".%06lld", static_cast<long long>(us));
        std::string f = frac;
        while (f.back() == '0') f.pop_back();
        out += f;
    }
    return out + "Z";
}

std::string Instant::utc_millis() const {
    using namespace std::chrono;
    auto ms = floor<milliseconds>(t_);
    auto day = floor<days>(ms);
    hh_mm_ss hms{ms - day};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d.%03dZ", Date{day}.iso().c_str(), int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()), int(hms.subseconds().count()));
    return buf;
}

}  // namespace domain
