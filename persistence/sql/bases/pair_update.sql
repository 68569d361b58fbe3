-- Writes a mentoring pair, one version up. $1 mentor id, $2 form, $3 programme id (nullable),
-- $4 start date, $5 end date (nullable), $6 status, $7 district id, $8 pair id.
update mentoring_pairs
set mentor_id = cast($1 as uuid), form = $2, program_id = cast($3 as uuid), start_date = cast($4 as date),
    end_date = cast($5 as date), status = $6, version = version + 1, updated_at = now()
where district_id = cast($7 as uuid) and id = cast($8 as uuid)
