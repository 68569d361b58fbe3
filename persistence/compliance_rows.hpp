#pragma once
// Reading compliance counts from a result row by column name, shared by the district, region
// and national statements: the five counts and the roll-up rows around them.
#include "domain/compliance.hpp"
#include "persistence/pg.hpp"

namespace persistence {

// The counts by column name: due, done, done_on_time, due_later, unscheduled.
inline domain::ComplianceCounts counts_of(const pg::Result& r, int row) {
    domain::ComplianceCounts c;
    c.due = r.integer(row, "due");
    c.done = r.integer(row, "done");
    c.done_on_time = r.integer(row, "done_on_time");
    c.due_later = r.integer(row, "due_later");
    c.unscheduled = r.integer(row, "unscheduled");
    return c;
}
// A roll-up row (a district of a region, a region of the country): organizations,
// fully_compliant, the counts, with_roadmap (organisations with an approved roadmap).
template <class Row>
void rollup_of(Row& row, const pg::Result& r, int i) {
    row.organizations = r.integer(i, "organizations");
    row.fully_compliant = r.integer(i, "fully_compliant");
    row.counts = counts_of(r, i);
    row.without_approved_roadmap = row.organizations - r.integer(i, "with_roadmap");
}

}  // namespace persistence
