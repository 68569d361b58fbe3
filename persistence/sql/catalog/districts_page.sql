-- A page of districts by (name, id) after the cursor. $1 region id (null: every region),
-- $2 cursor name (null: from the start), $3 cursor id, $4 how many rows.
select id::text, region_id::text, name, code, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from districts
where (cast($1 as uuid) is null or region_id = cast($1 as uuid))
  and (cast($2 as text) is null or (name, id) > (cast($2 as text), cast($3 as uuid)))
order by name, id limit $4
