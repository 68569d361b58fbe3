-- Creates a report and returns it as stored, with its values (the report's columns repeated on one row per value, then the value's key, JSON type and text (key null when it has no values));
-- no row when one was created meanwhile. $1 district id, $2 campaign id, $3 organisation id,
-- $4 status, $5 values (jsonb).
with w as (insert into monitoring_reports (district_id, campaign_id, organization_id, status, "values")
           values ($1::uuid, $2::uuid, $3::uuid, $4, $5::jsonb) on conflict do nothing returning *)
select id::text, district_id::text, campaign_id::text, organization_id::text, status,
       to_char(first_submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as first_submitted_at,
       to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at, submitted_by,
       to_char(accepted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as accepted_at, accepted_by,
       to_char(returned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as returned_at, returned_by,
       return_comment, reopened::int, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
       e.key, jsonb_typeof(e.value) as value_type, e.value #>> '{}' as value_text
from w left join lateral jsonb_each(w."values") e on true
