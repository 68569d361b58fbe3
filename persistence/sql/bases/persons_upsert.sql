-- Creates or updates a batch of an organisation's persons of a kind by external id in one
-- statement (a row that would not change is left alone). $1 the batch as a jsonb array of
-- {external_id, full_name, category, birth_year, consent_date, consent_given_by}, $2 district id,
-- $3 organisation id, $4 kind. Returns how many were created and updated.
with input as (select * from jsonb_to_recordset(cast($1 as jsonb)) as x(external_id text, full_name text,
                 category text, birth_year int, consent_date date, consent_given_by text)),
up as (insert into mentoring_persons as p (district_id, organization_id, kind, external_id, full_name, category,
                                           birth_year, consent_date, consent_given_by)
       select cast($2 as uuid), cast($3 as uuid), $4, external_id, full_name, category, birth_year, consent_date,
              consent_given_by
       from input
       on conflict (district_id, organization_id, kind, external_id) do update
       set full_name = excluded.full_name, category = excluded.category, birth_year = excluded.birth_year,
           consent_date = excluded.consent_date, consent_given_by = excluded.consent_given_by,
           version = p.version + 1, updated_at = now()
       where (p.full_name, p.category, p.birth_year, p.consent_date, p.consent_given_by) is distinct from
             (excluded.full_name, excluded.category, excluded.birth_year, excluded.consent_date, excluded.consent_given_by)
       returning (xmax = 0) as inserted)
select (count(*) filter (where inserted))::int as created, (count(*) filter (where not inserted))::int as updated
from up
