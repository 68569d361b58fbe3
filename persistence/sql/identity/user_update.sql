-- Writes a user, one version up. $1 full name, $2 status, $3 role, $4 organisation id,
-- $5 new password hash (null: unchanged), $6 user id. Returns the user.
with u as (update users set full_name = $1, status = $2, role = $3, organization_id = cast($4 as uuid),
                  password_hash = coalesce($5, password_hash), version = version + 1, updated_at = now()
           where id = cast($6 as uuid) returning *)
select u.id::text, u.login, u.full_name, u.role, u.region_id::text, u.district_id::text, u.organization_id::text,
       u.status, u.version,
       to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(u.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from u
