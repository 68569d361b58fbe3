-- Each district's roll-up of its organisations' compliance as of today, kept on write, so that
-- the national roll-up (persistence/sql/national/national_regions.sql) sums ~2,300 district
-- rows instead of joining 80,000 organisations to their summaries.
--
-- A row per district: its active organisations; of those, the ones with counts (a summary row
-- with an approved roadmap) and the fully compliant ones (something due and all of it done);
-- and their counts summed — what national_regions.sql computed per district from
-- compliance_summary (V0005) and organizations. The district's own roadmap matches no
-- organisation and is not in it. Changed by increments in the same transaction as every write
-- that moves it (a summary row inserted, changed or deleted; an organisation added, closed,
-- reopened or deleted), so concurrent writers add up. Read in the system scope; written in the
-- district's (or a region's) scope, where its summaries are written.

CREATE TABLE compliance_district_totals (
  district_id   uuid PRIMARY KEY,  -- kept by triggers from rows that refer to their district
  organizations integer NOT NULL,
  with_roadmap  integer NOT NULL,
  fully         integer NOT NULL,
  due           integer NOT NULL,
  done          integer NOT NULL,
  done_on_time  integer NOT NULL,
  due_later     integer NOT NULL,
  unscheduled   integer NOT NULL
);
ALTER TABLE compliance_district_totals ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_district_totals FORCE ROW LEVEL SECURITY;
CREATE POLICY compliance_district_totals_scope ON compliance_district_totals
  USING (app_is_system() OR district_id = app_district_id()
         OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()))
  WITH CHECK (app_is_system() OR district_id = app_district_id()
              OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()));
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_district_totals TO nastavnik_app;

-- Adds `sign` times one organisation's share to its district's row: the organisation itself
-- when `counted` (it became or stopped being active), and its summary row `s` when that has an
-- approved roadmap (a NULL row: none).
CREATE FUNCTION compliance_totals_add(d uuid, sign integer, counted boolean, s compliance_summary)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO compliance_district_totals AS t (district_id, organizations, with_roadmap, fully, due, done,
                                               done_on_time, due_later, unscheduled)
  SELECT d, sign * counted::int, sign * has::int,
         sign * (has AND s.items_due > 0 AND s.items_done = s.items_due)::int,
         sign * CASE WHEN has THEN s.items_due ELSE 0 END, sign * CASE WHEN has THEN s.items_done ELSE 0 END,
         sign * CASE WHEN has THEN s.items_done_on_time ELSE 0 END,
         sign * CASE WHEN has THEN s.items_due_later ELSE 0 END,
         sign * CASE WHEN has THEN s.items_unscheduled ELSE 0 END
  FROM (SELECT coalesce(s.has_approved_roadmap, false) AS has) x
  WHERE counted OR has
  ON CONFLICT (district_id) DO UPDATE SET
    organizations = t.organizations + EXCLUDED.organizations, with_roadmap = t.with_roadmap + EXCLUDED.with_roadmap,
    fully = t.fully + EXCLUDED.fully, due = t.due + EXCLUDED.due, done = t.done + EXCLUDED.done,
    done_on_time = t.done_on_time + EXCLUDED.done_on_time, due_later = t.due_later + EXCLUDED.due_later,
    unscheduled = t.unscheduled + EXCLUDED.unscheduled;
$$;

-- A summary row of an organisation changed: while the organisation is active, its district's
-- row moves by the difference. Concurrent with the organisation's closing or reopening, the
-- second to commit sees the first: this trigger share-locks the organisation (in the district's
-- scope, where summaries are written), and that one locks the summary row.
CREATE FUNCTION compliance_totals_on_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d uuid := coalesce(NEW.district_id, OLD.district_id);
  org uuid := coalesce(NEW.organization_id, OLD.organization_id);
  active boolean;
BEGIN
  IF org IS NULL THEN RETURN NULL; END IF;  -- the district's own roadmap
  IF TG_OP = 'UPDATE'
     AND (OLD.has_approved_roadmap, OLD.items_due, OLD.items_done, OLD.items_done_on_time, OLD.items_due_later,
          OLD.items_unscheduled)
         IS NOT DISTINCT FROM (NEW.has_approved_roadmap, NEW.items_due, NEW.items_done, NEW.items_done_on_time,
                               NEW.items_due_later, NEW.items_unscheduled) THEN
    RETURN NULL;  -- refreshed for another day with the same counts
  END IF;
  SELECT o.status = 'active' INTO active FROM organizations o WHERE o.district_id = d AND o.id = org FOR SHARE;
  IF NOT FOUND THEN  -- outside the district's own scope the row can be read, not locked
    SELECT o.status = 'active' INTO active FROM organizations o WHERE o.district_id = d AND o.id = org;
  END IF;
  IF NOT coalesce(active, false) THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM compliance_totals_add(d, -1, false, OLD); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM compliance_totals_add(d, 1, false, NEW); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER compliance_totals_on_summary AFTER INSERT OR UPDATE OR DELETE ON compliance_summary
  FOR EACH ROW EXECUTE FUNCTION compliance_totals_on_summary();

-- An organisation became or stopped being active (added, closed, reopened, deleted): its share
-- (itself and its summary row as it stands) comes in or goes.
CREATE FUNCTION compliance_totals_on_organization() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d uuid := coalesce(NEW.district_id, OLD.district_id);
  was boolean := TG_OP <> 'INSERT' AND OLD.status = 'active';
  is_now boolean := TG_OP <> 'DELETE' AND NEW.status = 'active';
  s compliance_summary;
BEGIN
  IF was = is_now THEN RETURN NULL; END IF;
  SELECT * INTO s FROM compliance_summary x WHERE x.district_id = d AND x.owner_key = coalesce(NEW.id, OLD.id) FOR UPDATE;
  PERFORM compliance_totals_add(d, CASE WHEN is_now THEN 1 ELSE -1 END, true, s);
  RETURN NULL;
END $$;
CREATE TRIGGER compliance_totals_on_organization AFTER INSERT OR DELETE OR UPDATE OF status ON organizations
  FOR EACH ROW EXECUTE FUNCTION compliance_totals_on_organization();

-- A district's row computed anew from its organisations and summaries (the migration below, the
-- benchmark's generator, which loads with triggers off, and `nastavnik rebuild-history`).
CREATE FUNCTION compliance_totals_rebuild(d uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM compliance_district_totals WHERE district_id = d;
  INSERT INTO compliance_district_totals (district_id, organizations, with_roadmap, fully, due, done, done_on_time,
                                          due_later, unscheduled)
  SELECT o.district_id, count(*)::int, count(s.owner_key)::int,
         count(*) FILTER (WHERE s.items_due > 0 AND s.items_done = s.items_due)::int,
         coalesce(sum(s.items_due), 0)::int, coalesce(sum(s.items_done), 0)::int,
         coalesce(sum(s.items_done_on_time), 0)::int, coalesce(sum(s.items_due_later), 0)::int,
         coalesce(sum(s.items_unscheduled), 0)::int
  FROM organizations o
  LEFT JOIN compliance_summary s ON s.district_id = o.district_id AND s.owner_key = o.id AND s.has_approved_roadmap
  WHERE o.district_id = d AND o.status = 'active'
  GROUP BY o.district_id;
$$;

-- Every district's row, in the system scope (row-level security applies to the owner too).
DO $$
BEGIN
  PERFORM set_config('app.system', 'on', true);
  PERFORM compliance_totals_rebuild(id) FROM districts;
  PERFORM set_config('app.system', '', true);
END $$;
