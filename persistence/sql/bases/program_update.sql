-- Writes a programme, one version up. $1 title, $2 forms (a text[] literal), $3 period start,
-- $4 period end, $5 capacity (nullable), $6 district id, $7 programme id. Returns the programme.
update mentoring_programs
set title = $1, forms = cast($2 as text[]), period_start = cast($3 as date), period_end = cast($4 as date),
    capacity = $5, version = version + 1, updated_at = now()
where district_id = cast($6 as uuid) and id = cast($7 as uuid)
returning id::text, district_id::text, organization_id::text, title, array_to_string(forms, ',') as forms, period_start::text,
          period_end::text, capacity, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
