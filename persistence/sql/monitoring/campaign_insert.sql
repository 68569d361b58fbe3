-- Creates a monitoring campaign (its organisations: campaign_organization_insert). $1 district id,
-- $2 title, $3 reporting date, $4 due date, $5 lock date, $6 form (jsonb). Returns its id.
insert into monitoring_campaigns (district_id, title, reporting_date, due_date, lock_date, indicators)
values (cast($1 as uuid), $2, cast($3 as date), cast($4 as date), cast($5 as date), cast($6 as jsonb))
returning id::text
