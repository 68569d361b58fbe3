-- A campaign of a district, for the regional report. $1 district id, $2 campaign id.
select id::text, title, reporting_date::text, due_date::text, indicators::text
from monitoring_campaigns
where district_id = cast($1 as uuid) and id = cast($2 as uuid)
