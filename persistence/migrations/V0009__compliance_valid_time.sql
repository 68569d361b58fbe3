-- Compliance as of a date is valid time (domain.md, «Compliance»): at date D an occurrence is
-- due when its window ends on or before D, done when it has evidence and a completion date on
-- or before D — whenever that was typed in. The plan that counts at D is the roadmap's latest
-- version approved on or before D; where none had been approved by D, its first approved
-- version. (What the system knew at an instant, `known_at`, is computed from the records'
-- own timestamps: persistence/soci_compliance_repository.cpp.)
--
-- The history kept on write (V0008's tables) now holds these valid-time changes. An approved
-- version counts over its span [b, e): b = '-infinity' for a first version (previous_id is
-- NULL), else the day it was approved; e = the day the version replacing it was approved, else
-- 'infinity'. Each of its occurrences, in its current state, contributes over the span what
-- compliance_occurrence_changes gives from b (sign 1) and takes back from e (sign -1).
-- Progress recorded today with a completion date last autumn changes last autumn's days; an
-- approval cuts the span of the version it replaces.
--
-- So a month's totals are no longer final: each row is stamped with the district's version
-- (V0006, district_versions, moved by every transaction that changes a roadmap or an
-- occurrence, in the same transaction) it was summed at, and read only while that version
-- stands; a read finding none sums the district's days before the month instead.
-- Only aggregates live here: no person's record.

ALTER TABLE compliance_month_totals ADD COLUMN version bigint NOT NULL DEFAULT -1;
-- Filled again (a newer version) by whichever scope reads them first.
CREATE POLICY compliance_month_totals_update ON compliance_month_totals FOR UPDATE
  USING (app_is_system() OR district_id = app_district_id()
         OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()))
  WITH CHECK (app_is_system() OR district_id = app_district_id()
              OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()));
GRANT UPDATE ON compliance_month_totals TO nastavnik_app;

-- The span [b, e) over which an approved version counts (b >= e: never), from its row's
-- previous_id, approved_at and superseded_by.
CREATE FUNCTION compliance_span(d uuid, prev uuid, approved timestamptz, replaced_by uuid, OUT b date, OUT e date)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN prev IS NULL THEN '-infinity'::date ELSE approved::date END,
         coalesce((SELECT n.approved_at::date FROM roadmaps n
                    WHERE n.district_id = d AND n.id = replaced_by AND n.status = 'approved'), 'infinity'::date)
$$;

-- What one occurrence in one state contributes over [b, e), times `sign`.
CREATE FUNCTION compliance_span_changes(due_on date, status text, completed_on date, has_evidence boolean,
                                        b date, e date, sign integer)
