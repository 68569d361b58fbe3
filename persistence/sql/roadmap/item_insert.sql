-- Adds an item to a section (its windows: occurrence_insert). $1 district id, $2 roadmap id,
-- $3 section id, $4 position, $5 number, $6 title, $7 deadline text, $8 schedule kind,
-- $9 times per year, $10 schedule reason, $11 responsible, $12 expected result, $13 indicators,
-- $14 notes, $15 stage, $16 responsible user ids (a uuid[] literal); 9, 10, 15 nullable. Returns its id.
insert into roadmap_items(district_id, roadmap_id, section_id, position, number, title, deadline_text, schedule_kind,
                          times_per_year, schedule_reason, responsible, expected_result, indicators, notes, stage,
                          responsible_user_ids)
values (cast($1 as uuid), cast($2 as uuid), cast($3 as uuid), $4, $5, $6, $7, $8, cast($9 as int), $10,
        $11, $12, $13, $14, cast($15 as smallint), cast($16 as uuid[]))
returning id::text
