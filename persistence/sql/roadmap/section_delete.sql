-- Deletes a roadmap's section (its items go with it). $1 district id, $2 roadmap id,
-- $3 section id. Returns its id; no row: no such section.
delete from roadmap_sections
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid) and id = cast($3 as uuid)
returning id::text
