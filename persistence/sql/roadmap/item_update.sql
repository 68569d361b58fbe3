-- Writes an item, one version up (its schedule: item_schedule_update). $1 number, $2 title,
-- $3 deadline text, $4 responsible, $5 expected result, $6 indicators, $7 notes, $8 stage (nullable),
-- $9 responsible user ids (a uuid[] literal), $10 district id, $11 item id.
update roadmap_items
set number = $1, title = $2, deadline_text = $3, responsible = $4, expected_result = $5, indicators = $6,
    notes = $7, stage = cast($8 as smallint), responsible_user_ids = cast($9 as uuid[]),
    version = version + 1, updated_at = now()
where district_id = cast($10 as uuid) and id = cast($11 as uuid)
