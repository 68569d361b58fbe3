#include "domain/roadmap_import_review.hpp"

#include <algorithm>

#include "domain/deadline.hpp"

namespace domain {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct YearAt {
    int year;
    std::size_t pos, end;
};

// Four-digit years 1990..2100 standing alone (not part of a longer number or of 30.08.2024).
std::vector<YearAt> years_in(std::string_view s) {
    std::vector<YearAt> out;
    for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
        if (!is_digit(s[i]) || (i > 0 && (is_digit(s[i - 1]) || s[i - 1] == '.'))) continue;
        std::size_t j = i;
        while (j < s.size() && is_digit(s[j])) ++j;
        if (j - i != 4) {
            i = j;
            continue;
        }
        if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
            i = j;
            continue;
        }
        const int y = std::stoi(std::string(s.substr(i, 4)));
        if (y >= 1990 && y <= 2100) out.push_back({y, i, j});
        i = j;
    }
    return out;
}

// Only dashes, slashes and spaces (any UTF-8 dash) between two positions.
bool only_dash_between(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '-' || c == '/') {
            ++i;
            continue;
        }
        // – — ‒ ‐ − (E2 80 90..95, E2 88 92)
        if (c == 0xE2 && i + 2 < s.size()) {
            i += 3;
            continue;
        }
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

std::string window_text(const DateRange& w) {
    return w.start == w.end ? w.start.iso() : w.start.iso() + ".." + w.end.iso();
}

std::string period_text(const DateRange& p) { return p.start.iso() + ".." + p.end.iso(); }

bool within(const DateRange& outer, const DateRange& inner) { return outer.start <= inner.start && inner.end <= outer.end; }

bool fits_six_years(const DateRange& p) { return p.start <= p.end && (p.end.days() - p.start.days()).count() <= 6 * 366; }

int school_year_of(const Date& d) { return d.month() >= 9 ? d.year() : d.year() - 1; }

}  // namespace

std::optional<DateRange> period_named_in(std::string_view text) {
    const std::string low = lower_ru(text);
    const auto ys = years_in(low);
    if (ys.empty()) return std::nullopt;
    const YearAt& a = ys.front();
    const YearAt* b = nullptr;
    for (std::size_t k = 1; k < ys.size(); ++k) {
        if (ys[k].year < a.year || ys[k].year - a.year > 6) return std::nullopt;  // no period of at most six years
        b = &ys[k];
    }
    const std::string_view after = std::string_view(low).substr((b ? b : &a)->end);
    const std::string_view near = after.substr(0, std::min<std::size_t>(after.size(), 40));
    const bool school_word = near.find("уч") != std::string_view::npos;
    const bool years_word = near.find("гг") != std::string_view::npos || near.find("годы") != std::string_view::npos ||
                            near.find("годов") != std::string_view::npos;
    DateRange out;
    if (!b || b->year == a.year) {
        if (school_word) out = {Date(a.year, 9, 1), Date(a.year + 1, 8, 31)};
        else out = {Date(a.year, 1, 1), Date(a.year, 12, 31)};
    } else {
        const bool adjacent = only_dash_between(std::string_view(low).substr(a.end, b->pos - a.end));
        const bool school = b->year == a.year + 1 && (school_word || (adjacent && !years_word));
        if (school) out = {Date(a.year, 9, 1), Date(b->year, 8, 31)};
        else out = {Date(a.year, 1, 1), Date(b->year, 12, 31)};
    }
    if (!fits_six_years(out)) return std::nullopt;
    return out;
}

