-- Revokes a session. $1 session id.
update sessions set revoked_at = now() where id = cast($1 as uuid) and revoked_at is null
