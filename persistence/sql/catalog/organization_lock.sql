-- An organisation of a district, locked for an update. $1 district id, $2 organisation id.
select id::text, district_id::text, name, short_name, type, address, status, external_code, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from organizations where district_id = cast($1 as uuid) and id = cast($2 as uuid) for update
