-- A report's bases snapshot, second half: the organisation's pairs in id order, each repeated
-- per mentee (one row with a null mentee when it has none). $1 district id, $2 organisation id.
select p.id::text, p.mentor_id::text, p.form, p.start_date::text, p.end_date::text,
       x.id::text as mentee_id, x.category, x.birth_year
from mentoring_pairs p
left join (mentoring_pair_mentees m join mentoring_persons x on x.district_id = m.district_id and x.id = m.mentee_id)
  on m.district_id = p.district_id and m.pair_id = p.id
where p.district_id = $1::uuid and p.organization_id = $2::uuid
order by p.id
