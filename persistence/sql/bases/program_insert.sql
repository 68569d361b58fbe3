-- Creates a mentoring programme. $1 district id, $2 organisation id, $3 title, $4 forms (a text[]
-- literal), $5 period start, $6 period end, $7 capacity (nullable). Returns the programme.
insert into mentoring_programs (district_id, organization_id, title, forms, period_start, period_end, capacity)
values (cast($1 as uuid), cast($2 as uuid), $3, cast($4 as text[]), cast($5 as date), cast($6 as date), $7)
returning id::text, district_id::text, organization_id::text, title, array_to_string(forms, ',') as forms, period_start::text,
          period_end::text, capacity, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
