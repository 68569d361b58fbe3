// The monthly reading of a deadline (domain/deadline/parser.hpp): a day of every month, or
// every month of a span.
#include <algorithm>

#include "domain/deadline/calendar.hpp"
#include "domain/deadline/markers.hpp"
#include "domain/deadline/parser.hpp"

namespace domain::deadline {
namespace {

std::string_view word_in(const std::vector<Tok>& t, std::size_t j) {
    return j < t.size() && t[j].t == T::word ? std::string_view(t[j].s) : std::string_view();
}

// «ежемесячно», «каждого месяца», «(не реже) 1 раз(а) в месяц» at k: the index of its last token.
std::optional<std::size_t> every_month_at(const std::vector<Tok>& t, std::size_t k) {
    const std::string_view w = word_in(t, k);
    if (starts_with(w, "ежемесячн") || starts_with(w, "помесячн")) return k;
    if (in(w, {"каждого", "каждый", "каждом", "каждое"}) && starts_with(word_in(t, k + 1), "месяц")) return k + 1;
    std::size_t j = k;
    if (w == "не" && in(word_in(t, k + 1), {"реже", "менее"})) j += 2;
    if (j < t.size() && t[j].t == T::num && t[j].v == 1)
        ++j;
    else if (in(word_in(t, j), {"один", "одного"}))
        ++j;
    if (in(word_in(t, j), {"раз", "раза"}) && in(word_in(t, j + 1), {"в", "за"}) &&
        starts_with(word_in(t, j + 2), "месяц"))
        return j + 2;
    return std::nullopt;
}

struct DayAt {
    int day = 0;
    std::size_t last = 0;  // the index of the phrase's last token
};

// A day of the month at k: «5 числа», «10-го числа», «5 числа месяца», or — in a monthly text
// — a bare day closing it after «до» («ежемесячно до 5»).
std::optional<DayAt> day_of_month_at(const std::vector<Tok>& t, std::size_t k) {
    const Tok& tok = t[k];
    if (tok.t != T::num || tok.nd > 2 || tok.v < 1 || tok.v > 31) return std::nullopt;
    std::size_t j = k + 1;
    if (j + 1 < t.size() && t[j].t == T::dash && in(word_in(t, j + 1), {"го", "е", "ого", "ое", "й"}))
        j += 2;
    else if (in(word_in(t, j), {"го", "ого"}))
        j += 1;
    const bool numbered = in(word_in(t, j), {"числа", "число", "чис", "числу"});
    const bool bare = !numbered && j >= t.size() && k > 0 && in(word_in(t, k - 1), {"до", "к", "позднее"});
    if (!numbered && !bare) return std::nullopt;
    std::size_t last = numbered ? j : j - 1;
    if (in(word_in(t, last + 1), {"месяца", "месяц"})) ++last;  // «до 5 числа месяца»
    return DayAt{tok.v, last};
}

// What a text says of months: that it is every month, the day of the month (and «до» before
// it), and the tokens left over — nothing, or the months it runs in.
struct MonthlyWords {
    bool every_month = false, by = false;
    int day = 0;
    std::vector<Tok> rest;
};

MonthlyWords monthly_words(const std::vector<Tok>& t) {
    MonthlyWords m;
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (auto last = every_month_at(t, k)) {
            m.every_month = true;
            k = *last;
            continue;
        }
        std::optional<DayAt> d;
        if (!m.day) d = day_of_month_at(t, k);  // the first day only
        if (d) {
            m.day = d->day;
            if (k > 0 && in(word_in(t, k - 1), {"до", "к", "ко", "позднее", "позже"})) m.by = true;
            while (!m.rest.empty() && m.rest.back().t == T::word &&
                   in(m.rest.back().s, {"до", "к", "ко", "не", "позднее", "позже", "срок", "в"}))
                m.rest.pop_back();
            k = d->last;
            continue;
        }
        m.rest.push_back(t[k]);
    }
    return m;
}

// The tokens left that may name months: punctuation and connecting words dropped.
std::vector<Tok> month_tokens(const std::vector<Tok>& rest) {
    std::vector<Tok> out;
    for (const auto& t : rest) {
        if (t.t == T::comma || t.t == T::lparen || t.t == T::rparen || t.t == T::colon || t.t == T::semi) continue;
        if (t.t == T::word && in(t.s, {"следующего", "следующий", "за", "отчетным", "отчетный", "месяцем", "месяца",
                                       "проводится", "ежегодно"}))
            continue;
        out.push_back(t);
    }
    return out;
}

// One window per allowed month of the span: without a day the month itself (clipped); with one
// the due day (the month's last day when shorter), and with «до» the window runs from the day
// after the previous due.
std::vector<DateRange> monthly_windows(const MonthSpan& span, int day, bool by) {
    std::vector<DateRange> out;
    const DateRange& limit = span.limit;
    Date from = limit.start;
    for (int y = limit.start.year(); y <= limit.end.year(); ++y)
        for (int m = 1; m <= 12; ++m) {
            if (!span.allowed[static_cast<std::size_t>(m)]) continue;
            const DateRange month{Date{y, unsigned(m), 1}, Date{y, unsigned(m), unsigned(eom(y, m))}};
            if (!day) {
                if (auto c = intersect(month, limit)) out.push_back(*c);
                continue;
            }
            const Date due{y, unsigned(m), unsigned(std::min(day, eom(y, m)))};
            if (due < limit.start || due > limit.end) continue;
            if (by) {
                out.push_back(DateRange{std::min(from, due), due});
                from = due.plus_days(1);
            } else {
                out.push_back(DateRange{due, due});
            }
        }
    return out;
}

}  // namespace

