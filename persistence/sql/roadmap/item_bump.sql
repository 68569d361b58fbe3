-- An item one version up (progress was recorded on it). $1 district id, $2 item id.
update roadmap_items set version = version + 1, updated_at = now()
where district_id = cast($1 as uuid) and id = cast($2 as uuid)
