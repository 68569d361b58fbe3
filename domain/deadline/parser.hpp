#pragma once
// The deadline grammar's parser (domain/deadline.hpp) over the lexer's tokens. Its parts:
//  * phrases.cpp — the phrases a text is made of: years, points («1 октября», «первая неделя
//    мая»), items («до …», «с … по …», «I квартал»), lists of items, counts («2 раза в год»);
//  * occurrences.cpp — items and frequencies become due windows within the period;
//  * rules_*.cpp — the readings of a whole text, tried in order by run() (rules.cpp): a start
//    on («с сентября 2024»), «…, далее ежегодно», monthly days, the school year's edges,
//    frequencies, then dates.
#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/deadline.hpp"
#include "domain/deadline/items.hpp"
#include "domain/deadline/lexer.hpp"
#include "domain/deadline/words.hpp"

namespace domain::deadline {

// A rule's answer when trying it can also end the search: std::nullopt when the tokens are
// not its phrase (and it consumed none); else what it read — an empty inner value when the
// phrase began but cannot be read, and the caller gives up on the whole.
template <class V>
using Attempt = std::optional<std::optional<V>>;
template <class V>
Attempt<V> broken() {
    return Attempt<V>{std::in_place};
}

enum class Unit { year, half, quarter, month, week, day };

struct YearSpec {
    int y1 = 0, y2 = 0;
    bool school = false;
    [[nodiscard]] bool single_calendar() const { return !school && y1 == y2; }
    [[nodiscard]] DateRange range() const {
        if (school) return DateRange{Date{y1, 9, 1}, Date{y2, 8, 31}};
        return DateRange{Date{y1, 1, 1}, Date{y2, 12, 31}};
    }
};

// The months a monthly text runs in (rules_monthly.cpp).
struct MonthSpan {
    DateRange limit;                 // the period, or the part of it the text names
    std::array<bool, 13> allowed{};  // by month number (1..12)
    std::optional<Schedule> answer;  // set when the span already decides: nothing in the period
};

class Parser {
public:
    Parser(std::vector<Tok> toks, const DateRange& period, const DeadlineOptions& opt)
        : t_(std::move(toks)), p_(period), opt_(opt) {}

    // The schedule the tokens make, or nullopt when no reading fits them.
    std::optional<Schedule> run();

private:
    std::vector<Tok> t_;
    DateRange p_;
    DeadlineOptions opt_;
    std::size_t i_ = 0;

    // ---- the cursor
    [[nodiscard]] bool done() const { return i_ >= t_.size(); }
    [[nodiscard]] const Tok* peek(std::size_t k = 0) const { return i_ + k < t_.size() ? &t_[i_ + k] : nullptr; }
    [[nodiscard]] std::string_view wd(std::size_t k = 0) const {
        const Tok* t = peek(k);
        return t && t->t == T::word ? std::string_view{t->s} : std::string_view{};
    }
    // The word at index j of the tokens (not relative to the cursor); empty when not a word.
    [[nodiscard]] std::string_view word_at(std::size_t j) const {
        return j < t_.size() && t_[j].t == T::word ? std::string_view(t_[j].s) : std::string_view();
    }
    bool word(std::string_view w) {
        if (wd() == w && !w.empty()) {
            ++i_;
            return true;
        }
        return false;
    }
    bool any(std::initializer_list<std::string_view> ws) {
        const auto w = wd();
        if (!w.empty() && in(w, ws)) {
            ++i_;
            return true;
        }
        return false;
    }
    bool seq(std::initializer_list<std::string_view> ws) {
        std::size_t k = 0;
        for (auto w : ws)
            if (wd(k++) != w) return false;
        i_ += ws.size();
        return true;
    }
    bool kind(T k) {
        if (peek() && peek()->t == k) {
            ++i_;
            return true;
        }
        return false;
    }

    // ---- phrases (phrases.cpp)
    std::optional<YearSpec> year_spec();
    bool year_suffix();
    std::optional<int> ordinal();
    bool attach_year(Point& pt);
    std::optional<Point> in_month(Point pt);
    std::optional<Point> point();
    std::optional<Point> read_point();
    Attempt<Point> ordinal_part_point();
    bool day_range(Item& out);
    std::optional<Item> item();
    std::optional<Item> read_item();
    Attempt<Item> due_item();
    Attempt<Item> from_to_item();
    std::optional<Item> year_item();
    Attempt<Item> numbered_part_item();
    std::optional<Item> part_in_year(Item it, int n, bool half);
    std::optional<Item> point_item();
    bool item_list(std::vector<Item>& out);
    std::optional<std::pair<int, Unit>> count_phrase();
    std::optional<int> count_times();
    std::optional<Unit> count_unit();
    std::optional<Unit> family();

    // ---- occurrences (occurrences.cpp)
    std::optional<int> choose_year(const Item& it, BuildError& err) const;
    std::optional<Schedule> resolve_list(std::vector<Item> items);
    std::optional<Schedule> resolve_recurring(const std::vector<Item>& items);
    std::optional<Schedule> year_window(const YearSpec& ys) const;
    Schedule units(Unit u, int n) const;
    std::vector<DateRange> per_year() const;
    std::vector<DateRange> quarters(QuarterMode mode) const;
    std::vector<DateRange> halves(bool school) const;
    std::vector<DateRange> months() const;

    // ---- whole-text rules (rules*.cpp)
    std::optional<Schedule> parse_rest_as_recurring();
    Attempt<Schedule> frequency();
    Attempt<Schedule> yearly();
    std::optional<Schedule> dates();
    std::optional<Schedule> during();
    std::optional<Schedule> end_of_part();
    std::optional<Schedule> monthly();
    std::optional<MonthSpan> month_span(std::vector<Tok> toks) const;
    std::optional<MonthSpan> during_span(const std::vector<Tok>& toks, MonthSpan span) const;
    std::optional<MonthSpan> listed_months_span(const std::vector<Tok>& toks, MonthSpan span) const;
    std::optional<Schedule> school_year_edge();
    bool school_year_words(std::optional<YearSpec>& named);
    std::optional<Schedule> then_yearly();
    std::optional<std::size_t> yearly_tail_start() const;
    std::optional<std::size_t> restated_tail_start() const;
    std::size_t head_end(std::size_t cut) const;
    std::vector<Item> repeated_yearly(const std::vector<Item>& items) const;
    std::optional<Schedule> open_start();
};

}  // namespace domain::deadline
