-- Revokes every session of a user. $1 user id.
update sessions set revoked_at = now() where user_id = cast($1 as uuid) and revoked_at is null