std::optional<InferredPeriod> infer_import_period(const ImportedRoadmap& parsed) {
    if (parsed.title) {
        if (auto p = period_named_in(*parsed.title)) return InferredPeriod{*p, parsed.title_line, true};
    }
    // The dates a deadline gives whatever the period: read it against two periods far apart
    // and keep the dates both readings share (a yearless «сентябрь» lands in each probe's year).
    const DateRange probe_a{Date(1901, 1, 1), Date(1901, 12, 31)};
    const DateRange probe_b{Date(2199, 1, 1), Date(2199, 12, 31)};
    std::optional<Date> first, last;
    int first_line = 0;
    for (const auto& s : parsed.sections)
        for (const auto& it : s.items) {
            if (it.deadline_text.empty()) continue;
            const Schedule a = parse_deadline(it.deadline_text, probe_a);
            const Schedule b = parse_deadline(it.deadline_text, probe_b);
            if (a.windows.size() != b.windows.size()) continue;
            for (std::size_t k = 0; k < a.windows.size(); ++k) {
                for (const Date* d : {&a.windows[k].start, &a.windows[k].end}) {
                    const bool shared = (d == &a.windows[k].start) ? a.windows[k].start == b.windows[k].start
                                                                    : a.windows[k].end == b.windows[k].end;
                    if (!shared) continue;
                    if (!first || *d < *first) {
                        first = *d;
                        first_line = it.line;
                    }
                    if (!last || *d > *last) last = *d;
                }
            }
        }
    if (!first) return std::nullopt;
    DateRange p;
    const int sy1 = school_year_of(*first), sy2 = school_year_of(*last);
    if (sy1 == sy2) p = {Date(sy1, 9, 1), Date(sy1 + 1, 8, 31)};
    else if (first->year() == last->year()) p = {Date(first->year(), 1, 1), Date(first->year(), 12, 31)};
    else p = {Date(sy1, 9, 1), Date(sy2 + 1, 8, 31)};
    if (!fits_six_years(p)) return std::nullopt;
    return InferredPeriod{p, first_line, false};
}

ImportWarning period_inferred_warning(const InferredPeriod& p) {
    const std::string period = period_text(p.period);
    if (p.from_title)
        return {p.line, "period-inferred",
                "No period was given: " + period + " was read from the title on line " + std::to_string(p.line) +
                    ". Check it (period_start, period_end).",
                "Период не указан: " + period + " определён по заголовку (строка " + std::to_string(p.line) +
                    "). Проверьте его (period_start, period_end)."};
    return {p.line, "period-inferred",
            "No period was given and the title names none: " + period +
                " spans the dates written in the deadlines (the earliest on line " + std::to_string(p.line) +
                "). Check it (period_start, period_end).",
            "Период не указан и в заголовке его нет: " + period +
                " охватывает даты из сроков мероприятий (самая ранняя — строка " + std::to_string(p.line) +
                "). Проверьте его (period_start, period_end)."};
}

std::vector<ImportWarning> windows_outside_period(const ImportedRoadmap& parsed, const DateRange& period) {
    std::vector<ImportWarning> out;
    for (const auto& s : parsed.sections)
        for (const auto& it : s.items) {
            if (it.deadline_text.empty()) continue;
            const Schedule sch = parse_deadline(it.deadline_text, period);
            std::vector<DateRange> outside;
            for (const auto& w : sch.windows)
                if (!within(period, w)) outside.push_back(w);
            if (outside.empty()) continue;
            std::string list;
            for (std::size_t k = 0; k < outside.size() && k < 3; ++k) list += (k ? ", " : "") + window_text(outside[k]);
            if (outside.size() > 3) list += ", …";
            const std::string which = it.number.empty() ? std::string("the item") : "item «" + it.number + "»";
            const std::string which_ru = it.number.empty() ? std::string("мероприятия") : "мероприятия «" + it.number + "»";
            std::string deadline = it.deadline_text;
            std::replace(deadline.begin(), deadline.end(), '\n', ' ');
            if (deadline.size() > 120) {
                std::size_t cut = 120;  // back to a character boundary
                while (cut > 0 && (static_cast<unsigned char>(deadline[cut]) & 0xC0) == 0x80) --cut;
                deadline = deadline.substr(0, cut) + "…";
            }
            out.push_back({it.line, "window-outside-period",
                           "The deadline of " + which + " («" + deadline + "») gives " + list +
                               ", outside the roadmap's period " + period_text(period) + ".",
                           "Срок " + which_ru + " («" + deadline + "») даёт " + list + " — вне периода дорожной карты " +
                               period_text(period) + "."});
        }
    return out;
}

}  // namespace domain
