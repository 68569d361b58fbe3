-- Districts with a summary row from an earlier day (or, after a clock change, a later one).
-- The system scope reads the summaries but not the roadmaps and occurrences behind them (tenant
-- rows): it finds the stale rows; each district's scope recomputes them. No parameters.
  SELECT DISTINCT s.district_id::text FROM compliance_summary s
  WHERE s.valid_until < current_date OR s.as_of > current_date
