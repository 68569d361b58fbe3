-- The scope and actor of a transaction (persistence/database.cpp), read by the row-level
-- security policies and the audit triggers; set with is_local = true, so they are gone at
-- commit or rollback and a pooled connection never carries them into the next request.
-- $1 district id ('' for none), $2 system ('on'/'off'), $3 actor kind, $4 actor id,
-- $5 request id, $6 region id ('' for none).
select set_config('app.district_id', $1, true), set_config('app.system', $2, true),
       set_config('app.actor_kind', $3, true), set_config('app.actor_id', $4, true),
       set_config('app.request_id', $5, true), set_config('app.region_id', $6, true)
