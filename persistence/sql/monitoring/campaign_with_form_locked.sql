-- A campaign and its form in one statement (every report read and write starts with it), the campaign
-- locked for an update: the campaign's row repeated per form entry, in form order (one row
-- with null indicator_* when the form is empty). The form's jsonb is expanded, not sent: sent
-- whole on every row it cost more than all the rest of a report's write. $1 district id, $2 campaign id.
with c as materialized (
  select c.id::text, c.district_id::text, c.title, c.reporting_date::text, c.due_date::text, c.lock_date::text, c.version,
         to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
         to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
         coalesce((select string_agg(x.organization_id::text, ',' order by x.organization_id)
                   from monitoring_campaign_organizations x where x.district_id = c.district_id and x.campaign_id = c.id), '')
           as organization_ids
  from monitoring_campaigns c where c.district_id = $1::uuid and c.id = $2::uuid for update of c)
select c.*, e->>'code' as indicator_code, e->>'title' as indicator_title, e->>'type' as indicator_type,
       (e->>'required')::boolean as required, (e->>'derived')::boolean as derived,
       (e->>'from_bases')::boolean as from_bases, (e->>'standard')::boolean as standard, (e->>'target')::float8 as target
from c
left join lateral jsonb_array_elements((select m.indicators from monitoring_campaigns m
                                        where m.district_id = $1::uuid and m.id = $2::uuid)) with ordinality as t(e, n) on true
order by t.n
