-- A region's districts by name, for the regional report. $1 region id.
select id::text, name, code from districts where region_id = cast($1 as uuid) order by name, id
