#include "domain/deadline/calendar.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace domain::deadline {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

int eom(int y, int m) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[std::size_t(m - 1)];
}

std::optional<Date> make(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > eom(y, m)) return std::nullopt;
    return Date{y, unsigned(m), unsigned(d)};
}

std::optional<DateRange> intersect(const DateRange& a, const DateRange& b) {
    DateRange r{std::max(a.start, b.start), std::min(a.end, b.end)};
    if (r.start > r.end) return std::nullopt;
    return r;
}

bool contains(const DateRange& outer, const DateRange& inner) {
    return outer.start <= inner.start && inner.end <= outer.end;
}

long distance(const DateRange& a, const DateRange& b) {
    if (a.end < b.start) return (b.start.days() - a.end.days()).count();
    if (b.end < a.start) return (a.start.days() - b.end.days()).count();
    return 0;
}

bool school_aligned(const DateRange& p) { return p.start.month() == 8 || p.start.month() == 9; }

Schedule unscheduled(std::string reason) {
    Schedule s;
    s.kind = ScheduleKind::unscheduled;
    s.reason = std::move(reason);
    return s;
}

void normalize(std::vector<DateRange>& w) {
    std::sort(w.begin(), w.end(), [](const DateRange& a, const DateRange& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    w.erase(std::unique(w.begin(), w.end()), w.end());
}

Schedule with_windows(ScheduleKind k, std::vector<DateRange> w) {
    normalize(w);
    Schedule s;
    s.kind = k;
    s.windows = std::move(w);
    return s;
}

}  // namespace domain::deadline
