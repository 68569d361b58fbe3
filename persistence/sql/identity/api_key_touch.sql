-- Moves an API key's last_used_at to now, at most once a minute. $1 district id, $2 key id.
update api_keys set last_used_at = now()
where district_id = cast($1 as uuid) and id = cast($2 as uuid)
  and (last_used_at is null or last_used_at < now() - interval '60 seconds')
