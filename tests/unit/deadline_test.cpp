// Table-driven tests of the deadline grammar (domain/deadline.hpp).
// Part 1 holds every distinct non-empty deadline text of the five seed roadmaps
// (data/seeds/), each with its seed's period; part 2 covers the rest of the grammar.
#include "domain/deadline.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using domain::Date;
using domain::DateRange;
using domain::DeadlineOptions;
using domain::QuarterMode;
using domain::Schedule;
using domain::ScheduleKind;

Date d(const char* iso) { return *Date::parse_iso(iso); }
DateRange r(const char* a, const char* b) { return DateRange{d(a), d(b)}; }

Schedule make(ScheduleKind k, std::vector<DateRange> w) {
    Schedule s;
    s.kind = k;
    s.windows = std::move(w);
    return s;
}
Schedule window(const char* a, const char* b) { return make(ScheduleKind::window, {r(a, b)}); }
Schedule recurring(std::vector<DateRange> w) { return make(ScheduleKind::recurring, std::move(w)); }
Schedule whole(const DateRange& p) { return make(ScheduleKind::whole_period, {p}); }
Schedule count(int n, std::vector<DateRange> w) {
    Schedule s = make(ScheduleKind::count_per_year, std::move(w));
    s.times_per_year = n;
    return s;
}
Schedule unscheduled(std::string reason) {
    Schedule s;
    s.reason = std::move(reason);
    return s;
}

std::string describe(const Schedule& s) {
    std::string out{domain::to_string(s.kind)};
    if (s.times_per_year) out += " x" + std::to_string(*s.times_per_year);
    if (s.reason) out += " [" + *s.reason + "]";
    for (const auto& w : s.windows) out += " " + w.start.iso() + ".." + w.end.iso();
    return out;
}

// The seeds' periods.
const DateRange P000 = r("2024-09-01", "2025-08-31");  // «на 2024-2025 учебный год»
// 001 has no year in its title; its texts name «2020-2021 учебного года» (and «Сентябрь
// 2020»), so its period is that school year. Its approval stamp says 2021 (see the report).
const DateRange P001 = r("2020-09-01", "2021-08-31");
const DateRange P002 = r("2024-01-01", "2024-12-31");  // «в 2024 году»
const DateRange P003 = r("2023-09-01", "2024-08-31");  // «на период 2023– 2024 уч.г.»
const DateRange P004 = r("2021-12-01", "2024-12-31");  // «на период с 2021 по 2024 год»

const char* const kRequest = "по запросу: no automatic due date";
const char* const kNeed = "по мере необходимости: no automatic due date";
const char* const kPlan = "по плану другой организации: no automatic due date";
const char* const kPerDocument = "в соответствии со сроками другого документа: no automatic due date";
const char* const kReporting = "в отчетный период: depends on an external reporting calendar";

struct Case {
    std::string description;
    std::string text;
    DateRange period;
    Schedule expected;
    DeadlineOptions options{};
};

void check(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        const Schedule got = domain::parse_deadline(c.text, c.period, c.options);
        EXPECT_EQ(describe(got), describe(c.expected))
            << c.description << "\n  text: «" << c.text << "»\n  period: " << c.period.start.iso() << ".."
            << c.period.end.iso();
        EXPECT_TRUE(got == c.expected) << c.description;
    }
}

// ---------------------------------------------------------------- seeds

