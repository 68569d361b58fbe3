-- Adds a mentee to a pair at a position. $1 district id, $2 pair id, $3 mentee id, $4 position.
insert into mentoring_pair_mentees (district_id, pair_id, mentee_id, position)
values (cast($1 as uuid), cast($2 as uuid), cast($3 as uuid), $4)
