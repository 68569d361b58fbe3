-- Deletes a batch (500) of attempt rows whose window closed long ago, by the window_start
-- index. $1 how long ago (seconds).
delete from sign_in_attempts where ctid = any(array(
  select ctid from sign_in_attempts
  where window_start < now() - make_interval(secs => $1)
  order by window_start limit 500))
