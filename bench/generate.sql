-- The national-scale data set for `make bench`, built set-based as the PostgreSQL superuser
-- into a database the server has migrated.  psql -v scale=1 (full) or -v scale=0.1.
--   85 regions, 2,300 districts (~35 organisations each), 80,000 organisations, one approved
--   roadmap of 40 items per organisation with occurrences and progress, 2 campaigns per district
--   (28 indicators: the 18 standard ones and 10 of the district's own; 25 values per report),
--   1,000,000 people in mentoring_persons, 500,000 pairs — all scaled by :scale except the
--   size of a district, so a district costs the same at every scale.
-- session_replication_role = replica skips the audit/compliance triggers and FK checks;
-- compliance_summary is filled afterwards in one statement (refresh_compliance for today).
-- Ids are deterministic and ordered by district (bench_uuid(kind, n)), so every index is
-- appended to rather than written at random.
\set ON_ERROR_STOP 1
\timing off
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';

CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(kind int, n bigint) RETURNS uuid
  LANGUAGE sql IMMUTABLE AS
$$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;

CREATE TEMP TABLE params AS
SELECT greatest(1, round(85 * :scale))::int AS nreg,
       greatest(1, round(2300 * :scale))::int AS ndist,
       greatest(1, round(80000 * :scale))::int AS norg,
       greatest(1, round(1000000 * :scale))::int AS npers,
       greatest(1, round(500000 * :scale))::int AS npairs,
       (current_date - 365) AS pstart;

\echo '-- clearing earlier bench data'
TRUNCATE regions, districts, organizations, users, sessions, api_keys, audit_log, roadmaps, roadmap_sections,
         roadmap_items, item_occurrences, item_progress, mentoring_persons, mentoring_programs, mentoring_pairs,
         mentoring_pair_mentees, monitoring_campaigns, monitoring_campaign_organizations, monitoring_reports,
         idempotency_keys, compliance_summary CASCADE;

\echo '-- regions, districts, organisations'
INSERT INTO regions (id, name, code)
SELECT pg_temp.bench_uuid(1, r), 'Регион ' || r, 'R' || lpad(r::text, 3, '0')
FROM params, generate_series(0, nreg - 1) r;

INSERT INTO districts (id, region_id, name, code)
SELECT pg_temp.bench_uuid(2, d), pg_temp.bench_uuid(1, d % nreg), 'Район ' || d, 'D' || lpad(d::text, 5, '0')
FROM params, generate_series(0, ndist - 1) d;

-- organisation j belongs to district j * ndist / norg: contiguous blocks of ~35
INSERT INTO organizations (district_id, id, name, short_name, type, address, status, external_code)
SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)), pg_temp.bench_uuid(3, j),
       CASE t WHEN 'school' THEN 'МБОУ СОШ № ' WHEN 'kindergarten' THEN 'МБДОУ детский сад № '
              WHEN 'college' THEN 'ГБПОУ колледж № ' WHEN 'additional_education' THEN 'МБУ ДО ЦДТ № '
              ELSE 'Методический центр № ' END || j,
       'ОО ' || j, t, 'ул. Школьная, ' || (j % 200 + 1),
       CASE WHEN j % 97 = 5 THEN 'closed' ELSE 'active' END, 'EXT' || j
FROM params, generate_series(0, norg - 1) j,
     LATERAL (SELECT CASE WHEN j % 20 < 10 THEN 'school' WHEN j % 20 < 17 THEN 'kindergarten'
                          WHEN j % 20 = 17 THEN 'college' WHEN j % 20 = 18 THEN 'additional_education'
                          ELSE 'methodical_center' END AS t) x;

\echo '-- roadmaps (one approved per organisation), 7 sections, 40 items each'
INSERT INTO roadmaps (district_id, id, organization_id, title, period_start, period_end, status,
                      approval_order_number, approval_order_date, approved_at, submitted_at, created_at, updated_at)
SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)), pg_temp.bench_uuid(4, j), pg_temp.bench_uuid(3, j),
       'Дорожная карта ЦМН ' || j, pstart, pstart + 729, 'approved',
       'П-' || j, pstart, pstart::timestamptz, pstart::timestamptz, pstart::timestamptz, pstart::timestamptz
FROM params, generate_series(0, norg - 1) j;

INSERT INTO roadmap_sections (district_id, id, roadmap_id, position, number, title, stage)
SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)), pg_temp.bench_uuid(7, j * 7 + s), pg_temp.bench_uuid(4, j),
       s, (s + 1)::text, 'Этап ' || (s + 1), s + 1
