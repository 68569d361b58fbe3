-- The district's active organisations (or one) with their documents as they stood at the end
-- of day $2 (or the instant $4, when earlier): the has_* answers of the latest submitted report, an approved roadmap, an
-- active curator. $1 district id, $2 the day, $3 one organisation (null: all), $4 known at (an instant).
-- variant all: $3 is NULL
  WITH lastrep AS (
    SELECT DISTINCT ON (rep.organization_id) rep.organization_id, rep."values"
    FROM monitoring_reports rep
    WHERE rep.district_id = $1::uuid AND rep.status IN ('submitted', 'accepted')
      AND rep.first_submitted_at < least($2::date + 1, $4::timestamptz + interval '1 microsecond') AND ($3::uuid IS NULL OR rep.organization_id = $3::uuid)
    ORDER BY rep.organization_id, rep.submitted_at DESC)
  SELECT org.id::text, org.name, org.short_name, org.type,
    CASE jsonb_typeof(lr."values"->'has_order') WHEN 'boolean' THEN (lr."values"->>'has_order')::boolean END AS has_order,
    CASE jsonb_typeof(lr."values"->'has_regulation') WHEN 'boolean' THEN (lr."values"->>'has_regulation')::boolean END AS has_regulation,
    CASE jsonb_typeof(lr."values"->'has_program') WHEN 'boolean' THEN (lr."values"->>'has_program')::boolean END AS has_program,
    CASE jsonb_typeof(lr."values"->'has_site_page') WHEN 'boolean' THEN (lr."values"->>'has_site_page')::boolean END AS has_site_page,
    EXISTS (SELECT 1 FROM roadmaps r WHERE r.district_id = $1::uuid AND r.organization_id = org.id
              AND r.status = 'approved' AND r.approved_at < least($2::date + 1, $4::timestamptz + interval '1 microsecond')) AS approved_roadmap,
    EXISTS (SELECT 1 FROM users u WHERE u.district_id = $1::uuid AND u.organization_id = org.id
              AND u.role = 'org_curator' AND u.status = 'active' AND u.created_at < least($2::date + 1, $4::timestamptz + interval '1 microsecond')) AS curator_appointed
  FROM organizations org
  LEFT JOIN lastrep lr ON lr.organization_id = org.id
  WHERE org.district_id = $1::uuid AND org.status = 'active' AND ($3::uuid IS NULL OR org.id = $3::uuid)
  ORDER BY org.name, org.id