// Monthly with a day of the month, or within a span of months: «до 5 числа каждого месяца»,
// «ежемесячно, до 5 числа», «ежемесячно до 10-го числа», «до 15 числа» (a day without a month
// is a day of every month), «5 числа каждого месяца», «ежемесячно (сентябрь-май)», «ежемесячно
// с сентября по май до 5 числа». With a day: the dues are that day of every month of the
// period (the month's last day when shorter), and «до»/«к»/«не позднее» windows run from the
// day after the previous due (or the period's start); without «до» the window is the day
// itself. Without a day: each month of the span, clipped to the period.
std::optional<Schedule> Parser::monthly() {
    MonthlyWords words = monthly_words(t_);
    if (!words.day && !words.every_month) return std::nullopt;
    std::vector<Tok> months_toks = month_tokens(words.rest);
    if (words.day && months_toks.empty()) words.every_month = true;  // «до 15 числа»: a day without a month
    if (!words.every_month) return std::nullopt;
    auto span = month_span(std::move(months_toks));
    if (!span) return std::nullopt;
    if (span->answer) return span->answer;
    auto out = monthly_windows(*span, words.day, words.by);
    if (out.empty()) return unscheduled("no occurrence within the period");
    return with_windows(ScheduleKind::recurring, std::move(out));
}

// The months the rest of a monthly text names: none (the whole period), «в течение …» a span,
// or the months themselves; nullopt when the rest is something else.
std::optional<MonthSpan> Parser::month_span(std::vector<Tok> toks) const {
    MonthSpan span{p_, {}, std::nullopt};
    span.allowed.fill(true);
    if (toks.empty()) return span;
    while (!toks.empty() && toks.front().t == T::dash) toks.erase(toks.begin());
    if (!toks.empty() && toks.front().t == T::word && in(toks.front().s, {"в", "течение", "на", "протяжении"}))
        return during_span(toks, span);
    return listed_months_span(toks, span);
}

// «ежемесячно в течение учебного года»: the whole period; «в течение 2024-2025 учебного года,
// ежемесячно»: the months of that span.
std::optional<MonthSpan> Parser::during_span(const std::vector<Tok>& toks, MonthSpan span) const {
    if (whole_period_phrase(toks)) return span;
    auto named = Parser(toks, p_, opt_).run();
    if (!named || named->windows.size() != 1 ||
        (named->kind != ScheduleKind::whole_period && named->kind != ScheduleKind::window))
        return std::nullopt;
    if (auto c = intersect(named->windows[0], p_))
        span.limit = *c;
    else
        span.answer = unscheduled("no occurrence within the period");
    return span;
}

// «ежемесячно (сентябрь-май)»: only those months; «ежемесячно с сентября 2024 по май 2025»: the
// months of that span.
std::optional<MonthSpan> Parser::listed_months_span(const std::vector<Tok>& toks, MonthSpan span) const {
    Parser sub(toks, p_, opt_);
    std::vector<Item> items;
    if (!sub.item_list(items) || items.size() != 1 || items[0].deadline || items[0].d1 || items[0].d2)
        return std::nullopt;
    if (items[0].has_year()) {
        Item it = items[0];
        it.complete_years();
        BuildError err;
        auto named = build(it, it.y1, it.y2, err);
        if (!named) {
            span.answer = unscheduled(build_error_text(err));
            return span;
        }
        auto c = intersect(*named, p_);
        if (!c) {
            span.answer = unscheduled("no occurrence within the period");
            return span;
        }
        span.limit = *c;
    }
    span.allowed.fill(false);
    for (int m = items[0].m1;; m = m % 12 + 1) {
        span.allowed[static_cast<std::size_t>(m)] = true;
        if (m == items[0].m2) break;
    }
    return span;
}

}  // namespace domain::deadline
