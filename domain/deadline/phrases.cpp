// The phrases of the deadline grammar (domain/deadline/parser.hpp): years, points, items,
// lists of items and counts.
#include "domain/deadline/calendar.hpp"
#include "domain/deadline/parser.hpp"

namespace domain::deadline {

// «2024», «2024 г.», «2024 года», «2023-2024 уч.г.», «2020-2021 учебного года», «2022-2024 гг.»
std::optional<YearSpec> Parser::year_spec() {
    const std::size_t save = i_;
    const Tok* t = peek();
    if (!t || t->t != T::num || t->nd != 4 || t->v < kMinTextYear || t->v > kMaxTextYear) return std::nullopt;
    YearSpec ys;
    ys.y1 = ys.y2 = t->v;
    ++i_;
    bool range = false;
    if (const Tok* sep = peek(); sep && (sep->t == T::dash || sep->t == T::slash)) {
        if (const Tok* t2 = peek(1); t2 && t2->t == T::num) {
            if (t2->nd == 4 && t2->v > ys.y1 && t2->v <= ys.y1 + 50 && t2->v <= kMaxTextYear) {
                ys.y2 = t2->v;
                range = true;
                i_ += 2;
            } else if (t2->nd == 2 && t2->v == (ys.y1 + 1) % 100) {
                ys.y2 = ys.y1 + 1;
                range = true;
                i_ += 2;
            }
        }
    }
    enum class Suf { none, calendar, school } suf = Suf::none;
    if (any({"уч", "учеб", "уг"})) {
        any({"г", "год", "года", "году", "гг", "годы"});
        suf = Suf::school;
    } else if (wd() == "у" && wd(1) == "г") {
        i_ += 2;
        suf = Suf::school;
    } else if (any({"учебного", "учебный", "учебном", "учебному", "учебных", "учебные"})) {
        any({"года", "год", "году", "годов", "годы", "годах"});
        suf = Suf::school;
    } else if (any({"календарного", "календарный", "календарном", "календарных"})) {
        any({"года", "год", "году", "годов", "годы"});
        suf = Suf::calendar;
    } else if (word("г")) {
        word("г");
        suf = Suf::calendar;
        if (any({"уч", "у"})) {
            word("г");
            suf = Suf::school;
        }
    } else if (any({"гг", "год", "года", "году", "годы", "годов", "годах", "годам"})) {
        suf = Suf::calendar;
    }
    if (suf == Suf::school) {
        ys.school = true;
        if (!range) ys.y2 = ys.y1 + 1;
    } else if (suf == Suf::none && range) {
        ys.school = ys.y2 == ys.y1 + 1;
    }
    if (ys.y2 < ys.y1) {
        i_ = save;
        return std::nullopt;
    }
    return ys;
}

// Year words after a dd.mm.yyyy date: «30.08.2024 г.»
bool Parser::year_suffix() { return any({"г", "года", "год", "году"}); }

// 1..5 as «1», «1-я», «первая», «I».
std::optional<int> Parser::ordinal() {
    const Tok* t = peek();
    if (!t) return std::nullopt;
    if (t->t == T::num && t->nd <= 2 && t->v >= 1 && t->v <= 5) {
        ++i_;
        if (peek() && peek()->t == T::dash &&
            in(wd(1), {"я", "ая", "й", "ый", "ой", "го", "ого", "ю", "ую", "е", "ое", "м", "ом"}))
            i_ += 2;
        return t->v;
    }
    if (t->t == T::word) {
        if (int n = ordinal_word(t->s)) {
            ++i_;
            return n;
        }
    }
    return std::nullopt;
}

// An optional year after a month: a calendar year, or a school year that picks the month's
// occurrence in it. False (and no tokens consumed) on a year spec that cannot apply.
bool Parser::attach_year(Point& pt) {
    const std::size_t save = i_;
    auto ys = year_spec();
    if (!ys) return true;
    if (ys->single_calendar()) {
        pt.y = ys->y1;
        return true;
    }
    if (ys->school && ys->y2 == ys->y1 + 1) {
        pt.y = pt.m >= 9 ? ys->y1 : ys->y2;
        return true;
    }
    i_ = save;
    return false;
}

// The month word at the cursor completes pt, with an optional year after it («мая 2024»).
std::optional<Point> Parser::in_month(Point pt) {
    const int m = month_of(wd());
    if (!m) return std::nullopt;
    ++i_;
    pt.m = m;
    if (!attach_year(pt)) return std::nullopt;
    return pt;
}

// A day or a part of a month, with its year if given: «30.08.2024», «1 октября 2024»,
// «последняя неделя мая», «первая половина октября», «I декада», «конец сентября», «май».
std::optional<Point> Parser::point() {
    const std::size_t save = i_;
    auto pt = read_point();
    if (!pt) i_ = save;
    return pt;
}

// point() without putting the cursor back on failure.
std::optional<Point> Parser::read_point() {
    const Tok* t = peek();
    if (!t) return std::nullopt;
    Point pt;
    if (t->t == T::date) {
        pt.d1 = pt.d2 = t->d;
        pt.m = t->m;
        pt.y = t->y;
        ++i_;
        if (pt.y)
            year_suffix();
        else if (!attach_year(pt))
            return std::nullopt;
        return pt;
    }
    // «последняя неделя мая» (its last seven days, cut at the month's end), «последняя декада»
    if (any({"последняя", "последней", "последнюю", "последние"})) {
        if (!any({"неделя", "недели", "неделе", "неделю", "нед", "дни", "декада", "декады", "декаде", "декаду"}))
            return std::nullopt;
        pt.d1 = starts_with(t_[i_ - 1].s, "декад") ? 21 : 25;
        pt.d2 = 31;
        pt.clamp = true;
        return in_month(pt);
    }
    if (auto a = ordinal_part_point()) return *a;
    // «1 октября 2024»
    if (t->t == T::num && t->nd <= 2 && t->v >= 1 && t->v <= 31) {
        ++i_;
        pt.d1 = pt.d2 = t->v;
        return in_month(pt);
    }
    // «начало/середина/конец сентября»
    int part = 0;
    if (any({"начало", "начала", "начале"}))
        part = 1;
    else if (any({"середина", "середины", "середине"}))
        part = 2;
    else if (any({"конец", "конца", "конце"}))
        part = 3;
    if (part) {
        pt.d1 = 10 * (part - 1) + 1;
        pt.d2 = part == 3 ? 31 : 10 * part;
        pt.clamp = true;
    }
    return in_month(pt);
}

// «первая половина октября» (days 1-15; «вторая» 16-end), «первая декада сентября», «I декада
// октября» (1-10, 11-20, 21-end), «1 неделя февраля», «в первую неделю февраля» (days
// 7(N-1)+1 .. 7N, the 5th to the month's end).
Attempt<Point> Parser::ordinal_part_point() {
    const std::size_t save = i_;
    const auto n = ordinal();
    if (!n) return std::nullopt;
    Point pt;
    pt.clamp = true;
    if (*n <= 2 && any({"половина", "половины", "половине", "половину"})) {
        pt.d1 = *n == 1 ? 1 : 16;
        pt.d2 = *n == 1 ? 15 : 31;
    } else if (*n <= 3 && any({"декада", "декады", "декаде", "декаду"})) {
        pt.d1 = 10 * (*n - 1) + 1;
        pt.d2 = *n == 3 ? 31 : 10 * *n;
    } else if (any({"неделя", "недели", "неделе", "неделю", "нед"})) {
        pt.d1 = 7 * (*n - 1) + 1;
        pt.d2 = *n == 5 ? 31 : 7 * *n;
    } else {
        i_ = save;
        return std::nullopt;
    }
    return Attempt<Point>{std::in_place, in_month(pt)};
}

// «1-15 сентября 2024», «1 по 15 сентября» (after «с»)
bool Parser::day_range(Item& out) {
    const std::size_t save = i_;
    const Tok* a = peek();
    if (!a || a->t != T::num || a->nd > 2 || a->v < 1 || a->v > 31) return false;
    ++i_;
    if (!kind(T::dash) && !any({"по", "до"})) {
        i_ = save;
        return false;
    }
    const Tok* b = peek();
    if (!b || b->t != T::num || b->nd > 2 || b->v < 1 || b->v > 31) {
        i_ = save;
        return false;
    }
    ++i_;
    const int m = month_of(wd());
    if (!m) {
        i_ = save;
        return false;
    }
    ++i_;
    Point pt;
    pt.m = m;
    if (!attach_year(pt)) {
        i_ = save;
        return false;
    }
    out = Item{};
    out.m1 = out.m2 = m;
    out.d1 = a->v;
    out.d2 = b->v;
    out.y1 = out.y2 = pt.y;
    return true;
}

// One item of a deadline: «до 1 октября», «с 1 по 15 сентября», «1-15 сентября», «2024 г.»,
// «I квартал 2024», «Сентябрь - октябрь 2023»; the cursor stays where it was on failure.
std::optional<Item> Parser::item() {
    const std::size_t save = i_;
    auto it = read_item();
    if (!it) i_ = save;
    return it;
}

std::optional<Item> Parser::read_item() {
    any({"в", "во", "на"});
    (void)(word("течение") || word("протяжении"));  // «ежегодно, в течение сентября»
    if (auto a = due_item()) return *a;
    if (auto a = from_to_item()) return *a;
    if (Item it; day_range(it)) return it;
    if (auto it = year_item()) return it;
    if (auto a = numbered_part_item()) return *a;
    return point_item();
}

namespace {

// «до <point>»: by its day, the 1st of its month, or — «до конца» — the end of its part or
// month; «до середины октября» by the 15th. Only the end (the due date) is used.
Item due_at(Point pt, bool by_end, bool by_middle) {
    if (by_middle) {
        pt.d1 = 15;
        pt.clamp = false;
    }
    Item it;
    it.deadline = true;
    it.m1 = it.m2 = pt.m;
    it.y1 = it.y2 = pt.y;
    it.d1 = 1;
    if (by_end) {
        it.d2 = pt.d2;  // 0 = end of month
        it.clamp = pt.clamp;
    } else {
        it.d2 = pt.d1 ? pt.d1 : 1;
    }
    return it;
}

}  // namespace

// Deadlines: «до 1 октября 2024», «к 1 сентября», «не позднее 30.09.2024», «до конца мая»,
// «до конца 2024 года».
Attempt<Item> Parser::due_item() {
    bool by_end = false;
    if (!(any({"до", "к", "ко"}) || seq({"не", "позднее"}) || seq({"не", "позже"}) || seq({"срок", "до"}) ||
          seq({"в", "срок", "до"}) || (by_end = word("по"))))
        return std::nullopt;
    if (any({"конца", "концу", "окончания", "окончанию"})) by_end = true;
    const bool by_middle = !by_end && in(wd(), {"середины", "середине"});  // «до середины октября»: the 15th
    if (auto pt = point()) return due_at(*pt, by_end, by_middle);
    auto ys = year_spec();
    if (!ys || !by_end || !(ys->single_calendar() || ys->school)) return broken<Item>();
    Item it;
    it.deadline = true;
    const DateRange r = ys->range();
    it.m1 = it.m2 = int(r.end.month());
    it.d1 = it.d2 = int(r.end.day());
    it.y1 = it.y2 = r.end.year();
    return it;
}

// «с 1 по 15 сентября», «с 01.09.2024 по 30.09.2024», «с сентября по декабрь»
Attempt<Item> Parser::from_to_item() {
    if (!any({"с", "со"})) return std::nullopt;
    if (Item it; day_range(it)) return it;
    auto a = point();
    if (!a || (!any({"по", "до"}) && !kind(T::dash))) return broken<Item>();
    auto b = point();
    if (!b) return broken<Item>();
    return span_of(*a, *b);
}

// Years: «2024 г.», «2023-2024 уч.г.»
std::optional<Item> Parser::year_item() {
    auto ys = year_spec();
    if (!ys) return std::nullopt;
    Item it;
    const DateRange r = ys->range();
    it.m1 = int(r.start.month());
    it.d1 = 1;
    it.y1 = r.start.year();
    it.m2 = int(r.end.month());
    it.d2 = int(r.end.day());
    it.y2 = r.end.year();
    it.whole_year = true;
    return it;
}

namespace {

// The months of quarter n: school quarters (Sep-Oct, Nov-Dec, Jan-Mar, Apr-May) or calendar ones.
void quarter_months(int n, QuarterMode mode, Item& it) {
    if (mode == QuarterMode::school) {
        static constexpr int sm[4][2] = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};
        it.m1 = sm[n - 1][0];
        it.m2 = sm[n - 1][1];
    } else {
        it.m1 = 3 * n - 2;
        it.m2 = 3 * n;
    }
}

}  // namespace

