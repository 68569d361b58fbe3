-- Moves a roadmap to a status, one version up, stamping when it was submitted or approved (an
-- approved one keeps no import warnings). $1 status, $2 return comment (nullable), $3 district id,
-- $4 roadmap id.
update roadmaps
set status = $1, return_comment = $2, version = version + 1, updated_at = now(),
    submitted_at = case when $1 = 'submitted' then now() else submitted_at end,
    approved_at = case when $1 = 'approved' then clock_timestamp() else approved_at end,
    import_warnings = case when $1 = 'approved' then null else import_warnings end
where district_id = cast($3 as uuid) and id = cast($4 as uuid)
