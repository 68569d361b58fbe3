#!/usr/bin/env python3
"""Writes the pgbench scripts of `make bench`: the SQL the server runs for each endpoint
(persistence/soci_compliance_repository.cpp, soci_monitoring_repository.cpp,
soci_idempotency_repository.cpp), transaction by transaction, each opened with the same
set_config call the server makes (Database::run).  Variables come from pgbench -D:
d (district), o (organisation), t (today), past, r (region), c (campaign).
Only the endpoint's own SQL: the server's bearer-token look-up is not included.

usage: pgbench_scripts.py DIR REGION DISTRICT...   (the region's districts, for the region script)
"""
import sys, os

KNOWN = """
  rm AS (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r, p
    WHERE r.district_id = p.d AND r.status = 'approved' AND r.approved_at < (p.t + 1)
      AND (p.o IS NULL OR r.organization_id = p.o)
      AND NOT EXISTS (SELECT 1 FROM roadmaps n WHERE n.district_id = r.district_id AND n.id = r.superseded_by
                        AND n.approved_at < (p.t + 1))),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, coalesce(lp.status, 'planned') AS status, lp.completed_on,
           coalesce(lp.has_evidence, false) AS has_evidence, lp.evidence_title, lp.evidence_number, lp.evidence_url,
           i.position, o.seq
    FROM rm
    JOIN roadmap_items i ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id
    LEFT JOIN LATERAL (
      SELECT pr.status, pr.completed_on, (pr.evidence_title IS NOT NULL OR pr.evidence_url IS NOT NULL) AS has_evidence,
             pr.evidence_title, pr.evidence_number, pr.evidence_url
      FROM item_progress pr, p
      WHERE pr.district_id = o.district_id AND pr.occurrence_id = o.id AND pr.recorded_at < (p.t + 1)
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true
    WHERE coalesce(lp.status, 'planned') <> 'cancelled')
"""

# As of today the server reads the occurrences' current state (no history walk).
CURRENT = """
  rm AS (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r, p
    WHERE r.district_id = p.d AND r.status = 'approved' AND r.superseded_by IS NULL
      AND (p.o IS NULL OR r.organization_id = p.o)),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, o.status, o.completed_on, o.has_evidence,
           ev.evidence_title, ev.evidence_number, ev.evidence_url, i.position, o.seq
    FROM rm
    JOIN roadmap_items i ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id AND o.status <> 'cancelled'
    LEFT JOIN LATERAL (
      SELECT pr.evidence_title, pr.evidence_number, pr.evidence_url FROM item_progress pr
      WHERE o.status = 'done' AND pr.district_id = o.district_id AND pr.occurrence_id = o.id
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) ev ON true)
"""


def one_line(sql):
    # pgbench ends a command at a newline (unless it ends with a backslash... not in 15):
    # every statement on one line.
    return " ".join(part.strip() for part in sql.strip().splitlines()) + ";\n"


def tx(d, *stmts, system="off", region=""):
    out = "BEGIN;\n"
    out += one_line(f"select set_config('app.district_id', {d}, true), set_config('app.system', '{system}', true),"
                    " set_config('app.actor_kind', 'user', true), set_config('app.actor_id', 'bench', true),"
                    f" set_config('app.request_id', 'bench', true), set_config('app.region_id', "
                    f"{region if region.startswith(':') else repr(region)}, true)")
    for s in stmts:
        out += one_line(s)
    return out + "COMMIT;\n"


def refresh_stale(d):
    return [f"""select count(refresh_compliance(cast({d} as uuid), x.organization_id, current_date)) from (
                select distinct r.organization_id from roadmaps r where r.district_id = cast({d} as uuid)
                and r.status = 'approved' and r.superseded_by is null) x
                left join compliance_summary s on s.district_id = cast({d} as uuid)
                and s.owner_key = coalesce(x.organization_id, cast({d} as uuid))
                where s.owner_key is null or s.valid_until < current_date or s.as_of > current_date""",
            f"""select count(refresh_compliance(s.district_id, s.organization_id, current_date)) from compliance_summary s
                where s.district_id = cast({d} as uuid) and (s.valid_until < current_date or s.as_of > current_date)"""]


