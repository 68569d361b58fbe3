-- A campaign's form, entry by entry in order. $1 district id, $2 campaign id.
select e->>'code' as code, e->>'title' as title, e->>'type' as type, (e->>'required')::boolean as required,
       (e->>'derived')::boolean as derived, (e->>'from_bases')::boolean as from_bases,
       (e->>'standard')::boolean as standard, (e->>'target')::float8 as target
from monitoring_campaigns c, jsonb_array_elements(c.indicators) with ordinality as t(e, n)
where c.district_id = cast($1 as uuid) and c.id = cast($2 as uuid)
order by t.n
