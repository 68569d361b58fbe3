-- Writes a section. $1 number, $2 title, $3 description, $4 stage (nullable), $5 district id,
-- $6 section id.
update roadmap_sections set number = $1, title = $2, description = $3, stage = cast($4 as smallint)
where district_id = cast($5 as uuid) and id = cast($6 as uuid)
