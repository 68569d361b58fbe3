// The readings of a whole deadline text, tried in order (domain/deadline/parser.hpp): the
// special ones (rules_yearly.cpp, rules_monthly.cpp), frequencies, then dates.
#include "domain/deadline/calendar.hpp"
#include "domain/deadline/parser.hpp"

namespace domain::deadline {
namespace {

// «I и II полугодие», «1, 2 четверть», «по итогам I и II полугодия» → each ordinal with its unit:
// «I полугодие и II полугодие».
void spread_ordinal_units(std::vector<Tok>& t) {
    auto ordinal_at = [&](std::size_t k) {
        if (k >= t.size()) return false;
        if (t[k].t == T::num) return t[k].nd == 1 && t[k].v >= 1 && t[k].v <= 4;
        return t[k].t == T::word && ordinal_word(t[k].s) != 0;
    };
    auto unit_at = [&](std::size_t k) {
        return k < t.size() && t[k].t == T::word &&
               (starts_with(t[k].s, "полугод") || starts_with(t[k].s, "четверт") || starts_with(t[k].s, "квартал") ||
                t[k].s == "кв");
    };
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (!ordinal_at(k)) continue;
        std::size_t j = k;  // the run of ordinals «I и II», «1, 2 и 3»
        std::vector<std::size_t> ords{k};
        while (j + 2 < t.size() + 1 && j + 1 < t.size() &&
               (t[j + 1].t == T::comma || (t[j + 1].t == T::word && t[j + 1].s == "и")) && ordinal_at(j + 2)) {
            j += 2;
            ords.push_back(j);
        }
        if (ords.size() < 2 || !unit_at(j + 1)) continue;
        const Tok unit = t[j + 1];
        std::vector<Tok> out(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(k));
        for (std::size_t q = 0; q < ords.size(); ++q) {
            if (q) {
                Tok sep;
                sep.t = T::comma;
                out.push_back(sep);
            }
            out.push_back(t[ords[q]]);
            out.push_back(unit);
        }
        out.insert(out.end(), t.begin() + static_cast<std::ptrdiff_t>(j + 2), t.end());
        t = std::move(out);
        return;
    }
}

}  // namespace

std::optional<Schedule> Parser::run() {
    if (t_.empty()) return std::nullopt;
    spread_ordinal_units(t_);
    if (auto s = open_start()) return s;
    if (auto s = then_yearly()) return s;
    if (auto s = monthly()) return s;
    if (auto s = school_year_edge()) return s;
    if (auto s = frequency()) return *s;
    if (auto s = yearly()) return *s;
    return dates();
}

// The tokens from i_ on as the windows of a yearly recurrence.
std::optional<Schedule> Parser::parse_rest_as_recurring() {
    while (kind(T::colon) || kind(T::dash) || kind(T::comma)) {}
    std::vector<Item> items;
    if (!item_list(items)) return std::nullopt;
    return resolve_recurring(items);
}

// Frequency words only («Каждую четверть», «ежемесячно»), or a count: «Не менее 3 раз в год»,
// «2 раза в год май, ноябрь» (the months then recur every year).
Attempt<Schedule> Parser::frequency() {
    if (auto u = family()) return units(*u, 1);
    i_ = 0;
    const auto c = count_phrase();
    if (!c) return std::nullopt;
    if (done()) return units(c->second, c->first);
    if (c->second != Unit::year) return broken<Schedule>();
    return Attempt<Schedule>{std::in_place, parse_rest_as_recurring()};
}

// «Ежегодно в мае, августе», «Ежегодно сентябрь-октябрь», «май, ноябрь ежегодно»
Attempt<Schedule> Parser::yearly() {
    i_ = 0;
    if (any({"ежегодно", "ежегодный", "ежегодная"}) || seq({"каждый", "год"}) || seq({"каждого", "года"}))
        return Attempt<Schedule>{std::in_place, parse_rest_as_recurring()};
    if (t_.size() > 1 && in(t_.back().s, {"ежегодно"}) && t_.back().t == T::word) {
        t_.pop_back();
        i_ = 0;
        return Attempt<Schedule>{std::in_place, parse_rest_as_recurring()};
    }
    return std::nullopt;
}

// Dates: «в течение …», a single year item («2024 г.», «в 2024 году», «2023-2024 уч.г.»),
// plain dates, months, ranges and lists, «по итогам I полугодия».
std::optional<Schedule> Parser::dates() {
    i_ = 0;
    if (seq({"в", "течение"}) || seq({"на", "протяжении"}) || seq({"в", "период"}) || word("за")) return during();
    i_ = 0;
    any({"в", "на"});
    if (auto ys = year_spec(); ys && done()) return year_window(*ys);
    i_ = 0;
    std::vector<Item> items;
    if (item_list(items)) return resolve_list(std::move(items));
    return end_of_part();
}

// After «в течение», «на протяжении», «в период», «за»: «2020-2021 учебного года», «всего
// 2024 года», «сентября», «за 2024 год».
std::optional<Schedule> Parser::during() {
    const std::size_t after = i_;
    any({"всего", "весь", "всей", "целого"});
    if (auto ys = year_spec(); ys && done()) return year_window(*ys);
    i_ = after;
    std::vector<Item> items;
    if (!item_list(items)) return std::nullopt;
    return resolve_list(std::move(items));
}

// «по итогам I полугодия», «в конце 2 четверти», «по окончании I полугодия 2024/2025 уч. г.»:
// the period named (a quarter's, a half-year's end is read as the whole of it).
std::optional<Schedule> Parser::end_of_part() {
    i_ = 0;
    const bool end_of = seq({"в", "конце"}) || word("конец") || seq({"на", "конец"});
    if (!(end_of || seq({"по", "итогам"}) || seq({"по", "окончании"}) || seq({"по", "завершении"})))
        return std::nullopt;
    std::vector<Item> items;
    if (!item_list(items)) return std::nullopt;
    // «в конце 2024 года»: its December
    if (end_of && items.size() == 1 && items[0].whole_year && items[0].y1 == items[0].y2 && items[0].m1 == 1 &&
        items[0].m2 == 12)
        items[0].m1 = 12;
    return resolve_list(std::move(items));
}

}  // namespace domain::deadline