def counts_today(d):
    return tx(d, *refresh_stale(d),
              f"""select organization_id::text, items_due, items_done, items_done_on_time, items_due_later,
                  items_unscheduled from compliance_summary where district_id = cast({d} as uuid) and has_approved_roadmap""")


def counts_computed(d, t):
    return tx(d, f"""WITH p AS (SELECT cast({d} as uuid) d, cast({t} as date) t, cast(NULL as uuid) o), {KNOWN},
      unsched AS (SELECT rm.organization_id, count(*)::int n FROM rm JOIN roadmap_items i
        ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind = 'unscheduled'
        GROUP BY rm.organization_id),
      agg AS (SELECT occ.organization_id,
        count(*) FILTER (WHERE due_on <= p.t)::int due,
        count(*) FILTER (WHERE due_on <= p.t AND status = 'done' AND has_evidence AND completed_on <= p.t)::int done,
        count(*) FILTER (WHERE due_on <= p.t AND status = 'done' AND has_evidence AND completed_on <= due_on)::int on_time,
        count(*) FILTER (WHERE due_on > p.t)::int later
        FROM occ, p GROUP BY occ.organization_id),
      owners AS (SELECT DISTINCT organization_id FROM rm)
      SELECT owners.organization_id::text, coalesce(agg.due, 0), coalesce(agg.done, 0),
      coalesce(agg.on_time, 0), coalesce(agg.later, 0), coalesce(unsched.n, 0)
      FROM owners LEFT JOIN agg ON agg.organization_id IS NOT DISTINCT FROM owners.organization_id
      LEFT JOIN unsched ON unsched.organization_id IS NOT DISTINCT FROM owners.organization_id""")


def organizations(d, t, o):
    return tx(d, f"""WITH p AS (SELECT cast({d} as uuid) d, cast({t} as date) t, cast({o} as uuid) o),
      lastrep AS (
        SELECT DISTINCT ON (rep.organization_id) rep.organization_id, rep."values"
        FROM monitoring_reports rep, p
        WHERE rep.district_id = p.d AND rep.status IN ('submitted', 'accepted')
          AND rep.first_submitted_at < (p.t + 1)
        ORDER BY rep.organization_id, rep.submitted_at DESC)
      SELECT org.id::text, org.name, org.short_name, org.type,
        CASE jsonb_typeof(lr."values"->'has_order') WHEN 'boolean' THEN (lr."values"->>'has_order')::boolean::int END,
        CASE jsonb_typeof(lr."values"->'has_regulation') WHEN 'boolean' THEN (lr."values"->>'has_regulation')::boolean::int END,
        CASE jsonb_typeof(lr."values"->'has_program') WHEN 'boolean' THEN (lr."values"->>'has_program')::boolean::int END,
        CASE jsonb_typeof(lr."values"->'has_site_page') WHEN 'boolean' THEN (lr."values"->>'has_site_page')::boolean::int END,
        EXISTS (SELECT 1 FROM roadmaps r WHERE r.district_id = p.d AND r.organization_id = org.id
                  AND r.status = 'approved' AND r.approved_at < (p.t + 1))::int,
        EXISTS (SELECT 1 FROM users u WHERE u.district_id = p.d AND u.organization_id = org.id
                  AND u.role = 'org_curator' AND u.status = 'active' AND u.created_at < (p.t + 1))::int
      FROM organizations org CROSS JOIN p
      LEFT JOIN lastrep lr ON lr.organization_id = org.id
      WHERE org.district_id = p.d AND org.status = 'active' AND (p.o IS NULL OR org.id = p.o)
      ORDER BY org.name, org.id""",
              f"""SELECT co.organization_id::text, c.id::text, c.title, c.due_date::text, coalesce(rep.status, 'not_started'),
             CASE WHEN rep.status IN ('submitted', 'accepted')
                  THEN (rep.first_submitted_at::date <= c.due_date)::int END
      FROM monitoring_campaigns c
      JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
      LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                      AND rep.organization_id = co.organization_id
      WHERE c.district_id = cast({d} as uuid) AND c.reporting_date <= cast({t} as date)
      ORDER BY c.reporting_date, c.id""")


