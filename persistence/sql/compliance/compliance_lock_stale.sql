-- Before a read as of today: how many of the district's summary rows are from another day
-- (locked here, so a progress write that would refresh the same row waits for this transaction,
-- and compliance_refresh, a later statement, sees every write committed before it) or missing
-- (roadmaps approved before the summary existed). Usually none. $1 district id.
  SELECT (SELECT count(*) FROM (SELECT 1 FROM compliance_summary s
                                WHERE s.district_id = $1::uuid AND (s.valid_until < current_date OR s.as_of > current_date)
                                FOR UPDATE) locked)
       + (SELECT count(*) FROM roadmaps r
          LEFT JOIN compliance_summary s ON s.district_id = $1::uuid AND s.owner_key = coalesce(r.organization_id, $1::uuid)
          WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL AND s.owner_key IS NULL) AS stale
