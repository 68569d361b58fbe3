-- Each organisation's report per campaign reported by day $2, its status as it stood at the end
-- of that day (or the instant $4, when earlier) (from the report's own timestamps) and whether it was submitted on time.
-- $1 district id, $2 the day, $3 one organisation (null: all), $4 known at.
-- variant all: $3 is NULL
  SELECT x.organization_id, x.id, x.title, x.due_date, x.status_then,
         CASE WHEN x.status_then IN ('submitted', 'accepted') THEN x.first_submitted_at::date <= x.due END AS on_time
  FROM (SELECT co.organization_id::text AS organization_id, c.id::text AS id, c.title, c.due_date::text AS due_date,
               c.due_date AS due, c.reporting_date, rep.first_submitted_at, 
  CASE
    WHEN rep.organization_id IS NULL OR rep.created_at >= least($2::date + 1, $4::timestamptz + interval '1 microsecond') THEN 'not_started'
    WHEN rep.first_submitted_at IS NULL OR rep.first_submitted_at >= least($2::date + 1, $4::timestamptz + interval '1 microsecond') THEN 'draft'
    WHEN rep.status = 'accepted' AND rep.accepted_at < least($2::date + 1, $4::timestamptz + interval '1 microsecond') THEN 'accepted'
    WHEN rep.returned_at < least($2::date + 1, $4::timestamptz + interval '1 microsecond')
         AND (rep.submitted_at IS NULL OR rep.submitted_at < rep.returned_at OR rep.submitted_at >= least($2::date + 1, $4::timestamptz + interval '1 microsecond'))
      THEN 'returned'
    ELSE 'submitted'
  END AS status_then
        FROM monitoring_campaigns c
        JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
        LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                        AND rep.organization_id = co.organization_id
        WHERE c.district_id = $1::uuid AND c.reporting_date <= $2::date
          AND ($3::uuid IS NULL OR co.organization_id = $3::uuid)) x
  ORDER BY x.reporting_date, x.id
