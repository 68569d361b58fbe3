-- Compliance as it was known on a past day, kept as counters maintained on write.
--
-- Each roadmap owner's counts as of day t (domain.md, «Compliance»: the roadmaps approved by
-- t and not yet replaced by a version approved by t; each occurrence in the state of its
-- latest progress recorded by the end of t) are a sum of changes dated on or before t. Every
-- change to that state is written here, dated, when it happens: an approval adds its
-- roadmap's occurrences from the day of approval, a replacement takes them away, a progress
-- record moves its occurrence from its old state to the new one from the day it is recorded.
-- An occurrence in a state contributes, from the day b its state begins:
--   occurrences  +1 at b                          (counted: not cancelled)
--   due          +1 at max(due_on, b)
--   done         +1 at max(due_on, completed_on, b)   when done with evidence
--   done on time +1 at max(due_on, b)             when done with evidence by due_on
-- and the same negated from the day that state ends. Nothing dated before today ever
-- changes (progress is recorded today; approved roadmaps are not edited), so a past day's
-- counts are final.
--
-- The changes are summed per day; the days before a month are summed once, on first need,
-- into that month's totals: a day's counts are its month's totals plus the days of its own
-- month, a handful of rows per owner whatever the history's length.
-- Only aggregates live here: no person's record.

CREATE TABLE compliance_day_deltas (
  district_id     uuid NOT NULL REFERENCES districts(id),
  day             date NOT NULL,
  owner_key       uuid NOT NULL,  -- the organisation's id, or the district's for its own roadmaps
  organization_id uuid,
  roadmaps        integer NOT NULL,
  occurrences     integer NOT NULL,
  due             integer NOT NULL,
  done            integer NOT NULL,
  done_on_time    integer NOT NULL,
  unscheduled     integer NOT NULL,
  PRIMARY KEY (district_id, day, owner_key)
);

-- Every owner's changes dated before `month` (a first day), summed. Final once that month
-- has begun (nothing is ever dated before today), so kept once computed (by the server's
-- statement nsk_compliance_fill_month_totals, before a read needs them); a district's rows are
-- there for a month when any is (owners with nothing before it have no row: zero).
CREATE TABLE compliance_month_totals (
  district_id     uuid NOT NULL REFERENCES districts(id),
  month           date NOT NULL,
  owner_key       uuid NOT NULL,
  organization_id uuid,
  roadmaps        integer NOT NULL,
  occurrences     integer NOT NULL,
  due             integer NOT NULL,
  done            integer NOT NULL,
  done_on_time    integer NOT NULL,
  unscheduled     integer NOT NULL,
  PRIMARY KEY (district_id, month, owner_key)
);

-- The national read takes a month's days across every district.
CREATE INDEX compliance_day_deltas_day_idx ON compliance_day_deltas (day);

-- Read by the district's scope, by a region scope for its districts and by the system scope
-- (the national roll-up). The changes are written only in their own district's scope (the
-- triggers, a rebuild). A month's totals are filled by whichever scope reads them first (a
-- district, a region, the system scope), from the changes that scope reads; taken away only in
-- the district's own scope (a rebuild); never updated.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['compliance_day_deltas', 'compliance_month_totals'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (app_is_system() OR district_id = app_district_id()'
                   ' OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()))', t || '_read', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (district_id = app_district_id())', t || '_delete', t);
  END LOOP;
END $$;
CREATE POLICY compliance_day_deltas_insert ON compliance_day_deltas FOR INSERT
  WITH CHECK (district_id = app_district_id());
CREATE POLICY compliance_day_deltas_update ON compliance_day_deltas FOR UPDATE
  USING (district_id = app_district_id()) WITH CHECK (district_id = app_district_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_day_deltas TO nastavnik_app;
CREATE POLICY compliance_month_totals_insert ON compliance_month_totals FOR INSERT
  WITH CHECK (app_is_system() OR district_id = app_district_id()
              OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()));
GRANT SELECT, INSERT, DELETE ON compliance_month_totals TO nastavnik_app;

-- What one occurrence in one state contributes from day b on (sign 1), or stops
-- contributing from day b on (sign -1).
CREATE FUNCTION compliance_occurrence_changes(due_on date, status text, completed_on date, has_evidence boolean,
                                              b date, sign integer)
