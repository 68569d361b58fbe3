-- Opens a session. $1 token hash, $2 user id, $3 idle lifetime (seconds), $4 absolute
-- lifetime (seconds). Returns when it expires at the latest.
insert into sessions(token_hash, user_id, idle_expires_at, expires_at)
values ($1, cast($2 as uuid), now() + make_interval(secs => $3), now() + make_interval(secs => $4))
returning to_char(expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as expires_at
