-- Before one statement that must not wait long for a row lock (pg::exec_between): keeps the
-- transaction's lock_timeout and sets five seconds until lock_timeout_restore.
select set_config('nastavnik.lock_timeout', current_setting('lock_timeout'), true),
       set_config('lock_timeout', '5s', true)
