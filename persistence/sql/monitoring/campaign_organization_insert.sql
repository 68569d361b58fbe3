-- Expects an organisation's report in a campaign (kept when it is expected already).
-- $1 district id, $2 campaign id, $3 organisation id.
insert into monitoring_campaign_organizations (district_id, campaign_id, organization_id)
values (cast($1 as uuid), cast($2 as uuid), cast($3 as uuid)) on conflict do nothing
