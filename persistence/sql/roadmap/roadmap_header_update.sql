-- Writes a roadmap's header, one version up. $1 title, $2 period start, $3 period end,
-- $4 approval order number, $5 approval order date (4, 5 nullable), $6 district id, $7 roadmap id.
update roadmaps
set title = $1, period_start = cast($2 as date), period_end = cast($3 as date), approval_order_number = $4,
    approval_order_date = cast($5 as date), version = version + 1, updated_at = now()
where district_id = cast($6 as uuid) and id = cast($7 as uuid)