FROM params, generate_series(0, norg - 1) j, generate_series(0, 6) s;

-- item k of 40: k % 20 in 0..11 a single window (60%), 12..16 recurring twice a year (25%),
-- 17..18 the whole period (10%), 19 unscheduled «по запросу» (5%)
INSERT INTO roadmap_items (district_id, id, roadmap_id, section_id, position, number, title, deadline_text,
                           schedule_kind, responsible, expected_result, stage)
SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)), pg_temp.bench_uuid(5, j * 40 + k), pg_temp.bench_uuid(4, j),
       pg_temp.bench_uuid(7, j * 7 + k / 6), k, (k / 6 + 1) || '.' || (k % 6 + 1),
       'Мероприятие ' || (k + 1) || ' дорожной карты',
       CASE WHEN k % 20 < 12 THEN 'до ' || to_char(pstart + ((k * 37 + j * 13) % 700), 'DD.MM.YYYY')
            WHEN k % 20 < 17 THEN 'ежегодно, декабрь и июнь' WHEN k % 20 < 19 THEN 'в течение периода'
            ELSE 'по запросу' END,
       CASE WHEN k % 20 < 12 THEN 'window' WHEN k % 20 < 17 THEN 'recurring' WHEN k % 20 < 19 THEN 'whole_period'
            ELSE 'unscheduled' END,
       'Куратор наставничества', 'Отчёт', k / 6 + 1
FROM params, generate_series(0, norg - 1) j, generate_series(0, 39) k;

\echo '-- occurrences with their current state'
-- fate h (0..99) for a due occurrence: < 50 done on time, < 65 done late, < 75 in progress,
-- else overdue; an occurrence due later: < 15 done early (when it has started).
INSERT INTO item_occurrences (district_id, id, roadmap_id, item_id, starts_on, due_on, seq, status, completed_on, has_evidence)
SELECT d, oid, rid, iid, starts_on, due_on, s,
       CASE WHEN fate IN ('on_time', 'late', 'early') THEN 'done' WHEN fate = 'in_progress' THEN 'in_progress'
            ELSE 'planned' END,
       CASE fate WHEN 'on_time' THEN greatest(starts_on, due_on - h % 10)
                 WHEN 'late' THEN least(due_on + 1 + h % 20, current_date)
                 WHEN 'early' THEN least(starts_on + h % 10, current_date) END,
       fate IN ('on_time', 'late', 'early')
FROM (
  SELECT d, oid, rid, iid, s, starts_on, due_on, h,
         CASE WHEN due_on <= current_date THEN
                CASE WHEN h < 50 THEN 'on_time' WHEN h < 65 THEN 'late' WHEN h < 75 THEN 'in_progress' ELSE 'none' END
              WHEN h < 15 AND starts_on <= current_date THEN 'early' ELSE 'none' END AS fate
  FROM (
    SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)) d, pg_temp.bench_uuid(6, (j * 40 + k) * 4 + s) oid,
           pg_temp.bench_uuid(4, j) rid, pg_temp.bench_uuid(5, j * 40 + k) iid, s,
           CASE WHEN k % 20 < 12 THEN pstart + ((k * 37 + j * 13) % 700) - 30
                WHEN k % 20 < 17 THEN pstart + s * 182
                ELSE pstart END AS starts_on,
           CASE WHEN k % 20 < 12 THEN pstart + ((k * 37 + j * 13) % 700)
                WHEN k % 20 < 17 THEN pstart + s * 182 + 90
                ELSE pstart + 729 END AS due_on,
           ((((j * 40 + k) * 4 + s)::bigint * 7919) % 100)::int AS h
    FROM params, generate_series(0, norg - 1) j, generate_series(0, 39) k,
         LATERAL generate_series(0, CASE WHEN k % 20 < 12 THEN 0 WHEN k % 20 < 17 THEN 3 WHEN k % 20 < 19 THEN 0
                                          ELSE -1 END) s
  ) a
) b;

\echo '-- progress history'
-- done late: an "in progress" record on the due date, then "done"; the rest one record each
INSERT INTO item_progress (district_id, id, item_id, occurrence_id, status, completed_on, evidence_title,
                           evidence_number, evidence_date, recorded_at, recorded_by)
SELECT o.district_id, ('00000009' || substr(o.id::text, 9))::uuid, o.item_id, o.id, 'in_progress', NULL, NULL, NULL, NULL,
       o.due_on + time '10:00', 'bench'
