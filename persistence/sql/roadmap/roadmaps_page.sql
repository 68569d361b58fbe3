-- A page of a district's roadmaps by (title, id) after the cursor, filtered (a null filter: any).
-- $1 owner organisation id, $2 1: the district's own only, $3 a day the period contains, $4 status,
-- $5 overdue as of this day, $6 only the district's own and this organisation's, $7 cursor title
-- (null: from the start), $8 cursor id, $9 district id, $10 how many rows.
with p as (select cast($1 as uuid) o, $2::int od, cast($3 as date) per, cast($4 as text) st, cast($5 as date) ov,
                  cast($6 as uuid) onl, cast($7 as text) ck, cast($8 as uuid) ci)
select r.id::text, r.district_id::text, r.organization_id::text, r.title, r.period_start::text, r.period_end::text,
       r.status, r.return_comment, r.approval_order_number, r.approval_order_date::text, r.revision,
       r.previous_id::text, r.superseded_by::text, r.template_id, r.version,
       to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(r.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at,
       to_char(r.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_at,
       to_char(r.approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as approved_at,
       (select count(*) from roadmap_items i where i.district_id = r.district_id and i.roadmap_id = r.id)::int as item_count
from roadmaps r, p
where r.district_id = cast($9 as uuid)
  and (p.o is null or r.organization_id = p.o) and (p.od = 0 or r.organization_id is null)
  and (p.per is null or p.per between r.period_start and r.period_end)
  and (p.st is null or r.status = p.st)
  and (p.onl is null or r.organization_id is null or r.organization_id = p.onl)
  and (p.ov is null or exists (select 1 from item_occurrences o where o.district_id = r.district_id
                               and o.roadmap_id = r.id and o.due_on <= p.ov
                               and not (o.status = 'done' and o.completed_on <= p.ov) and o.status <> 'cancelled'))
  and (p.ck is null or (r.title, r.id) > (p.ck, p.ci))
order by r.title, r.id limit $10
