-- How many of the given users are active users of the district. $1 district id,
-- $2 user ids (a uuid[] literal).
select count(distinct id)::int as found from users
where district_id = cast($1 as uuid) and status = 'active' and id = any(cast($2 as uuid[]))
