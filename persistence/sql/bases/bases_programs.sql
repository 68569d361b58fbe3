-- A report's bases snapshot, first half (read with every report): whether the organisation
-- has any person, and its programmes' periods (one row of nulls when it has no programme).
-- $1 district id, $2 organisation id.
select exists (select 1 from mentoring_persons x where x.district_id = $1::uuid and x.organization_id = $2::uuid) as has_persons,
       p.period_start::text, p.period_end::text
from (values (1)) one
left join mentoring_programs p on p.district_id = $1::uuid and p.organization_id = $2::uuid
