-- The position after a roadmap's last item. $1 district id, $2 roadmap id.
select coalesce(max(position), 0) + 1 as next from roadmap_items
where district_id = cast($1 as uuid) and roadmap_id = cast($2 as uuid)
