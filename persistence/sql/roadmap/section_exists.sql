-- Whether a roadmap has a section. $1 district id, $2 roadmap id, $3 section id.
select count(*)::int as found from roadmap_sections
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid) and id = cast($3 as uuid)
