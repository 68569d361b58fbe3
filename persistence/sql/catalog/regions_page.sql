-- A page of regions by (name, id) after the cursor. $1 cursor name (null: from the start),
-- $2 cursor id, $3 how many rows.
select id::text, name, code, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from regions
where (cast($1 as text) is null or (name, id) > (cast($1 as text), cast($2 as uuid)))
order by name, id limit $3
