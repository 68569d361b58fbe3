-- A campaign's organisations for the regional report: each active organisation with its
-- report's status and, for a submitted or accepted report only, its values (a draft is not
-- data yet: '{}'). $1 district id, $2 campaign id.
select org.id::text as organization_id, org.name, org.short_name, org.type,
       coalesce(rep.status, 'not_started') as status,
       case when rep.status in ('submitted', 'accepted') then rep."values"::text else '{}' end as "values"
from monitoring_campaign_organizations co
join organizations org on org.district_id = co.district_id and org.id = co.organization_id
  and org.status = 'active'
left join monitoring_reports rep on rep.district_id = co.district_id
  and rep.campaign_id = co.campaign_id and rep.organization_id = co.organization_id
where co.district_id = cast($1 as uuid) and co.campaign_id = cast($2 as uuid)
order by org.type, org.name, org.id
