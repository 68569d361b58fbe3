-- Roadmap compliance, one row per roadmap owner (an organisation, or the district for its
-- own roadmap), maintained as progress is written and exact for `as_of`. The counts hold
-- through `valid_until`, the day before the next due date passes; a read on a later day
-- recomputes the row first. Only aggregates live here: no person's record.

CREATE FUNCTION app_region_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.region_id', true), '')::uuid $$;

CREATE TABLE compliance_summary (
  district_id          uuid NOT NULL REFERENCES districts(id),
  owner_key            uuid NOT NULL,  -- the organisation's id, or the district's for its own roadmaps
  organization_id      uuid,
  as_of                date NOT NULL,
  valid_until          date NOT NULL,
  items_due            integer NOT NULL,
  items_done           integer NOT NULL,
  items_done_on_time   integer NOT NULL,
  items_due_later      integer NOT NULL,
  items_unscheduled    integer NOT NULL,
  has_approved_roadmap boolean NOT NULL,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, owner_key)
);

ALTER TABLE compliance_summary ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_summary FORCE ROW LEVEL SECURITY;
-- A region scope (region analysts) reads and refreshes its districts' aggregates.
CREATE POLICY compliance_summary_scope ON compliance_summary
  USING (app_is_system() OR district_id = app_district_id()
         OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()))
  WITH CHECK (app_is_system() OR district_id = app_district_id()
              OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()));
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_summary TO nastavnik_app;

-- Organisations are not personal data: a region scope and the system scope may read them
-- (names, types, status) to put the aggregates beside them. Writes stay per district.
CREATE POLICY organizations_read_wide ON organizations FOR SELECT
  USING (app_is_system() OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()));

-- Recomputes one owner's row for day t from the current state of its approved, current
-- roadmaps. Cancelled occurrences and unscheduled items («по запросу») are not due.
CREATE FUNCTION refresh_compliance(d uuid, owner uuid, t date) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO compliance_summary AS s (district_id, owner_key, organization_id, as_of, valid_until, items_due,
                                       items_done, items_done_on_time, items_due_later, items_unscheduled,
                                       has_approved_roadmap, updated_at)
  SELECT d, coalesce(owner, d), owner, t,
         coalesce(min(o.due_on) FILTER (WHERE o.due_on > t) - 1, DATE '9999-12-30'),
         count(o.id) FILTER (WHERE o.due_on <= t),
         count(o.id) FILTER (WHERE o.due_on <= t AND o.status = 'done' AND o.has_evidence AND o.completed_on <= t),
         count(o.id) FILTER (WHERE o.due_on <= t AND o.status = 'done' AND o.has_evidence AND o.completed_on <= o.due_on),
         count(o.id) FILTER (WHERE o.due_on > t),
         (SELECT count(*) FROM roadmaps r2 JOIN roadmap_items i2 ON i2.district_id = r2.district_id AND i2.roadmap_id = r2.id
           WHERE r2.district_id = d AND r2.organization_id IS NOT DISTINCT FROM owner AND r2.status = 'approved'
             AND r2.superseded_by IS NULL AND i2.schedule_kind = 'unscheduled')::int,
         EXISTS (SELECT 1 FROM roadmaps r3 WHERE r3.district_id = d AND r3.organization_id IS NOT DISTINCT FROM owner
                   AND r3.status = 'approved' AND r3.superseded_by IS NULL),
         now()
  FROM roadmaps r
  JOIN roadmap_items i ON i.district_id = r.district_id AND i.roadmap_id = r.id AND i.schedule_kind <> 'unscheduled'
  JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id AND o.status <> 'cancelled'
  WHERE r.district_id = d AND r.organization_id IS NOT DISTINCT FROM owner
    AND r.status = 'approved' AND r.superseded_by IS NULL
  ON CONFLICT (district_id, owner_key) DO UPDATE SET
    as_of = EXCLUDED.as_of, valid_until = EXCLUDED.valid_until, items_due = EXCLUDED.items_due,
    items_done = EXCLUDED.items_done, items_done_on_time = EXCLUDED.items_done_on_time,
    items_due_later = EXCLUDED.items_due_later, items_unscheduled = EXCLUDED.items_unscheduled,
    has_approved_roadmap = EXCLUDED.has_approved_roadmap, updated_at = now()
$$;

-- Kept up to date in the same transaction as the change that moves it.
CREATE FUNCTION compliance_on_occurrence() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  rid uuid := coalesce(NEW.roadmap_id, OLD.roadmap_id);
  did uuid := coalesce(NEW.district_id, OLD.district_id);
  org uuid;
  approved boolean;
BEGIN
  SELECT r.organization_id, r.status = 'approved' AND r.superseded_by IS NULL INTO org, approved
    FROM roadmaps r WHERE r.district_id = did AND r.id = rid;
  IF approved THEN PERFORM refresh_compliance(did, org, current_date); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER item_occurrences_compliance AFTER INSERT OR UPDATE OR DELETE ON item_occurrences
  FOR EACH ROW EXECUTE FUNCTION compliance_on_occurrence();

CREATE FUNCTION compliance_on_roadmap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM refresh_compliance(OLD.district_id, OLD.organization_id, current_date);
  ELSIF TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status OR OLD.superseded_by IS DISTINCT FROM NEW.superseded_by THEN
    PERFORM refresh_compliance(NEW.district_id, NEW.organization_id, current_date);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER roadmaps_compliance AFTER INSERT OR UPDATE OR DELETE ON roadmaps
  FOR EACH ROW EXECUTE FUNCTION compliance_on_roadmap();

-- Owners with no row yet (roadmaps approved before this migration) get one on first read.
