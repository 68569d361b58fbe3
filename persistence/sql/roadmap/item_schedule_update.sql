-- Writes an item's schedule. $1 schedule kind, $2 times per year, $3 reason (2, 3 nullable),
-- $4 district id, $5 item id.
update roadmap_items set schedule_kind = $1, times_per_year = cast($2 as int), schedule_reason = $3
where district_id = cast($4 as uuid) and id = cast($5 as uuid)
