-- A roadmap's items (all, a section's, or one) in order. $1 district id, $2 roadmap id,
-- $3 section id (null: any), $4 item id (null: any).
select id::text, section_id::text, position, number, title, deadline_text, schedule_kind, times_per_year,
       schedule_reason, responsible, expected_result, indicators, notes, stage, version,
       array_to_string(responsible_user_ids, ',') as responsible_user_ids
from roadmap_items
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid)
  and (cast($3 as uuid) is null or section_id = cast($3 as uuid))
  and (cast($4 as uuid) is null or id = cast($4 as uuid))
order by position, id
