-- How many reports an organisation has in a campaign. $1 district id, $2 campaign id,
-- $3 organisation id.
select count(*)::int as reports from monitoring_reports
where district_id = cast($1 as uuid) and campaign_id = cast($2 as uuid) and organization_id = cast($3 as uuid)
