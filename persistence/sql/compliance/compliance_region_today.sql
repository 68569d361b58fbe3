-- A region's districts, one row each, with the region route's rules: active organisations,
-- fully compliant ones (something due and all of it done), the counts summed, organisations
-- with counts (an approved roadmap). As of today, from the summaries. $1 region id.
WITH
  summary AS (
    SELECT district_id, owner_key, organization_id, items_due AS due, items_done AS done,
           items_done_on_time AS on_time, items_due_later AS later, items_unscheduled AS unscheduled
    FROM compliance_summary WHERE has_approved_roadmap AND district_id IN (SELECT id FROM districts WHERE region_id = $1::uuid) AND organization_id IS NOT NULL),
  cnt AS (SELECT * FROM summary)
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