// «I квартал 2024», «2 четверть», «первое полугодие»
Attempt<Item> Parser::numbered_part_item() {
    const std::size_t before = i_;
    const auto n = ordinal();
    if (!n) return std::nullopt;
    const auto w = wd();
    Item it;
    bool half = false;
    if ((starts_with(w, "квартал") || w == "кв") && *n <= 4) {
        quarter_months(*n, opt_.kvartal_mode, it);
    } else if (starts_with(w, "четверт") && *n <= 4) {
        quarter_months(*n, opt_.quarter_mode, it);
    } else if (starts_with(w, "полугод") && *n <= 2) {
        half = true;
    } else {
        i_ = before;
        return std::nullopt;
    }
    ++i_;
    return Attempt<Item>{std::in_place, part_in_year(it, *n, half)};
}

// The year after a quarter or a half-year: a calendar year, or the school year it lies in. A
// half-year's months follow that year (or, without one, the period): school halves Sep-Dec
// and Jan-May, calendar halves Jan-Jun and Jul-Dec.
std::optional<Item> Parser::part_in_year(Item it, int n, bool half) {
    auto ys = year_spec();
    if (half) {
        const bool school = ys ? ys->school : school_aligned(p_);
        if (school) {
            it.m1 = n == 1 ? 9 : 1;
            it.m2 = n == 1 ? 12 : 5;
        } else {
            it.m1 = n == 1 ? 1 : 7;
            it.m2 = n == 1 ? 6 : 12;
        }
    }
    if (ys) {
        if (ys->single_calendar())
            it.y1 = ys->y1;
        else if (ys->school && ys->y2 == ys->y1 + 1)
            it.y1 = it.m1 >= 9 ? ys->y1 : ys->y2;
        else
            return std::nullopt;
    }
    it.complete_years();
    return it;
}

