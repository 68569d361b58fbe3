#pragma once
// Dates and schedules for the deadline grammar (domain/deadline.hpp): the calendar helpers it
// needs (only the inline part of domain/date.hpp is used) and the ways a Schedule is made.
#include <optional>
#include <string>
#include <vector>

#include "domain/deadline.hpp"

namespace domain::deadline {

int eom(int y, int m);  // the last day of the month
std::optional<Date> make(int y, int m, int d);
std::optional<DateRange> intersect(const DateRange& a, const DateRange& b);
bool contains(const DateRange& outer, const DateRange& inner);
long distance(const DateRange& a, const DateRange& b);  // days between, 0 when they overlap
// A period that starts in August or September follows school years.
bool school_aligned(const DateRange& p);

Schedule unscheduled(std::string reason);
// Windows sorted by start, then end, identical ones merged.
void normalize(std::vector<DateRange>& w);
Schedule with_windows(ScheduleKind k, std::vector<DateRange> w);

}  // namespace domain::deadline
