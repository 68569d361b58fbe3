-- A person (mentor or mentee) of an organisation. $1 district id,
-- $2 organisation id, $3 kind (mentor | mentee), $4 person id.
select id::text, district_id::text, organization_id::text, kind, external_id, full_name, category, birth_year,
       consent_date::text, consent_given_by,
       to_char(erased_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as erased_at, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from mentoring_persons
where district_id = cast($1 as uuid) and organization_id = cast($2 as uuid) and kind = $3 and id = cast($4 as uuid)