const std::vector<Case>& seed_cases() {
    static const std::vector<Case> cases = {
        // 000: college, 2024-2025 school year.
        {"000: month with year before the period stays as written", "Август 2024", P000,
         window("2024-08-01", "2024-08-31")},
        {"000: month with year", "Сентябрь 2024", P000, window("2024-09-01", "2024-09-30")},
        {"000: due by a date → from the period start", "до 1 октября 2024", P000, window("2024-09-01", "2024-10-01")},
        {"000: per the programmes' own terms → unscheduled",
         "в соответствии со сроками реализации программ наставничества", P000, unscheduled(kPerDocument)},
        {"000: during the year → whole period", "В течение года", P000, whole(P000)},
        {"000: per the ministry's terms → unscheduled",
         "в соответствии со сроками, устанавливаемыми Минпросвещения России", P000, unscheduled(kPerDocument)},
        {"000: yearly in May → May 2025 (the only May in the period)", "Ежегодно в мае", P000,
         recurring({r("2025-05-01", "2025-05-31")})},
        {"000: yearly in June", "Ежегодно в июне", P000, recurring({r("2025-06-01", "2025-06-30")})},
        {"000: yearly in May and August", "Ежегодно в мае, августе", P000,
         recurring({r("2025-05-01", "2025-05-31"), r("2025-08-01", "2025-08-31")})},

        // 001: school № 23, 2020-2021 school year.
        {"001: month range with «года», before the period", "Май - июль 2020 года", P001,
         window("2020-05-01", "2020-07-31")},
        {"001: two deadlines juxtaposed in one cell", "Сентябрь 2020 Сентябрь – октябрь 2020", P001,
         recurring({r("2020-09-01", "2020-09-30"), r("2020-09-01", "2020-10-31")})},
        {"001: month with year", "Сентябрь 2020", P001, window("2020-09-01", "2020-09-30")},
        {"001: during the period", "В течение периода", P001, whole(P001)},
        {"001: during a named school year", "В течение 2020-2021 учебного года", P001,
         whole(r("2020-09-01", "2021-08-31"))},
        {"001: every school quarter", "Каждую четверть", P001,
         recurring({r("2020-09-01", "2020-10-31"), r("2020-11-01", "2020-12-31"), r("2021-01-01", "2021-03-31"),
                    r("2021-04-01", "2021-05-31")})},
        {"001: the whole period", "Весь период", P001, whole(P001)},

        // 002: kindergarten № 30, 2024.
        {"002: first week of February", "1 неделя февраля", P002, window("2024-02-01", "2024-02-07")},
        {"002: second week of February", "2 неделя февраля", P002, window("2024-02-08", "2024-02-14")},
        {"002: third week of February", "3 неделя февраля", P002, window("2024-02-15", "2024-02-21")},

        // 003: Абанский район, 2023-2024 school year.
        {"003: month range, hyphen", "Сентябрь - октябрь 2023", P003, window("2023-09-01", "2023-10-31")},
        {"003: month", "Сентябрь 2023", P003, window("2023-09-01", "2023-09-30")},
        {"003: on a regular basis → whole period", "На регулярной основе", P003, whole(P003)},
        {"003: October", "Октябрь 2023", P003, window("2023-10-01", "2023-10-31")},
        {"003: at least 3 times a year → count per school year", "Не менее 3 раз в год", P003, count(3, {P003})},
        {"003: regular basis with an «on request» qualifier → whole period", "На регулярной основе (по запросу)", P003,
         whole(P003)},
        {"003: November", "Ноябрь 2023", P003, window("2023-11-01", "2023-11-30")},
        {"003: range starting before the period", "Август - сентябрь 2023", P003, window("2023-08-01", "2023-09-30")},
        {"003: range, en dash", "Октябрь – ноябрь 2023", P003, window("2023-10-01", "2023-11-30")},
        {"003: three-month range", "Сентябрь – ноябрь 2023", P003, window("2023-09-01", "2023-11-30")},
        {"003: four-month range", "Сентябрь - декабрь 2023", P003, window("2023-09-01", "2023-12-31")},
        {"003: once a quarter → calendar quarters clipped to the period", "Раз в квартал", P003,
         recurring({r("2023-09-01", "2023-09-30"), r("2023-10-01", "2023-12-31"), r("2024-01-01", "2024-03-31"),
                    r("2024-04-01", "2024-06-30"), r("2024-07-01", "2024-08-31")})},
        {"003: two months joined by «и»", "Декабрь 2023 и май 2024", P003,
         recurring({r("2023-12-01", "2023-12-31"), r("2024-05-01", "2024-05-31")})},
        {"003: on the region's request → unscheduled", "По запросу региона и Федерации", P003, unscheduled(kRequest)},
        {"003: June", "Июнь 2024", P003, window("2024-06-01", "2024-06-30")},
        {"003: range across years, wholly before the period (kept as written)", "Декабрь 2022 – май 2023", P003,
         window("2022-12-01", "2023-05-31")},
        {"003: «in the reporting period» → unscheduled", "В отчетный период", P003, unscheduled(kReporting)},
        {"003: markdown table rule left in the cell", "--", P003, unscheduled("no deadline given")},

        // 004: Камешковский район, 2021-12-01 .. 2024-12-31.
        {"004: the column-numbering row «1 2 3 4 5» → not a deadline", "3", P004, unscheduled("not understood: 3")},
        {"004: December 2021", "Декабрь 2021", P004, window("2021-12-01", "2021-12-31")},
        {"004: February 2022", "Февраль 2022", P004, window("2022-02-01", "2022-02-28")},
        {"004: yearly September-October", "Ежегодно сентябрь-октябрь", P004,
         recurring({r("2022-09-01", "2022-10-31"), r("2023-09-01", "2023-10-31"), r("2024-09-01", "2024-10-31")})},
        {"004: yearly September", "Ежегодно сентябрь", P004,
         recurring({r("2022-09-01", "2022-09-30"), r("2023-09-01", "2023-09-30"), r("2024-09-01", "2024-09-30")})},
        {"004: per the regional plans → unscheduled", "По плану ДО, ВИРО", P004, unscheduled(kPlan)},
        {"004: during the year in a multi-year period → whole period", "В течение года", P004, whole(P004)},
        {"004: January 2022", "Январь 2022", P004, window("2022-01-01", "2022-01-31")},
        {"004: during the whole implementation period", "В течение всего периода реализации", P004, whole(P004)},
        {"004: twice a year, May and November, every year", "2 раза в год май, ноябрь", P004,
         recurring({r("2022-05-01", "2022-05-31"), r("2022-11-01", "2022-11-30"), r("2023-05-01", "2023-05-31"),
                    r("2023-11-01", "2023-11-30"), r("2024-05-01", "2024-05-31"), r("2024-11-01", "2024-11-30")})},
        {"004: during the whole year", "В течение всего года", P004, whole(P004)},
    };
    return cases;
}

TEST(DeadlineSeeds, EveryDeadlineTextOfTheFiveSeeds) { check(seed_cases()); }

TEST(DeadlineSeeds, CoversFortyEightDistinctTexts) { EXPECT_EQ(seed_cases().size(), 48u); }

