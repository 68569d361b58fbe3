-- Whether a roadmap was replaced by an approved new version already. $1 district id,
-- $2 roadmap id.
select count(*)::int as taken from roadmaps
where district_id = cast($1 as uuid) and id = cast($2 as uuid) and superseded_by is not null
