-- Adds a due window (occurrence) to an item. $1 district id, $2 roadmap id, $3 item id,
-- $4 starts on, $5 due on, $6 its number among the windows starting that day. Returns its id.
insert into item_occurrences(district_id, roadmap_id, item_id, starts_on, due_on, seq)
values (cast($1 as uuid), cast($2 as uuid), cast($3 as uuid), cast($4 as date), cast($5 as date), $6)
returning id::text
