-- The open occurrences that count as of today, kept on write, so that a district's oldest
-- overdue ones (persistence/sql/compliance/compliance_overdue_today.sql) are one index range
-- scan in due order instead of a walk over every due occurrence of every roadmap.
--
-- A row per occurrence that is not cancelled and not done with evidence, of an approved,
-- current (not superseded) roadmap owned by the district or by an active organisation, of a
-- scheduled item; with the occurrence's own state, so a read joins only the items. Kept in
-- the same transaction as every write that changes one of those facts: the occurrence's state
-- (a progress record mirrored in its row), its roadmap's approval or replacement, its owner
-- closed or reopened, its item's schedule; a deleted roadmap takes its occurrences, and so
-- their rows, with it. Nothing here depends on the day: "overdue as of D" is the rows due by D.
-- Only the district's own scope reads or writes it.

CREATE TABLE compliance_open_occurrences (
  district_id     uuid NOT NULL,  -- kept by triggers from rows that refer to their district
  occurrence_id   uuid NOT NULL,
  district_own    boolean NOT NULL,  -- the district's own roadmap (organization_id IS NULL)
  due_on          date NOT NULL,
  organization_id uuid,
  roadmap_id      uuid NOT NULL,
  item_id         uuid NOT NULL,
  starts_on       date NOT NULL,
  seq             integer NOT NULL,
  status          text NOT NULL,
  completed_on    date,
  has_evidence    boolean NOT NULL,
  PRIMARY KEY (district_id, occurrence_id)
);
CREATE INDEX compliance_open_occurrences_due_idx ON compliance_open_occurrences (district_id, district_own, due_on);

ALTER TABLE compliance_open_occurrences ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_open_occurrences FORCE ROW LEVEL SECURITY;
CREATE POLICY compliance_open_occurrences_tenant ON compliance_open_occurrences
  USING (district_id = app_district_id()) WITH CHECK (district_id = app_district_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_open_occurrences TO nastavnik_app;

-- Writes the rows of the occurrences `ids` as they should be now (a statement each, led by
-- the district and the occurrence: index probes).
CREATE FUNCTION compliance_open_write(d uuid, ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM compliance_open_occurrences WHERE district_id = d AND occurrence_id = ANY (ids);
  INSERT INTO compliance_open_occurrences (district_id, occurrence_id, district_own, due_on, organization_id, roadmap_id,
                                           item_id, starts_on, seq, status, completed_on, has_evidence)
  SELECT d, o.id, r.organization_id IS NULL, o.due_on, r.organization_id, r.id, o.item_id, o.starts_on, o.seq,
         o.status, o.completed_on, o.has_evidence
  FROM item_occurrences o
  JOIN roadmaps r ON r.district_id = d AND r.id = o.roadmap_id
  JOIN roadmap_items i ON i.district_id = d AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
  WHERE o.district_id = d AND o.id = ANY (ids)
    AND o.status <> 'cancelled' AND NOT (o.status = 'done' AND o.has_evidence)
    AND r.status = 'approved' AND r.superseded_by IS NULL
    AND (r.organization_id IS NULL OR EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = d
                                                AND org.id = r.organization_id AND org.status = 'active'));
END $$;

-- The rows of every occurrence of roadmap `rid`.
CREATE FUNCTION compliance_open_sync(d uuid, rid uuid) RETURNS void LANGUAGE sql AS $$
  SELECT compliance_open_write(d, ARRAY(SELECT o.id FROM item_occurrences o WHERE o.district_id = d AND o.roadmap_id = rid));
$$;

-- The district's rows computed anew (the migration below, the bench generator, which loads
-- with triggers off, and `nastavnik rebuild-history` after data was mended by hand).
CREATE FUNCTION compliance_open_rebuild(d uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM compliance_open_occurrences WHERE district_id = d;
  SELECT compliance_open_write(d, ARRAY(
    SELECT o.id FROM roadmaps r JOIN item_occurrences o ON o.district_id = d AND o.roadmap_id = r.id
     WHERE r.district_id = d AND r.status = 'approved' AND r.superseded_by IS NULL));
$$;

CREATE FUNCTION compliance_open_on_occurrence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM compliance_open_occurrences WHERE district_id = OLD.district_id AND occurrence_id = OLD.id;
  ELSIF TG_OP = 'INSERT' OR (OLD.roadmap_id, OLD.item_id, OLD.starts_on, OLD.due_on, OLD.seq, OLD.status, OLD.completed_on,
                             OLD.has_evidence) IS DISTINCT FROM (NEW.roadmap_id, NEW.item_id, NEW.starts_on, NEW.due_on,
                             NEW.seq, NEW.status, NEW.completed_on, NEW.has_evidence) THEN
    PERFORM compliance_open_write(NEW.district_id, ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER item_occurrences_open AFTER INSERT OR UPDATE OR DELETE ON item_occurrences
  FOR EACH ROW EXECUTE FUNCTION compliance_open_on_occurrence();

-- An approval, a replacement or a return moves a whole roadmap in or out.
CREATE FUNCTION compliance_open_on_roadmap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (OLD.status, OLD.superseded_by, OLD.organization_id) IS DISTINCT FROM (NEW.status, NEW.superseded_by, NEW.organization_id) THEN
    PERFORM compliance_open_sync(NEW.district_id, NEW.id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER roadmaps_open AFTER UPDATE ON roadmaps
  FOR EACH ROW EXECUTE FUNCTION compliance_open_on_roadmap();

-- An organisation closed or reopened takes its roadmaps out or brings them back. Its roadmaps
-- are locked first: progress is recorded under a share lock of its roadmap
-- (persistence/sql/roadmap/roadmap_lock_shared.sql), so a record in flight commits before the
-- rows are written again (and sees the new status if it comes after).
CREATE FUNCTION compliance_open_on_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM roadmaps r WHERE r.district_id = NEW.district_id AND r.organization_id = NEW.id FOR NO KEY UPDATE;
  PERFORM compliance_open_sync(NEW.district_id, r.id)
     FROM roadmaps r WHERE r.district_id = NEW.district_id AND r.organization_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER organizations_open AFTER UPDATE OF status ON organizations
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION compliance_open_on_organization();

-- An item made unscheduled (or scheduled again) takes its occurrences out (or back).
CREATE FUNCTION compliance_open_on_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM compliance_open_sync(NEW.district_id, NEW.roadmap_id);
  IF OLD.roadmap_id IS DISTINCT FROM NEW.roadmap_id THEN
    PERFORM compliance_open_sync(OLD.district_id, OLD.roadmap_id);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER roadmap_items_open AFTER UPDATE OF schedule_kind, roadmap_id ON roadmap_items
  FOR EACH ROW WHEN ((OLD.schedule_kind = 'unscheduled') IS DISTINCT FROM (NEW.schedule_kind = 'unscheduled')
                     OR OLD.roadmap_id IS DISTINCT FROM NEW.roadmap_id)
  EXECUTE FUNCTION compliance_open_on_item();

-- Every district's rows, each in its own scope (row-level security applies to the owner too).
DO $$
DECLARE d uuid;
BEGIN
  FOR d IN SELECT id FROM districts LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM compliance_open_rebuild(d);
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END $$;
