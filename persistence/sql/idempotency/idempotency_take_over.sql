-- Takes over a key older than 24 hours (invisible to idempotency_find) for a new request,
-- clearing the stored answer. $1 district id, $2 actor, $3 key, $4 request hash, $5 owner.
-- Returns 1 when taken over.
update idempotency_keys
set request_hash = $4, owner = $5, status = null, content_type = null, body = null, headers = null, created_at = now()
where district_id = $1::uuid and actor = $2 and key = $3 and created_at < now() - interval '24 hours'
returning 1
