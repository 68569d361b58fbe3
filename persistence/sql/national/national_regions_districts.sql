-- Every region with its districts (a region without any: one row, district_id null), for the
-- national roll-up as known at an instant. No parameters.
  SELECT r.id::text AS region_id, r.name, r.code, d.id::text AS district_id
  FROM regions r LEFT JOIN districts d ON d.region_id = r.id
  ORDER BY r.name, r.id, d.id
