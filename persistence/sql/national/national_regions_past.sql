-- Every region's row, with the region route's rules: active organisations only, each with its
-- counts when it has an approved roadmap (the district's own roadmap matches no organisation);
-- fully compliant = something due and all of it done; with_roadmap = active organisations with
-- counts. One pass over organisations joined to their counts, summed per district, then per region.
-- As of a past date, from the changes kept on write (V0008): the month's totals where they
-- match the district's version, else the day deltas. $1 the date (YYYY-MM-DD).
WITH
  hv AS MATERIALIZED (
    SELECT d.id AS sid, coalesce(v.version, 0) AS sv,
           EXISTS (SELECT 1 FROM compliance_month_totals t WHERE t.district_id = d.id AND t.month = date_trunc('month', $1::date)::date
                     AND t.version = coalesce(v.version, 0)) AS kept
    FROM districts d LEFT JOIN district_versions v ON v.district_id = d.id
    WHERE true),
  hist AS (
    SELECT x.district_id, x.organization_id, sum(x.due)::int AS due, sum(x.done)::int AS done,
           sum(x.done_on_time)::int AS on_time, (sum(x.occurrences) - sum(x.due))::int AS later,
           sum(x.unscheduled)::int AS unscheduled
    FROM (SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_month_totals WHERE organization_id IS NOT NULL AND month = date_trunc('month', $1::date)::date AND district_id = hv.sid AND version = hv.sv) y
          WHERE hv.kept
          UNION ALL
          SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_day_deltas WHERE organization_id IS NOT NULL AND day >= date_trunc('month', $1::date)::date AND day <= $1::date
          UNION ALL
          SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled FROM compliance_day_deltas WHERE organization_id IS NOT NULL AND day < date_trunc('month', $1::date)::date AND district_id = hv.sid) y
          WHERE NOT hv.kept) x
    GROUP BY x.district_id, x.organization_id
    HAVING sum(x.roadmaps) > 0)
,
  per_district AS (
    SELECT o.district_id, count(*)::int AS organizations, count(s.organization_id)::int AS with_roadmap,
           count(*) FILTER (WHERE s.due > 0 AND s.done = s.due)::int AS fully,
           sum(s.due)::int AS due, sum(s.done)::int AS done,
           sum(s.on_time)::int AS on_time, sum(s.later)::int AS later,
           sum(s.unscheduled)::int AS unscheduled
    FROM organizations o
    LEFT JOIN hist s ON s.district_id = o.district_id AND s.organization_id = o.id
    WHERE o.status = 'active'
    GROUP BY o.district_id)
  SELECT r.id::text, r.name, r.code, count(d.id)::int AS districts,
         coalesce(sum(p.organizations), 0)::int AS organizations, coalesce(sum(p.fully), 0)::int AS fully_compliant,
         coalesce(sum(p.due), 0)::int AS due, coalesce(sum(p.done), 0)::int AS done,
         coalesce(sum(p.on_time), 0)::int AS done_on_time, coalesce(sum(p.later), 0)::int AS due_later,
         coalesce(sum(p.unscheduled), 0)::int AS unscheduled, coalesce(sum(p.with_roadmap), 0)::int AS with_roadmap
  FROM regions r
  LEFT JOIN districts d ON d.region_id = r.id
  LEFT JOIN per_district p ON p.district_id = d.id
  GROUP BY r.id, r.name, r.code
  ORDER BY r.name, r.id
