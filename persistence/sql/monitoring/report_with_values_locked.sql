-- An organisation's report in a campaign with its values, locked for an update: the report's columns repeated on one row per value, then the value's key, JSON type and text
-- (key null when it has no values).
-- $1 district id, $2 campaign id, $3 organisation id.
select id::text, district_id::text, campaign_id::text, organization_id::text, status,
       to_char(first_submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as first_submitted_at,
       to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at, submitted_by,
       to_char(accepted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as accepted_at, accepted_by,
       to_char(returned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as returned_at, returned_by,
       return_comment, reopened::int, version,
       to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
       e.key, jsonb_typeof(e.value) as value_type, e.value #>> '{}' as value_text
from monitoring_reports r left join lateral jsonb_each(r."values") e on true
where r.district_id = $1::uuid and r.campaign_id = $2::uuid and r.organization_id = $3::uuid for update of r
