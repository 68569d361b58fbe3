-- Fills the month totals of $1's month (V0008, compliance_month_totals; a month that has begun)
-- for the districts (every one) that lack them at their current version and have changes before it,
-- stamped with that version (V0009: a progress record dated in the past changes a closed month;
-- the next version finds these stale and sums them again). One statement, so the version and
-- the changes summed are of one snapshot; once there, a few index probes. $1 the day, $2 null.
  WITH m AS (SELECT date_trunc('month', $1::date)::date AS month),
  lacking AS (
    SELECT d.id, m.month, coalesce(v.version, 0) AS version FROM districts d CROSS JOIN m
    LEFT JOIN district_versions v ON v.district_id = d.id
    WHERE $2::uuid IS NULL
      AND m.month <= date_trunc('month', current_date)::date
      AND NOT EXISTS (SELECT 1 FROM compliance_month_totals t WHERE t.district_id = d.id AND t.month = m.month
                        AND t.version = coalesce(v.version, 0))
      AND EXISTS (SELECT 1 FROM compliance_day_deltas x WHERE x.district_id = d.id AND x.day < m.month))
  INSERT INTO compliance_month_totals AS t (district_id, month, owner_key, organization_id, roadmaps, occurrences, due,
                                            done, done_on_time, unscheduled, version)
  SELECT x.district_id, lacking.month, x.owner_key, x.organization_id, sum(x.roadmaps), sum(x.occurrences), sum(x.due),
         sum(x.done), sum(x.done_on_time), sum(x.unscheduled), lacking.version
  FROM lacking JOIN compliance_day_deltas x ON x.district_id = lacking.id AND x.day < lacking.month
  GROUP BY x.district_id, lacking.month, lacking.version, x.owner_key, x.organization_id
  ORDER BY x.district_id, x.owner_key  -- rows locked in key order: concurrent fills never deadlock
  ON CONFLICT (district_id, month, owner_key) DO UPDATE SET
    organization_id = EXCLUDED.organization_id, roadmaps = EXCLUDED.roadmaps, occurrences = EXCLUDED.occurrences,
    due = EXCLUDED.due, done = EXCLUDED.done, done_on_time = EXCLUDED.done_on_time,
    unscheduled = EXCLUDED.unscheduled, version = EXCLUDED.version
  WHERE t.version < EXCLUDED.version
