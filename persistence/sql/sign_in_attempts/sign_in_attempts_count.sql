-- Counts one attempt: a new row, a closed window opened anew, or one more attempt while
-- under the limit. The update's condition is evaluated on the row as locked (concurrent
-- attempts wait for each other), so no more than the limit is ever counted in one window;
-- no row returned: the attempt is refused.
-- $1 kind, $2 key, $3 window (seconds), $4 limit. Returns the attempts counted.
insert into sign_in_attempts as a (kind, key, window_start, attempts) values ($1, $2, now(), 1)
on conflict (kind, key) do update set
  window_start = case when a.window_start <= now() - make_interval(secs => $3) then now()
                      else a.window_start end,
  attempts = case when a.window_start <= now() - make_interval(secs => $3) then 1
                  else a.attempts + 1 end
where a.window_start <= now() - make_interval(secs => $3) or a.attempts < $4
returning attempts
