#include "domain/deadline/items.hpp"

#include "domain/deadline/calendar.hpp"

namespace domain::deadline {

Item span_of(const Point& a, const Point& b) {
    Item it;
    it.m1 = a.m;
    it.d1 = a.d1;
    it.y1 = a.y;
    it.m2 = b.m;
    it.d2 = b.d2;
    it.y2 = b.y;
    it.clamp = a.clamp || b.clamp;
    return it;
}

std::optional<DateRange> build(const Item& it, int y1, int y2, BuildError& err) {
    err = BuildError::none;
    const int sd = it.d1 ? it.d1 : 1;
    if (y1 < 1 || y2 < 1 || y1 > 9999 || y2 > 9999) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    auto s = make(y1, it.m1, sd);
    if (!s) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    if (it.m2 < 1 || it.m2 > 12) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    const int last = eom(y2, it.m2);
    int ed = it.d2 ? it.d2 : last;
    if (it.clamp && ed > last) ed = last;
    auto e = make(y2, it.m2, ed);
    if (!e) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    if (*s > *e) {
        err = BuildError::reversed;
        return std::nullopt;
    }
    return DateRange{*s, *e};
}

int end_year(const Item& it, int y1) { return it.y2 ? it.y2 : (it.key2() >= it.key1() ? y1 : y1 + 1); }

std::string build_error_text(BuildError e) {
    return e == BuildError::reversed ? "the window ends before it starts" : "date does not exist";
}

}  // namespace domain::deadline
