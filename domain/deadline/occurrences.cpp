// How the deadline grammar's items and frequencies become due windows within the period
// (domain/deadline/parser.hpp): choosing the year of a yearless item, lists and yearly
// recurrences, and the windows of a frequency (every quarter, month, half-year, year).
#include <algorithm>

#include "domain/deadline/calendar.hpp"
#include "domain/deadline/parser.hpp"

namespace domain::deadline {

std::optional<int> Parser::choose_year(const Item& it, BuildError& err) const {
    const int from = p_.start.year() - 1, to = p_.end.year();
    BuildError first_err = BuildError::none;
    std::optional<int> overlapping;
    for (int y = from; y <= to; ++y) {
        BuildError e;
        auto r = build(it, y, end_year(it, y), e);
        if (!r) {
            if (first_err == BuildError::none) first_err = e;
            continue;
        }
        if (contains(p_, *r)) return y;
        if (!overlapping && intersect(p_, *r)) overlapping = y;
    }
    if (overlapping) return overlapping;
    std::optional<int> best;
    long best_d = 0;
    for (int y = from; y <= to + 1; ++y) {
        BuildError e;
        auto r = build(it, y, end_year(it, y), e);
        if (!r) {
            if (first_err == BuildError::none) first_err = e;
            continue;
        }
        const long d = distance(*r, p_);
        if (!best || d < best_d) {
            best = y;
            best_d = d;
        }
    }
    if (!best) err = first_err == BuildError::none ? BuildError::no_such_date : first_err;
    return best;
}

std::optional<Schedule> Parser::resolve_list(std::vector<Item> items) {
    for (auto& it : items) it.complete_years();
    // A bare calendar year closing a list of yearless items is their year: «до 1 октября; 2024»
    // (a cell split over two lines), «сентябрь, октябрь; 2024».
    if (items.size() > 1 && items.back().whole_year && items.back().y1 == items.back().y2 && items.back().m1 == 1 &&
        std::none_of(items.begin(), items.end() - 1, [](const Item& it) { return it.has_year(); })) {
        const int y = items.back().y1;
        items.pop_back();
        items.back().y1 = y;
        items.back().complete_years();
    }
    // Missing years from the next item that has one, then from the previous one (a whole-year
    // item is no anchor: it says nothing about the months around it).
    for (std::size_t k = items.size(); k-- > 1;) {
        Item& prev = items[k - 1];
        const Item& next = items[k];
        if (prev.has_year() || !next.has_year() || next.whole_year) continue;
        prev.y2 = prev.key2() <= next.key1() || prev.key1() <= next.key1() ? next.y1 : next.y1 - 1;
        prev.y1 = 0;
        prev.complete_years();
    }
    for (std::size_t k = 1; k < items.size(); ++k) {
        Item& cur = items[k];
        const Item& prev = items[k - 1];
        if (cur.has_year() || !prev.has_year() || prev.whole_year) continue;
        cur.y1 = cur.key1() >= prev.key1() ? prev.y2 : prev.y2 + 1;
        cur.complete_years();
    }
    std::vector<DateRange> out;
    for (const auto& it : items) {
        BuildError err = BuildError::none;
        int y1 = it.y1;
        if (!it.has_year()) {
            auto y = choose_year(it, err);
            if (!y) return unscheduled(build_error_text(err));
            y1 = *y;
        }
        auto r = build(it, y1, it.y2 ? it.y2 : end_year(it, y1), err);
        if (!r) return unscheduled(build_error_text(err));
        if (it.deadline) {
            out.push_back(r->end < p_.start ? DateRange{r->end, r->end} : DateRange{p_.start, r->end});
        } else {
            out.push_back(*r);
        }
    }
    normalize(out);
    const auto k = out.size() == 1 ? ScheduleKind::window : ScheduleKind::recurring;
    return with_windows(k, std::move(out));
}

std::optional<Schedule> Parser::resolve_recurring(const std::vector<Item>& items) {
    std::vector<DateRange> out;
    std::vector<Date> dues;
    for (const auto& it0 : items) {
        Item it = it0;
        it.complete_years();
        if (it.has_year()) {  // an explicit year inside «ежегодно …» stays as written
            BuildError err;
            auto r = build(it, it.y1, it.y2, err);
            if (!r) return unscheduled(build_error_text(err));
            if (it.deadline)
                dues.push_back(r->end);
            else
                out.push_back(*r);
            continue;
        }
        bool any_built = false;
        BuildError last = BuildError::none;
        for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
            BuildError err;
            auto r = build(it, y, end_year(it, y), err);
            if (!r) {
                last = err;
                continue;
            }
            any_built = true;
            if (it.deadline) {
                if (r->end >= p_.start && r->end <= p_.end) dues.push_back(r->end);
            } else if (auto c = intersect(*r, p_)) {
                out.push_back(*c);
            }
        }
        if (!any_built) return unscheduled(build_error_text(last));
    }
    std::sort(dues.begin(), dues.end());
    dues.erase(std::unique(dues.begin(), dues.end()), dues.end());
    Date from = p_.start;
    for (const Date& d : dues) {
        out.push_back(DateRange{std::min(from, d), d});
        from = d.plus_days(1);
    }
    if (out.empty()) return unscheduled("no occurrence within the period");
    return with_windows(ScheduleKind::recurring, std::move(out));
}