// The importer joins an item's continuation rows with newlines; these are the joined texts it
// produces from the seeds (tests/unit/roadmap_import_test.cpp) and the CSV sample.
TEST(DeadlineSeeds, TextsAsTheImporterJoinsThem) {
    check({
        {"001 item 1: three rows joined by newlines",
         "Май - июль 2020 года\nСентябрь 2020 Сентябрь – октябрь 2020\nСентябрь 2020", P001,
         recurring({r("2020-05-01", "2020-07-31"), r("2020-09-01", "2020-09-30"), r("2020-09-01", "2020-10-31")})},
        {"a CSV cell «до 1 октября; 2024»: the trailing year belongs to the date", "до 1 октября; 2024", P000,
         window("2024-09-01", "2024-10-01")},
        {"a trailing year after a list of months", "сентябрь, октябрь; 2024", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2024-10-01", "2024-10-31")})},
        {"a year item is no anchor for the months around it", "май; 2023-2024 уч.г.", P000,
         recurring({r("2023-09-01", "2024-08-31"), r("2025-05-01", "2025-05-31")})},
    });
}

// ---------------------------------------------------------------- grammar

TEST(DeadlineGrammar, MonthsCasesAndYears) {
    check({
        {"bare month in a school year: September → 2024", "Сентябрь", P000, window("2024-09-01", "2024-09-30")},
        {"bare month in a school year: May → 2025", "май", P000, window("2025-05-01", "2025-05-31")},
        {"bare month in a multi-year period: first occurrence", "май", P004, window("2022-05-01", "2022-05-31")},
        {"bare December in a period starting 1 December", "декабрь", P004, window("2021-12-01", "2021-12-31")},
        {"upper case with «г.»", "СЕНТЯБРЬ 2024 г.", P000, window("2024-09-01", "2024-09-30")},
        {"prepositional case with «года»", "в сентябре 2024 года", P000, window("2024-09-01", "2024-09-30")},
        {"genitive with glued «г.»", "сентября 2024г.", P000, window("2024-09-01", "2024-09-30")},
        {"abbreviation with a dot", "Сент. 2024", P000, window("2024-09-01", "2024-09-30")},
        {"abbreviation «дек»", "дек 2024", P000, window("2024-12-01", "2024-12-31")},
        {"ё and e", "Февраль 2025 года.", P000, window("2025-02-01", "2025-02-28")},
        {"leap February", "февраль", P002, window("2024-02-01", "2024-02-29")},
        {"March genitive «марта»", "1 неделя марта", P002, window("2024-03-01", "2024-03-07")},
        {"month in a school year given as «уч.г.»", "май 2023-2024 уч.г.", P000, window("2024-05-01", "2024-05-31")},
        {"trailing punctuation and quotes", "«Сентябрь 2024»;", P000, window("2024-09-01", "2024-09-30")},
        {"markdown and HTML noise", "<p>**Октябрь 2024**</p>", P000, window("2024-10-01", "2024-10-31")},
        {"non-breaking spaces",
         "Сентябрь\xC2\xA0"
         "2024",
         P000, window("2024-09-01", "2024-09-30")},
        {"Latin capitals lower-cased (roman numerals)", "IV четверть", P000, window("2025-04-01", "2025-05-31")},
    });
}

TEST(DeadlineGrammar, RangesAndLists) {
    check({
        {"range across years", "декабрь 2023 – январь 2024", P003, window("2023-12-01", "2024-01-31")},
        {"range, em dash without spaces", "декабрь 2024—январь 2025", P000, window("2024-12-01", "2025-01-31")},
        {"range without a year across New Year", "декабрь–январь", P000, window("2024-12-01", "2025-01-31")},
        {"range with only the end year across New Year", "Ноябрь - февраль 2025", P000,
         window("2024-11-01", "2025-02-28")},
        {"range with «по»", "с сентября по декабрь 2024", P000, window("2024-09-01", "2024-12-31")},
        {"school-year long range", "сентябрь 2024 - май 2025", P000, window("2024-09-01", "2025-05-31")},
        {"list sharing a trailing year", "Сентябрь, октябрь 2024", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2024-10-01", "2024-10-31")})},
        {"list: missing year taken from the previous item", "декабрь 2023 и май", P003,
         recurring({r("2023-12-01", "2023-12-31"), r("2024-05-01", "2024-05-31")})},
        {"list without years, sorted", "май, ноябрь", P000,
         recurring({r("2024-11-01", "2024-11-30"), r("2025-05-01", "2025-05-31")})},
        {"list with a semicolon", "сентябрь 2024; январь 2025", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-01-01", "2025-01-31")})},
        {"identical windows are merged", "сентябрь 2024, сентябрь 2024", P000, window("2024-09-01", "2024-09-30")},
        {"dangling «и» is not understood", "сентябрь 2024 и", P000, unscheduled("not understood: сентябрь 2024 и")},
    });
}

TEST(DeadlineGrammar, DatesAndDueBy) {
    check({
        {"explicit date", "30.08.2024", P000, window("2024-08-30", "2024-08-30")},
        {"explicit date with «г.»", "15.10.2024 г.", P000, window("2024-10-15", "2024-10-15")},
        {"due by an explicit date", "до 30.09.2024", P000, window("2024-09-01", "2024-09-30")},
        {"date range", "01.09.2024 - 30.09.2024", P000, window("2024-09-01", "2024-09-30")},
        {"date range without spaces", "01.09.2024-30.09.2024", P000, window("2024-09-01", "2024-09-30")},
        {"date range with «с … по …»", "с 01.09.2024 по 30.09.2024", P000, window("2024-09-01", "2024-09-30")},
        {"two-digit year", "до 01.10.24", P000, window("2024-09-01", "2024-10-01")},
        {"day range in words", "с 1 по 15 сентября 2024", P000, window("2024-09-01", "2024-09-15")},
        {"day range with a dash, no year", "1-15 сентября", P000, window("2024-09-01", "2024-09-15")},
        {"day and month without a year", "до 1 октября", P000, window("2024-09-01", "2024-10-01")},
        {"due date before the period start → a one-day window", "до 1 августа 2024", P000,
         window("2024-08-01", "2024-08-01")},
        {"«к» a date", "к 1 сентября 2025", P000, window("2024-09-01", "2025-09-01")},
        {"«не позднее» a date", "не позднее 15.10.2024 г.", P000, window("2024-09-01", "2024-10-15")},
        {"by the end of a month", "до конца сентября", P000, window("2024-09-01", "2024-09-30")},
        {"by a month means by its 1st", "до декабря 2024", P000, window("2024-09-01", "2024-12-01")},
        {"by the end of a year", "до конца 2024 года", P000, window("2024-09-01", "2024-12-31")},
        {"a date that does not exist", "31 сентября 2024", P000, unscheduled("date does not exist")},
        {"a date range that runs backwards", "30.09.2024 - 01.09.2024", P000,
         unscheduled("the window ends before it starts")},
    });
}

TEST(DeadlineGrammar, WeeksAndPartsOfMonths) {
    check({
        {"first week in words", "первая неделя марта", P002, window("2024-03-01", "2024-03-07")},
        {"«в первую неделю»", "в первую неделю сентября", P000, window("2024-09-01", "2024-09-07")},
        {"«1-я неделя»", "1-я неделя октября 2024", P000, window("2024-10-01", "2024-10-07")},
        {"fourth week", "4 неделя февраля", P002, window("2024-02-22", "2024-02-28")},
        {"fifth week ends with the month", "5 неделя апреля", P002, window("2024-04-29", "2024-04-30")},
        {"fifth week of a leap February", "5 неделя февраля", P002, window("2024-02-29", "2024-02-29")},
        {"beginning of a month", "начало ноября 2024", P000, window("2024-11-01", "2024-11-10")},
        {"middle of a month", "середина декабря", P000, window("2024-12-11", "2024-12-20")},
        {"end of a month", "в конце октября", P000, window("2024-10-21", "2024-10-31")},
    });
}

TEST(DeadlineGrammar, Recurring) {
    check({
        {"yearly range in a multi-year period", "Ежегодно сентябрь-октябрь", P003,
         recurring({r("2023-09-01", "2023-10-31")})},
        {"yearly range across New Year, clipped to the period", "ежегодно декабрь - январь", P004,
         recurring({r("2021-12-01", "2022-01-31"), r("2022-12-01", "2023-01-31"), r("2023-12-01", "2024-01-31"),
                    r("2024-12-01", "2024-12-31")})},
        {"yearly with a comma", "Ежегодно, сентябрь", P000, recurring({r("2024-09-01", "2024-09-30")})},
        {"«ежегодно» at the end", "сентябрь, май ежегодно", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-05-01", "2025-05-31")})},
        {"«каждый год»", "каждый год в сентябре", P004,
         recurring({r("2022-09-01", "2022-09-30"), r("2023-09-01", "2023-09-30"), r("2024-09-01", "2024-09-30")})},
        {"yearly due date", "Ежегодно до 1 октября", P004,
         recurring({r("2021-12-01", "2022-10-01"), r("2022-10-02", "2023-10-01"), r("2023-10-02", "2024-10-01")})},
        {"twice a year with months in parentheses", "2 раза в год (май, ноябрь)", P000,
         recurring({r("2024-11-01", "2024-11-30"), r("2025-05-01", "2025-05-31")})},
        {"twice a year with a colon", "2 раза в год: май, ноябрь", P002,
         recurring({r("2024-05-01", "2024-05-31"), r("2024-11-01", "2024-11-30")})},
        {"yearly in a month absent from the period", "Ежегодно в июле", r("2024-09-01", "2024-12-31"),
         unscheduled("no occurrence within the period")},
        {"monthly", "Ежемесячно", r("2024-09-15", "2024-11-30"),
         recurring({r("2024-09-15", "2024-09-30"), r("2024-10-01", "2024-10-31"), r("2024-11-01", "2024-11-30")})},
        {"once a month", "1 раз в месяц", r("2024-01-01", "2024-02-29"),
         recurring({r("2024-01-01", "2024-01-31"), r("2024-02-01", "2024-02-29")})},
    });
}

TEST(DeadlineGrammar, Quarters) {
    const std::vector<DateRange> school = {r("2024-09-01", "2024-10-31"), r("2024-11-01", "2024-12-31"),
                                           r("2025-01-01", "2025-03-31"), r("2025-04-01", "2025-05-31")};
    const std::vector<DateRange> calendar = {r("2024-09-01", "2024-09-30"), r("2024-10-01", "2024-12-31"),
                                             r("2025-01-01", "2025-03-31"), r("2025-04-01", "2025-06-30"),
                                             r("2025-07-01", "2025-08-31")};
    DeadlineOptions all_school;
    all_school.kvartal_mode = QuarterMode::school;
    DeadlineOptions all_calendar;
    all_calendar.quarter_mode = QuarterMode::calendar;
    check({
        {"every school quarter", "Каждую четверть", P000, recurring(school)},
        {"after every school quarter", "по итогам каждой четверти", P000, recurring(school)},
        {"once a school quarter", "раз в четверть", P000, recurring(school)},
        {"calendar quarters", "ежеквартально", P000, recurring(calendar)},
        {"once a quarter", "1 раз в квартал", P000, recurring(calendar)},
        {"calendar quarters in a calendar year", "Раз в квартал", P002,
         recurring({r("2024-01-01", "2024-03-31"), r("2024-04-01", "2024-06-30"), r("2024-07-01", "2024-09-30"),
                    r("2024-10-01", "2024-12-31")})},
        {"school quarters in a calendar year", "Каждую четверть", P002,
         recurring({r("2024-01-01", "2024-03-31"), r("2024-04-01", "2024-05-31"), r("2024-09-01", "2024-10-31"),
                    r("2024-11-01", "2024-12-31")})},
        {"«квартал» as school quarters by option", "Раз в квартал", P000, recurring(school), all_school},
        {"«четверть» as calendar quarters by option", "Каждую четверть", P000, recurring(calendar), all_calendar},
        {"a named calendar quarter", "I квартал 2025", P000, window("2025-01-01", "2025-03-31")},
        {"a named school quarter", "II четверть", P000, window("2024-11-01", "2024-12-31")},
        {"a named quarter in words", "третий квартал 2024", P000, window("2024-07-01", "2024-09-30")},
        {"first half of a school year", "1 полугодие", P000, window("2024-09-01", "2024-12-31")},
        {"second half of a calendar year", "2 полугодие 2025", P000, window("2025-07-01", "2025-12-31")},
        {"every half-year in a school year", "раз в полугодие", P000,
         recurring({r("2024-09-01", "2024-12-31"), r("2025-01-01", "2025-05-31")})},
        {"every half-year in a calendar year", "ежеполугодно", P002,
         recurring({r("2024-01-01", "2024-06-30"), r("2024-07-01", "2024-12-31")})},
    });
}

TEST(DeadlineGrammar, CountsPerYear) {
    check({
        {"three times a year", "3 раза в год", P000, count(3, {P000})},
        {"twice a year in words", "дважды в год", P000, count(2, {P000})},
        {"per school year", "3 раза в учебный год", P000, count(3, {P000})},
        {"once a year", "Ежегодно", P000, count(1, {P000})},
        {"at least twice a year, calendar years clipped", "не реже 2 раз в год", P004,
         count(2, {r("2021-12-01", "2021-12-31"), r("2022-01-01", "2022-12-31"), r("2023-01-01", "2023-12-31"),
                   r("2024-01-01", "2024-12-31")})},
        {"school years in a two-year school period", "не менее 4 раз в год", r("2023-09-01", "2025-08-31"),
         count(4, {r("2023-09-01", "2024-08-31"), r("2024-09-01", "2025-08-31")})},
        {"twice a quarter → 8 a year", "2 раза в квартал", P000, count(8, {P000})},
        {"weekly → whole period", "Еженедельно", P000, whole(P000)},
        {"once a week → whole period", "1 раз в неделю", P000, whole(P000)},
    });
}

TEST(DeadlineGrammar, WholePeriod) {
    check({
        {"during the whole period", "в течение всего периода", P000, whole(P000)},
        {"constantly", "постоянно", P000, whole(P000)},
        {"during the school year", "В течение учебного года", P000, whole(P000)},
        {"whole period of the programme", "в течение всего периода реализации программы", P000, whole(P000)},
        {"named school year clipped to the period", "В течение 2020-2021 учебного года", r("2020-05-01", "2021-12-31"),
         whole(r("2020-09-01", "2021-08-31"))},
        {"named calendar year clipped", "В течение 2025 года", P000, whole(r("2025-01-01", "2025-08-31"))},
        {"a bare year", "в 2025 году", P000, whole(r("2025-01-01", "2025-08-31"))},
        {"a bare school year", "2024-2025 уч.г.", P000, whole(P000)},
        {"calendar years «гг.»", "2022-2023 гг.", P004, whole(r("2022-01-01", "2023-12-31"))},
        {"a named year outside the period → that year as a window", "в течение 2019 года", P000,
         window("2019-01-01", "2019-12-31")},
        {"during a month → a window", "В течение сентября", P000, window("2024-09-01", "2024-09-30")},
    });
}

TEST(DeadlineGrammar, Unscheduled) {
    check({
        {"on request", "По запросу", P000, unscheduled(kRequest)},
        {"as needed", "по мере необходимости", P000, unscheduled(kNeed)},
        {"per a plan", "по плану работы МКУ", P000, unscheduled(kPlan)},
        {"per other terms", "согласно графику", P000, unscheduled(kPlan)},
        {"according to the order", "в соответствии с приказом", P000, unscheduled(kPerDocument)},
        {"a marker wins over a date in the main text", "сентябрь 2024, далее по мере необходимости", P000,
         unscheduled(kNeed)},
        {"a parenthesised qualifier does not hide the date", "Сентябрь 2024 (по запросу)", P000,
         window("2024-09-01", "2024-09-30")},
        {"an unreadable text with a marker in parentheses", "как получится (по запросу)", P000, unscheduled(kRequest)},
        {"empty", "", P000, unscheduled("empty deadline")},
        {"spaces only", " \t\n ", P000, unscheduled("empty deadline")},
        {"punctuation only", " ; ", P000, unscheduled("empty deadline")},
        {"a dash", "—", P000, unscheduled("no deadline given")},
        {"«нет»", "нет", P000, unscheduled("no deadline given")},
        {"not understood", "когда-нибудь", P000, unscheduled("not understood: когда-нибудь")},
        {"invalid UTF-8 → reason is valid UTF-8", "\xFF\xFE сентябрь", P000,
         unscheduled("not understood: \xEF\xBF\xBD\xEF\xBF\xBD сентябрь")},
        {"a period that runs backwards", "Сентябрь 2024", r("2025-08-31", "2024-09-01"), unscheduled("invalid period")},
        {"a year out of range is not a year", "Сентябрь 1800", P000, unscheduled("not understood: Сентябрь 1800")},
    });
}

TEST(DeadlineGrammar, HugeTextIsUnscheduled) {
    const std::string huge(domain::kMaxDeadlineTextBytes + 1, 'a');
    const Schedule s = domain::parse_deadline(huge, P000);
    EXPECT_EQ(s.kind, ScheduleKind::unscheduled);
    EXPECT_EQ(s.reason.value_or(""), "deadline text too long");
    std::string many;
    for (int i = 0; i < 300; ++i) many += "май, ";
    EXPECT_EQ(domain::parse_deadline(many, P000).reason.value_or(""), "deadline text too long");
}

TEST(DeadlineGrammar, LongReasonIsTruncatedAtACodePoint) {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "абракадабра ";
    const Schedule s = domain::parse_deadline(text, P000);
    ASSERT_TRUE(s.reason.has_value());
    EXPECT_EQ(s.reason->rfind("not understood: ", 0), 0u);
    EXPECT_EQ(s.reason->substr(s.reason->size() - 3), "…");
}

// ---------------------------------------------------------------- part 3: phrases of other schools' roadmaps
// (issue 12, part 5): a day of every month, a first date then every year, the school year's
// edges, and the variants real tables write them in.

// Every month of `p` from month m1 to m2 (cyclic), each due on day `day` (0: the whole month);
// `by`: windows from the day after the previous due.
std::vector<DateRange> monthly_windows(const DateRange& p, int day, bool by, int m1 = 1, int m2 = 12) {
    std::vector<DateRange> out;
    Date from = p.start;
    for (int y = p.start.year(); y <= p.end.year(); ++y)
        for (int m = 1; m <= 12; ++m) {
            const bool allowed = m1 <= m2 ? (m >= m1 && m <= m2) : (m >= m1 || m <= m2);
            if (!allowed) continue;
            const Date last = Date::end_of_month(y, unsigned(m));
            if (!day) {
                const Date a = std::max(Date(y, unsigned(m), 1), p.start), b = std::min(last, p.end);
                if (a <= b) out.push_back({a, b});
                continue;
            }
            const Date due(y, unsigned(m), std::min(unsigned(day), last.day()));
            if (due < p.start || due > p.end) continue;
            out.push_back(by ? DateRange{std::min(from, due), due} : DateRange{due, due});
            from = due.plus_days(1);
        }
    return out;
}

TEST(DeadlineWider, ADayOfEveryMonth) {
    const DateRange P2 = r("2024-09-01", "2026-08-31");
    check({
        {"«до N числа каждого месяца»: due on the 5th, from the day after the last due", "до 5 числа каждого месяца",
         P000, recurring(monthly_windows(P000, 5, true))},
        {"«ежемесячно, до N числа»", "ежемесячно, до 5 числа", P000, recurring(monthly_windows(P000, 5, true))},
        {"«ежемесячно до N числа», no comma, capital", "Ежемесячно до 5 числа", P000,
         recurring(monthly_windows(P000, 5, true))},
        {"«до 10-го числа»: the ordinal ending", "Ежемесячно до 10-го числа", P000,
         recurring(monthly_windows(P000, 10, true))},
        {"the monthly word after the day", "до 25 числа ежемесячно", P000, recurring(monthly_windows(P000, 25, true))},
        {"«числа» omitted after a monthly word", "ежемесячно до 5", P000, recurring(monthly_windows(P000, 5, true))},
        {"«числа» omitted, ordinal ending, comma", "Ежемесячно, до 25-го", P000, recurring(monthly_windows(P000, 25, true))},
        {"«не позднее N числа каждого месяца»", "не позднее 10 числа каждого месяца", P000,
         recurring(monthly_windows(P000, 10, true))},
        {"a day without a month is a day of every month", "до 15 числа", P000,
         recurring(monthly_windows(P000, 15, true))},
        {"on the day itself, without «до»", "10 числа каждого месяца", P000, recurring(monthly_windows(P000, 10, false))},
        {"the 31st is the last day of shorter months", "до 31 числа каждого месяца", P000,
         recurring(monthly_windows(P000, 31, true))},
        {"«месяца, следующего за отчетным»: still the 5th of every month", "до 5 числа месяца, следующего за отчетным",
         P000, recurring(monthly_windows(P000, 5, true))},
        {"two school years: 24 months", "ежемесячно до 5 числа", P2, recurring(monthly_windows(P2, 5, true))},
        {"a calendar year", "до 20 числа каждого месяца", P002, recurring(monthly_windows(P002, 20, true))},
        {"monthly within a span of months, in parentheses", "ежемесячно (сентябрь-май)", P000,
         recurring(monthly_windows(P000, 0, false, 9, 5))},
        {"monthly «с сентября по май»", "ежемесячно с сентября по май", P000,
         recurring(monthly_windows(P000, 0, false, 9, 5))},
        {"monthly, a dash before the months", "ежемесячно, сентябрь - май", P000,
         recurring(monthly_windows(P000, 0, false, 9, 5))},
        {"monthly by a day within a span of months", "ежемесячно до 5 числа (сентябрь - май)", P000,
         recurring(monthly_windows(P000, 5, true, 9, 5))},
        {"monthly during the school year: every month of the period", "ежемесячно в течение учебного года", P000,
         recurring(monthly_windows(P000, 0, false))},
        {"«каждый месяц»", "Каждый месяц", P000, recurring(monthly_windows(P000, 0, false))},
        {"«1 раз в месяц»", "1 раз в месяц", P000, recurring(monthly_windows(P000, 0, false))},
        {"«ежемесячно» alone", "ежемесячно", P000, recurring(monthly_windows(P000, 0, false))},
        {"monthly within a named school year", "в течение 2024-2025 учебного года, ежемесячно", r("2024-01-01", "2025-12-31"),
         recurring(monthly_windows(r("2024-09-01", "2025-08-31"), 0, false))},
        {"monthly within a span of months with years", "ежемесячно с октября 2024 по май 2025", P000,
         recurring(monthly_windows(r("2024-10-01", "2025-05-31"), 0, false))},
        {"monthly by a day within a span with years", "ежемесячно до 5 числа (октябрь 2024 - март 2025)", P000,
         recurring(monthly_windows(r("2024-10-01", "2025-03-31"), 5, true))},
        {"monthly within a calendar year, cut to the period", "ежемесячно в течение 2025 года", P000,
         recurring(monthly_windows(r("2025-01-01", "2025-08-31"), 0, false))},
        {"«1 раз в месяц до 5 числа»", "1 раз в месяц до 5 числа", P000, recurring(monthly_windows(P000, 5, true))},
        {"«не реже 1 раза в месяц»", "не реже 1 раза в месяц", P000, recurring(monthly_windows(P000, 0, false))},
        {"the day in parentheses", "ежемесячно (до 5 числа)", P000, recurring(monthly_windows(P000, 5, true))},
        {"a day of a named month is no monthly phrase", "до 10 сентября", P000, window("2024-09-01", "2024-09-10")},
    });
}

TEST(DeadlineWider, AFirstDateThenEveryYear) {
    const DateRange P3 = r("2023-09-01", "2026-08-31");
    check({
        {"«…, далее ежегодно»: the month in every year of the period", "Сентябрь 2024, далее ежегодно", P3,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-09-01", "2025-09-30")})},
        {"«… и далее ежегодно» after a due date: dues every year, windows between them",
         "до 1 октября 2023 г. и далее ежегодно", P3,
         recurring({r("2023-09-01", "2023-10-01"), r("2023-10-02", "2024-10-01"), r("2024-10-02", "2025-10-01")})},
        {"the first date before the period: its repeats inside it", "Сентябрь 2020, далее ежегодно", P000,
         recurring({r("2024-09-01", "2024-09-30")})},
        {"«г.», a dash before «ежегодно»", "Сентябрь 2024 г., далее – ежегодно", P3,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-09-01", "2025-09-30")})},
        {"«года и далее ежегодно»", "сентябрь 2024 года и далее ежегодно", P3,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-09-01", "2025-09-30")})},
        {"«затем ежегодно»", "Август 2024, затем ежегодно", P3,
         recurring({r("2024-08-01", "2024-08-31"), r("2025-08-01", "2025-08-31"), r("2026-08-01", "2026-08-31")})},
        {"«и в дальнейшем ежегодно»", "май 2024 и в дальнейшем ежегодно", P3,
         recurring({r("2024-05-01", "2024-05-31"), r("2025-05-01", "2025-05-31"), r("2026-05-01", "2026-05-31")})},
        {"a date «01.09.2024 и далее ежегодно»", "01.09.2024 и далее ежегодно", P3,
         recurring({r("2024-09-01", "2024-09-01"), r("2025-09-01", "2025-09-01")})},
        {"a yearless month then yearly: every year", "октябрь, далее - ежегодно", P3,
         recurring({r("2023-10-01", "2023-10-31"), r("2024-10-01", "2024-10-31"), r("2025-10-01", "2025-10-31")})},
        {"only the first inside the period", "Сентябрь 2024, далее ежегодно", P000, recurring({r("2024-09-01", "2024-09-30")})},
        {"no repeat inside the period: the first as written", "Сентябрь 2026 и далее ежегодно", P000,
         recurring({r("2026-09-01", "2026-09-30")})},
        {"a range of months then yearly (the last repeat as written, past the period's end)",
         "август-сентябрь 2024, далее ежегодно", P3,
         recurring({r("2024-08-01", "2024-09-30"), r("2025-08-01", "2025-09-30"), r("2026-08-01", "2026-09-30")})},
        {"«Август, ежегодно»: a comma is enough", "Август, ежегодно", P3,
         recurring({r("2024-08-01", "2024-08-31"), r("2025-08-01", "2025-08-31"), r("2026-08-01", "2026-08-31")})},
        {"the repeat restated after «ежегодно»", "До 1 октября 2024 г., далее – ежегодно до 1 октября", P3,
         recurring({r("2023-09-01", "2024-10-01"), r("2024-10-02", "2025-10-01")})},
        {"«далее 1 раз в год»", "Декабрь 2024, далее 1 раз в год", P3,
         recurring({r("2024-12-01", "2024-12-31"), r("2025-12-01", "2025-12-31")})},
        {"«ежегодно, начиная с …»", "Ежегодно, начиная с сентября 2024 г.", P3,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-09-01", "2025-09-30")})},
        {"«с … ежегодно»", "с сентября 2024 г. ежегодно", P3,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-09-01", "2025-09-30")})},
        {"«август-сентябрь ежегодно»: yearly, clipped", "август-сентябрь ежегодно", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-08-01", "2025-08-31")})},
    });
}

TEST(DeadlineWider, TheSchoolYearsEdges) {
    // Decision: the school year ends with May (lessons end by 31 May, the federal calendar's
    // last weeks), so «в конце учебного года» is 15-31 May; «до конца учебного года» is due by
    // 31 May; «в начале учебного года» is September.
    const DateRange P2 = r("2024-09-01", "2026-08-31");
    check({
        {"«в конце учебного года»: 15-31 May", "в конце учебного года", P000, recurring({r("2025-05-15", "2025-05-31")})},
        {"every school year of the period", "В конце учебного года", P2,
         recurring({r("2025-05-15", "2025-05-31"), r("2026-05-15", "2026-05-31")})},
        {"«конец уч. года»", "конец уч. года", P000, recurring({r("2025-05-15", "2025-05-31")})},
        {"«по окончании учебного года»", "по окончании учебного года", P000, recurring({r("2025-05-15", "2025-05-31")})},
        {"«по итогам учебного года»", "по итогам учебного года", P000, recurring({r("2025-05-15", "2025-05-31")})},
        {"«до конца учебного года»: due by 31 May", "до конца учебного года", P000, recurring({r("2024-09-01", "2025-05-31")})},
        {"due by 31 May, every school year", "до конца учебного года", P2,
         recurring({r("2024-09-01", "2025-05-31"), r("2025-06-01", "2026-05-31")})},
        {"«к концу учебного года»", "к концу учебного года", P000, recurring({r("2024-09-01", "2025-05-31")})},
        {"a named school year", "в конце 2024-2025 учебного года", P2, window("2025-05-15", "2025-05-31")},
        {"by the end of a named school year", "до конца 2024-2025 учебного года", P2, window("2024-09-01", "2025-05-31")},
        {"«в начале учебного года»: September", "в начале учебного года", P000, recurring({r("2024-09-01", "2024-09-30")})},
        {"«…, ежегодно» changes nothing", "В начале учебного года, ежегодно", P2,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-09-01", "2025-09-30")})},
        {"a calendar-year period: May of it", "в конце учебного года", P002, recurring({r("2024-05-15", "2024-05-31")})},
        {"«в начале и в конце учебного года»: both edges", "в начале и в конце учебного года", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-05-15", "2025-05-31")})},
        {"«ежегодно» before the edge changes nothing", "ежегодно в конце учебного года", P2,
         recurring({r("2025-05-15", "2025-05-31"), r("2026-05-15", "2026-05-31")})},
        {"«Ежегодно по итогам учебного года»", "Ежегодно по итогам учебного года", P000,
         recurring({r("2025-05-15", "2025-05-31")})},
        {"«до начала учебного года»: due by 31 August", "до начала учебного года", P000,
         recurring({r("2024-09-01", "2025-08-31")})},
        {"«к началу учебного года», a calendar year", "к началу учебного года", P002, recurring({r("2024-01-01", "2024-08-31")})},
        {"«ежегодно в течение учебного года»: the whole period", "ежегодно в течение учебного года", P000, whole(P000)},
    });
}

TEST(DeadlineWider, VariantsRealTablesWrite) {
    check({
        {"«ежеквартально»: calendar quarters", "Ежеквартально", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2024-10-01", "2024-12-31"), r("2025-01-01", "2025-03-31"),
                    r("2025-04-01", "2025-06-30"), r("2025-07-01", "2025-08-31")})},
        {"«1 раз в полугодие»: school halves", "1 раз в полугодие", P000,
         recurring({r("2024-09-01", "2024-12-31"), r("2025-01-01", "2025-05-31")})},
        {"«в течение учебного года»", "в течение учебного года", P000, whole(P000)},
        {"«по итогам года»", "по итогам года", P000, count(1, {P000})},
        {"«по итогам полугодия»", "по итогам полугодия", P000,
         recurring({r("2024-09-01", "2024-12-31"), r("2025-01-01", "2025-05-31")})},
        {"«по итогам четверти»", "по итогам четверти", P000,
         recurring({r("2024-09-01", "2024-10-31"), r("2024-11-01", "2024-12-31"), r("2025-01-01", "2025-03-31"),
                    r("2025-04-01", "2025-05-31")})},
        {"«по итогам I полугодия»: the first half", "по итогам I полугодия", P000, window("2024-09-01", "2024-12-31")},
        {"«в конце 2 четверти»: the second quarter", "в конце 2 четверти", P000, window("2024-11-01", "2024-12-31")},
        {"«по окончании I полугодия 2024/2025 уч. г.»", "по окончании I полугодия 2024/2025 уч. г.", P000,
         window("2024-09-01", "2024-12-31")},
        {"a date", "01.09.2024", P000, window("2024-09-01", "2024-09-01")},
        {"due by a date", "до 30.09.2024", P000, window("2024-09-01", "2024-09-30")},
        {"due by a date with «г.» glued", "до 01.10.2024г.", P000, window("2024-09-01", "2024-10-01")},
        {"«с … по …» dates", "с 01.09.2024 по 31.05.2025", P000, window("2024-09-01", "2025-05-31")},
        {"«с … г. по … г.»", "с 01.09.2024 г. по 31.05.2025 г.", P000, window("2024-09-01", "2025-05-31")},
        {"«IV квартал 2024»", "IV квартал 2024", P000, window("2024-10-01", "2024-12-31")},
        {"«4 квартал 2024 года»", "4 квартал 2024 года", P000, window("2024-10-01", "2024-12-31")},
        {"«кв.» for «квартал»", "4 кв. 2024", P000, window("2024-10-01", "2024-12-31")},
        {"two half-years with one unit word", "По итогам I и II полугодия", P000,
         recurring({r("2024-09-01", "2024-12-31"), r("2025-01-01", "2025-05-31")})},
        {"«I, II полугодие»", "I, II полугодие", P000, recurring({r("2024-09-01", "2024-12-31"), r("2025-01-01", "2025-05-31")})},
        {"«1 и 2 четверть»", "1 и 2 четверть", P000, recurring({r("2024-09-01", "2024-10-31"), r("2024-11-01", "2024-12-31")})},
        {"«III кв. 2024 г.»", "III кв. 2024 г.", P000, window("2024-07-01", "2024-09-30")},
        {"«в конце 2024 года»: its December", "в конце 2024 года", P000, window("2024-12-01", "2024-12-31")},
        {"«ежегодно, в течение сентября»", "ежегодно, в течение сентября", P000, recurring({r("2024-09-01", "2024-09-30")})},
        {"«1 полугодие 2024/2025 уч. года»", "1 полугодие 2024/2025 уч. года", P000, window("2024-09-01", "2024-12-31")},
        {"«II полугодие 2024-2025 уч.г.»", "II полугодие 2024-2025 уч.г.", P000, window("2025-01-01", "2025-05-31")},
        {"«2 раза в год (декабрь, май)»", "2 раза в год (декабрь, май)", P000,
         recurring({r("2024-12-01", "2024-12-31"), r("2025-05-01", "2025-05-31")})},
        {"«Октябрь 2024 – май 2025»", "Октябрь 2024 – май 2025", P000, window("2024-10-01", "2025-05-31")},
        {"«с сентября 2024 по май 2025»", "с сентября 2024 по май 2025", P000, window("2024-09-01", "2025-05-31")},
        {"«не позднее 25.05.2025»", "не позднее 25.05.2025", P000, window("2024-09-01", "2025-05-25")},
        {"«Ежегодно, до 30 мая»", "Ежегодно, до 30 мая", P000, recurring({r("2024-09-01", "2025-05-30")})},
        {"from a date on: to the period's end", "с 01.09.2024", P000, window("2024-09-01", "2025-08-31")},
        {"«начиная с сентября 2024»", "начиная с сентября 2024", P000, window("2024-09-01", "2025-08-31")},
        {"«с октября 2024 г.»", "с октября 2024 г.", P000, window("2024-10-01", "2025-08-31")},
        {"a decade: «первая декада сентября»", "первая декада сентября", P000, window("2024-09-01", "2024-09-10")},
        {"«II декада октября 2024»", "II декада октября 2024", P000, window("2024-10-11", "2024-10-20")},
        {"«третья декада мая»", "третья декада мая", P000, window("2025-05-21", "2025-05-31")},
        {"«вторая половина сентября»: days 16-30", "вторая половина сентября", P000, window("2024-09-16", "2024-09-30")},
        {"«первая половина октября 2024»", "первая половина октября 2024", P000, window("2024-10-01", "2024-10-15")},
        {"«вторая половина февраля 2025»: to the month's end", "вторая половина февраля 2025", P000,
         window("2025-02-16", "2025-02-28")},
        {"«до середины октября»: due on the 15th", "до середины октября", P000, window("2024-09-01", "2024-10-15")},
        {"«последняя неделя мая»: its last seven days", "последняя неделя мая", P000, window("2025-05-25", "2025-05-31")},
        {"«последняя неделя июня»: cut at the month's end", "последняя неделя июня", P000, window("2025-06-25", "2025-06-30")},
        {"«ежегодно в сентябре»", "Ежегодно в сентябре", P000, recurring({r("2024-09-01", "2024-09-30")})},
        {"«Сентябрь-май»: one window", "Сентябрь-май", P000, window("2024-09-01", "2025-05-31")},
        {"«в течение I полугодия»", "В течение I полугодия", P000, window("2024-09-01", "2024-12-31")},
        {"«не реже 1 раза в четверть»", "не реже 1 раза в четверть", P000,
         recurring({r("2024-09-01", "2024-10-31"), r("2024-11-01", "2024-12-31"), r("2025-01-01", "2025-03-31"),
                    r("2025-04-01", "2025-05-31")})},
        {"«май, сентябрь ежегодно»", "май, сентябрь ежегодно", P000,
         recurring({r("2024-09-01", "2024-09-30"), r("2025-05-01", "2025-05-31")})},
    });
}

TEST(DeadlineNames, KindsAndLowerCase) {
    EXPECT_EQ(domain::to_string(ScheduleKind::window), "window");
    EXPECT_EQ(domain::to_string(ScheduleKind::recurring), "recurring");
    EXPECT_EQ(domain::to_string(ScheduleKind::whole_period), "whole_period");
    EXPECT_EQ(domain::to_string(ScheduleKind::count_per_year), "count_per_year");
    EXPECT_EQ(domain::to_string(ScheduleKind::unscheduled), "unscheduled");
    EXPECT_EQ(domain::lower_ru("СЕНТЯБРЬ Ёлка ABC xyz 2024"), "сентябрь ёлка abc xyz 2024");
    EXPECT_EQ(domain::lower_ru("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"), "абвгдежзийклмнопрстуфхцчшщъыьэюя");
    EXPECT_EQ(domain::lower_ru("a\xFF"), "a\xEF\xBF\xBD");
}

}  // namespace
