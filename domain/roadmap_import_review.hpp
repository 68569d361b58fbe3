#pragma once
// What an import doubted once the period is known (domain/roadmap_import.hpp reports the
// structural doubts): the due windows that fall outside the roadmap's period, and a period
// the caller did not give.
//
// A period not given is inferred:
//  * from the document's title when it names one: «на 2024-2025 учебный год», «2023– 2024
//    уч.г.», «2024/2025» → 1 September .. 31 August (two consecutive years without «гг.»/«годы»
//    are a school year, as in the deadline grammar); «в 2024 году» → that calendar year; «с 2021
//    по 2024 год», «2022-2024 гг.» → 1 January of the first .. 31 December of the last;
//  * else from the years written in the deadlines: the dates every deadline gives whatever the
//    period (those with a year) — one school year when they fit in one, else one calendar year
//    when they fit in one, else the school years from the first to the last.
// Either way the import says so (`period-inferred`, on the title's line or on the earliest
// dated item's line). At most six years (domain::check_period); longer is no inference.
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/import_warning.hpp"
#include "domain/roadmap_import.hpp"

namespace domain {

struct InferredPeriod {
    DateRange period;
    int line = 0;         // the title's line, or the earliest dated item's
    bool from_title = false;
};

std::optional<InferredPeriod> infer_import_period(const ImportedRoadmap& parsed);

// The years a text names as a period («на 2024-2025 учебный год»), or nothing.
std::optional<DateRange> period_named_in(std::string_view text);

// The `period-inferred` warning for an inferred period.
ImportWarning period_inferred_warning(const InferredPeriod& p);

// One `window-outside-period` warning per item whose deadline gives a window not inside `period`.
std::vector<ImportWarning> windows_outside_period(const ImportedRoadmap& parsed, const DateRange& period);

}  // namespace domain
