-- Every district's id, or one's ($1 null: every district), for rebuilding the compliance history.
-- $1 district id.
SELECT id::text FROM districts WHERE $1::uuid IS NULL OR id = $1::uuid ORDER BY id
