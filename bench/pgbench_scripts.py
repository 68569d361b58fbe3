#!/usr/bin/env python3
"""Writes the pgbench scripts of `make bench`: the SQL the server runs for each endpoint,
transaction by transaction, each opened with the same set_config call the server makes
(Database::run). The compliance statements are read from the server binary itself
(`nastavnik statements`: every statement it prepares, name → SQL), so the database alone
runs exactly the server's SQL; $n parameters become pgbench variables from -D:
d (district), o (organisation), t (today), past, r (region), c (campaign).
Only the endpoint's own SQL: the server's bearer-token look-up is not included.

usage: pgbench_scripts.py [--explain] DIR STATEMENTS.json
With --explain: the same statements as psql scripts, each under EXPLAIN (ANALYZE, BUFFERS)
and headed by its name, every transaction rolled back (make bench writes bench/PLANS.md).
"""
import json, os, re, sys

OVERDUE_LIMIT = "20"  # the server's default ?overdue_limit=
STATEMENTS = {}
EXPLAIN = False  # --explain: psql scripts that show each statement's plan, rolled back


class Named(str):
    """A statement's SQL with its name in the server (`nastavnik statements`)."""
    name = ""


def stmt(name, *args):
    """The server's statement `name` with $1..$n replaced by the given pgbench variables or literals."""
    # pgbench would read ':MI' in a to_char format as a variable: spell the colons as chr(58)
    sql = STATEMENTS[name].replace("HH24:MI:SS", "HH24' || chr(58) || 'MI' || chr(58) || 'SS")
    out = Named(re.sub(r"\$(\d+)", lambda m: "(" + args[int(m.group(1)) - 1] + ")", sql))
    out.name = name
    return out


def generic(s):
    """A statement the server runs through its generic plan (pg::exec_between): between the two
    statements that set plan_cache_mode for it alone."""
    return [stmt("nsk_generic_plan_on"), s, stmt("nsk_generic_plan_off")]


def one_line(sql):
    # pgbench ends a command at a newline: every statement on one line, its `--` comments
    # dropped first (joined, a comment would swallow the rest of the statement).
    lines = (re.sub(r"\s--\s.*$", "", part) for part in sql.strip().splitlines())
    return " ".join(part.strip() for part in lines) + ";\n"


def tx(d, *stmts, system="off", region=""):
    out = "BEGIN;\n"
    out += one_line(f"select set_config('app.district_id', {d}, true), set_config('app.system', '{system}', true),"
                    " set_config('app.actor_kind', 'user', true), set_config('app.actor_id', 'bench', true),"
                    f" set_config('app.request_id', 'bench', true), set_config('app.region_id', "
                    f"{region if region.startswith(':') else repr(region)}, true)")
    for s in stmts:
        if EXPLAIN:
            out += f"\\echo '#### {getattr(s, 'name', '')}'\n" + "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + one_line(s)
        else:
            out += one_line(s)
    return out + ("ROLLBACK;\n" if EXPLAIN else "COMMIT;\n")


def district(today):
    # ComplianceService::district in one transaction: counts (the summary, or as of a past date
    # the history kept on write), the organisations and their monitoring state, the overdue
    # list (the oldest 20; the generated districts have no roadmap of their own, so the server
    # skips that list), and the campaigns' completeness (as of today from the counts kept on write).
    t = ":t" if today else ":past"
    if today:
        # nothing is stale on the bench's day: the check finds none and nothing is recomputed
        counts = [stmt("nsk_compliance_lock_stale", ":d"), stmt("nsk_compliance_summary_all", ":d")]
        overdue = generic(stmt("nsk_compliance_overdue_today", ":d", t, "false", OVERDUE_LIMIT))
    else:
        counts = [stmt("nsk_compliance_fill_month_totals", t, ":d"),
                  stmt("nsk_compliance_history_counts_all", ":d", t)]
        # the first batch of the due-order search (100 occurrences): it holds the oldest 20
        # overdue ones in the generated districts, as the server finds
        overdue = [stmt("nsk_compliance_overdue_past", ":d", t, "false", "'-infinity'",
                        "'00000000-0000-0000-0000-000000000000'", "100")]
    return tx(":d", *counts,
              stmt("nsk_compliance_organizations_all", ":d", t),
              stmt("nsk_compliance_monitoring_all", ":d", t),
              *overdue,
              stmt("nsk_compliance_completeness_today" if today else "nsk_compliance_completeness", ":d", t))


