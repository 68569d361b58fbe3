-- A mentoring programme of an organisation, locked for an update. $1 district id,
-- $2 organisation id, $3 programme id.
select id::text, district_id::text, organization_id::text, title, array_to_string(forms, ',') as forms, period_start::text,
       period_end::text, capacity, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from mentoring_programs
where district_id = cast($1 as uuid) and organization_id = cast($2 as uuid) and id = cast($3 as uuid) for update
