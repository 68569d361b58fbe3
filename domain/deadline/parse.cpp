// The deadline grammar's entry (domain/deadline.hpp): the period and the text checked, the
// phrases that decide at once, then the parser (domain/deadline/parser.hpp) on the whole text
// and on the text outside its parentheses.
#include "domain/deadline.hpp"

#include <utility>

#include "domain/deadline/calendar.hpp"
#include "domain/deadline/lexer.hpp"
#include "domain/deadline/markers.hpp"
#include "domain/deadline/parser.hpp"

namespace domain {
namespace deadline {
namespace {

constexpr std::size_t kMaxWindows = 5000;
constexpr int kMinPeriodYear = 1900, kMaxPeriodYear = 2200;

Schedule parse_impl(std::string_view text, const DateRange& period, const DeadlineOptions& opt) {
    if (!period.start.ok() || !period.end.ok() || period.start > period.end || period.start.year() < kMinPeriodYear ||
        period.end.year() > kMaxPeriodYear)
        return unscheduled("invalid period");
    if (text.size() > kMaxDeadlineTextBytes) return unscheduled("deadline text too long");
    std::vector<Tok> toks;
    if (!tokenize(text, toks)) return unscheduled("deadline text too long");
    // Trailing punctuation.
    while (!toks.empty() && (toks.back().t == T::comma || toks.back().t == T::semi || toks.back().t == T::colon))
        toks.pop_back();
    if (toks.empty()) return unscheduled("empty deadline");
    if (placeholder(toks)) return unscheduled("no deadline given");

    // Split the parenthesised qualifiers off the main text.
    std::vector<Tok> main, quals, all;
    int depth = 0;
    for (auto& t : toks) {
        if (t.t == T::lparen) {
            ++depth;
            continue;
        }
        if (t.t == T::rparen) {
            if (depth > 0) --depth;
            continue;
        }
        (depth > 0 ? quals : main).push_back(t);
        all.push_back(std::move(t));
    }
    if (!main.empty() && whole_period_phrase(main)) return with_windows(ScheduleKind::whole_period, {period});
    if (auto why = unscheduled_marker(main)) return unscheduled(*why);
    auto capped = [](Schedule s) {
        return s.windows.size() > kMaxWindows ? unscheduled("too many occurrences in the period") : s;
    };
    if (auto s = Parser(all, period, opt).run()) return capped(std::move(*s));
    if (!quals.empty() && !main.empty()) {
        if (auto s = Parser(main, period, opt).run()) return capped(std::move(*s));
    }
    if (auto why = unscheduled_marker(quals)) return unscheduled(*why);
    if (main.empty() && whole_period_phrase(quals)) return with_windows(ScheduleKind::whole_period, {period});
    return unscheduled("not understood: " + sanitize(text, 80));
}

}  // namespace
}  // namespace deadline

std::string_view to_string(ScheduleKind k) noexcept {
    switch (k) {
        case ScheduleKind::window:
            return "window";
        case ScheduleKind::recurring:
            return "recurring";
        case ScheduleKind::whole_period:
            return "whole_period";
        case ScheduleKind::count_per_year:
            return "count_per_year";
        case ScheduleKind::unscheduled:
            return "unscheduled";
    }
    return "unscheduled";
}

Schedule parse_deadline(std::string_view text, const DateRange& period, const DeadlineOptions& opt) noexcept {
    try {
        return deadline::parse_impl(text, period, opt);
    } catch (...) {
        Schedule s;
        s.reason = "internal error while reading the deadline";
        return s;
    }
}

}  // namespace domain
