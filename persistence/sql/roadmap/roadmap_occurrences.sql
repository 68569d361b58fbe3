-- A roadmap's due windows (all, or an item's) in order, each with its latest progress record's
-- evidence and comment. $1 district id, $2 roadmap id, $3 item id (null: every item).
select o.id::text, o.item_id::text, o.starts_on::text, o.due_on::text, o.seq, o.status, o.completed_on::text,
       p.evidence_title, p.evidence_number, p.evidence_date::text, p.evidence_url, p.comment
from item_occurrences o
left join lateral (select * from item_progress p
                   where p.district_id = o.district_id and p.occurrence_id = o.id
                   order by p.recorded_at desc, p.id desc limit 1) p on true
where o.district_id = cast($1 as uuid) and o.roadmap_id = cast($2 as uuid)
  and (cast($3 as uuid) is null or o.item_id = cast($3 as uuid))
order by o.starts_on, o.due_on, o.seq
