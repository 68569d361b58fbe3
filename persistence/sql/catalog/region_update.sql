-- Writes a region's name and code, one version up. $1 name, $2 code, $3 region id.
-- Returns the region.
update regions set name = $1, code = $2, version = version + 1, updated_at = now()
where id = cast($3 as uuid)
returning id::text, name, code, version,
          to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
          to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at
