-- Marks a roadmap replaced by its approved new version, one version up. $1 the new version's id,
-- $2 district id, $3 the replaced roadmap's id.
update roadmaps set superseded_by = cast($1 as uuid), version = version + 1, updated_at = now()
where district_id = cast($2 as uuid) and id = cast($3 as uuid)
