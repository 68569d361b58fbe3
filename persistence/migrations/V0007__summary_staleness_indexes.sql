-- Rows from another day are looked for on every read as of today (a district's, a region's,
-- the country's); these keep that look-up from reading every summary.
CREATE INDEX compliance_summary_valid_until_idx ON compliance_summary (valid_until);
CREATE INDEX compliance_summary_as_of_idx ON compliance_summary (as_of);
