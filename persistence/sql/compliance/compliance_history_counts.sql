-- Each roadmap owner's counts as of a past day from the valid-time changes kept on write (V0008,
-- V0009): its month's totals (compliance_fill_month_totals first) where summed at the district's
-- current version, else every change before the month; then the days of its own month. An owner
-- counts while one of its roadmaps does. $1 district id, $2 the day, $3 one organisation (null: all).
-- variant all: $3 is NULL
WITH
  hv AS MATERIALIZED (
    SELECT d.id AS sid, coalesce(v.version, 0) AS sv,
           EXISTS (SELECT 1 FROM compliance_month_totals t WHERE t.district_id = d.id AND t.month = date_trunc('month', $2::date)::date
                     AND t.version = coalesce(v.version, 0)) AS kept
    FROM districts d LEFT JOIN district_versions v ON v.district_id = d.id
    WHERE d.id = $1::uuid),
  hist AS (
    SELECT x.district_id, x.organization_id, sum(x.due)::int AS due, sum(x.done)::int AS done,
           sum(x.done_on_time)::int AS on_time, (sum(x.occurrences) - sum(x.due))::int AS later,
           sum(x.unscheduled)::int AS unscheduled
    FROM (SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_month_totals WHERE district_id = $1::uuid AND ($3::uuid IS NULL OR organization_id = $3::uuid) AND month = date_trunc('month', $2::date)::date AND district_id = hv.sid AND version = hv.sv) y
          WHERE hv.kept
          UNION ALL
          SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_day_deltas WHERE district_id = $1::uuid AND ($3::uuid IS NULL OR organization_id = $3::uuid) AND day >= date_trunc('month', $2::date)::date AND day <= $2::date
          UNION ALL
          SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_day_deltas WHERE district_id = $1::uuid AND ($3::uuid IS NULL OR organization_id = $3::uuid) AND day < date_trunc('month', $2::date)::date AND district_id = hv.sid) y
          WHERE NOT hv.kept) x
    GROUP BY x.district_id, x.organization_id
    HAVING sum(x.roadmaps) > 0)

  SELECT organization_id::text, due, done, on_time AS done_on_time, later AS due_later, unscheduled FROM hist
