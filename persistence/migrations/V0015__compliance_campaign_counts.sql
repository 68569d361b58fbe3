-- Each campaign's completeness as of today, kept on write, so that a district's answer reads
-- a handful of rows (persistence/sql/compliance/compliance_completeness_today.sql) instead of
-- joining every expected organisation of every campaign to its report.
--
-- A row per (campaign, organisation type): how many active organisations of that type the
-- campaign expects a report from, how many of those reports stand submitted or accepted now,
-- and how many of those were first submitted by the campaign's due date — the figures
-- compliance_completeness.sql computes for a day from the reports' own timestamps, for today
-- (every timestamp is before the end of today). Changed by increments in the same transaction
-- as every write that moves them (a report's status and timestamps, an organisation added to
-- or removed from a campaign, an organisation closed, reopened or of another type, a
-- campaign's due date), so concurrent writers add up instead of overwriting each other. Past
-- dates and `known_at` are still computed from the reports. Only the district's own scope
-- reads or writes it.

CREATE TABLE compliance_campaign_counts (
  district_id uuid NOT NULL,  -- kept by triggers from rows that refer to their district
  campaign_id uuid NOT NULL,
  type        text NOT NULL,
  expected    integer NOT NULL,
  submitted   integer NOT NULL,
  on_time     integer NOT NULL,
  PRIMARY KEY (district_id, campaign_id, type)
);
ALTER TABLE compliance_campaign_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE compliance_campaign_counts FORCE ROW LEVEL SECURITY;
CREATE POLICY compliance_campaign_counts_tenant ON compliance_campaign_counts
  USING (district_id = app_district_id()) WITH CHECK (district_id = app_district_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON compliance_campaign_counts TO nastavnik_app;

-- Whether a report stands submitted (or accepted) now, and whether it was first submitted by
-- `due` (a UTC day): compliance_completeness.sql's status at the end of today. No report
-- (every argument NULL): neither.
CREATE FUNCTION compliance_report_counts(status text, first_submitted_at timestamptz, submitted_at timestamptz,
                                         accepted_at timestamptz, returned_at timestamptz, due date,
                                         OUT submitted integer, OUT on_time integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT s::int, (s AND (first_submitted_at AT TIME ZONE 'UTC')::date <= due)::int
  FROM (SELECT coalesce(first_submitted_at IS NOT NULL
                        AND ((status = 'accepted' AND accepted_at IS NOT NULL)
                             OR NOT (returned_at IS NOT NULL AND (submitted_at IS NULL OR submitted_at < returned_at))),
                        false) AS s) x
$$;

-- Adds to one (campaign, type) row; nothing when every figure is zero.
CREATE FUNCTION compliance_counts_add(d uuid, cid uuid, typ text, n_expected integer, n_submitted integer, n_on_time integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO compliance_campaign_counts AS n (district_id, campaign_id, type, expected, submitted, on_time)
  SELECT d, cid, typ, n_expected, n_submitted, n_on_time
  WHERE n_expected <> 0 OR n_submitted <> 0 OR n_on_time <> 0
  ON CONFLICT (district_id, campaign_id, type) DO UPDATE SET
    expected = n.expected + EXCLUDED.expected, submitted = n.submitted + EXCLUDED.submitted,
    on_time = n.on_time + EXCLUDED.on_time;
$$;

-- A report's status or timestamps changed: its organisation's row moves by the difference
-- (a report's campaign and organisation are its key: they never change).
CREATE FUNCTION compliance_counts_on_report() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d uuid := coalesce(NEW.district_id, OLD.district_id);
  typ text;
  due date;
  was record;
  now_ record;
BEGIN
  IF TG_OP = 'UPDATE' AND (OLD.status, OLD.first_submitted_at, OLD.submitted_at, OLD.accepted_at, OLD.returned_at)
                          IS NOT DISTINCT FROM (NEW.status, NEW.first_submitted_at, NEW.submitted_at, NEW.accepted_at, NEW.returned_at) THEN
    RETURN NULL;
  END IF;
  -- Shared locks: an organisation's status or type, or a campaign's due date, changing at the
  -- same time waits for this report (or this report for it), so neither misses the other.
  SELECT org.type, c.due_date INTO typ, due
    FROM organizations org JOIN monitoring_campaigns c ON c.district_id = d AND c.id = coalesce(NEW.campaign_id, OLD.campaign_id)
   WHERE org.district_id = d AND org.id = coalesce(NEW.organization_id, OLD.organization_id) AND org.status = 'active'
     FOR SHARE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  SELECT * INTO was FROM compliance_report_counts(OLD.status, OLD.first_submitted_at, OLD.submitted_at, OLD.accepted_at,
                                                  OLD.returned_at, due);
  SELECT * INTO now_ FROM compliance_report_counts(NEW.status, NEW.first_submitted_at, NEW.submitted_at, NEW.accepted_at,
                                                   NEW.returned_at, due);
  PERFORM compliance_counts_add(d, coalesce(NEW.campaign_id, OLD.campaign_id), typ, 0, now_.submitted - was.submitted,
                                now_.on_time - was.on_time);
  RETURN NULL;
END $$;
CREATE TRIGGER monitoring_reports_counts AFTER INSERT OR UPDATE OR DELETE ON monitoring_reports
  FOR EACH ROW EXECUTE FUNCTION compliance_counts_on_report();

-- What organisations `orgs` add to their campaigns' rows (`cids`; NULL: every campaign), with
-- their status and type in `st` and `typ` (NULL: their own), times `sign`.
CREATE FUNCTION compliance_counts_pairs(d uuid, cids uuid[], orgs uuid[], st text, typ text, sign integer)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO compliance_campaign_counts AS n (district_id, campaign_id, type, expected, submitted, on_time)
  SELECT d, co.campaign_id, coalesce(typ, org.type), sign * count(*)::int, sign * sum(s.submitted)::int,
         sign * sum(s.on_time)::int
  FROM monitoring_campaign_organizations co
  JOIN organizations org ON org.district_id = d AND org.id = co.organization_id
  JOIN monitoring_campaigns c ON c.district_id = d AND c.id = co.campaign_id
  LEFT JOIN monitoring_reports rep ON rep.district_id = d AND rep.campaign_id = co.campaign_id
                                  AND rep.organization_id = co.organization_id
  CROSS JOIN LATERAL compliance_report_counts(rep.status, rep.first_submitted_at, rep.submitted_at, rep.accepted_at,
                                              rep.returned_at, c.due_date) s
  WHERE co.district_id = d AND co.organization_id = ANY (orgs) AND (cids IS NULL OR co.campaign_id = ANY (cids))
    AND coalesce(st, org.status) = 'active'
  GROUP BY co.campaign_id, coalesce(typ, org.type)
  ON CONFLICT (district_id, campaign_id, type) DO UPDATE SET
    expected = n.expected + EXCLUDED.expected, submitted = n.submitted + EXCLUDED.submitted,
    on_time = n.on_time + EXCLUDED.on_time;
$$;

-- An organisation added to a campaign (or no longer expected in it).
CREATE FUNCTION compliance_counts_on_campaign_organization() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  typ text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- (its organisation's status or type changing at the same time waits, or is waited for)
    PERFORM 1 FROM organizations org WHERE org.district_id = NEW.district_id AND org.id = NEW.organization_id FOR SHARE;
    PERFORM compliance_counts_pairs(NEW.district_id, ARRAY[NEW.campaign_id], ARRAY[NEW.organization_id], NULL, NULL, 1);
  ELSE
    -- Its report, if any, was taken away before it (the report's key refers to this row); a
    -- row gone with its campaign counts no more (the campaign's rows go with it).
    SELECT org.type INTO typ FROM organizations org
     WHERE org.district_id = OLD.district_id AND org.id = OLD.organization_id AND org.status = 'active'
       AND EXISTS (SELECT 1 FROM monitoring_campaigns c WHERE c.district_id = OLD.district_id AND c.id = OLD.campaign_id)
       FOR SHARE OF org;
    IF FOUND THEN PERFORM compliance_counts_add(OLD.district_id, OLD.campaign_id, typ, -1, 0, 0); END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER monitoring_campaign_organizations_counts AFTER INSERT OR DELETE ON monitoring_campaign_organizations
  FOR EACH ROW EXECUTE FUNCTION compliance_counts_on_campaign_organization();

-- An organisation closed, reopened or of another type: its campaigns' rows move.
CREATE FUNCTION compliance_counts_on_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM compliance_counts_pairs(OLD.district_id, NULL, ARRAY[OLD.id], OLD.status, OLD.type, -1);
  PERFORM compliance_counts_pairs(NEW.district_id, NULL, ARRAY[NEW.id], NEW.status, NEW.type, 1);
  RETURN NULL;
END $$;
CREATE TRIGGER organizations_counts AFTER UPDATE OF status, type ON organizations
  FOR EACH ROW WHEN ((OLD.status, OLD.type) IS DISTINCT FROM (NEW.status, NEW.type))
  EXECUTE FUNCTION compliance_counts_on_organization();

-- A campaign's due date moved (which reports were on time), or the campaign deleted.
CREATE FUNCTION compliance_counts_on_campaign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM compliance_campaign_counts WHERE district_id = OLD.district_id AND campaign_id = OLD.id;
  ELSIF OLD.due_date IS DISTINCT FROM NEW.due_date THEN
    PERFORM compliance_counts_add(NEW.district_id, NEW.id, x.type, 0, 0, x.moved)
      FROM (SELECT org.type, sum(n.on_time - o.on_time)::int AS moved
            FROM monitoring_reports rep
            JOIN organizations org ON org.district_id = rep.district_id AND org.id = rep.organization_id AND org.status = 'active'
            CROSS JOIN LATERAL compliance_report_counts(rep.status, rep.first_submitted_at, rep.submitted_at, rep.accepted_at,
                                                        rep.returned_at, OLD.due_date) o
            CROSS JOIN LATERAL compliance_report_counts(rep.status, rep.first_submitted_at, rep.submitted_at, rep.accepted_at,
                                                        rep.returned_at, NEW.due_date) n
            WHERE rep.district_id = NEW.district_id AND rep.campaign_id = NEW.id
            GROUP BY org.type) x;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER monitoring_campaigns_counts AFTER UPDATE OF due_date OR DELETE ON monitoring_campaigns
  FOR EACH ROW EXECUTE FUNCTION compliance_counts_on_campaign();

-- The district's rows computed anew (the migration below, the bench generator, which loads
-- with triggers off, and `nastavnik rebuild-history` after data was mended by hand).
CREATE FUNCTION compliance_counts_rebuild(d uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM compliance_campaign_counts WHERE district_id = d;
  SELECT compliance_counts_pairs(d, NULL, ARRAY(SELECT id FROM organizations WHERE district_id = d AND status = 'active'),
                                 NULL, NULL, 1);
$$;

-- Every district's rows, each in its own scope (row-level security applies to the owner too).
DO $$
DECLARE d uuid;
BEGIN
  FOR d IN SELECT id FROM districts LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM compliance_counts_rebuild(d);
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END $$;
