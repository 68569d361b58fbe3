-- A past date's overdue occurrences, a batch at a time in due order (the overdue ones are
-- usually among the first due): the next $6 occurrences of the counting roadmaps (the
-- district's own, $3 true, or its active organisations') due by $2 after (due_on, id) =
-- ($4, $5), each in its state (as known at the instant $7). Each row: organization_id, roadmap_id, item_id, number, title, deadline_text, responsible,
-- starts_on, due_on, status, completed_on, has_evidence, evidence_title/_number/_url. Then
-- id, position (its item's), seq, and overdue (whether it was overdue on $2).
-- $1 district id, $2 the day, $3 the district's own roadmap, $4 after due_on, $5 after id,
-- $6 how many, $7 known at.
WITH
  rm AS MATERIALIZED (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.approved_at <= $7::timestamptz
      AND (r.previous_id IS NULL OR r.approved_at < ($2::date + 1))
      AND CASE WHEN $3::boolean THEN r.organization_id IS NULL ELSE r.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id AND org.status = 'active') END
      AND NOT EXISTS (SELECT 1 FROM roadmaps n WHERE n.district_id = r.district_id AND n.id = r.superseded_by
                        AND n.status = 'approved' AND n.approved_at < ($2::date + 1) AND n.approved_at <= $7::timestamptz)),
  cand AS (
    SELECT o.* FROM item_occurrences o
    WHERE o.district_id = $1::uuid AND o.due_on <= $2::date AND (o.due_on, o.id) > ($4::date, $5::uuid)
      AND o.roadmap_id IN (SELECT id FROM rm)
    ORDER BY o.due_on, o.id LIMIT $6::int),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, coalesce(lp.status, 'planned') AS status, lp.completed_on AS completed_on, coalesce(lp.has_evidence, false) AS has_evidence,
           lp.evidence_title, lp.evidence_number, lp.evidence_url,
           o.id, i.position, o.seq, i.schedule_kind
    FROM cand o JOIN rm ON rm.id = o.roadmap_id
    JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id
    LEFT JOIN LATERAL (
      SELECT pr.status, pr.completed_on, (pr.evidence_title IS NOT NULL OR pr.evidence_url IS NOT NULL) AS has_evidence,
             pr.evidence_title, pr.evidence_number, pr.evidence_url
      FROM item_progress pr
      WHERE pr.district_id = o.district_id AND pr.occurrence_id = o.id AND pr.recorded_at <= $7::timestamptz
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true)
  SELECT occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number, occ.title, occ.deadline_text,
         occ.responsible, occ.starts_on::text, occ.due_on::text, occ.status, occ.completed_on::text, occ.has_evidence,
         occ.evidence_title, occ.evidence_number, occ.evidence_url,
         occ.id::text, occ.position, occ.seq,
         occ.schedule_kind <> 'unscheduled' AND occ.status <> 'cancelled'
           AND NOT (occ.status = 'done' AND occ.has_evidence AND occ.completed_on <= $2::date) AS overdue
  FROM occ ORDER BY occ.due_on, occ.id
