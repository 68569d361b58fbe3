#pragma once
// Deadline grammar: a free-text Russian deadline («Срок реализации», «Сроки», «Период»)
// plus the roadmap's period becomes a Schedule of due windows (see docs/domain.md,
// «Deadlines»). Pure standard library; never throws.
// The grammar's parts are in domain/deadline/ (parser.hpp says which is which): the lexer,
// its words, the phrases, the occurrences they make, the whole-text rules and the markers
// that decide at once; parse.cpp is this header's entry.
//
// Decisions where the design is silent:
//  * Input: texts over kMaxDeadlineTextBytes bytes (or over 256 tokens) are unscheduled, and
//    so is a schedule of more than 5000 windows (only possible with centuries-long periods).
//    Invalid UTF-8 never throws: bad bytes are «not understood»; every `reason` is valid
//    UTF-8. The period must be a valid range with years in 1900..2200, else unscheduled.
//  * Explicit windows are kept as written, even outside the period («Август 2024» in the
//    2024-2025 school year, «Декабрь 2022 – май 2023» in 2023-2024): the text wins and the
//    caller can flag windows outside the period. Windows the parser generates from the
//    period (ежегодно, N раз в год with months, quarters, months, count_per_year,
//    whole_period) are clipped to the period; occurrences not overlapping it are dropped.
//  * A date or month without a year takes the first occurrence that lies inside the
//    period, else the first that overlaps it, else the nearest one. In lists a missing
//    year is taken from the next item that has one («сентябрь, октябрь 2024»), else from
//    the previous one («декабрь 2023 и май» → May 2024); a range's missing start year is
//    taken from its end («Декабрь – январь 2024» → Dec 2023 .. Jan 2024). A bare year closing
//    a list of yearless items is their year («до 1 октября; 2024» → by 2024-10-01).
//  * «до D» / «к D» / «не позднее D» → [period start, D]; [D, D] when D precedes the period.
//    «до <month>» means by the 1st of that month; «до конца <month>» by its last day.
//    «Ежегодно до D» → windows [previous due + 1 day (or period start), D] each year.
//  * Lists (commas, «и», «;», «/», or plain juxtaposition «Сентябрь 2020 Сентябрь – октябрь
//    2020») → kind recurring with every window sorted (identical windows merged), or
//    window when only one remains. «Ежегодно …» and «N раз в год <months>» are always
//    recurring, even when the period holds one occurrence; recurring with no occurrence in
//    the period is unscheduled ("no occurrence within the period").
//  * Weeks: «N неделя <month>» = days 7(N-1)+1 .. 7N (5th week ends at the month's end).
//    «начало/середина/конец <month>» = days 1-10 / 11-20 / 21-end.
//  * School quarters («четверть»), Russian convention rounded to whole months since holiday
//    dates vary by region and year: I = 1 Sep-31 Oct, II = 1 Nov-31 Dec, III = 1 Jan-31 Mar,
//    IV = 1 Apr-31 May (summer has no quarter). Calendar quarters («квартал»): Jan-Mar, ….
//    DeadlineOptions::quarter_mode governs «четверть» texts (default school) and
//    DeadlineOptions::kvartal_mode governs «квартал» texts (default calendar).
//    Half-years («полугодие») with an explicit calendar year are Jan-Jun / Jul-Dec; without
//    a year they follow the period: school halves (Sep-Dec, Jan-May) when the period starts
//    in August or September, calendar halves otherwise.
//  * count_per_year windows: one per school year (1 Sep-31 Aug) when the period starts in
//    August or September, else one per calendar year; clipped to the period.
//    «N раз в квартал/месяц/полугодие» with N > 1 become count_per_year (N × units a year).
//    Daily/weekly activities («ежедневно», «еженедельно», «раз в неделю») are whole_period.
//  * «В течение <year or school year>» (and a text that is just a year: «2024 г.»,
//    «2023-2024 уч.г.») → whole_period, window = that span clipped to the period; if the
//    span misses the period entirely the span itself is returned as kind window.
//    «Y1-Y2» with consecutive years and no «гг.» is a school year; «Y1-Y2 гг.» calendar years.
//  * A day of every month («до 5 числа каждого месяца», «ежемесячно, до 10-го числа»,
//    «ежемесячно до 5», «до 15 числа» — a day without a month is a day of every month): one
//    due per month of the period on that day (a shorter month's last day), windows from the
//    day after the previous due («до»/«к»/«не позднее»), or the day itself without them;
//    «ежемесячно (сентябрь-май)», «ежемесячно с сентября по май» keep only those months.
//  * A first date, then every year («Сентябрь 2024, далее ежегодно», «до 1 октября 2023 г. и
//    далее ежегодно», «…, затем ежегодно», «… и в дальнейшем ежегодно»): the first window (or
//    due date) repeated a year later and so on; the repeats outside the period are dropped,
//    the first one too unless none is left (then it stays as written). Kind recurring.
//  * The school year's edges, every school year of the period (or the one named): it ends
//    with May (lessons end by 31 May in the federal calendar, the last weeks being the
//    summing-up), so «в конце учебного года», «конец уч. года», «по окончании/по итогам/по
//    завершении учебного года» = 15-31 May; «до конца/к концу/до окончания учебного года» =
//    due by 31 May; «в начале учебного года» = September.
//  * «по итогам I полугодия», «в конце 2 четверти», «по окончании I полугодия 2024/2025 уч. г.»
//    = the half-year or quarter named (its end read as the whole of it); «I и II полугодие»,
//    «1, 2 четверть» = each of them; «кв.» = «квартал»; «в конце 2024 года» = its December.
//  * Parts of a month: decades («первая декада сентября» = 1-10, II = 11-20, III = 21-end),
//    halves («первая половина» = 1-15, «вторая» = 16-end), «последняя неделя» = 25-end;
//    «до середины октября» = by the 15th.
//  * From a start on: «с 01.09.2024», «начиная с сентября 2024» = that start .. the period's
//    end (kind window); «ежегодно, начиная с сентября 2024 г.» = «Сентябрь 2024, далее ежегодно».
//  * A parenthesised qualifier does not change a schedule the rest defines:
//    «На регулярной основе (по запросу)» is whole_period. Parentheses holding the dates
//    themselves are read («2 раза в год (май, ноябрь)»).
//  * Unscheduled phrases (по запросу, по мере необходимости, по плану …, в соответствии …,
//    согласно …, в отчетный период, по согласованию …) win over any dates in the main text.
//    Placeholders («--», «-», «нет») are unscheduled "no deadline given".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "domain/text/russian.hpp"  // lower_ru, which callers of the grammar also use

namespace domain {

enum class ScheduleKind { window, recurring, whole_period, count_per_year, unscheduled };
std::string_view to_string(ScheduleKind) noexcept;

// «Каждую четверть» = school quarters; «Раз в квартал» = calendar quarters by default.
enum class QuarterMode { school, calendar };

struct DeadlineOptions {
    QuarterMode quarter_mode = QuarterMode::school;    // texts with «четверть»
    QuarterMode kvartal_mode = QuarterMode::calendar;  // texts with «квартал», «ежеквартально»
};

struct Schedule {
    ScheduleKind kind = ScheduleKind::unscheduled;
    std::vector<DateRange> windows;     // every due window (occurrence), sorted by start, then end
    std::optional<int> times_per_year;  // for count_per_year
    std::optional<std::string> reason;  // for unscheduled: why (always valid UTF-8)
    friend bool operator==(const Schedule&, const Schedule&) = default;
};

inline constexpr std::size_t kMaxDeadlineTextBytes = 4096;

Schedule parse_deadline(std::string_view text, const DateRange& period, const DeadlineOptions& = {}) noexcept;

}  // namespace domain