FROM item_occurrences o WHERE o.status = 'done' AND o.completed_on > o.due_on
UNION ALL
SELECT o.district_id, ('00000008' || substr(o.id::text, 9))::uuid, o.item_id, o.id, o.status, o.completed_on,
       CASE WHEN o.status = 'done' THEN 'Приказ о проведении мероприятия' END,
       CASE WHEN o.status = 'done' THEN 'П-' || (abs(hashtext(o.id::text)) % 1000) END, o.completed_on,
       coalesce(o.completed_on, least(o.starts_on, current_date)) + time '12:00', 'bench'
FROM item_occurrences o WHERE o.status <> 'planned'
ORDER BY 1, 4;

\echo '-- campaigns (last year''s, accepted; this year''s, open), their organisations and reports'
CREATE TEMP TABLE form AS
SELECT jsonb_agg(e ORDER BY n) AS indicators FROM (
  SELECT n, jsonb_build_object('code', code, 'title', title, 'type', type, 'required', req, 'derived', der,
                               'from_bases', fb, 'standard', std, 'target', tgt) e
  FROM (VALUES
    (1, 'students_10_18', 'Обучающиеся в возрасте 10–18 лет', 'integer', true, false, false, true, NULL::float8),
    (2, 'mentees_students_10_18', 'Из них вовлечены в наставничество в роли наставляемых', 'integer', true, false, true, true, NULL),
    (3, 'teachers_total', 'Педагогические работники', 'integer', true, false, false, true, NULL),
    (4, 'young_teachers', 'Молодые педагоги (стаж 0–3 года)', 'integer', true, false, false, true, NULL),
    (5, 'mentees_young_teachers', 'Из них вовлечены в наставничество в роли наставляемых', 'integer', true, false, true, true, NULL),
    (6, 'mentors_total', 'Наставники', 'integer', true, false, true, true, NULL),
    (7, 'mentees_total', 'Наставляемые', 'integer', true, false, true, true, NULL),
    (8, 'pairs_total', 'Наставнические пары и группы', 'integer', true, false, true, true, NULL),
    (9, 'programs_total', 'Программы наставничества', 'integer', true, false, true, true, NULL),
    (10, 'surveyed', 'Участники, прошедшие анкетирование', 'integer', false, false, false, true, NULL),
    (11, 'satisfied', 'Из них удовлетворены участием', 'integer', false, false, false, true, NULL),
    (12, 'share_students_10_18_pct', 'Доля обучающихся 10–18 лет в роли наставляемых, %', 'percentage', false, true, false, true, 70.0),
    (13, 'share_young_teachers_pct', 'Доля молодых педагогов в роли наставляемых, %', 'percentage', false, true, false, true, 70.0),
    (14, 'satisfaction_pct', 'Доля удовлетворённых участников, %', 'percentage', false, true, false, true, NULL),
    (15, 'has_order', 'Приказ о внедрении целевой модели наставничества', 'boolean', true, false, false, true, NULL),
    (16, 'has_regulation', 'Положение о наставничестве', 'boolean', true, false, false, true, NULL),
    (17, 'has_program', 'Программа наставничества', 'boolean', true, false, false, true, NULL),
    (18, 'has_site_page', 'Раздел «Наставничество» на сайте', 'boolean', true, false, false, true, NULL)
  ) v(n, code, title, type, req, der, fb, std, tgt)
  UNION ALL
  SELECT 18 + i, jsonb_build_object('code', 'own_' || lpad(i::text, 2, '0'), 'title', 'Показатель района ' || i,
                                    'type', 'integer', 'required', false, 'derived', false, 'from_bases', false,
                                    'standard', false, 'target', NULL)
  FROM generate_series(1, 10) i
) f;

INSERT INTO monitoring_campaigns (district_id, id, title, reporting_date, due_date, lock_date, indicators)
SELECT pg_temp.bench_uuid(2, d), pg_temp.bench_uuid(10, d * 2 + c),
       CASE c WHEN 0 THEN 'Мониторинг ЦМН (прошлый год)' ELSE 'Мониторинг ЦМН (текущий)' END,
       CASE c WHEN 0 THEN current_date - 200 ELSE current_date - 20 END,
       CASE c WHEN 0 THEN current_date - 180 ELSE current_date + 20 END,
       CASE c WHEN 0 THEN current_date - 170 ELSE current_date + 60 END,
       (SELECT indicators FROM form)
FROM params, generate_series(0, ndist - 1) d, generate_series(0, 1) c;