def occurrences(d, t, o, dist, od, today=False):
    return tx(d, f"""WITH p AS (SELECT cast({d} as uuid) d, cast({t} as date) t, cast({o} as uuid) o), {CURRENT if today else KNOWN}
      SELECT occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number,
      occ.title, occ.deadline_text, occ.responsible, occ.starts_on::text, occ.due_on::text,
      occ.status, occ.completed_on::text, occ.has_evidence::int, occ.evidence_title,
      occ.evidence_number, occ.evidence_url FROM occ, p
      WHERE (cast({o} as uuid) IS NULL OR occ.organization_id = cast({o} as uuid))
      AND ({dist} = 0 OR occ.organization_id IS NULL)
      AND ({od} = 0 OR (occ.due_on <= p.t AND NOT (occ.status = 'done' AND occ.has_evidence
           AND occ.completed_on <= p.t)))
      ORDER BY occ.due_on, occ.organization_id NULLS FIRST, occ.position, occ.seq""")


def completeness(d, t):
    return tx(d, f"""SELECT c.id::text, c.title, c.due_date::text, org.type,
             count(*)::int,
             count(*) FILTER (WHERE rep.status IN ('submitted', 'accepted'))::int,
             count(*) FILTER (WHERE rep.status IN ('submitted', 'accepted') AND rep.first_submitted_at::date <= c.due_date)::int
      FROM monitoring_campaigns c
      JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
      JOIN organizations org ON org.district_id = co.district_id AND org.id = co.organization_id AND org.status = 'active'
      LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                      AND rep.organization_id = co.organization_id
      WHERE c.district_id = cast({d} as uuid) AND c.reporting_date <= cast({t} as date)
      GROUP BY c.id, c.title, c.due_date, c.reporting_date, org.type
      ORDER BY c.reporting_date, c.id, org.type""")


def district(t, today):
    # ComplianceService::district: counts, organisations, the district roadmap's overdue
    # items (it has none here, so the server skips them), the overdue list, completeness
    counts = counts_today(":d") if today else counts_computed(":d", t)
    return counts + organizations(":d", t, "NULL") + occurrences(":d", t, "NULL", 0, 1, today) + completeness(":d", t)


def organization(t):
    # ComplianceService::organization as of today: its row, its own occurrences (current state),
    # the summary's unscheduled count
    return counts_today(":d") + organizations(":d", t, ":o") + occurrences(":d", t, ":o", 0, 0, True) + counts_today(":d")


REGION_TODAY_SQL = """SELECT d.id::text, d.name, d.code,
  (SELECT count(*) FROM organizations o WHERE o.district_id = d.id AND o.status = 'active')::int,
  (count(s.owner_key) FILTER (WHERE s.items_due > 0 AND s.items_done = s.items_due))::int,
  coalesce(sum(s.items_due), 0)::int, coalesce(sum(s.items_done), 0)::int,
  coalesce(sum(s.items_done_on_time), 0)::int, coalesce(sum(s.items_due_later), 0)::int,
  coalesce(sum(s.items_unscheduled), 0)::int, count(s.owner_key)::int
FROM districts d
LEFT JOIN compliance_summary s ON s.district_id = d.id AND s.organization_id IS NOT NULL AND s.has_approved_roadmap
  AND EXISTS (SELECT 1 FROM organizations o WHERE o.district_id = s.district_id AND o.id = s.organization_id AND o.status = 'active')
WHERE d.region_id = cast(:r as uuid) GROUP BY d.id, d.name, d.code ORDER BY d.name, d.id"""


