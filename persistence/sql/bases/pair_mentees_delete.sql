-- Removes a pair's mentees (before writing them anew). $1 district id, $2 pair id.
delete from mentoring_pair_mentees where district_id = cast($1 as uuid) and pair_id = cast($2 as uuid)
