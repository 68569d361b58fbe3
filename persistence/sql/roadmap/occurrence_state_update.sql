-- Sets a due window's state from its latest progress. $1 status, $2 completed on (nullable),
-- $3 has evidence (0 or 1), $4 district id, $5 occurrence id.
update item_occurrences set status = $1, completed_on = cast($2 as date), has_evidence = $3::boolean
where district_id = cast($4 as uuid) and id = cast($5 as uuid)
