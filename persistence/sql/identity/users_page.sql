-- A page of the users of a district or of a region, by (login, id) after the cursor.
-- $1 district id (null: the region's), $2 region id, $3 cursor login (null: from the start),
-- $4 cursor id, $5 how many rows.
with p as (select cast($1 as uuid) d, cast($2 as uuid) r, cast($3 as text) ck, cast($4 as uuid) ci)
select u.id::text, u.login, u.full_name, u.role, u.region_id::text, u.district_id::text, u.organization_id::text,
       u.status, u.version,
       to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(u.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from users u, p
where ((p.d is not null and u.district_id = p.d) or (p.r is not null and u.region_id = p.r))
  and (p.ck is null or (u.login, u.id) > (p.ck, p.ci))
order by u.login, u.id limit $5
