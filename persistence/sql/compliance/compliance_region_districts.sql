-- A region's districts by name. $1 region id.
SELECT id::text, name, code FROM districts WHERE region_id = $1::uuid ORDER BY name, id
