#pragma once
// Reading compliance counts from a result row, shared by the district, region and national
// statements: five integer columns from `first` on — due, done, done on time, due later,
// unscheduled — and the roll-up rows around them.
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

// A roll-up row (a district of a region, a region of the country) from `first` on:
// organisations, fully compliant, the five counts, organisations with an approved roadmap.
template <class Row>
void rollup_at(Row& row, const pg::Result& r, int i, int first) {
    row.organizations = r.integer(i, first);
    row.fully_compliant = r.integer(i, first + 1);
    row.counts = counts_at(r, i, first + 2);
    row.without_approved_roadmap = row.organizations - r.integer(i, first + 7);
}

// The same by column name: the counts as due, done, done_on_time, due_later, unscheduled;
// a roll-up as organizations, fully_compliant, the counts and with_roadmap.
inline domain::ComplianceCounts counts_of(const pg::Result& r, int row) {
    domain::ComplianceCounts c;
    c.due = r.integer(row, "due");
    c.done = r.integer(row, "done");
    c.done_on_time = r.integer(row, "done_on_time");
    c.due_later = r.integer(row, "due_later");
    c.unscheduled = r.integer(row, "unscheduled");
    return c;
}
template <class Row>
void rollup_of(Row& row, const pg::Result& r, int i) {
    row.organizations = r.integer(i, "organizations");
    row.fully_compliant = r.integer(i, "fully_compliant");
    row.counts = counts_of(r, i);
    row.without_approved_roadmap = row.organizations - r.integer(i, "with_roadmap");
}

}  // namespace persistence
