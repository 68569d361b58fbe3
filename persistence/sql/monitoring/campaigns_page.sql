-- A page of a district's campaigns, latest reporting date first, after the cursor (its form:
-- campaign_form). $1 district id, $2 cursor reporting date (null: from the start), $3 cursor id,
-- $4 how many rows.
select c.id::text, c.district_id::text, c.title, c.reporting_date::text, c.due_date::text, c.lock_date::text, c.version,
       to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(c.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
       coalesce((select string_agg(x.organization_id::text, ',' order by x.organization_id)
                 from monitoring_campaign_organizations x where x.district_id = c.district_id and x.campaign_id = c.id), '')
         as organization_ids
from monitoring_campaigns c
where c.district_id = cast($1 as uuid)
  and (cast($2 as text) is null or (c.reporting_date, c.id) < (cast($2 as date), cast($3 as uuid)))
order by c.reporting_date desc, c.id desc limit $4
