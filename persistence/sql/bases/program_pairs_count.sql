-- How many pairs belong to a programme. $1 district id, $2 programme id.
select count(*)::int as pairs from mentoring_pairs where district_id = cast($1 as uuid) and program_id = cast($2 as uuid)
