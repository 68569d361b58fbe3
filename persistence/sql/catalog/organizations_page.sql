-- A page of a district's organisations by (name, id) after the cursor, filtered (a null
-- filter: any). $1 type, $2 status, $3 ILIKE pattern on the name or short name,
-- $4 cursor name (null: from the start), $5 cursor id, $6 only this id, $7 district id,
-- $8 how many rows.
with p as (select cast($1 as text) t, cast($2 as text) s, cast($3 as text) q,
                  cast($4 as text) cn, cast($5 as uuid) ci, cast($6 as uuid) oi)
select id::text, district_id::text, name, short_name, type, address, status, external_code, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from organizations, p
where district_id = cast($7 as uuid)
  and (p.t is null or type = p.t) and (p.s is null or status = p.s)
  and (p.q is null or name ilike p.q or short_name ilike p.q) and (p.oi is null or id = p.oi)
  and (p.cn is null or (name, id) > (p.cn, p.ci))
order by name, id limit $8
