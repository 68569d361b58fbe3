-- Records progress on a due window, stamped now (after the item's lock: records are in the order
-- they were made). $1 district id, $2 item id, $3 occurrence id, $4 status, $5 completed on,
-- $6 evidence title, $7 evidence number, $8 evidence date, $9 evidence URL, $10 comment (5-10
-- nullable), $11 recorded by.
insert into item_progress(district_id, item_id, occurrence_id, status, completed_on, evidence_title, evidence_number,
                          evidence_date, evidence_url, comment, recorded_by, recorded_at)
values (cast($1 as uuid), cast($2 as uuid), cast($3 as uuid), $4, cast($5 as date), $6, $7, cast($8 as date), $9, $10, $11,
        clock_timestamp())
