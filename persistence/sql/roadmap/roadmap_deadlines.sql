-- Every item's deadline text of a roadmap. $1 district id, $2 roadmap id.
select id::text, deadline_text from roadmap_items
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid)
