-- Removes an item's due windows (before its schedule is written anew). $1 district id, $2 item id.
delete from item_occurrences where district_id = cast($1 as uuid) and item_id = cast($2 as uuid)
