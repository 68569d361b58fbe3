-- Deletes an item (its windows and progress go with it). $1 district id, $2 item id.
delete from roadmap_items where district_id = cast($1 as uuid) and id = cast($2 as uuid)
