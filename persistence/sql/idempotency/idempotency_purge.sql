-- Deletes a district's keys older than 24 hours. $1 district id.
delete from idempotency_keys
where district_id = $1::uuid and created_at < now() - interval '24 hours'