RETURNS TABLE (day date, occurrences integer, due integer, done integer, done_on_time integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT b, sign, 0, 0, 0 WHERE coalesce(status, 'planned') <> 'cancelled'
  UNION ALL
  SELECT greatest(due_on, b), 0, sign, 0, 0 WHERE coalesce(status, 'planned') <> 'cancelled'
  UNION ALL
  SELECT greatest(due_on, completed_on, b), 0, 0, sign, 0
  WHERE status = 'done' AND has_evidence AND completed_on IS NOT NULL
  UNION ALL
  SELECT greatest(due_on, b), 0, 0, 0, sign WHERE status = 'done' AND has_evidence AND completed_on <= due_on
$$;

-- Adds one day's changes of one owner.
CREATE FUNCTION compliance_add_changes(d uuid, org uuid, on_day date, n_roadmaps integer, n_occurrences integer,
                                       n_due integer, n_done integer, n_on_time integer, n_unscheduled integer)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Shared with every writer of the district; a rebuild takes it alone.
  PERFORM pg_advisory_xact_lock_shared(hashtextextended('compliance_history:' || d::text, 0));
  INSERT INTO compliance_day_deltas AS x (district_id, day, owner_key, organization_id, roadmaps, occurrences, due,
                                          done, done_on_time, unscheduled)
  VALUES (d, on_day, coalesce(org, d), org, n_roadmaps, n_occurrences, n_due, n_done, n_on_time, n_unscheduled)
  ON CONFLICT (district_id, day, owner_key) DO UPDATE SET
    roadmaps = x.roadmaps + EXCLUDED.roadmaps, occurrences = x.occurrences + EXCLUDED.occurrences,
    due = x.due + EXCLUDED.due, done = x.done + EXCLUDED.done, done_on_time = x.done_on_time + EXCLUDED.done_on_time,
    unscheduled = x.unscheduled + EXCLUDED.unscheduled;
END $$;

-- A progress record (mirrored in its occurrence's row) moves the occurrence from its old
-- state to the new one from today on, when its roadmap counts now.
CREATE FUNCTION compliance_history_on_occurrence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  did uuid := coalesce(NEW.district_id, OLD.district_id);
  org uuid;
  on_day date;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.completed_on, OLD.has_evidence, OLD.due_on, OLD.item_id)
                          IS NOT DISTINCT FROM (NEW.status, NEW.completed_on, NEW.has_evidence, NEW.due_on, NEW.item_id) THEN
    RETURN NULL;
  END IF;
  SELECT r.organization_id INTO org
    FROM roadmaps r JOIN roadmap_items i ON i.district_id = r.district_id AND i.roadmap_id = r.id
   WHERE r.district_id = did AND r.id = coalesce(NEW.roadmap_id, OLD.roadmap_id)
     AND i.id = coalesce(NEW.item_id, OLD.item_id)
     AND r.status = 'approved' AND r.superseded_by IS NULL AND i.schedule_kind <> 'unscheduled';
  IF NOT FOUND THEN RETURN NULL; END IF;
  -- The day of the progress record just made (stamped after the item's lock, so records
  -- follow the order the state did); today for any other change.
  SELECT max(p.recorded_at)::date INTO on_day FROM item_progress p
   WHERE p.district_id = did AND p.occurrence_id = coalesce(NEW.id, OLD.id);
  on_day := greatest(coalesce(on_day, current_date), current_date);
  PERFORM compliance_add_changes(did, org, c.day, 0, sum(c.occurrences)::int, sum(c.due)::int, sum(c.done)::int,
                                 sum(c.done_on_time)::int, 0)
    FROM (SELECT x.* FROM compliance_occurrence_changes(OLD.due_on, OLD.status, OLD.completed_on, OLD.has_evidence,
                                                        on_day, -1) x WHERE TG_OP <> 'INSERT'
          UNION ALL
          SELECT x.* FROM compliance_occurrence_changes(NEW.due_on, NEW.status, NEW.completed_on, NEW.has_evidence,
                                                        on_day, 1) x WHERE TG_OP <> 'DELETE') c
   GROUP BY c.day;
  RETURN NULL;
END $$;
CREATE TRIGGER item_occurrences_history AFTER INSERT OR UPDATE OR DELETE ON item_occurrences
  FOR EACH ROW EXECUTE FUNCTION compliance_history_on_occurrence();

-- A roadmap starts counting on the day it is approved and stops on the day the version that
-- replaces it is approved.
CREATE FUNCTION compliance_history_on_roadmap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  on_day date;
  sign integer;
BEGIN
  IF NEW.status = 'approved' AND NEW.superseded_by IS NULL
     AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'approved' OR OLD.superseded_by IS NOT NULL) THEN
    on_day := coalesce(NEW.approved_at::date, current_date);
    sign := 1;
  ELSIF TG_OP = 'UPDATE' AND OLD.status = 'approved' AND OLD.superseded_by IS NULL
        AND (NEW.status IS DISTINCT FROM 'approved' OR NEW.superseded_by IS NOT NULL) THEN
    IF NEW.superseded_by IS NOT NULL THEN
      SELECT n.approved_at::date INTO on_day FROM roadmaps n WHERE n.district_id = NEW.district_id AND n.id = NEW.superseded_by;
    END IF;
    on_day := coalesce(on_day, current_date);
    sign := -1;
  ELSE
    RETURN NULL;
  END IF;
  PERFORM compliance_add_changes(NEW.district_id, NEW.organization_id, on_day, sign, 0, 0, 0, 0,
            sign * (SELECT count(*) FROM roadmap_items i WHERE i.district_id = NEW.district_id
                      AND i.roadmap_id = NEW.id AND i.schedule_kind = 'unscheduled')::int);
  PERFORM compliance_add_changes(NEW.district_id, NEW.organization_id, c.day, 0, sum(c.occurrences)::int,
                                 sum(c.due)::int, sum(c.done)::int, sum(c.done_on_time)::int, 0)
    FROM item_occurrences o
    JOIN roadmap_items i ON i.district_id = o.district_id AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
    CROSS JOIN LATERAL compliance_occurrence_changes(o.due_on, o.status, o.completed_on, o.has_evidence, on_day, sign) c
   WHERE o.district_id = NEW.district_id AND o.roadmap_id = NEW.id
   GROUP BY c.day;
  RETURN NULL;
