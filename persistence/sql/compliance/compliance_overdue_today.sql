-- The oldest overdue occurrences as of today, at most $4, of the district's own roadmap ($3
-- true) or of its active organisations' roadmaps, from the occurrences' current state. The
-- candidates are taken in due order (with every tie of the last one) before the items are
-- joined, so only about $4 occurrences are looked up; a done occurrence's completion date is
-- never in the future, so done with evidence is done by now. Each row: organization_id, roadmap_id, item_id, number, title, deadline_text, responsible,
-- starts_on, due_on, status, completed_on, has_evidence, evidence_title/_number/_url.
-- $1 district id, $2 today, $3 the district's own roadmap, $4 how many.
  WITH rm AS MATERIALIZED (
    SELECT r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL
      AND CASE WHEN $3::boolean THEN r.organization_id IS NULL ELSE r.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id AND org.status = 'active') END),
  cand AS (
    SELECT o.* FROM item_occurrences o
    WHERE o.district_id = $1::uuid AND o.due_on <= $2::date AND o.status <> 'cancelled'
      AND NOT (o.status = 'done' AND o.has_evidence) AND o.roadmap_id IN (SELECT id FROM rm)
    ORDER BY o.due_on FETCH FIRST ($4::int) ROWS WITH TIES)
  SELECT rm.organization_id::text, rm.id::text AS roadmap_id, i.id::text AS item_id, i.number, i.title, i.deadline_text, i.responsible,
         o.starts_on::text, o.due_on::text, o.status, o.completed_on::text, o.has_evidence,
         NULL::text AS evidence_title, NULL::text AS evidence_number, NULL::text AS evidence_url
  FROM cand o JOIN rm ON rm.id = o.roadmap_id
  JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
  ORDER BY o.due_on, rm.organization_id NULLS FIRST, i.position, o.seq
  LIMIT $4::int
