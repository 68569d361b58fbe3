-- A key used in the last 24 hours and its stored answer (status null: not answered yet).
-- $1 district id, $2 actor, $3 key.
select request_hash, status, content_type, body, headers
from idempotency_keys
where district_id = $1::uuid and actor = $2 and key = $3 and created_at >= now() - interval '24 hours'
