#pragma once
// Reading compliance counts from a result row, shared by the district, region and national
// statements: five integer columns from `first` on — due, done, done on time, due later,
// unscheduled.
#include "domain/compliance.hpp"
#include "persistence/pg.hpp"

namespace persistence {

inline domain::ComplianceCounts counts_at(const pg::Result& r, int row, int first) {
    domain::ComplianceCounts c;
    c.due = r.integer(row, first);
    c.done = r.integer(row, first + 1);
    c.done_on_time = r.integer(row, first + 2);
    c.due_later = r.integer(row, first + 3);
    c.unscheduled = r.integer(row, first + 4);
    return c;
}

}  // namespace persistence
