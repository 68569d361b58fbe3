-- A roadmap one version up (something in it changed). $1 district id, $2 roadmap id.
update roadmaps set version = version + 1, updated_at = now()
where district_id = cast($1 as uuid) and id = cast($2 as uuid)
