-- Each owner's counts on day $2 as known at the instant $4 (every owner with a roadmap that
-- counts then; $3: one organisation's alone), from the records that existed then. Roadmap versions that count on day $2 (docs/domain.md, «Compliance»): a version counts
-- from the day it was approved (a first version from any day) until the day the version
-- replacing it was approved (V0009).
-- $1 district id, $2 the day, $3 one organisation (null: all), $4 known at.
-- variant all: $3 is NULL
WITH
  rm AS MATERIALIZED (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.approved_at <= $4::timestamptz
      AND (r.previous_id IS NULL OR r.approved_at < ($2::date + 1))
      AND ($3::uuid IS NULL OR r.organization_id = $3::uuid)
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

  SELECT rm.organization_id::text,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on <= $2::date)::int AS due,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on <= $2::date AND occ.status = 'done' AND occ.has_evidence
                                         AND occ.completed_on <= $2::date)::int AS done,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on <= $2::date AND occ.status = 'done' AND occ.has_evidence
                                         AND occ.completed_on <= occ.due_on)::int AS done_on_time,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on > $2::date)::int AS due_later,
         (SELECT count(*) FROM roadmap_items i JOIN rm r2 ON r2.id = i.roadmap_id
           WHERE i.district_id = $1::uuid AND i.schedule_kind = 'unscheduled'
             AND r2.organization_id IS NOT DISTINCT FROM rm.organization_id)::int AS unscheduled
  FROM rm LEFT JOIN occ ON occ.roadmap_id = rm.id
  GROUP BY rm.organization_id