// «Сентябрь 2024», «Сентябрь - октябрь 2023», «01.09.2024 - 30.09.2024»
std::optional<Item> Parser::point_item() {
    auto a = point();
    if (!a) return std::nullopt;
    const std::size_t before = i_;
    if (kind(T::dash) || any({"по"})) {
        if (auto b = point()) return span_of(*a, *b);
    }
    i_ = before;
    return span_of(*a, *a);
}

bool Parser::item_list(std::vector<Item>& out) {
    const std::size_t save = i_;
    auto first = item();
    if (!first) return false;
    out.push_back(*first);
    while (!done()) {
        const std::size_t before = i_;
        while (kind(T::comma) || kind(T::semi) || kind(T::slash) || any({"и", "а", "также", "или"})) {}
        auto next = item();
        if (!next) {
            i_ = before;
            break;
        }
        out.push_back(*next);
        if (out.size() > 64) break;
    }
    if (!done()) {
        i_ = save;
        out.clear();
        return false;
    }
    return true;
}

// «Не менее 3 раз в год», «2 раза в год», «дважды в год», «раз в квартал», «1 раз в месяц»
std::optional<std::pair<int, Unit>> Parser::count_phrase() {
    const std::size_t save = i_;
    (void)(seq({"не", "менее"}) || seq({"не", "реже"}) || seq({"не", "более"}) || seq({"не", "меньше"}) ||
           seq({"как", "минимум"}) || word("минимум") || seq({"хотя", "бы"}) || word("до"));
    std::optional<std::pair<int, Unit>> out;
    if (const auto n = count_times(); n && (seq({"в", "течение"}) || any({"в", "во", "за", "на"}))) {
        any({"каждый", "каждую", "каждое", "каждом", "один", "одну", "одно", "течение"});
        if (const auto u = count_unit()) out = std::pair{*n, *u};
    }
    if (!out) i_ = save;
    return out;
}

