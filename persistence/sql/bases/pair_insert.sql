-- Creates a mentoring pair (its mentees: pair_mentee_insert). $1 district id, $2 organisation id,
-- $3 mentor id, $4 form, $5 programme id (nullable), $6 start date, $7 end date (nullable),
-- $8 status. Returns its id.
insert into mentoring_pairs (district_id, organization_id, mentor_id, form, program_id, start_date, end_date, status)
values (cast($1 as uuid), cast($2 as uuid), cast($3 as uuid), $4, cast($5 as uuid), cast($6 as date), cast($7 as date), $8)
returning id::text
