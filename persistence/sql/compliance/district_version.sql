-- A district's version (every write to its data moves it on; 0 before the first). $1 district id.
SELECT coalesce((SELECT version FROM district_versions WHERE district_id = $1::uuid), 0) AS version
