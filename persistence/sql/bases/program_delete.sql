-- Deletes a programme. $1 district id, $2 programme id.
delete from mentoring_programs where district_id = cast($1 as uuid) and id = cast($2 as uuid)
