-- Sets when a report was (first) submitted (demo data). $1 the instant, $2 district id,
-- $3 campaign id, $4 organisation id.
update monitoring_reports set submitted_at = cast($1 as timestamptz), first_submitted_at = cast($1 as timestamptz)
where district_id = cast($2 as uuid) and campaign_id = cast($3 as uuid) and organization_id = cast($4 as uuid)
