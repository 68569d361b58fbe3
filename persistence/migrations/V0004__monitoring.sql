-- Monitoring campaigns and reports, the personalised bases (mentors, mentees, programs,
-- pairs), and idempotency keys. Every table is a tenant table: district_id leads its keys,
-- composite foreign keys keep links inside one district, RLS is enabled and forced, and
-- the audit trigger records every change (persons' personal fields included: the
-- district's audit log is read by its coordinator only).

-- ---- the bases --------------------------------------------------------------------

CREATE TABLE mentoring_persons (
  district_id      uuid NOT NULL REFERENCES districts(id),
  id               uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id  uuid NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('mentor', 'mentee')),
  external_id      text,
  full_name        text,
  category         text NOT NULL CHECK (category IN ('student', 'college_student', 'teacher', 'young_teacher', 'employer')),
  birth_year       integer CHECK (birth_year BETWEEN 1900 AND 2100),
  consent_date     date,
  consent_given_by text CHECK (consent_given_by IN ('self', 'parent')),
  erased_at        timestamptz,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, organization_id, kind, external_id),
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id),
  CHECK ((consent_date IS NULL) = (consent_given_by IS NULL)),
  -- an erased person keeps nothing personal
  CHECK (erased_at IS NULL OR (full_name IS NULL AND external_id IS NULL AND birth_year IS NULL AND consent_date IS NULL)),
  CHECK (erased_at IS NOT NULL OR full_name IS NOT NULL)
);
CREATE INDEX mentoring_persons_list_idx ON mentoring_persons (district_id, organization_id, kind, id);

CREATE TABLE mentoring_programs (
  district_id     uuid NOT NULL REFERENCES districts(id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  title           text NOT NULL,
  forms           text[] NOT NULL CHECK (cardinality(forms) > 0),
  period_start    date NOT NULL,
  period_end      date NOT NULL,
  capacity        integer CHECK (capacity BETWEEN 1 AND 1000),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id),
  CHECK (period_start <= period_end)
);
CREATE INDEX mentoring_programs_list_idx ON mentoring_programs (district_id, organization_id, id);

CREATE TABLE mentoring_pairs (
  district_id     uuid NOT NULL REFERENCES districts(id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  mentor_id       uuid NOT NULL,
  form            text NOT NULL,
  program_id      uuid,
  start_date      date NOT NULL,
  end_date        date,
  status          text NOT NULL CHECK (status IN ('active', 'completed', 'ended_early')),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id),
  FOREIGN KEY (district_id, mentor_id) REFERENCES mentoring_persons(district_id, id),
  FOREIGN KEY (district_id, program_id) REFERENCES mentoring_programs(district_id, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX mentoring_pairs_list_idx ON mentoring_pairs (district_id, organization_id, id);
CREATE INDEX mentoring_pairs_mentor_idx ON mentoring_pairs (district_id, mentor_id);

CREATE TABLE mentoring_pair_mentees (
  district_id uuid NOT NULL REFERENCES districts(id),
  pair_id     uuid NOT NULL,
  mentee_id   uuid NOT NULL,
  position    integer NOT NULL,
  PRIMARY KEY (district_id, pair_id, mentee_id),
  FOREIGN KEY (district_id, pair_id) REFERENCES mentoring_pairs(district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, mentee_id) REFERENCES mentoring_persons(district_id, id)
);
CREATE INDEX mentoring_pair_mentees_mentee_idx ON mentoring_pair_mentees (district_id, mentee_id);

-- ---- campaigns and reports -----------------------------------------------------------

CREATE TABLE monitoring_campaigns (
  district_id    uuid NOT NULL REFERENCES districts(id),
  id             uuid NOT NULL DEFAULT gen_random_uuid(),
  title          text NOT NULL,
  reporting_date date NOT NULL,
  due_date       date NOT NULL,
  lock_date      date NOT NULL,
  -- the whole indicator form: [{code, title, type, required, derived, from_bases, standard, target}]
  indicators     jsonb NOT NULL CHECK (jsonb_typeof(indicators) = 'array'),
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  CHECK (reporting_date <= due_date AND due_date <= lock_date)
);
CREATE INDEX monitoring_campaigns_list_idx ON monitoring_campaigns (district_id, reporting_date DESC, id DESC);

CREATE TABLE monitoring_campaign_organizations (
  district_id     uuid NOT NULL REFERENCES districts(id),
  campaign_id     uuid NOT NULL,
  organization_id uuid NOT NULL,
  PRIMARY KEY (district_id, campaign_id, organization_id),
  FOREIGN KEY (district_id, campaign_id) REFERENCES monitoring_campaigns(district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id)
);

CREATE TABLE monitoring_reports (
  district_id        uuid NOT NULL REFERENCES districts(id),
  id                 uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id        uuid NOT NULL,
  organization_id    uuid NOT NULL,
  status             text NOT NULL CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
  -- {code: number | true/false | "text" | "not_applicable"}; a missing code is a missing value
  "values"           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof("values") = 'object'),
  first_submitted_at timestamptz,
  submitted_at       timestamptz,
  submitted_by       text,
  accepted_at        timestamptz,
  accepted_by        text,
  returned_at        timestamptz,
  returned_by        text,
  return_comment     text,
  reopened           boolean NOT NULL DEFAULT false,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, campaign_id, organization_id),
  UNIQUE (district_id, id),
  FOREIGN KEY (district_id, campaign_id, organization_id)
    REFERENCES monitoring_campaign_organizations(district_id, campaign_id, organization_id)
);

-- ---- idempotency keys (any module's POST/PUT) -------------------------------------------

CREATE TABLE idempotency_keys (
  district_id  uuid NOT NULL REFERENCES districts(id),
  actor        text NOT NULL,  -- user:<id> | api_key:<id>
  key          text NOT NULL,
  request_hash text NOT NULL,  -- SHA-256 of method, path and body
  owner        text NOT NULL,  -- the request that claimed the key
  status       integer,        -- NULL until the answer is stored
  content_type text,
  body         text,
  headers      text,           -- "Name: value" lines (ETag, Location)
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, actor, key)
);
CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (district_id, created_at);

-- ---- row-level security, audit, grants ----------------------------------------------------

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['mentoring_persons', 'mentoring_programs', 'mentoring_pairs', 'mentoring_pair_mentees',
                           'monitoring_campaigns', 'monitoring_campaign_organizations', 'monitoring_reports',
                           'idempotency_keys'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (district_id = app_district_id()) WITH CHECK (district_id = app_district_id())',
                   t || '_tenant', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION audit_row()',
                   t || '_audit', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO nastavnik_app', t);
  END LOOP;
END $$;