// How many times: «3 раза», «дважды», «два раза», «раз».
std::optional<int> Parser::count_times() {
    const Tok* t = peek();
    if (!t) return std::nullopt;
    if (t->t == T::num && t->nd <= 3 && t->v >= 1 && t->v <= 366) {
        ++i_;
        return any({"раз", "раза"}) ? std::optional<int>(t->v) : std::nullopt;
    }
    if (any({"дважды"})) return 2;
    if (any({"трижды"})) return 3;
    if (any({"четырежды"})) return 4;
    if (const int c = count_word(wd())) {
        ++i_;
        return any({"раз", "раза"}) ? std::optional<int>(c) : std::nullopt;
    }
    if (any({"раз"})) return 1;
    return std::nullopt;
}

// The unit counted in: год (учебный, календарный), полугодие, квартал, четверть (which makes
// «квартал» school quarters too), месяц, неделя, день.
std::optional<Unit> Parser::count_unit() {
    const auto w = wd();
    if (in(w, {"год", "года", "году"})) {
        ++i_;
        return Unit::year;
    }
    if (in(w, {"учебный", "учебного", "учебном", "календарный", "календарного", "календарном"}) &&
        in(wd(1), {"год", "года", "году"})) {
        i_ += 2;
        return Unit::year;
    }
    std::optional<Unit> u;
    if (starts_with(w, "полугод")) {
        u = Unit::half;
    } else if (starts_with(w, "квартал")) {
        u = Unit::quarter;
    } else if (starts_with(w, "четверт")) {
        u = Unit::quarter;
        opt_.kvartal_mode = opt_.quarter_mode;
    } else if (starts_with(w, "месяц")) {
        u = Unit::month;
    } else if (in(w, {"неделю", "недели", "неделе", "неделя"})) {
        u = Unit::week;
    } else if (in(w, {"день", "дня", "сутки"})) {
        u = Unit::day;
    }
    if (u) ++i_;
    return u;
}

