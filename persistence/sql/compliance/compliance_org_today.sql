-- One active organisation's occurrences as of today, from the current state of its current
-- approved roadmaps (no history walk; evidence looked up for done ones only). Each row: organization_id, roadmap_id, item_id, number, title, deadline_text, responsible,
-- starts_on, due_on, status, completed_on, has_evidence, evidence_title/_number/_url.
-- $1 district id, $2 today, $3 organisation id.
  WITH rm AS (SELECT r.id, r.organization_id FROM roadmaps r
              WHERE r.district_id = $1::uuid AND r.organization_id = $3::uuid AND r.status = 'approved'
                AND r.superseded_by IS NULL AND $2::date IS NOT NULL AND EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id AND org.status = 'active')),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, o.status, o.completed_on, o.has_evidence,
           ev.evidence_title, ev.evidence_number, ev.evidence_url, i.position, o.seq
    FROM rm
    JOIN item_occurrences o ON o.district_id = $1::uuid AND o.roadmap_id = rm.id AND o.status <> 'cancelled'
    JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
    LEFT JOIN LATERAL (
      SELECT pr.evidence_title, pr.evidence_number, pr.evidence_url FROM item_progress pr
      WHERE o.status = 'done' AND pr.district_id = o.district_id AND pr.occurrence_id = o.id
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) ev ON true
    WHERE true
  )
  SELECT occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number, occ.title, occ.deadline_text,
         occ.responsible, occ.starts_on::text, occ.due_on::text, occ.status, occ.completed_on::text, occ.has_evidence,
         occ.evidence_title, occ.evidence_number, occ.evidence_url FROM occ ORDER BY occ.due_on, occ.position, occ.seq
