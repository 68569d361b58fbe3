-- Revokes an organisation's API key (kept revoked when it was already). $1 district id,
-- $2 organisation id, $3 key id. Returns the key; no row: no such key.
with k as (update api_keys set revoked_at = coalesce(revoked_at, now())
           where district_id = cast($1 as uuid) and organization_id = cast($2 as uuid) and id = cast($3 as uuid)
           returning *)
select k.id::text, k.district_id::text, k.organization_id::text, k.name, k.prefix, array_to_string(k.scopes, ',') as scopes,
       to_char(k.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as expires_at,
       to_char(k.last_used_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_used_at,
       to_char(k.revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as revoked_at,
       to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at
from k
