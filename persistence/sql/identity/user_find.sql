-- A user by id. $1 user id.
select u.id::text, u.login, u.full_name, u.role, u.region_id::text, u.district_id::text, u.organization_id::text,
       u.status, u.version,
       to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(u.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from users u where u.id = cast($1 as uuid)