def region(districts, t, today):
    if today:
        # SociComplianceRepository::region: the stale check, then one statement in the region scope
        stale = ("select distinct s.district_id::text from compliance_summary s join districts d on d.id = s.district_id"
                 " where d.region_id = cast(:r as uuid) and (s.valid_until < current_date or s.as_of > current_date)")
        return tx("''", stale, region=":r") + tx("''", REGION_TODAY_SQL, region=":r")
    out = tx("''", "select id::text, name, code from districts where region_id = cast(:r as uuid) order by name, id",
             system="on")
    for d in districts:
        lit = f"'{d}'"
        out += counts_today(lit) if today else counts_computed(lit, t)
        out += tx(lit, f"select id::text from organizations where district_id = cast({lit} as uuid) and status = 'active'")
    return out


NATIONAL_SUMMARY = """BEGIN;
select set_config('app.system', 'on', true);
select d.region_id, count(*) orgs, sum(s.items_due) due, sum(s.items_done) done, sum(s.items_done_on_time) on_time, sum(s.items_due_later) later, count(*) FILTER (WHERE s.items_due > 0 AND s.items_done = s.items_due) fully FROM compliance_summary s JOIN districts d ON d.id = s.district_id WHERE s.has_approved_roadmap GROUP BY d.region_id;
COMMIT;
"""

# As of a past date for the whole country: the occurrence walk of counts_computed without
# the tenant predicate, as the system scope (RLS lets app.system see nothing of the
# tenant tables, so this runs as the owner: the database's best case).
NATIONAL_COMPUTED = """select count(*), sum(due), sum(done) from (select o.district_id, i.roadmap_id, count(*) FILTER (WHERE o.due_on <= :past) due, count(*) FILTER (WHERE o.due_on <= :past AND lp.status = 'done' AND lp.completed_on <= :past) done FROM roadmaps r JOIN roadmap_items i ON i.district_id = r.district_id AND i.roadmap_id = r.id AND i.schedule_kind <> 'unscheduled' JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id LEFT JOIN LATERAL (SELECT pr.status, pr.completed_on FROM item_progress pr WHERE pr.district_id = o.district_id AND pr.occurrence_id = o.id AND pr.recorded_at < (cast(:past as date) + 1) ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true WHERE r.status = 'approved' AND r.approved_at < (cast(:past as date) + 1) GROUP BY 1, 2) x;
"""

