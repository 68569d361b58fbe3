-- Creates a person. $1 district id, $2 organisation id, $3 kind, $4 external id, $5 full name,
-- $6 category, $7 birth year, $8 consent date, $9 consent given by (4, 7-9 nullable). Returns the person.
insert into mentoring_persons (district_id, organization_id, kind, external_id, full_name, category, birth_year,
                               consent_date, consent_given_by)
values (cast($1 as uuid), cast($2 as uuid), $3, $4, $5, $6, $7, cast($8 as date), $9)
returning id::text, district_id::text, organization_id::text, kind, external_id, full_name, category, birth_year,
          consent_date::text, consent_given_by,
          to_char(erased_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as erased_at, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
