-- A page of an organisation's persons of a kind by id after the cursor. $1 district id,
-- $2 organisation id, $3 kind, $4 external id (null: any), $5 cursor id (null: from the start),
-- $6 how many rows.
select id::text, district_id::text, organization_id::text, kind, external_id, full_name, category, birth_year,
       consent_date::text, consent_given_by,
       to_char(erased_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as erased_at, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from mentoring_persons
where district_id = cast($1 as uuid) and organization_id = cast($2 as uuid) and kind = $3
  and (cast($4 as text) is null or external_id = cast($4 as text))
  and (cast($5 as uuid) is null or id > cast($5 as uuid))
order by id limit $6
