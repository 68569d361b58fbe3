-- Writes a person, one version up. $1 external id, $2 full name, $3 category, $4 birth year,
-- $5 consent date, $6 consent given by, $7 district id, $8 person id. Returns the person.
update mentoring_persons
set external_id = $1, full_name = $2, category = $3, birth_year = $4, consent_date = cast($5 as date),
    consent_given_by = $6, version = version + 1, updated_at = now()
where district_id = cast($7 as uuid) and id = cast($8 as uuid)
returning id::text, district_id::text, organization_id::text, kind, external_id, full_name, category, birth_year,
          consent_date::text, consent_given_by,
          to_char(erased_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as erased_at, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
