-- Creates a region. $1 name, $2 code (nullable). Returns the region.
insert into regions(name, code) values ($1, $2)
returning id::text, name, code, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
