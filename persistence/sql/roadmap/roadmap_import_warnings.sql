-- A draft's import warnings in the order they were given. $1 district id, $2 roadmap id.
select coalesce((e.v->>'line')::int, 0) as line, coalesce(e.v->>'code', '') as code,
       coalesce(e.v->>'message', '') as message, coalesce(e.v->>'message_ru', '') as message_ru
from roadmaps r, jsonb_array_elements(coalesce(r.import_warnings, '[]'::jsonb)) with ordinality as e(v, n)
where r.district_id = cast($1 as uuid) and r.id = cast($2 as uuid)
order by e.n
