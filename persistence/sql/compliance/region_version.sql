-- A region's key: a digest of every one of its districts' versions (any change to any of them,
-- a district added or moved, changes it), each looked up by its key (the region's few dozen,
-- not a scan of every district's row through the policy). $1 region id.
  SELECT ('x' || substr(md5(coalesce(string_agg(d.id::text || ':' ||
           coalesce((SELECT v.version FROM district_versions v WHERE v.district_id = d.id), 0), ',' ORDER BY d.id),
         '')), 1, 15))::bit(60)::bigint AS version
  FROM districts d
  WHERE d.region_id = $1::uuid
