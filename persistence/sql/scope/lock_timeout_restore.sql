-- After the statement of lock_timeout_short: the transaction's lock_timeout as it was.
select set_config('lock_timeout', current_setting('nastavnik.lock_timeout'), true)
