-- A region's districts, one row each, with the region route's rules: active organisations,
-- fully compliant ones (something due and all of it done), the counts summed, organisations
-- with counts (an approved roadmap). As of a past day, from the changes kept on write (V0008). $1 region id, $2 the day.
WITH
  hv AS MATERIALIZED (
    SELECT d.id AS sid, coalesce(v.version, 0) AS sv,
           EXISTS (SELECT 1 FROM compliance_month_totals t WHERE t.district_id = d.id AND t.month = date_trunc('month', $2::date)::date
                     AND t.version = coalesce(v.version, 0)) AS kept
    FROM districts d LEFT JOIN district_versions v ON v.district_id = d.id
    WHERE d.region_id = $1::uuid),
  hist AS (
    SELECT x.district_id, x.organization_id, sum(x.due)::int AS due, sum(x.done)::int AS done,
           sum(x.done_on_time)::int AS on_time, (sum(x.occurrences) - sum(x.due))::int AS later,
           sum(x.unscheduled)::int AS unscheduled
    FROM (SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_month_totals WHERE district_id IN (SELECT id FROM districts WHERE region_id = $1::uuid) AND organization_id IS NOT NULL AND month = date_trunc('month', $2::date)::date AND district_id = hv.sid AND version = hv.sv) y
          WHERE hv.kept
          UNION ALL
          SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_day_deltas WHERE district_id IN (SELECT id FROM districts WHERE region_id = $1::uuid) AND organization_id IS NOT NULL AND day >= date_trunc('month', $2::date)::date AND day <= $2::date
          UNION ALL
          SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_day_deltas WHERE district_id IN (SELECT id FROM districts WHERE region_id = $1::uuid) AND organization_id IS NOT NULL AND day < date_trunc('month', $2::date)::date AND district_id = hv.sid) y
          WHERE NOT hv.kept) x
    GROUP BY x.district_id, x.organization_id
    HAVING sum(x.roadmaps) > 0)
,
  cnt AS (SELECT * FROM hist)
  SELECT d.id::text, d.name, d.code,
         (SELECT count(*) FROM organizations o WHERE o.district_id = d.id AND o.status = 'active')::int AS organizations,
         (count(h.organization_id) FILTER (WHERE h.due > 0 AND h.done = h.due))::int AS fully_compliant,
         coalesce(sum(h.due), 0)::int AS due, coalesce(sum(h.done), 0)::int AS done,
         coalesce(sum(h.on_time), 0)::int AS done_on_time, coalesce(sum(h.later), 0)::int AS due_later,
         coalesce(sum(h.unscheduled), 0)::int AS unscheduled, count(h.organization_id)::int AS with_roadmap
  FROM districts d
  LEFT JOIN cnt h ON h.district_id = d.id
       AND EXISTS (SELECT 1 FROM organizations o WHERE o.district_id = h.district_id
                     AND o.id = h.organization_id AND o.status = 'active')
  WHERE d.region_id = $1::uuid
  GROUP BY d.id, d.name, d.code
  ORDER BY d.name, d.id
