-- Deletes a pair (its mentees go with it). $1 district id, $2 pair id.
delete from mentoring_pairs where district_id = cast($1 as uuid) and id = cast($2 as uuid)
