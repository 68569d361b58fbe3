-- A district's latest campaign reported on or before a date, for the regional report.
-- $1 district id, $2 the date (YYYY-MM-DD).
select id::text, title, reporting_date::text, due_date::text, indicators::text
from monitoring_campaigns
where district_id = cast($1 as uuid) and reporting_date <= cast($2 as date)
order by reporting_date desc, id desc limit 1
