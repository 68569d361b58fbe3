-- Writes a campaign, one version up. $1 title, $2 reporting date, $3 due date, $4 lock date,
-- $5 form (jsonb), $6 district id, $7 campaign id.
update monitoring_campaigns
set title = $1, reporting_date = cast($2 as date), due_date = cast($3 as date), lock_date = cast($4 as date),
    indicators = cast($5 as jsonb), version = version + 1, updated_at = now()
where district_id = cast($6 as uuid) and id = cast($7 as uuid)
