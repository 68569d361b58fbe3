-- A roadmap's header, locked for an update. $1 district id, $2 roadmap id.
select r.id::text, r.district_id::text, r.organization_id::text, r.title, r.period_start::text, r.period_end::text,
       r.status, r.return_comment, r.approval_order_number, r.approval_order_date::text, r.revision,
       r.previous_id::text, r.superseded_by::text, r.template_id, r.version,
       to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(r.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
       to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at,
       to_char(r.approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as approved_at,
       (select count(*) from roadmap_items i where i.district_id = r.district_id and i.roadmap_id = r.id)::int as item_count
from roadmaps r where r.district_id = cast($1 as uuid) and r.id = cast($2 as uuid) for update
