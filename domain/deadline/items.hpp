#pragma once
// What the deadline grammar's phrases read (domain/deadline.hpp): a Point («1 октября»,
// «первая неделя мая») and an Item — a span of a template year, maybe without its year — and
// how an Item becomes dates once its years are chosen.
#include <algorithm>
#include <optional>
#include <string>

#include "domain/date.hpp"

namespace domain::deadline {

// A span of a template year: months m1..m2, days d1..d2 (d1 0 = 1st, d2 0 = end of month);
// y1/y2 0 = not given. `clamp`: d2 may run past the month's end (weeks, decades).
struct Item {
    bool deadline = false;  // «до X»: the end is the due date
    int m1 = 0, d1 = 0, y1 = 0;
    int m2 = 0, d2 = 0, y2 = 0;
    bool clamp = false;
    bool whole_year = false;  // a (school) year item: «2024 г.», «2023-2024 уч.г.»
    [[nodiscard]] int key1() const { return m1 * 100 + (d1 ? d1 : 1); }
    [[nodiscard]] int key2() const { return m2 * 100 + (d2 ? std::min(d2, 31) : 31); }
    [[nodiscard]] bool has_year() const { return y1 != 0 || y2 != 0; }
    // Fill the missing year of a range from the other end.
    void complete_years() {
        if (y1 && !y2) y2 = key2() >= key1() ? y1 : y1 + 1;
        if (y2 && !y1) y1 = key2() >= key1() ? y2 : y2 - 1;
    }
};

struct Point {
    int m = 0, y = 0;
    int d1 = 0, d2 = 0;  // 0: month level
    bool clamp = false;
};

Item span_of(const Point& a, const Point& b);

enum class BuildError { none, no_such_date, reversed };

// The dates of an item in years y1 (its start) and y2 (its end).
std::optional<DateRange> build(const Item& it, int y1, int y2, BuildError& err);
// The year an item starting in y1 ends in.
int end_year(const Item& it, int y1);
std::string build_error_text(BuildError e);

}  // namespace domain::deadline
