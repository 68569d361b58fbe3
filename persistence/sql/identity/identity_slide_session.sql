-- Moves a session's idle expiry on (never past its absolute one). $1 idle lifetime (seconds),
-- $2 session id.
  update sessions set last_seen_at = now(), idle_expires_at = least(expires_at, now() + make_interval(secs => $1::int))
  where id = $2::uuid
