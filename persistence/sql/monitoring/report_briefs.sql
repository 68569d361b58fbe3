-- Every report of a campaign, briefly. $1 district id, $2 campaign id.
select organization_id::text, status,
       to_char(first_submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as first_submitted_at,
       to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at, version
from monitoring_reports where district_id = cast($1 as uuid) and campaign_id = cast($2 as uuid)
