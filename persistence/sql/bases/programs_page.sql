-- A page of an organisation's programmes by id after the cursor. $1 district id, $2 organisation id,
-- $3 cursor id (null: from the start), $4 how many rows.
select id::text, district_id::text, organization_id::text, title, array_to_string(forms, ',') as forms, period_start::text,
       period_end::text, capacity, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from mentoring_programs
where district_id = cast($1 as uuid) and organization_id = cast($2 as uuid)
  and (cast($3 as uuid) is null or id > cast($3 as uuid))
order by id limit $4