END $$;
CREATE TRIGGER roadmaps_history AFTER INSERT OR UPDATE ON roadmaps
  FOR EACH ROW EXECUTE FUNCTION compliance_history_on_roadmap();

-- The district's changes computed anew from its roadmaps and progress history, as the
-- triggers would have written them (for the rows that existed before this migration, and
-- for an operator after data was mended by hand: `nastavnik rebuild-history`). Run in the
-- district's scope.
CREATE FUNCTION compliance_history_rebuild(d uuid) RETURNS void LANGUAGE sql AS $$
  -- Alone: no write of the district adds changes while they are computed anew.
  SELECT pg_advisory_xact_lock(hashtextextended('compliance_history:' || d::text, 0));
  -- Answers kept beside the district's version were computed from the old history.
  INSERT INTO district_versions AS v (district_id, version) VALUES (d, 1)
    ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
  DELETE FROM compliance_month_totals WHERE district_id = d;
  DELETE FROM compliance_day_deltas WHERE district_id = d;
  WITH rm AS (
    SELECT r.id, r.organization_id, r.approved_at::date AS a,
           (SELECT n.approved_at::date FROM roadmaps n WHERE n.district_id = d AND n.id = r.superseded_by) AS s
    FROM roadmaps r WHERE r.district_id = d AND r.status = 'approved' AND r.approved_at IS NOT NULL),
  -- Each occurrence's states: planned until its first record, then each record's until the next.
  states AS (
    SELECT rm.organization_id, rm.a, rm.s, o.due_on, st.status, st.completed_on, st.has_evidence, st.b,
           lead(st.b) OVER (PARTITION BY o.id ORDER BY st.recorded_at, st.id) AS e
    FROM rm
    JOIN roadmap_items i ON i.district_id = d AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = d AND o.item_id = i.id
    CROSS JOIN LATERAL (
      SELECT 'planned'::text AS status, NULL::date AS completed_on, false AS has_evidence, '-infinity'::date AS b,
             '-infinity'::timestamptz AS recorded_at, NULL::uuid AS id
      UNION ALL
      SELECT p.status, p.completed_on, (p.evidence_title IS NOT NULL OR p.evidence_url IS NOT NULL),
             p.recorded_at::date, p.recorded_at, p.id
      FROM item_progress p WHERE p.district_id = d AND p.occurrence_id = o.id) st),
  -- A state counts while its roadmap does.
  spans AS (
    SELECT organization_id, due_on, status, completed_on, has_evidence, greatest(b, a) AS b,
           least(coalesce(e, 'infinity'::date), coalesce(s, 'infinity'::date)) AS e
    FROM states),
  changes AS (
    SELECT x.organization_id, c.day, 0 AS roadmaps, c.occurrences, c.due, c.done, c.done_on_time, 0 AS unscheduled
    FROM spans x CROSS JOIN LATERAL compliance_occurrence_changes(x.due_on, x.status, x.completed_on, x.has_evidence, x.b, 1) c
    WHERE x.b < x.e
    UNION ALL
    SELECT x.organization_id, c.day, 0, c.occurrences, c.due, c.done, c.done_on_time, 0
    FROM spans x CROSS JOIN LATERAL compliance_occurrence_changes(x.due_on, x.status, x.completed_on, x.has_evidence, x.e, -1) c
    WHERE x.b < x.e AND x.e < 'infinity'::date
    UNION ALL
    SELECT rm.organization_id, v.day, v.sign, 0, 0, 0, 0, v.sign * u.n
    FROM rm
    CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM roadmap_items i
                        WHERE i.district_id = d AND i.roadmap_id = rm.id AND i.schedule_kind = 'unscheduled') u
    CROSS JOIN LATERAL (SELECT rm.a AS day, 1 AS sign UNION ALL SELECT rm.s, -1 WHERE rm.s IS NOT NULL) v),
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
ALTER FUNCTION compliance_history_on_occurrence() SET TimeZone = 'UTC';
ALTER FUNCTION compliance_history_on_roadmap() SET TimeZone = 'UTC';
ALTER FUNCTION compliance_history_rebuild(uuid) SET TimeZone = 'UTC';

DO $$
DECLARE d uuid;
BEGIN
  FOR d IN SELECT id FROM districts LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM compliance_history_rebuild(d);
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END $$;

-- A past day's oldest overdue occurrences are found in due order.
CREATE INDEX item_occurrences_district_due_idx ON item_occurrences (district_id, due_on, id);
