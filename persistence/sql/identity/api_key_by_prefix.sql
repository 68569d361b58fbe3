-- An API key by its prefix, with its secret's hash; every request with a key makes it.
-- usable: not revoked nor expired; touch_due: last_used_at is due to move (once a minute).
-- $1 prefix.
select k.id::text, k.district_id::text, k.organization_id::text, k.name, k.prefix, array_to_string(k.scopes, ',') as scopes,
       to_char(k.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as expires_at,
       to_char(k.last_used_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_used_at,
       to_char(k.revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as revoked_at,
       to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       k.secret_hash, (k.revoked_at is null and (k.expires_at is null or k.expires_at > now())) as usable,
       (k.last_used_at is null or k.last_used_at < now() - interval '60 seconds') as touch_due
from api_keys k where k.prefix = $1
