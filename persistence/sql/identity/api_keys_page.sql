-- A page of an organisation's API keys by (prefix, id) after the cursor. $1 district id,
-- $2 organisation id, $3 cursor prefix (null: from the start), $4 cursor id, $5 how many rows.
select k.id::text, k.district_id::text, k.organization_id::text, k.name, k.prefix, array_to_string(k.scopes, ',') as scopes,
       to_char(k.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as expires_at,
       to_char(k.last_used_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_used_at,
       to_char(k.revoked_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as revoked_at,
       to_char(k.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at
from api_keys k
where k.district_id = cast($1 as uuid) and k.organization_id = cast($2 as uuid)
  and (cast($3 as text) is null or (k.prefix, k.id) > (cast($3 as text), cast($4 as uuid)))
order by k.prefix, k.id limit $5