// Word-only frequency texts: «Каждую четверть», «Раз в квартал», «ежеквартально»,
// «ежемесячно», «по итогам каждой четверти», «ежегодно», «еженедельно».
std::optional<Unit> Parser::family() {
    std::optional<Unit> unit;
    bool school_word = false;
    for (std::size_t k = 0; k < t_.size(); ++k) {
        const Tok& t = t_[k];
        if (t.t == T::comma) continue;
        // «1 раз в квартал»; a bare «1 квартал» is the first quarter, not a frequency
        if (t.t == T::num && t.v == 1 && t.nd == 1 && k + 1 < t_.size() && t_[k + 1].s == "раз") continue;
        if (t.t != T::word) return std::nullopt;
        const std::string_view w = t.s;
        std::optional<Unit> u;
        if (in(w,
               {"раз",    "в",      "во",         "каждый",    "каждую", "каждой", "каждого",   "каждое",    "каждом",
                "каждые", "каждых", "по",         "итогам",    "итогу",  "конце",  "окончании", "окончанию", "один",
                "одну",   "одно",   "проводится", "проводить", "не",     "реже",   "менее"}))
            continue;
        if (starts_with(w, "квартал") || starts_with(w, "ежекварт") || starts_with(w, "поквартал"))
            u = Unit::quarter;
        else if (starts_with(w, "четверт") || starts_with(w, "ежечетверт")) {
            u = Unit::quarter;
            school_word = true;
        } else if (starts_with(w, "месяц") || starts_with(w, "ежемесяч") || starts_with(w, "помесяч"))
            u = Unit::month;
        else if (starts_with(w, "полугод") || starts_with(w, "ежеполугод"))
            u = Unit::half;
        else if (starts_with(w, "ежегод") || in(w, {"год", "года", "году"}))
            u = Unit::year;
        else if (starts_with(w, "еженедел") || starts_with(w, "недел"))
            u = Unit::week;
        else if (starts_with(w, "ежеднев") || in(w, {"день", "дня"}))
            u = Unit::day;
        else
            return std::nullopt;
        if (unit && *unit != *u) return std::nullopt;
        unit = u;
    }
    if (school_word) opt_.kvartal_mode = opt_.quarter_mode;
    return unit;
}

}  // namespace domain::deadline
