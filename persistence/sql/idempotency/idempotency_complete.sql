-- Stores the answer of the request that claimed the key. $1 district id, $2 actor, $3 key,
-- $4 owner (the claiming request), $5 status, $6 content type, $7 body, $8 headers
-- ("Name: value" lines). Returns 1 when stored.
update idempotency_keys
set status = $5::int, content_type = $6, body = $7, headers = $8
where district_id = $1::uuid and actor = $2 and key = $3 and owner = $4
returning 1
