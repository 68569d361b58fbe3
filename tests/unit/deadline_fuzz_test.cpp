// Randomised robustness test of the deadline grammar: random bytes and random mixes of
// grammar tokens (fixed seeds, so a failure reproduces) must never throw or crash, and every
// schedule must be well formed: windows valid, ordered, start <= end, within a sane range.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "domain/deadline.hpp"
#include "domain/text/utf8.hpp"

namespace {

using domain::Date;
using domain::DateRange;
using domain::DeadlineOptions;
using domain::QuarterMode;
using domain::Schedule;
using domain::ScheduleKind;

// Empty string when the schedule is well formed, else what is wrong.
std::string problem(const Schedule& s, const DateRange& period) {
    const Date lo{1899, 1, 1}, hi{2201, 12, 31};
    if (s.windows.size() > 5000) return "too many windows";
    for (std::size_t i = 0; i < s.windows.size(); ++i) {
        const auto& w = s.windows[i];
        if (!w.start.ok() || !w.end.ok()) return "invalid date in a window";
        if (w.start > w.end) return "window start after end: " + w.start.iso() + ".." + w.end.iso();
        if (w.start < lo || w.end > hi) return "window outside the sane range: " + w.start.iso() + ".." + w.end.iso();
        if (i > 0) {
            const auto& p = s.windows[i - 1];
            if (p.start > w.start || (p.start == w.start && p.end >= w.end)) return "windows not sorted/unique";
        }
    }
    switch (s.kind) {
        case ScheduleKind::unscheduled:
            if (!s.reason || s.reason->empty()) return "unscheduled without a reason";
            if (!domain::is_valid_utf8(*s.reason)) return "reason is not valid UTF-8";
            if (!s.windows.empty()) return "unscheduled with windows";
            break;
        case ScheduleKind::window:
            if (s.windows.size() != 1) return "window kind without exactly one window";
            break;
        case ScheduleKind::recurring:
            if (s.windows.empty()) return "recurring without windows";
            break;
        case ScheduleKind::whole_period:
            if (s.windows.size() != 1) return "whole_period without exactly one window";
            if (s.windows[0].start < period.start || s.windows[0].end > period.end)
                return "whole_period outside the period";
            break;
        case ScheduleKind::count_per_year:
            if (!s.times_per_year || *s.times_per_year < 1) return "count_per_year without a count";
            if (s.windows.empty()) return "count_per_year without windows";
            for (const auto& w : s.windows)
                if (w.start < period.start || w.end > period.end) return "count_per_year window outside the period";
            break;
    }
    if (s.kind != ScheduleKind::unscheduled && s.reason) return "reason on a scheduled kind";
    if (s.kind != ScheduleKind::count_per_year && s.times_per_year) return "times_per_year on another kind";
    return {};
}

DateRange random_period(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> kind(0, 19);
    const int k = kind(rng);
    if (k == 0) return DateRange{Date{2025, 8, 31}, Date{2024, 9, 1}};   // backwards: invalid
    if (k == 1) return DateRange{Date{1900, 1, 1}, Date{2200, 12, 31}};  // the widest valid one
    if (k == 2) return DateRange{Date{1, 1, 1}, Date{9999, 12, 31}};     // out of range: invalid
    if (k == 3) return DateRange{Date{2024, 9, 1}, Date{2025, 8, 31}};
    std::uniform_int_distribution<int> year(1995, 2040), days(0, 366 * 5);
    const Date start{Date{year(rng), 1, 1}.days() + std::chrono::days{std::uniform_int_distribution<int>(0, 364)(rng)}};
    return DateRange{start, start.plus_days(days(rng))};
}

DeadlineOptions random_options(std::mt19937_64& rng) {
    DeadlineOptions o;
    o.quarter_mode = (rng() & 1) ? QuarterMode::school : QuarterMode::calendar;
    o.kvartal_mode = (rng() & 1) ? QuarterMode::school : QuarterMode::calendar;
    return o;
}

struct Checker {
    int failures = 0;
    void run(const std::string& text, const DateRange& period, const DeadlineOptions& opt) {
        Schedule s;
        try {
            s = domain::parse_deadline(text, period, opt);
        } catch (...) {
            ++failures;
            if (failures <= 5) ADD_FAILURE() << "threw on a text of " << text.size() << " bytes";
            return;
        }
        if (auto p = problem(s, period); !p.empty()) {
            ++failures;
            if (failures <= 5) {
                std::string hex;
                for (unsigned char c : text.substr(0, 200)) {
                    static constexpr char digits[] = "0123456789abcdef";
                    hex += "\\x";
                    hex += digits[c >> 4];
                    hex += digits[c & 15];
                }
                ADD_FAILURE() << p << "\n  text (hex): \"" << hex << "\"\n  period: " << period.start.iso() << ".."
                              << period.end.iso();
            }
        }
    }
};

TEST(DeadlineFuzz, RandomBytesNeverBreakTheParser) {
    std::mt19937_64 rng(20240901);
    // Bytes weighted towards what deadline texts are made of: Cyrillic UTF-8 lead/continuation
    // bytes, digits, dots, dashes, spaces — plus anything at all.
    static constexpr std::string_view favourites =
        "0123456789..--  ,;()/\xD0\xD1\x80\x81\x8F\x90\xB0\xBF\xE2\x80\x93\x94";
    Checker check;
    for (int i = 0; i < 200000 && check.failures < 5; ++i) {
        const DateRange period = random_period(rng);
        const DeadlineOptions opt = random_options(rng);
        std::size_t len = std::uniform_int_distribution<std::size_t>(0, 48)(rng);
        if (i % 1000 == 0) len = std::uniform_int_distribution<std::size_t>(4000, 4200)(rng);
        std::string text(len, '\0');
        for (auto& c : text) {
            if (rng() % 3 == 0)
                c = static_cast<char>(rng() & 0xFF);
            else
                c = favourites[rng() % favourites.size()];
        }
        check.run(text, period, opt);
    }
    EXPECT_EQ(check.failures, 0);
}

TEST(DeadlineFuzz, RandomMixesOfGrammarTokensNeverBreakTheParser) {
    static const std::vector<std::string> vocab = {"Сентябрь",
                                                   "сентября",
                                                   "в сентябре",
                                                   "СЕНТЯБРЬ",
                                                   "октябрь",
                                                   "декабрь",
                                                   "январь",
                                                   "февраля",
                                                   "май",
                                                   "мая",
                                                   "мае",
                                                   "август",
                                                   "июнь",
                                                   "Сент.",
                                                   "дек",
                                                   "1",
                                                   "2",
                                                   "5",
                                                   "15",
                                                   "29",
                                                   "31",
                                                   "0",
                                                   "99",
                                                   "2024",
                                                   "2025",
                                                   "2020-2021",
                                                   "2023– 2024",
                                                   "1899",
                                                   "2101",
                                                   "9999",
                                                   "30.09.2024",
                                                   "29.02.2023",
                                                   "01.09.24",
                                                   "31.12",
                                                   "г.",
                                                   "г",
                                                   "года",
                                                   "гг.",
                                                   "уч.г.",
                                                   "учебного года",
                                                   "учебный год",
                                                   "-",
                                                   "–",
                                                   "—",
                                                   ",",
                                                   ";",
                                                   "и",
                                                   "(",
                                                   ")",
                                                   ":",
                                                   ".",
                                                   "/",
                                                   "до",
                                                   "к",
                                                   "по",
                                                   "с",
                                                   "не позднее",
                                                   "до конца",
                                                   "в",
                                                   "во",
                                                   "на",
                                                   "ежегодно",
                                                   "Ежегодно",
                                                   "каждый год",
                                                   "раз",
                                                   "раза",
                                                   "раз в",
                                                   "в год",
                                                   "не менее",
                                                   "дважды",
                                                   "3",
                                                   "квартал",
                                                   "четверть",
                                                   "полугодие",
                                                   "I",
                                                   "IV",
                                                   "первая",
                                                   "неделя",
                                                   "недели",
                                                   "месяц",
                                                   "ежемесячно",
                                                   "ежеквартально",
                                                   "в течение",
                                                   "всего",
                                                   "периода",
                                                   "года",
                                                   "реализации",
                                                   "На регулярной основе",
                                                   "по запросу",
                                                   "По плану",
                                                   "в соответствии",
                                                   "начало",
                                                   "середина",
                                                   "конец",
                                                   "\xFF",
                                                   "\xD0",
                                                   "<p>",
                                                   "&nbsp;",
                                                   "«",
                                                   "»",
                                                   "**",
                                                   "нет",
                                                   "--",
                                                   "1-я",
                                                   "-го"};
    std::mt19937_64 rng(424242);
    Checker check;
    for (int i = 0; i < 100000 && check.failures < 5; ++i) {
        const DateRange period = random_period(rng);
        const DeadlineOptions opt = random_options(rng);
        const int n = std::uniform_int_distribution<int>(1, 12)(rng);
        std::string text;
        for (int k = 0; k < n; ++k) {
            if (k > 0 && rng() % 4 != 0) text += ' ';
            text += vocab[rng() % vocab.size()];
        }
        check.run(text, period, opt);
    }
    EXPECT_EQ(check.failures, 0);
}

// Every text that should produce windows does so for every sane period and option.
TEST(DeadlineFuzz, WellFormedTextsUnderRandomPeriods) {
    static const std::array<std::string_view, 14> texts = {"Сентябрь",
                                                           "Сентябрь - октябрь",
                                                           "декабрь – январь",
                                                           "Ежегодно в мае, августе",
                                                           "2 раза в год май, ноябрь",
                                                           "Каждую четверть",
                                                           "Раз в квартал",
                                                           "Не менее 3 раз в год",
                                                           "В течение года",
                                                           "1 неделя февраля",
                                                           "до 1 октября",
                                                           "Ежегодно до 1 октября",
                                                           "ежемесячно",
                                                           "раз в полугодие"};
    std::mt19937_64 rng(7);
    Checker check;
    for (int i = 0; i < 5000 && check.failures < 5; ++i) {
        const DateRange period = random_period(rng);
        for (auto t : texts) check.run(std::string{t}, period, random_options(rng));
    }
    EXPECT_EQ(check.failures, 0);
}

}  // namespace
