-- The actor of a bearer token's session, when the session and its user are active; every
-- request with a token makes it. slide_due: the idle expiry last moved over a minute ago.
-- $1 token hash.
  select s.id::text as session_id, u.id::text as user_id, u.login, u.role, u.region_id::text, u.district_id::text,
         u.organization_id::text, s.last_seen_at < now() - interval '60 seconds' as slide_due, u.full_name
  from sessions s join users u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()
    and s.idle_expires_at > now() and u.status = 'active'