RETURNS TABLE (day date, occurrences integer, due integer, done integer, done_on_time integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT x.* FROM compliance_occurrence_changes(due_on, status, completed_on, has_evidence, b, sign) x WHERE b < e
  UNION ALL
  SELECT x.* FROM compliance_occurrence_changes(due_on, status, completed_on, has_evidence, e, -sign) x
  WHERE b < e AND e < 'infinity'::date
$$;

-- A whole version's contribution over [b, e), times `sign`: its occurrences, its unscheduled
-- items, and itself (an owner counts while one of its versions does).
CREATE FUNCTION compliance_roadmap_changes(d uuid, rid uuid, org uuid, b date, e date, sign integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF b IS NULL OR e IS NULL OR b >= e THEN RETURN; END IF;
  PERFORM compliance_add_changes(d, org, c.day, sum(c.roadmaps)::int, sum(c.occurrences)::int, sum(c.due)::int,
                                 sum(c.done)::int, sum(c.done_on_time)::int, sum(c.unscheduled)::int)
    FROM (SELECT x.day, 0 AS roadmaps, x.occurrences, x.due, x.done, x.done_on_time, 0 AS unscheduled
          FROM item_occurrences o
          JOIN roadmap_items i ON i.district_id = o.district_id AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
          CROSS JOIN LATERAL compliance_span_changes(o.due_on, o.status, o.completed_on, o.has_evidence, b, e, sign) x
          WHERE o.district_id = d AND o.roadmap_id = rid
          UNION ALL
          SELECT v.day, v.s, 0, 0, 0, 0,
                 v.s * (SELECT count(*) FROM roadmap_items i
                         WHERE i.district_id = d AND i.roadmap_id = rid AND i.schedule_kind = 'unscheduled')::int
          FROM (SELECT b AS day, sign AS s UNION ALL SELECT e, -sign WHERE e < 'infinity'::date) v) c
   GROUP BY c.day;
END $$;

-- A change of an occurrence's state (a progress record mirrored in its row) moves its
-- contribution over its version's whole span: the old state taken back, the new one added.
CREATE OR REPLACE FUNCTION compliance_history_on_occurrence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  did uuid := coalesce(NEW.district_id, OLD.district_id);
  r roadmaps%ROWTYPE;
  sb date;
  se date;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.completed_on, OLD.has_evidence, OLD.due_on, OLD.item_id)
                          IS NOT DISTINCT FROM (NEW.status, NEW.completed_on, NEW.has_evidence, NEW.due_on, NEW.item_id) THEN
    RETURN NULL;
  END IF;
  SELECT * INTO r FROM roadmaps
   WHERE district_id = did AND id = coalesce(NEW.roadmap_id, OLD.roadmap_id) AND status = 'approved';
  IF NOT FOUND THEN RETURN NULL; END IF;
  IF NOT EXISTS (SELECT 1 FROM roadmap_items i WHERE i.district_id = did AND i.id = coalesce(NEW.item_id, OLD.item_id)
                   AND i.schedule_kind <> 'unscheduled') THEN
    RETURN NULL;
  END IF;
  SELECT s.b, s.e INTO sb, se FROM compliance_span(did, r.previous_id, r.approved_at, r.superseded_by) s;
  IF sb IS NULL OR sb >= se THEN RETURN NULL; END IF;
  PERFORM compliance_add_changes(did, r.organization_id, c.day, 0, sum(c.occurrences)::int, sum(c.due)::int,
                                 sum(c.done)::int, sum(c.done_on_time)::int, 0)
    FROM (SELECT x.* FROM compliance_span_changes(OLD.due_on, OLD.status, OLD.completed_on, OLD.has_evidence,
                                                  sb, se, -1) x WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT x.* FROM compliance_span_changes(NEW.due_on, NEW.status, NEW.completed_on, NEW.has_evidence,
                                                  sb, se, 1) x WHERE TG_OP <> 'DELETE') c
   GROUP BY c.day;
  RETURN NULL;
END $$;

-- An approval (or a replacement, or an approval date mended by hand) moves the spans: this
-- version's, and the one it replaces (which ends on this one's approval day).
CREATE OR REPLACE FUNCTION compliance_history_on_roadmap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ob date;
  oe date;
  nb date;
  ne date;
  p roadmaps%ROWTYPE;
  pb date;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = 'approved' THEN
    SELECT s.b, s.e INTO ob, oe FROM compliance_span(OLD.district_id, OLD.previous_id, OLD.approved_at, OLD.superseded_by) s;
  END IF;
  IF NEW.status = 'approved' THEN
    SELECT s.b, s.e INTO nb, ne FROM compliance_span(NEW.district_id, NEW.previous_id, NEW.approved_at, NEW.superseded_by) s;
  END IF;
  IF TG_OP = 'INSERT' OR (ob, oe, OLD.organization_id) IS DISTINCT FROM (nb, ne, NEW.organization_id) THEN
    IF TG_OP = 'UPDATE' THEN
      PERFORM compliance_roadmap_changes(OLD.district_id, OLD.id, OLD.organization_id, ob, oe, -1);
    END IF;
    PERFORM compliance_roadmap_changes(NEW.district_id, NEW.id, NEW.organization_id, nb, ne, 1);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.previous_id IS NOT NULL AND OLD.status = 'approved' AND NEW.status = 'approved'
     AND OLD.approved_at::date IS DISTINCT FROM NEW.approved_at::date THEN
    SELECT * INTO p FROM roadmaps r
     WHERE r.district_id = NEW.district_id AND r.id = NEW.previous_id AND r.status = 'approved' AND r.superseded_by = NEW.id;
    IF FOUND THEN
      SELECT s.b INTO pb FROM compliance_span(p.district_id, p.previous_id, p.approved_at, p.superseded_by) s;
      PERFORM compliance_roadmap_changes(p.district_id, p.id, p.organization_id, pb, OLD.approved_at::date, -1);
      PERFORM compliance_roadmap_changes(p.district_id, p.id, p.organization_id, pb, NEW.approved_at::date, 1);
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- The district's changes computed anew from its approved versions and its occurrences' current
-- state, as the triggers write them (`nastavnik rebuild-history`, after data was mended by
-- hand). Run in the district's scope.
CREATE OR REPLACE FUNCTION compliance_history_rebuild(d uuid) RETURNS void LANGUAGE sql AS $$
  -- Alone: no write of the district adds changes while they are computed anew.
  SELECT pg_advisory_xact_lock(hashtextextended('compliance_history:' || d::text, 0));
  -- Answers and month totals kept beside the district's version were computed from the old history.
  INSERT INTO district_versions AS v (district_id, version) VALUES (d, 1)
    ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
  DELETE FROM compliance_month_totals WHERE district_id = d;
  DELETE FROM compliance_day_deltas WHERE district_id = d;
  WITH rm AS (
    SELECT r.id, r.organization_id, s.b, s.e
    FROM roadmaps r
    CROSS JOIN LATERAL compliance_span(d, r.previous_id, r.approved_at, r.superseded_by) s
    WHERE r.district_id = d AND r.status = 'approved' AND s.b < s.e),
  changes AS (
    SELECT rm.organization_id, c.day, 0 AS roadmaps, c.occurrences, c.due, c.done, c.done_on_time, 0 AS unscheduled
    FROM rm
    JOIN roadmap_items i ON i.district_id = d AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = d AND o.item_id = i.id
    CROSS JOIN LATERAL compliance_span_changes(o.due_on, o.status, o.completed_on, o.has_evidence, rm.b, rm.e, 1) c
    UNION ALL
    SELECT rm.organization_id, v.day, v.sign, 0, 0, 0, 0, v.sign * u.n
    FROM rm
    CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM roadmap_items i
                        WHERE i.district_id = d AND i.roadmap_id = rm.id AND i.schedule_kind = 'unscheduled') u
    CROSS JOIN LATERAL (SELECT rm.b AS day, 1 AS sign UNION ALL SELECT rm.e, -1 WHERE rm.e < 'infinity'::date) v),
  daily AS (
    SELECT organization_id, day, sum(roadmaps)::int AS roadmaps, sum(occurrences)::int AS occurrences,
           sum(due)::int AS due, sum(done)::int AS done, sum(done_on_time)::int AS done_on_time,
           sum(unscheduled)::int AS unscheduled
    FROM changes GROUP BY organization_id, day)
  INSERT INTO compliance_day_deltas (district_id, day, owner_key, organization_id, roadmaps, occurrences, due, done,
                                     done_on_time, unscheduled)
  SELECT d, day, coalesce(organization_id, d), organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled
  FROM daily;
$$;

-- Days are UTC days, as in the server's sessions, whoever runs these.
ALTER FUNCTION compliance_span(uuid, uuid, timestamptz, uuid) SET TimeZone = 'UTC';
ALTER FUNCTION compliance_history_on_occurrence() SET TimeZone = 'UTC';
ALTER FUNCTION compliance_history_on_roadmap() SET TimeZone = 'UTC';
ALTER FUNCTION compliance_history_rebuild(uuid) SET TimeZone = 'UTC';

-- Every district's history computed again with the new meaning.
DO $$
DECLARE d uuid;
BEGIN
  FOR d IN SELECT id FROM districts LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM compliance_history_rebuild(d);
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END $$;