INSERT INTO monitoring_campaign_organizations (district_id, campaign_id, organization_id)
SELECT o.district_id, pg_temp.bench_uuid(10, (j::bigint * ndist / norg) * 2 + c), o.id
FROM params, generate_series(0, norg - 1) j, generate_series(0, 1) c,
     LATERAL (SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)) district_id, pg_temp.bench_uuid(3, j) id) o
ORDER BY 1, 2, 3;

-- last year's: 95% accepted; this year's: 40% submitted, 40% draft, 20% not started
INSERT INTO monitoring_reports (district_id, id, campaign_id, organization_id, status, "values", first_submitted_at,
                                submitted_at, submitted_by, accepted_at, accepted_by, created_at, updated_at)
SELECT district_id, pg_temp.bench_uuid(11, j * 2 + c), pg_temp.bench_uuid(10, dn * 2 + c), pg_temp.bench_uuid(3, j),
       st, v,
       CASE WHEN st <> 'draft' THEN sub END, CASE WHEN st <> 'draft' THEN sub END,
       CASE WHEN st <> 'draft' THEN 'api_key:bench' END,
       CASE WHEN st = 'accepted' THEN sub + interval '3 days' END, CASE WHEN st = 'accepted' THEN 'bench' END,
       sub - interval '2 days', sub
FROM (
  SELECT j, c, dn, pg_temp.bench_uuid(2, dn) district_id,
         CASE WHEN c = 0 THEN 'accepted' WHEN j % 5 < 2 THEN 'submitted' ELSE 'draft' END AS st,
         CASE WHEN c = 0 THEN current_date - 185 + (j % 10) ELSE current_date - 10 + (j % 8) END + time '09:00' AS sub,
         jsonb_build_object('students_10_18', 400 + j % 300, 'mentees_students_10_18', 100 + j % 200,
                            'teachers_total', 40 + j % 30, 'young_teachers', 5 + j % 7,
                            'mentees_young_teachers', 3 + j % 4, 'mentors_total', 10 + j % 15,
                            'mentees_total', 50 + j % 90, 'pairs_total', 20 + j % 40, 'programs_total', 1 + j % 3,
                            'surveyed', 60 + j % 50, 'satisfied', 50 + j % 40,
                            'has_order', true, 'has_regulation', j % 7 <> 0, 'has_program', j % 5 <> 0,
                            'has_site_page', j % 3 <> 0)
         || (SELECT jsonb_object_agg('own_' || lpad(i::text, 2, '0'), (j * i) % 100) FROM generate_series(1, 10) i) AS v
  FROM params, generate_series(0, norg - 1) j, generate_series(0, 1) c,
       LATERAL (SELECT (j::bigint * ndist / norg) AS dn) x
  WHERE c = 0 AND j % 20 <> 7 OR c = 1 AND j % 5 < 4
) r
ORDER BY district_id, 3, 4;

\echo '-- the bases: programs, persons, pairs and their mentees'
INSERT INTO mentoring_programs (district_id, id, organization_id, title, forms, period_start, period_end, capacity)
SELECT pg_temp.bench_uuid(2, (j::bigint * ndist / norg)), pg_temp.bench_uuid(12, j), pg_temp.bench_uuid(3, j),
       'Программа наставничества', ARRAY['teacher_teacher', 'student_student'], pstart, pstart + 729, 100
FROM params, generate_series(0, norg - 1) j;

-- person p belongs to organisation p * norg / npers; a third are mentors
INSERT INTO mentoring_persons (district_id, id, organization_id, kind, external_id, full_name, category, birth_year,
                               consent_date, consent_given_by)
SELECT pg_temp.bench_uuid(2, (oj::bigint * ndist / norg)), pg_temp.bench_uuid(13, p), pg_temp.bench_uuid(3, oj),
       CASE WHEN p % 3 = 0 THEN 'mentor' ELSE 'mentee' END, 'P' || p, 'Участник ' || p,
       CASE WHEN p % 3 = 0 THEN 'teacher' WHEN p % 3 = 1 THEN 'student' ELSE 'young_teacher' END,
       CASE WHEN p % 3 = 1 THEN 2010 + p % 6 ELSE 1960 + p % 40 END,
       current_date - 300, CASE WHEN p % 3 = 1 THEN 'parent' ELSE 'self' END
FROM params, generate_series(0, npers - 1) p, LATERAL (SELECT (p::bigint * norg / npers) AS oj) x;

