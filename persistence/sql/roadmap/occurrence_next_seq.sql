-- The next number among an item's windows starting on a day. $1 district id, $2 item id, $3 the day.
select coalesce(max(seq) + 1, 0) as seq from item_occurrences
where district_id = cast($1 as uuid) and item_id = cast($2 as uuid) and starts_on = cast($3 as date)
