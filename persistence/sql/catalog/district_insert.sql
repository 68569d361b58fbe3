-- Creates a district. $1 region id, $2 name, $3 code (nullable). Returns the district.
insert into districts(region_id, name, code) values (cast($1 as uuid), $2, $3)
returning id::text, region_id::text, name, code, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
