-- An item's version and deadline text, the item locked for an update. $1 district id,
-- $2 roadmap id, $3 item id.
select version, deadline_text from roadmap_items
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid) and id = cast($3 as uuid) for update
