-- Creates an API key of an organisation. $1 district id, $2 organisation id, $3 name,
-- $4 prefix, $5 secret hash, $6 scopes (a text[] literal), $7 expires at (nullable),
-- $8 created by (a user id, nullable). Returns the key.
with k as (insert into api_keys(district_id, organization_id, name, prefix, secret_hash, scopes, expires_at, created_by)
           values (cast($1 as uuid), cast($2 as uuid), $3, $4, $5, cast($6 as text[]), cast($7 as timestamptz),
                   cast($8 as uuid)) returning *)
select k.id::text, k.district_id::text, k.organization_id::text, k.name, k.prefix, array_to_string(k.scopes, ',') as scopes,
       to_char(k.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as expires_at,
       to_char(k.last_used_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_used_at,
       to_char(k.revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as revoked_at,
       to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at
from k