# PUT …/reports/{o} as the server runs it (IdempotencyService + change_report), on one of
# 64 draft reports: claim the key; load the campaign and its form; lock the report; update
# the values (the audit trigger writes its row); store the answer — in the server these
# are 3 transactions; durable commits.
REPORT_PUT = """\\set k random(1, 1000000000)
BEGIN;
select set_config('app.district_id', :pd, true), set_config('app.system', 'off', true), set_config('app.actor_kind', 'api_key', true), set_config('app.actor_id', 'bench', true), set_config('app.request_id', 'bench', true), set_config('app.region_id', '', true);
insert into idempotency_keys as k (district_id, actor, key, request_hash, owner) select cast(:pd as uuid), 'api_key' || chr(58) || 'bench', 'pgb-' || cast(:client_id as text) || '-' || cast(:k as text), 'h', 'o' where cast(:pd as uuid) = app_district_id() on conflict (district_id, actor, key) do update set request_hash = excluded.request_hash, owner = excluded.owner, status = null, content_type = null, body = null, headers = null, created_at = now() where k.status is null;
COMMIT;
BEGIN;
select set_config('app.district_id', :pd, true), set_config('app.system', 'off', true), set_config('app.actor_kind', 'api_key', true), set_config('app.actor_id', 'bench', true), set_config('app.request_id', 'bench', true), set_config('app.region_id', '', true);
select c.id, c.title, c.reporting_date, c.due_date, c.lock_date, c.version, (select string_agg(co.organization_id::text, ',') from monitoring_campaign_organizations co where co.district_id = c.district_id and co.campaign_id = c.id) from monitoring_campaigns c where c.district_id = cast(:pd as uuid) and c.id = cast(:pc as uuid) for update of c;
select e->>'code', e->>'title', e->>'type', (e->>'required')::boolean::int, (e->>'derived')::boolean::int, (e->>'from_bases')::boolean::int, (e->>'standard')::boolean::int, (e->>'target')::float8 from monitoring_campaigns c, jsonb_array_elements(c.indicators) with ordinality as t(e, n) where c.district_id = cast(:pd as uuid) and c.id = cast(:pc as uuid) order by t.n;
select id, status, "values"::text, version from monitoring_reports where district_id = cast(:pd as uuid) and campaign_id = cast(:pc as uuid) and organization_id = cast(:po as uuid) for update;
update monitoring_reports set status = 'draft', "values" = cast('{"students_10_18": 412,"mentees_students_10_18": 120,"teachers_total": 45,"young_teachers": 6,"mentees_young_teachers": 4,"mentors_total": 12,"mentees_total": 60,"pairs_total": 25,"programs_total": 2,"surveyed": 70,"satisfied": 60,"has_order": true,"has_regulation": true,"has_program": true,"has_site_page": true,"own_01": 1,"own_02": 2,"own_03": 3,"own_04": 4,"own_05": 5,"own_06": 6,"own_07": 7,"own_08": 8,"own_09": 9,"own_10": ' || (cast(:k as int) % 100) || '}' as jsonb), version = version + 1, updated_at = now() where district_id = cast(:pd as uuid) and campaign_id = cast(:pc as uuid) and organization_id = cast(:po as uuid);
COMMIT;
BEGIN;
select set_config('app.district_id', :pd, true), set_config('app.system', 'off', true), set_config('app.actor_kind', 'api_key', true), set_config('app.actor_id', 'bench', true), set_config('app.request_id', 'bench', true), set_config('app.region_id', '', true);
update idempotency_keys set status = 200, content_type = 'application/json', body = '{"status": "draft"}', headers = 'ETag: "2"' where district_id = cast(:pd as uuid) and actor = 'api_key' || chr(58) || 'bench' and key = 'pgb-' || cast(:client_id as text) || '-' || cast(:k as text) and owner = 'o';
COMMIT;
"""


def main():
    out, region_id, districts = sys.argv[1], sys.argv[2], sys.argv[3:]
    files = {
        "district_today.sql": district(":t", True),
        "district_past.sql": district(":past", False),
        "organization.sql": organization(":t"),
        "region_today.sql": region(districts, ":t", True),
        "region_past.sql": region(districts, ":past", False),
        "national_summary.sql": NATIONAL_SUMMARY,
        "national_computed.sql": NATIONAL_COMPUTED,
    }
    for name, text in files.items():
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
    # report_put picks one of the 64 drafts per transaction (pd/pc/po from a table file)
    targets = [l.split("|") for l in sys.stdin.read().split()] if not sys.stdin.isatty() else []
    put = REPORT_PUT
    if targets:
        n = len(targets)
        pick = f"\\set i random(0, {n - 1})\n"
        # pgbench has no arrays: choose via a CASE in a \gset query
        cases = lambda col: "CASE cast(:i as int) " + " ".join(f"WHEN {j} THEN '{t[col]}'" for j, t in enumerate(targets)) + " END"
        pick += f"select {cases(0)} as pd, {cases(1)} as pc, {cases(2)} as po \\gset\n"
        put = put.replace("\\set k random(1, 1000000000)\n", "\\set k random(1, 1000000000)\n" + pick)
    with open(os.path.join(out, "report_put.sql"), "w") as f:
        f.write(put)


if __name__ == "__main__":
    main()
