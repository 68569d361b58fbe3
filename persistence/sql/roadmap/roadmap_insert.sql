-- Creates a roadmap (its sections: section_insert), with the import's warnings built into one
-- jsonb array from four parallel arrays. $1 district id, $2 organisation id (null: the district's
-- own), $3 title, $4 period start, $5 period end, $6 approval order number, $7 approval order date,
-- $8 revision, $9 previous version's id, $10 template id (6, 7, 9, 10 nullable), $11 warning lines
-- (an int[] literal), $12 codes, $13 messages, $14 Russian messages (text[] literals). Returns its id.
insert into roadmaps(district_id, organization_id, title, period_start, period_end, approval_order_number,
                     approval_order_date, revision, previous_id, template_id, import_warnings)
values (cast($1 as uuid), cast($2 as uuid), $3, cast($4 as date), cast($5 as date), $6, cast($7 as date), $8,
        cast($9 as uuid), $10,
        (select jsonb_agg(jsonb_build_object('line', w.l, 'code', w.c, 'message', w.m, 'message_ru', w.r) order by w.n)
         from unnest(cast($11 as int[]), cast($12 as text[]), cast($13 as text[]), cast($14 as text[]))
              with ordinality as w(l, c, m, r, n)))
returning id::text
