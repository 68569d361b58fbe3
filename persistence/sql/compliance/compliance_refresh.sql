-- Recomputes the district's summary rows that are missing or from another day (once a day per
-- owner). $1 district id.
  SELECT count(refresh_compliance($1::uuid, x.organization_id, current_date)) FROM (
    SELECT r.organization_id FROM roadmaps r
    LEFT JOIN compliance_summary s ON s.district_id = $1::uuid AND s.owner_key = coalesce(r.organization_id, $1::uuid)
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL AND s.owner_key IS NULL
    UNION
    SELECT s.organization_id FROM compliance_summary s
    WHERE s.district_id = $1::uuid AND (s.valid_until < current_date OR s.as_of > current_date)) x
