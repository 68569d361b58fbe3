-- Erases a person's personal data (the row stays, erased_at set), one version up. $1 district id,
-- $2 person id. Returns the person.
update mentoring_persons
set external_id = null, full_name = null, birth_year = null, consent_date = null, consent_given_by = null,
    erased_at = now(), version = version + 1, updated_at = now()
where district_id = cast($1 as uuid) and id = cast($2 as uuid)
returning id::text, district_id::text, organization_id::text, kind, external_id, full_name, category, birth_year,
          consent_date::text, consent_given_by,
          to_char(erased_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as erased_at, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
