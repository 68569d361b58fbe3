-- A roadmap's sections (all, or one) in order. $1 district id, $2 roadmap id, $3 section id (null: all).
select id::text, position, number, title, description, stage from roadmap_sections
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid)
  and (cast($3 as uuid) is null or id = cast($3 as uuid))
order by position, id
