-- A district's organisations by name, for monitoring. $1 district id.
select id::text, name, type, status from organizations where district_id = cast($1 as uuid) order by name, id