std::optional<Schedule> Parser::year_window(const YearSpec& ys) const {
    const DateRange r = ys.range();
    if (auto c = intersect(r, p_)) return with_windows(ScheduleKind::whole_period, {*c});
    return with_windows(ScheduleKind::window, {r});
}

std::vector<DateRange> Parser::per_year() const {
    std::vector<DateRange> out;
    const bool school = school_aligned(p_);
    for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
        const DateRange r =
            school ? DateRange{Date{y, 9, 1}, Date{y + 1, 8, 31}} : DateRange{Date{y, 1, 1}, Date{y, 12, 31}};
        if (auto c = intersect(r, p_)) out.push_back(*c);
    }
    return out;
}

std::vector<DateRange> Parser::quarters(QuarterMode mode) const {
    std::vector<DateRange> out;
    for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
        std::array<DateRange, 4> q{};
        if (mode == QuarterMode::school) {
            q = {DateRange{Date{y, 9, 1}, Date{y, 10, 31}}, DateRange{Date{y, 11, 1}, Date{y, 12, 31}},
                 DateRange{Date{y + 1, 1, 1}, Date{y + 1, 3, 31}}, DateRange{Date{y + 1, 4, 1}, Date{y + 1, 5, 31}}};
        } else {
            q = {DateRange{Date{y, 1, 1}, Date{y, 3, 31}}, DateRange{Date{y, 4, 1}, Date{y, 6, 30}},
                 DateRange{Date{y, 7, 1}, Date{y, 9, 30}}, DateRange{Date{y, 10, 1}, Date{y, 12, 31}}};
        }
        for (const auto& r : q)
            if (auto c = intersect(r, p_)) out.push_back(*c);
    }
    return out;
}

std::vector<DateRange> Parser::halves(bool school) const {
    std::vector<DateRange> out;
    for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
        std::array<DateRange, 2> h{};
        if (school)
            h = {DateRange{Date{y, 9, 1}, Date{y, 12, 31}}, DateRange{Date{y + 1, 1, 1}, Date{y + 1, 5, 31}}};
        else
            h = {DateRange{Date{y, 1, 1}, Date{y, 6, 30}}, DateRange{Date{y, 7, 1}, Date{y, 12, 31}}};
        for (const auto& r : h)
            if (auto c = intersect(r, p_)) out.push_back(*c);
    }
    return out;
}

std::vector<DateRange> Parser::months() const {
    std::vector<DateRange> out;
    for (int y = p_.start.year(); y <= p_.end.year(); ++y)
        for (int m = 1; m <= 12; ++m)
            if (auto c = intersect(DateRange{Date{y, unsigned(m), 1}, Date{y, unsigned(m), unsigned(eom(y, m))}}, p_))
                out.push_back(*c);
    return out;
}

Schedule Parser::units(Unit u, int n) const {
    auto count = [&](int times) {
        Schedule s = with_windows(ScheduleKind::count_per_year, per_year());
        s.times_per_year = times;
        return s;
    };
    auto recurring = [](std::vector<DateRange> w) {
        if (w.empty()) return unscheduled("no occurrence within the period");  // summer has no school quarter
        return with_windows(ScheduleKind::recurring, std::move(w));
    };
    switch (u) {
        case Unit::year:
            return count(n);
        case Unit::half:
            return n == 1 ? recurring(halves(school_aligned(p_))) : count(2 * n);
        case Unit::quarter:
            return n == 1 ? recurring(quarters(opt_.kvartal_mode)) : count(4 * n);
        case Unit::month:
            return n == 1 ? recurring(months()) : count(12 * n);
        case Unit::week:
        case Unit::day:
            return with_windows(ScheduleKind::whole_period, {p_});
    }
    return unscheduled("not understood");
}

}  // namespace domain::deadline
