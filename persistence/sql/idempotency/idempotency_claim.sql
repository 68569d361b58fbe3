-- Claims a new Idempotency-Key for a request: one row, or nothing when the key is there
-- already (ON CONFLICT waits for a concurrent claim of the same key to end, takes no row lock).
-- $1 district id, $2 actor, $3 key, $4 request hash, $5 owner (this request). Returns 1 when claimed.
insert into idempotency_keys (district_id, actor, key, request_hash, owner)
values ($1::uuid, $2, $3, $4, $5)
on conflict (district_id, actor, key) do nothing
returning 1
