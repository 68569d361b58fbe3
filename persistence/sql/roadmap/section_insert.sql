-- Adds a section to a roadmap. $1 district id, $2 roadmap id, $3 position, $4 number, $5 title,
-- $6 description, $7 stage (nullable). Returns its id.
insert into roadmap_sections(district_id, roadmap_id, position, number, title, description, stage)
values (cast($1 as uuid), cast($2 as uuid), $3, $4, $5, $6, cast($7 as smallint))
returning id::text
