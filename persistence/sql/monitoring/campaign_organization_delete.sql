-- No longer expects an organisation's report in a campaign. $1 district id, $2 campaign id,
-- $3 organisation id.
delete from monitoring_campaign_organizations
where district_id = cast($1 as uuid) and campaign_id = cast($2 as uuid) and organization_id = cast($3 as uuid)
