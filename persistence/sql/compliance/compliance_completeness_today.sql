-- Each campaign's completeness per organisation type as of today, from the counts kept on
-- write (compliance_campaign_counts, V0015): expected, submitted and submitted on time, for the
-- campaigns reported by today, as compliance_completeness.sql computes them for a day from the
-- reports. $1 district id, $2 today.
  SELECT c.id::text AS id, c.title, c.due_date::text AS due_date, n.type, n.expected, n.submitted, n.on_time
  FROM monitoring_campaigns c
  JOIN compliance_campaign_counts n ON n.district_id = $1::uuid AND n.campaign_id = c.id AND n.expected > 0
  WHERE c.district_id = $1::uuid AND c.reporting_date <= $2::date
  ORDER BY c.reporting_date, c.id::text, n.type
