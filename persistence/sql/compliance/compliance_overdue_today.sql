-- The oldest overdue occurrences as of today, at most $4, of the district's own roadmap ($3
-- true) or of its active organisations' roadmaps, from the open occurrences kept on write
-- (compliance_open_occurrences, V0014: not cancelled, not done with evidence, of approved,
-- current roadmaps of the district or an active organisation). One index range scan in due
-- order takes the first $4 due by today with every tie of the last; only their items are
-- looked up. Each row: organization_id, roadmap_id, item_id, number, title, deadline_text,
-- responsible, starts_on, due_on, status, completed_on, has_evidence, evidence_title/_number/_url.
-- $1 district id, $2 today, $3 the district's own roadmap, $4 how many.
  WITH cand AS (
    SELECT x.* FROM compliance_open_occurrences x
    WHERE x.district_id = $1::uuid AND x.district_own = $3::boolean AND x.due_on <= $2::date
    ORDER BY x.due_on FETCH FIRST ($4::int) ROWS WITH TIES)
  SELECT o.organization_id::text, o.roadmap_id::text, i.id::text AS item_id, i.number, i.title, i.deadline_text, i.responsible,
         o.starts_on::text, o.due_on::text, o.status, o.completed_on::text, o.has_evidence,
         NULL::text AS evidence_title, NULL::text AS evidence_number, NULL::text AS evidence_url
  FROM cand o
  JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id
  ORDER BY o.due_on, o.organization_id NULLS FIRST, i.position, o.seq
  LIMIT $4::int
