-- Seconds until the window of a refused key closes (0 when there is none).
-- $1 window (seconds), $2 kind, $3 key.
select coalesce(max(extract(epoch from window_start + make_interval(secs => $1) - now())), 0)::float8 as seconds_left
from sign_in_attempts where kind = $2 and key = $3
