-- How many active, unended pairs a mentor has in a programme, other than this pair.
-- $1 district id, $2 mentor id, $3 programme id, $4 this pair's id ('' for a new one).
select count(*)::int as pairs from mentoring_pairs
where district_id = cast($1 as uuid) and mentor_id = cast($2 as uuid) and program_id = cast($3 as uuid)
  and status = 'active' and (end_date is null or end_date >= current_date) and id::text <> $4
