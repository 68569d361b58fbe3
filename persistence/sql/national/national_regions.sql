-- Every region's row, with the region route's rules: active organisations only, each with its
-- counts when it has an approved roadmap (the district's own roadmap matches no organisation);
-- fully compliant = something due and all of it done; with_roadmap = active organisations with
-- counts. As of today, from each district's roll-up kept on write (V0016: the same figures
-- summed from compliance_summary and organizations), summed per region. No parameters.
  SELECT r.id::text, r.name, r.code, count(d.id)::int AS districts,
         coalesce(sum(t.organizations), 0)::int AS organizations, coalesce(sum(t.fully), 0)::int AS fully_compliant,
         coalesce(sum(t.due), 0)::int AS due, coalesce(sum(t.done), 0)::int AS done,
         coalesce(sum(t.done_on_time), 0)::int AS done_on_time, coalesce(sum(t.due_later), 0)::int AS due_later,
         coalesce(sum(t.unscheduled), 0)::int AS unscheduled, coalesce(sum(t.with_roadmap), 0)::int AS with_roadmap
  FROM regions r
  LEFT JOIN districts d ON d.region_id = r.id
  LEFT JOIN compliance_district_totals t ON t.district_id = d.id
  GROUP BY r.id, r.name, r.code
  ORDER BY r.name, r.id
