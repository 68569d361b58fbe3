-- After the statement of generic_plan_on: the transaction's plan_cache_mode as it was.
select set_config('plan_cache_mode', current_setting('nastavnik.plan_cache_mode'), true)
