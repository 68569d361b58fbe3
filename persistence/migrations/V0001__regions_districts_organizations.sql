-- The application role: requests run as it (SET ROLE at connection start), so row-level
-- security applies. Not a superuser, not the tables' owner, no BYPASSRLS.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'nastavnik_app') THEN
    CREATE ROLE nastavnik_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role(current_user, 'nastavnik_app', 'MEMBER') THEN
    EXECUTE format('GRANT nastavnik_app TO %I', current_user);
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO nastavnik_app;

-- The tenant's id for the current transaction, or NULL when none is set.
CREATE FUNCTION app_district_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.district_id', true), '')::uuid $$;

CREATE TABLE regions (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL,
  code       text NOT NULL UNIQUE,
  version    integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A district is the tenant.
CREATE TABLE districts (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_id  uuid NOT NULL REFERENCES regions(id),
  name       text NOT NULL,
  code       text NOT NULL UNIQUE,
  version    integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX districts_region_idx ON districts (region_id, name, id);

CREATE TABLE organizations (
  district_id   uuid NOT NULL REFERENCES districts(id),
  id            uuid NOT NULL DEFAULT gen_random_uuid(),
  name          text NOT NULL,
  short_name    text,
  type          text NOT NULL CHECK (type IN ('school', 'kindergarten', 'college', 'additional_education', 'methodical_center')),
  address       text,
  status        text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  external_code text,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, external_code)
);
CREATE INDEX organizations_list_idx ON organizations (district_id, name, id);

ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
ALTER TABLE organizations FORCE ROW LEVEL SECURITY;
CREATE POLICY organizations_tenant ON organizations
  USING (district_id = app_district_id())
  WITH CHECK (district_id = app_district_id());

GRANT SELECT, INSERT, UPDATE ON regions, districts TO nastavnik_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON organizations TO nastavnik_app;
