-- One active organisation's occurrences as of day $2. The roadmap versions that count on day $2 (docs/domain.md, «Compliance»): a version counts
-- from the day it was approved (a first version from any day) until the day the version
-- replacing it was approved (V0009), each occurrence in its
-- current state, cancelled ones left out. Each row: organization_id, roadmap_id, item_id, number, title, deadline_text, responsible,
-- starts_on, due_on, status, completed_on, has_evidence, evidence_title/_number/_url.
-- $1 district id, $2 the day, $3 organisation id.
WITH
  rm AS MATERIALIZED (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved'
      AND (r.previous_id IS NULL OR r.approved_at < ($2::date + 1))
      AND r.organization_id = $3::uuid AND EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id AND org.status = 'active')
      AND NOT EXISTS (SELECT 1 FROM roadmaps n WHERE n.district_id = r.district_id AND n.id = r.superseded_by
                        AND n.status = 'approved' AND n.approved_at < ($2::date + 1))),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, o.status AS status, o.completed_on AS completed_on, o.has_evidence AS has_evidence,
           lp.evidence_title, lp.evidence_number, lp.evidence_url, i.position, o.seq
    FROM rm
    JOIN roadmap_items i ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id
    LEFT JOIN LATERAL (
      SELECT pr.evidence_title, pr.evidence_number, pr.evidence_url FROM item_progress pr
      WHERE o.status = 'done' AND pr.district_id = o.district_id AND pr.occurrence_id = o.id
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true
    WHERE o.status <> 'cancelled')
 SELECT occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number, occ.title, occ.deadline_text,
         occ.responsible, occ.starts_on::text, occ.due_on::text, occ.status, occ.completed_on::text, occ.has_evidence,
         occ.evidence_title, occ.evidence_number, occ.evidence_url FROM occ ORDER BY occ.due_on, occ.position, occ.seq