def organization():
    # ComplianceService::organization as of today, in one transaction: its row, its
    # occurrences (current state), its unscheduled count from the summary.
    return tx(":d", *generic(stmt("nsk_compliance_organizations", ":d", ":t", ":o")),
              stmt("nsk_compliance_monitoring", ":d", ":t", ":o"),
              stmt("nsk_compliance_org_today", ":d", ":t", ":o"),
              stmt("nsk_compliance_lock_stale", ":d"),
              *generic(stmt("nsk_compliance_summary", ":d", ":o")))


def region(today):
    # PgComplianceRepository::region in the region scope: as of today the stale check, then
    # one statement over the summaries; as of a past date one statement over the history.
    if today:
        return tx("''", stmt("nsk_compliance_region_stale", ":r"), region=":r") + \
            tx("''", stmt("nsk_compliance_region_today", ":r"), region=":r")
    return tx("''", stmt("nsk_compliance_fill_month_totals_region", ":past", ":r"),
              stmt("nsk_compliance_region_past", ":r", ":past"), region=":r")


def national(today):
    # PgNationalRepository::regions in the system scope: as of today the stale check, then
    # the regions' rows from the summaries (no stale district here: one statement each); as of
    # a past date one statement over the history kept on write.
    if today:
        return tx("''", stmt("nsk_national_stale_districts"), system="on") + \
            tx("''", stmt("nsk_national_regions"), system="on")
    return tx("''", stmt("nsk_compliance_fill_month_totals_all", ":past", "NULL"),
              stmt("nsk_national_regions_past", ":past"), system="on")

# PUT …/reports/{o} as the server runs it (Idempotency::run around MonitoringService's
# change), on one of 64 draft reports, in one transaction with one durable commit: claim the
# key; the campaign with its form; the report with its values (locked); the update
# (the audit and version triggers fire); the bases for the pre-fill; the stored answer.
# The API key look-up (a read) is not included, as no script includes the credential.
def report_put():
    values = ('{"students_10_18": 412,"mentees_students_10_18": 120,"teachers_total": 45,"young_teachers": 6,'
              '"mentees_young_teachers": 4,"mentors_total": 12,"mentees_total": 60,"pairs_total": 25,'
              '"programs_total": 2,"surveyed": 70,"satisfied": 60,"has_order": true,"has_regulation": true,'
              '"has_program": true,"has_site_page": true,"own_01": 1,"own_02": 2,"own_03": 3,"own_04": 4,'
              '"own_05": 5,"own_06": 6,"own_07": 7,"own_08": 8,"own_09": 9,"own_10": ')
    values_sql = "'" + values + "' || (cast(:k as int) % 100) || '}'"
    actor = "'api_key' || chr(58) || 'bench'"  # chr(58) = ':' (pgbench would read ':bench' as a variable)
    key = "'pgb-' || cast(:client_id as text) || '-' || cast(:k as text)"
    version = ("(select version from monitoring_reports where district_id = cast(:pd as uuid)"
               " and campaign_id = cast(:pc as uuid) and organization_id = cast(:po as uuid))")
    out = "\\set k random(1, 1000000000)\n"
    out += tx(":pd",
              stmt("nsk_idempotency_claim", ":pd", actor, key, "'h'", "'o'"),
              stmt("nsk_campaign_with_form", ":pd", ":pc"),
              stmt("nsk_report_with_values_locked", ":pd", ":pc", ":po"),
              stmt("nsk_report_update", ":pd", ":pc", ":po", "'draft'", values_sql, "'save'", "NULL", "NULL",
                   "NULL", "NULL", "'false'", version),
              stmt("nsk_bases_programs", ":pd", ":po"),
              stmt("nsk_bases_pairs", ":pd", ":po"),
              stmt("nsk_idempotency_complete", ":pd", actor, key, "'o'", "200", "'application/json'",
                   "'{\"status\": \"draft\"}'", "'ETag' || chr(58) || ' \"2\"'"))
    return out


def main():
    global EXPLAIN
    if "--explain" in sys.argv:
        EXPLAIN = True
        sys.argv.remove("--explain")
    out, statements = sys.argv[1], sys.argv[2]
    with open(statements) as f:
        STATEMENTS.update(json.load(f))
    files = {
        "district_today.sql": district(True),
        "district_past.sql": district(False),
        "organization.sql": organization(),
        "region_today.sql": region(True),
        "region_past.sql": region(False),
        "national.sql": national(True),
        "national_past.sql": national(False),
    }
    for name, text in files.items():
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
    # report_put picks one of the 64 drafts per transaction (pd/pc/po from a table file)
    targets = [l.split("|") for l in sys.stdin.read().split()] if not sys.stdin.isatty() else []
    put = report_put()
    if EXPLAIN:
        # psql has no \\set random: the first target and a fixed k, given as -v variables
        put = "\n".join(l for l in put.split("\n") if not l.startswith("\\set"))
        targets = []
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
