-- Each roadmap owner's counts as of today from the summaries (kept on write). $1 district id,
-- $2 one organisation (null: every owner).
-- variant all: $2 is NULL
  SELECT organization_id::text, items_due AS due, items_done AS done, items_done_on_time AS done_on_time,
         items_due_later AS due_later, items_unscheduled AS unscheduled
  FROM compliance_summary
  WHERE district_id = $1::uuid AND has_approved_roadmap AND ($2::uuid IS NULL OR owner_key = $2::uuid)
