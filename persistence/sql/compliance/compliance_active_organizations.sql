-- A district's active organisations. $1 district id.
SELECT id::text FROM organizations WHERE district_id = $1::uuid AND status = 'active'
