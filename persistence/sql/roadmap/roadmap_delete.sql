-- Deletes a roadmap (its sections, items and progress go with it). $1 district id, $2 roadmap id.
delete from roadmaps where district_id = cast($1 as uuid) and id = cast($2 as uuid)
