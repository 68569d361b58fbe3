-- A region's districts with a summary row from another day. $1 region id.
  SELECT DISTINCT s.district_id::text FROM compliance_summary s JOIN districts d ON d.id = s.district_id
  WHERE d.region_id = $1::uuid AND (s.valid_until < current_date OR s.as_of > current_date)
