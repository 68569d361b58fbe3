-- Every region's row, with the region route's rules: active organisations only, each with its
-- counts when it has an approved roadmap (the district's own roadmap matches no organisation);
-- fully compliant = something due and all of it done; with_roadmap = active organisations with
-- counts. One pass over organisations joined to their counts, summed per district, then per region.
-- As of today, from the summaries (compliance_summary). No parameters.
WITH
  summary AS (
    SELECT district_id, owner_key, organization_id, items_due AS due, items_done AS done,
           items_done_on_time AS on_time, items_due_later AS later, items_unscheduled AS unscheduled
    FROM compliance_summary WHERE has_approved_roadmap AND true),
  per_district AS (
    SELECT o.district_id, count(*)::int AS organizations, count(s.organization_id)::int AS with_roadmap,
           count(*) FILTER (WHERE s.due > 0 AND s.done = s.due)::int AS fully,
           sum(s.due)::int AS due, sum(s.done)::int AS done,
           sum(s.on_time)::int AS on_time, sum(s.later)::int AS later,
           sum(s.unscheduled)::int AS unscheduled
    FROM organizations o
    LEFT JOIN summary s ON s.district_id = o.district_id AND s.owner_key = o.id
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
