-- Before one statement that should run through its cached generic plan (pg::exec_between):
-- keeps the transaction's plan_cache_mode and sets force_generic_plan until generic_plan_off.
select set_config('nastavnik.plan_cache_mode', current_setting('plan_cache_mode'), true),
       set_config('plan_cache_mode', 'force_generic_plan', true)
