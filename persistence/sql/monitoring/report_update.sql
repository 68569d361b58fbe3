-- Writes a report if its version is still the one read, one version up, and returns it as stored
-- with its values (as report_insert); no row when it changed meanwhile. $1 district id,
-- $2 campaign id, $3 organisation id, $4 status, $5 values (jsonb), $6 transition (submit | accept |
-- return | other), $7 submitted by, $8 accepted by, $9 returned by, $10 return comment,
-- $11 reopened, $12 the version read.
with w as (update monitoring_reports
           set status = $4, "values" = $5::jsonb,
               submitted_at = case when $6::text = 'submit' then now() else submitted_at end,
               first_submitted_at = case when $6::text = 'submit' then coalesce(first_submitted_at, now())
                                         else first_submitted_at end,
               submitted_by = $7,
               accepted_at = case when $6::text = 'accept' then now() else accepted_at end, accepted_by = $8,
               returned_at = case when $6::text = 'return' then now() else returned_at end,
               returned_by = $9, return_comment = $10, reopened = $11::boolean,
               version = version + 1, updated_at = now()
           where district_id = $1::uuid and campaign_id = $2::uuid and organization_id = $3::uuid
             and version = $12::int returning *)
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
