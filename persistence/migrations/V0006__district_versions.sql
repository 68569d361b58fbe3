-- A counter per district that grows with every committed transaction that changes what the
-- district's compliance is computed from (the district itself, organisations, users,
-- roadmaps and their items, occurrences and progress, monitoring campaigns and reports).
-- A region's or the country's answers are keyed by the whole list of their districts'
-- versions (a digest of it), which changes whenever one of them does. The server keeps computed
-- answers beside the version they were read at and serves them again while the version
-- stands; any change moves it. The row is moved as the transaction commits (deferred
-- trigger), so versions follow commit order: an answer read after version v never misses a
-- change that was committed before v was read.

CREATE TABLE district_versions (
  district_id uuid PRIMARY KEY REFERENCES districts(id) ON DELETE CASCADE,
  version     bigint NOT NULL
);
ALTER TABLE district_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE district_versions FORCE ROW LEVEL SECURITY;
-- A region scope reads its districts' versions (the key of a region's answer); writes come
-- from the trigger below, in the scope of the change.
CREATE POLICY district_versions_scope ON district_versions
  USING (app_is_system() OR district_id = app_district_id()
         OR district_id IN (SELECT id FROM districts WHERE region_id = app_region_id()))
  WITH CHECK (app_is_system() OR district_id = app_district_id());
GRANT SELECT, INSERT, UPDATE ON district_versions TO nastavnik_app;

-- Once per transaction and district (a transaction-local setting remembers it).
CREATE FUNCTION bump_district_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d uuid;
BEGIN
  IF TG_TABLE_NAME = 'districts' THEN
    IF TG_OP = 'DELETE' THEN RETURN NULL; END IF;  -- its row goes with it
    d := NEW.id;                                   -- renamed, moved, or new in a region
  ELSIF TG_OP = 'DELETE' THEN
    d := OLD.district_id;
  ELSE
    d := NEW.district_id;
  END IF;
  IF d IS NULL THEN RETURN NULL; END IF;  -- users outside any district
  IF position(d::text IN coalesce(current_setting('app.versions_bumped', true), '')) > 0 THEN RETURN NULL; END IF;
  INSERT INTO district_versions AS v (district_id, version) VALUES (d, 1)
    ON CONFLICT (district_id) DO UPDATE SET version = v.version + 1;
  PERFORM set_config('app.versions_bumped', coalesce(current_setting('app.versions_bumped', true), '') || d::text || ',', true);
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['districts', 'organizations', 'users', 'roadmaps', 'roadmap_items', 'item_occurrences', 'item_progress',
                           'monitoring_campaigns', 'monitoring_campaign_organizations', 'monitoring_reports'] LOOP
    -- Deferred to the commit: the version row is locked last, after every row lock the
    -- transaction takes, so it joins no lock cycle, and is held only while committing.
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED'
                   ' FOR EACH ROW EXECUTE FUNCTION bump_district_version()', t || '_version', t);
  END LOOP;
END $$;

