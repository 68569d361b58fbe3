-- Identity (users, sessions, API keys) and the audit log.
--
-- Scopes a transaction can run in, each set with set_config(…, true) and gone at its end:
--   app.district_id  the tenant: tenant rows of that district only
--   app.system = on  system work (sign-in look-ups, regions and districts, system admins)
-- With neither set, the application role sees no tenant row at all.

CREATE FUNCTION app_is_system() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT coalesce(current_setting('app.system', true), '') = 'on' $$;

CREATE TABLE users (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  login           text NOT NULL,
  password_hash   text NOT NULL,
  full_name       text NOT NULL,
  role            text NOT NULL CHECK (role IN ('system_admin', 'region_analyst', 'district_coordinator',
                                                'district_viewer', 'org_curator')),
  region_id       uuid REFERENCES regions(id),
  district_id     uuid REFERENCES districts(id),
  organization_id uuid,
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id),
  CHECK (CASE role
           WHEN 'system_admin' THEN region_id IS NULL AND district_id IS NULL AND organization_id IS NULL
           WHEN 'region_analyst' THEN region_id IS NOT NULL AND district_id IS NULL AND organization_id IS NULL
           WHEN 'org_curator' THEN district_id IS NOT NULL AND organization_id IS NOT NULL AND region_id IS NULL
           ELSE district_id IS NOT NULL AND organization_id IS NULL AND region_id IS NULL
         END)
);
CREATE UNIQUE INDEX users_login_key ON users (lower(login));
CREATE INDEX users_district_idx ON users (district_id, login) WHERE district_id IS NOT NULL;
CREATE INDEX users_region_idx ON users (region_id, login) WHERE region_id IS NOT NULL;

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY users_scope ON users
  USING (app_is_system() OR district_id = app_district_id())
  WITH CHECK (app_is_system() OR district_id = app_district_id());

-- A signed-in person's bearer token, stored only as its SHA-256.
CREATE TABLE sessions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash      text NOT NULL UNIQUE,
  user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  idle_expires_at timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  revoked_at      timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY sessions_system ON sessions USING (app_is_system()) WITH CHECK (app_is_system());

-- Keys for school information systems, bound to one organisation.
CREATE TABLE api_keys (
  district_id     uuid NOT NULL REFERENCES districts(id),
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL,
  name            text NOT NULL,
  prefix          text NOT NULL UNIQUE,
  secret_hash     text NOT NULL,
  scopes          text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write']::text[] AND cardinality(scopes) > 0),
  expires_at      timestamptz,
  last_used_at    timestamptz,
  revoked_at      timestamptz,
  created_by      uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id)
);
CREATE INDEX api_keys_org_idx ON api_keys (district_id, organization_id, created_at);
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY api_keys_scope ON api_keys
  USING (app_is_system() OR district_id = app_district_id())
  WITH CHECK (app_is_system() OR district_id = app_district_id());

-- Who changed what, when, before and after: written by a trigger in the same
-- transaction as the change, so no code path can forget it.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  district_id uuid,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_kind  text NOT NULL,
  actor_id    text,
  request_id  text,
  action      text NOT NULL,
  resource    text NOT NULL,
  resource_id text,
  before      jsonb,
  after       jsonb
);
CREATE INDEX audit_log_district_idx ON audit_log (district_id, id DESC);
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_log_scope ON audit_log
  USING (app_is_system() OR district_id = app_district_id())
  WITH CHECK (app_is_system() OR district_id = app_district_id());

-- Trigger arguments name columns that never enter the log (secrets).
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  b jsonb;
  a jsonb;
  r jsonb;
  d uuid;
BEGIN
  IF TG_OP <> 'INSERT' THEN b := to_jsonb(OLD) - coalesce(TG_ARGV, '{}'::text[]); END IF;
  IF TG_OP <> 'DELETE' THEN a := to_jsonb(NEW) - coalesce(TG_ARGV, '{}'::text[]); END IF;
  IF TG_OP = 'UPDATE' AND a = b THEN RETURN NULL; END IF;
  r := coalesce(a, b);
  d := CASE TG_TABLE_NAME
         WHEN 'districts' THEN (r->>'id')::uuid
         WHEN 'regions' THEN NULL
         ELSE (r->>'district_id')::uuid
       END;
  INSERT INTO audit_log (district_id, actor_kind, actor_id, request_id, action, resource, resource_id, before, after)
  VALUES (d,
          coalesce(nullif(current_setting('app.actor_kind', true), ''), 'system'),
          nullif(current_setting('app.actor_id', true), ''),
          nullif(current_setting('app.request_id', true), ''),
          lower(TG_OP), TG_TABLE_NAME, r->>'id', b, a);
  RETURN NULL;
END $$;

CREATE TRIGGER regions_audit AFTER INSERT OR UPDATE OR DELETE ON regions FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER districts_audit AFTER INSERT OR UPDATE OR DELETE ON districts FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER organizations_audit AFTER INSERT OR UPDATE OR DELETE ON organizations FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION audit_row('password_hash');
CREATE TRIGGER api_keys_audit AFTER INSERT OR UPDATE OR DELETE ON api_keys FOR EACH ROW EXECUTE FUNCTION audit_row('secret_hash', 'last_used_at');

GRANT SELECT, INSERT, UPDATE, DELETE ON users, sessions, api_keys TO nastavnik_app;
GRANT SELECT, INSERT ON audit_log TO nastavnik_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO nastavnik_app;
