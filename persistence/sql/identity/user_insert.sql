-- Creates a user. $1 login, $2 password hash, $3 full name, $4 role, $5 region id,
-- $6 district id, $7 organisation id (5-7 nullable). Returns the user.
with u as (insert into users(login, password_hash, full_name, role, region_id, district_id, organization_id)
           values ($1, $2, $3, $4, cast($5 as uuid), cast($6 as uuid), cast($7 as uuid)) returning *)
select u.id::text, u.login, u.full_name, u.role, u.region_id::text, u.district_id::text, u.organization_id::text,
       u.status, u.version,
       to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(u.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from u
