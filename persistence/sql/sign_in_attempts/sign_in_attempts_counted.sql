-- A key's attempts in its open window and the seconds until it closes (no row: none).
-- $1 window (seconds), $2 kind, $3 key.
select attempts, ceil(extract(epoch from window_start + make_interval(secs => $1) - now()))::int as seconds_left
from sign_in_attempts
where kind = $2 and key = $3 and window_start > now() - make_interval(secs => $1)
