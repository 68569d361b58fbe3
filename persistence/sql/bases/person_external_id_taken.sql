-- How many other persons of an organisation's kind have this external id. $1 district id,
-- $2 organisation id, $3 kind, $4 external id, $5 the person's own id ('' for a new one).
select count(*)::int as taken from mentoring_persons
where district_id = cast($1 as uuid) and organization_id = cast($2 as uuid) and kind = $3 and external_id = $4
  and id::text <> $5
