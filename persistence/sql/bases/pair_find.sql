-- A mentoring pair of an organisation with its mentees in order.
-- $1 district id, $2 organisation id, $3 pair id.
select p.id::text, p.district_id::text, p.organization_id::text, p.mentor_id::text,
       coalesce((select string_agg(m.mentee_id::text, ',' order by m.position) from mentoring_pair_mentees m
                 where m.district_id = p.district_id and m.pair_id = p.id), '') as mentee_ids,
       p.form, p.program_id::text, p.start_date::text, p.end_date::text, p.status, p.version,
       to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
       to_char(p.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
from mentoring_pairs p
where p.district_id = cast($1 as uuid) and p.organization_id = cast($2 as uuid) and p.id = cast($3 as uuid)
