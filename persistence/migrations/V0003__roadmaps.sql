-- Roadmaps: sections, items, each item's occurrences (its due windows), and progress.

CREATE TABLE roadmaps (
  district_id           uuid NOT NULL REFERENCES districts(id),
  id                    uuid NOT NULL DEFAULT gen_random_uuid(),
  organization_id       uuid,            -- NULL: the district's own roadmap
  title                 text NOT NULL,
  period_start          date NOT NULL,
  period_end            date NOT NULL,
  status                text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
  return_comment        text,
  approval_order_number text,
  approval_order_date   date,
  revision              integer NOT NULL DEFAULT 1,
  previous_id           uuid,
  superseded_by         uuid,
  template_id           text,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  submitted_at          timestamptz,
  approved_at           timestamptz,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, organization_id) REFERENCES organizations(district_id, id),
  FOREIGN KEY (district_id, previous_id) REFERENCES roadmaps(district_id, id),
  CHECK (period_start <= period_end)
);
CREATE INDEX roadmaps_list_idx ON roadmaps (district_id, period_start DESC, id);
CREATE INDEX roadmaps_owner_idx ON roadmaps (district_id, organization_id);

CREATE TABLE roadmap_sections (
  district_id uuid NOT NULL,
  id          uuid NOT NULL DEFAULT gen_random_uuid(),
  roadmap_id  uuid NOT NULL,
  position    integer NOT NULL,
  number      text NOT NULL DEFAULT '',
  title       text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  stage       smallint CHECK (stage BETWEEN 1 AND 7),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, roadmap_id) REFERENCES roadmaps(district_id, id) ON DELETE CASCADE
);
CREATE INDEX roadmap_sections_roadmap_idx ON roadmap_sections (district_id, roadmap_id, position);

CREATE TABLE roadmap_items (
  district_id     uuid NOT NULL,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  roadmap_id      uuid NOT NULL,
  section_id      uuid NOT NULL,
  position        integer NOT NULL,
  number          text NOT NULL DEFAULT '',
  title           text NOT NULL,
  deadline_text   text NOT NULL DEFAULT '',
  schedule_kind   text NOT NULL CHECK (schedule_kind IN ('window', 'recurring', 'whole_period', 'count_per_year', 'unscheduled')),
  times_per_year  integer,
  schedule_reason text,
  responsible     text NOT NULL DEFAULT '',
  responsible_user_ids uuid[] NOT NULL DEFAULT '{}',  -- people of the district named responsible, besides the text
  expected_result text NOT NULL DEFAULT '',
  indicators      text NOT NULL DEFAULT '',
  notes           text NOT NULL DEFAULT '',
  stage           smallint CHECK (stage BETWEEN 1 AND 7),
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, roadmap_id) REFERENCES roadmaps(district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, section_id) REFERENCES roadmap_sections(district_id, id) ON DELETE CASCADE
);
CREATE INDEX roadmap_items_roadmap_idx ON roadmap_items (district_id, roadmap_id, position);
CREATE INDEX roadmap_items_section_idx ON roadmap_items (district_id, section_id);

-- One row per due window (count-based items: several per window, by seq). The current
-- state of its progress is kept here as progress is written; the history is in
-- item_progress.
CREATE TABLE item_occurrences (
  district_id  uuid NOT NULL,
  id           uuid NOT NULL DEFAULT gen_random_uuid(),
  roadmap_id   uuid NOT NULL,
  item_id      uuid NOT NULL,
  starts_on    date NOT NULL,
  due_on       date NOT NULL,
  seq          integer NOT NULL DEFAULT 0,
  status       text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  completed_on date,
  has_evidence boolean NOT NULL DEFAULT false,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, item_id, starts_on, due_on, seq),
  FOREIGN KEY (district_id, item_id) REFERENCES roadmap_items(district_id, id) ON DELETE CASCADE,
  CHECK (starts_on <= due_on)
);
CREATE INDEX item_occurrences_due_idx ON item_occurrences (district_id, roadmap_id, due_on);

CREATE TABLE item_progress (
  district_id     uuid NOT NULL,
  id              uuid NOT NULL DEFAULT gen_random_uuid(),
  item_id         uuid NOT NULL,
  occurrence_id   uuid NOT NULL,
  status          text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  completed_on    date,
  evidence_title  text,
  evidence_number text,
  evidence_date   date,
  evidence_url    text,
  comment         text,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  recorded_by     text,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, occurrence_id) REFERENCES item_occurrences(district_id, id) ON DELETE CASCADE,
  CHECK (status <> 'done' OR (completed_on IS NOT NULL AND (evidence_title IS NOT NULL OR evidence_url IS NOT NULL)))
);
CREATE INDEX item_progress_occurrence_idx ON item_progress (district_id, occurrence_id, recorded_at DESC, id DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['roadmaps', 'roadmap_sections', 'roadmap_items', 'item_occurrences', 'item_progress'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (district_id = app_district_id()) WITH CHECK (district_id = app_district_id())',
                   t || '_tenant', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO nastavnik_app', t);
  END LOOP;
END $$;

CREATE TRIGGER roadmaps_audit AFTER INSERT OR UPDATE OR DELETE ON roadmaps FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER roadmap_sections_audit AFTER INSERT OR UPDATE OR DELETE ON roadmap_sections FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER roadmap_items_audit AFTER INSERT OR UPDATE OR DELETE ON roadmap_items FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER item_progress_audit AFTER INSERT OR UPDATE OR DELETE ON item_progress FOR EACH ROW EXECUTE FUNCTION audit_row();