-- pair q: mentor m = a mentor (p % 3 = 0); its mentee the next person, or the one before when
-- the next belongs to another organisation; the pair belongs to the mentor's organisation
CREATE TEMP TABLE pairs_plan AS
SELECT q, m, CASE WHEN ((m + 1) * norg / npers) = (m * norg / npers) THEN m + 1 ELSE m - 1 END AS mentee,
       (m * norg / npers) AS oj, ((m * norg / npers) * ndist / norg) AS dn
FROM params, generate_series(0, npairs - 1) q, LATERAL (SELECT ((q::bigint * 2) / 3) * 3 AS m) y;

INSERT INTO mentoring_pairs (district_id, id, organization_id, mentor_id, form, program_id, start_date, end_date, status)
SELECT pg_temp.bench_uuid(2, dn), pg_temp.bench_uuid(14, q), pg_temp.bench_uuid(3, oj), pg_temp.bench_uuid(13, m),
       'teacher_teacher', pg_temp.bench_uuid(12, oj), current_date - 200,
       CASE WHEN q % 10 = 0 THEN current_date - 20 END, CASE WHEN q % 10 = 0 THEN 'completed' ELSE 'active' END
FROM pairs_plan ORDER BY dn, q;

INSERT INTO mentoring_pair_mentees (district_id, pair_id, mentee_id, position)
SELECT pg_temp.bench_uuid(2, dn), pg_temp.bench_uuid(14, q), pg_temp.bench_uuid(13, mentee), 1
FROM pairs_plan ORDER BY dn, q;

\echo '-- org curators for 60% of organisations (sign-in disabled: no usable hash)'
INSERT INTO users (login, password_hash, full_name, role, district_id, organization_id)
SELECT 'curator' || j, '!', 'Куратор ' || j, 'org_curator', pg_temp.bench_uuid(2, (j::bigint * ndist / norg)),
       pg_temp.bench_uuid(3, j)
FROM params, generate_series(0, norg - 1) j WHERE j % 5 < 3;

\echo '-- compliance_summary for every owner, as refresh_compliance(d, owner, current_date) computes it'
INSERT INTO compliance_summary (district_id, owner_key, organization_id, as_of, valid_until, items_due, items_done,
                                items_done_on_time, items_due_later, items_unscheduled, has_approved_roadmap, updated_at)
SELECT r.district_id, coalesce(r.organization_id, r.district_id), r.organization_id, current_date,
       coalesce(min(o.due_on) FILTER (WHERE o.due_on > current_date) - 1, DATE '9999-12-30'),
       count(o.id) FILTER (WHERE o.due_on <= current_date),
       count(o.id) FILTER (WHERE o.due_on <= current_date AND o.status = 'done' AND o.has_evidence AND o.completed_on <= current_date),
       count(o.id) FILTER (WHERE o.due_on <= current_date AND o.status = 'done' AND o.has_evidence AND o.completed_on <= o.due_on),
       count(o.id) FILTER (WHERE o.due_on > current_date),
       coalesce(max(u.n), 0), true, now()
FROM roadmaps r
LEFT JOIN roadmap_items i ON i.district_id = r.district_id AND i.roadmap_id = r.id AND i.schedule_kind <> 'unscheduled'
LEFT JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id AND o.status <> 'cancelled'
LEFT JOIN (SELECT i2.district_id, i2.roadmap_id, count(*)::int n FROM roadmap_items i2
           WHERE i2.schedule_kind = 'unscheduled' GROUP BY 1, 2) u ON u.district_id = r.district_id AND u.roadmap_id = r.id
WHERE r.status = 'approved' AND r.superseded_by IS NULL
GROUP BY r.district_id, r.id, r.organization_id;

\echo '-- the compliance history kept on write (V0008, V0009), as the triggers would have written it'
-- The triggers are off for the load: without this every past date reads an empty history.
SELECT count(*) AS districts_with_history FROM (SELECT compliance_history_rebuild(id) FROM districts) h;

\echo '-- the open occurrences and the campaigns counts kept on write (V0014, V0015), as the triggers would have written them'
SELECT count(*) AS districts_with_open_occurrences FROM (SELECT compliance_open_rebuild(id) FROM districts) o;
SELECT count(*) AS districts_with_campaign_counts FROM (SELECT compliance_counts_rebuild(id) FROM districts) n;
\echo '-- each district''s roll-up kept on write (V0016), as the triggers would have written it'
SELECT count(*) AS districts_with_totals FROM (SELECT compliance_totals_rebuild(id) FROM districts) t;

RESET session_replication_role;
