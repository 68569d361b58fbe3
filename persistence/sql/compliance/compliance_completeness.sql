-- Each campaign's completeness per organisation type as it stood at the end of day $2:
-- expected, submitted and submitted on time (for today the server reads the counts kept on write:
-- compliance_completeness_today.sql). $1 district id, $2 the day.
  SELECT x.id, x.title, x.due_date, x.type,
         count(*)::int AS expected,
         count(*) FILTER (WHERE x.status_then IN ('submitted', 'accepted'))::int AS submitted,
         count(*) FILTER (WHERE x.status_then IN ('submitted', 'accepted') AND x.first_submitted_at::date <= x.due)::int AS on_time
  FROM (SELECT c.id::text AS id, c.title, c.due_date::text AS due_date, c.due_date AS due, c.reporting_date,
               org.type, rep.first_submitted_at, 
  CASE
    WHEN rep.organization_id IS NULL OR rep.created_at >= ($2::date + 1) THEN 'not_started'
    WHEN rep.first_submitted_at IS NULL OR rep.first_submitted_at >= ($2::date + 1) THEN 'draft'
    WHEN rep.status = 'accepted' AND rep.accepted_at < ($2::date + 1) THEN 'accepted'
    WHEN rep.returned_at < ($2::date + 1)
         AND (rep.submitted_at IS NULL OR rep.submitted_at < rep.returned_at OR rep.submitted_at >= ($2::date + 1))
      THEN 'returned'
    ELSE 'submitted'
  END AS status_then
        FROM monitoring_campaigns c
        JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
        JOIN organizations org ON org.district_id = co.district_id AND org.id = co.organization_id AND org.status = 'active'
        LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                        AND rep.organization_id = co.organization_id
        WHERE c.district_id = $1::uuid AND c.reporting_date <= $2::date) x
  GROUP BY x.id, x.title, x.due_date, x.due, x.reporting_date, x.type
  ORDER BY x.reporting_date, x.id, x.type
