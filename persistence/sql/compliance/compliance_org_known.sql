-- As compliance_org_past, as known at the instant $4: approvals made by then, each
-- occurrence's latest record made by then. Each row: organization_id, roadmap_id, item_id, number, title, deadline_text, responsible,
-- starts_on, due_on, status, completed_on, has_evidence, evidence_title/_number/_url.
-- $1 district id, $2 the day, $3 organisation id, $4 known at.
WITH
  rm AS MATERIALIZED (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.approved_at <= $4::timestamptz
      AND (r.previous_id IS NULL OR r.approved_at < ($2::date + 1))
      AND r.organization_id = $3::uuid AND EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id AND org.status = 'active')
      AND NOT EXISTS (SELECT 1 FROM roadmaps n WHERE n.district_id = r.district_id AND n.id = r.superseded_by
                        AND n.status = 'approved' AND n.approved_at < ($2::date + 1) AND n.approved_at <= $4::timestamptz)),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, coalesce(lp.status, 'planned') AS status, lp.completed_on AS completed_on, coalesce(lp.has_evidence, false) AS has_evidence,
           lp.evidence_title, lp.evidence_number, lp.evidence_url, i.position, o.seq
    FROM rm
    JOIN roadmap_items i ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id
    LEFT JOIN LATERAL (
      SELECT pr.status, pr.completed_on, (pr.evidence_title IS NOT NULL OR pr.evidence_url IS NOT NULL) AS has_evidence,
             pr.evidence_title, pr.evidence_number, pr.evidence_url
      FROM item_progress pr
      WHERE pr.district_id = o.district_id AND pr.occurrence_id = o.id AND pr.recorded_at <= $4::timestamptz
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true
    WHERE coalesce(lp.status, 'planned') <> 'cancelled')
 SELECT occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number, occ.title, occ.deadline_text,
         occ.responsible, occ.starts_on::text, occ.due_on::text, occ.status, occ.completed_on::text, occ.has_evidence,
         occ.evidence_title, occ.evidence_number, occ.evidence_url FROM occ ORDER BY occ.due_on, occ.position, occ.seq
