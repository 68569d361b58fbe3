#include "persistence/soci_compliance_repository.hpp"

#include <algorithm>
#include <tuple>

#include "domain/errors.hpp"
#include "persistence/compliance_rows.hpp"
#include "persistence/pg.hpp"

// Every statement here is prepared once per pooled connection (pg::exec) and led by the
// tenant ($1 = the district, or the region). bench/pgbench_scripts.py runs the same SQL on
// the database alone: change both together.
namespace persistence {
namespace {

using pg::Statement;

// The roadmap versions that count on day $2 (docs/domain.md, «Compliance»): a version counts from
// the day it was approved — a first version (no previous one) from any day — until the day
// the version replacing it was approved (V0009, compliance_span); narrowed by `rm_filter`.
// With `known` (a parameter such as "$4", an instant), only the approvals made by then.
std::string counted_roadmaps(const std::string& rm_filter, const std::string& known = {}) {
    std::string r_known = known.empty() ? "" : " AND r.approved_at <= " + known + "::timestamptz";
    std::string n_known = known.empty() ? "" : " AND n.approved_at <= " + known + "::timestamptz";
    return R"SQL(
  rm AS MATERIALIZED (
    SELECT r.district_id, r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved')SQL" + r_known + R"SQL(
      AND (r.previous_id IS NULL OR r.approved_at < ($2::date + 1))
      AND )SQL" + rm_filter + R"SQL(
      AND NOT EXISTS (SELECT 1 FROM roadmaps n WHERE n.district_id = r.district_id AND n.id = r.superseded_by
                        AND n.status = 'approved' AND n.approved_at < ($2::date + 1))SQL" + n_known + "))";
}

// An occurrence `o`'s state, joined as `lp`: without `known`, its current state (every record
// counts, with the dates it states: valid time) and the evidence of its latest record; with
// `known`, the latest record made by that instant (what was known then).
struct StateSql {
    std::string join, status, completed_on, has_evidence;
};
StateSql state_sql(const std::string& known) {
    if (known.empty())
        return {R"SQL(
    LEFT JOIN LATERAL (
      SELECT pr.evidence_title, pr.evidence_number, pr.evidence_url FROM item_progress pr
      WHERE o.status = 'done' AND pr.district_id = o.district_id AND pr.occurrence_id = o.id
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true)SQL",
                "o.status", "o.completed_on", "o.has_evidence"};
    return {R"SQL(
    LEFT JOIN LATERAL (
      SELECT pr.status, pr.completed_on, (pr.evidence_title IS NOT NULL OR pr.evidence_url IS NOT NULL) AS has_evidence,
             pr.evidence_title, pr.evidence_number, pr.evidence_url
      FROM item_progress pr
      WHERE pr.district_id = o.district_id AND pr.occurrence_id = o.id AND pr.recorded_at <= )SQL" + known + R"SQL(::timestamptz
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) lp ON true)SQL",
            "coalesce(lp.status, 'planned')", "lp.completed_on", "coalesce(lp.has_evidence, false)"};
}

// The roadmaps that count on day $2 (counted_roadmaps) and each of their occurrences in its
// state (state_sql), cancelled ones left out.
std::string counted_occurrences(const std::string& rm_filter, const std::string& known = {}) {
    auto st = state_sql(known);
    return counted_roadmaps(rm_filter, known) + R"SQL(,
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, )SQL" + st.status + " AS status, " + st.completed_on +
           " AS completed_on, " + st.has_evidence + R"SQL( AS has_evidence,
           lp.evidence_title, lp.evidence_number, lp.evidence_url, i.position, o.seq
    FROM rm
    JOIN roadmap_items i ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind <> 'unscheduled'
    JOIN item_occurrences o ON o.district_id = i.district_id AND o.item_id = i.id)SQL" + st.join + R"SQL(
    WHERE )SQL" + st.status + R"SQL( <> 'cancelled')
)SQL";
}

// The end of what counts for monitoring and documents: the end of day $2, or the instant
// `known` (inclusive) when it is earlier.
std::string cutoff(const std::string& known) {
    return known.empty() ? "($2::date + 1)"
                         : "least($2::date + 1, " + known + "::timestamptz + interval '1 microsecond')";
}

}  // namespace

// Each roadmap owner's counts as of the date in parameter `day` from the valid-time changes
// kept on write (V0008, V0009): its month's totals (filled first: fill_month_totals) where
// they were summed at the district's current version, else every change before the month;
// then the days of its own month. `scope` narrows the rows (by district_id, organization_id);
// `districts` chooses the districts (alias d) it covers. An owner counts while one of its
// roadmaps does. Columns: district_id, organization_id, due, done, on_time, later, unscheduled.
std::string history_at(const std::string& scope, const std::string& districts, const std::string& day) {
    const std::string month = "date_trunc('month', " + day + "::date)::date";
    const std::string cols =
        "district_id, organization_id, roadmaps, occurrences, due, done, done_on_time, unscheduled";
    return R"SQL(
  hv AS MATERIALIZED (
    SELECT d.id AS sid, coalesce(v.version, 0) AS sv,
           EXISTS (SELECT 1 FROM compliance_month_totals t WHERE t.district_id = d.id AND t.month = )SQL" + month +
           R"SQL(
                     AND t.version = coalesce(v.version, 0)) AS kept
    FROM districts d LEFT JOIN district_versions v ON v.district_id = d.id
    WHERE )SQL" + districts + R"SQL(),
  hist AS (
    SELECT x.district_id, x.organization_id, sum(x.due)::int AS due, sum(x.done)::int AS done,
           sum(x.done_on_time)::int AS on_time, (sum(x.occurrences) - sum(x.due))::int AS later,
           sum(x.unscheduled)::int AS unscheduled
    FROM (SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT )SQL" + cols + " FROM compliance_month_totals WHERE " + scope + " AND month = " + month +
           R"SQL( AND district_id = hv.sid AND version = hv.sv) y
          WHERE hv.kept
          UNION ALL
          SELECT )SQL" + cols + " FROM compliance_day_deltas WHERE " + scope + " AND day >= " + month +
           " AND day <= " + day + R"SQL(::date
          UNION ALL
          SELECT y.* FROM hv CROSS JOIN LATERAL (
            SELECT )SQL" + cols + " FROM compliance_day_deltas WHERE " + scope + " AND day < " + month +
           R"SQL( AND district_id = hv.sid) y
          WHERE NOT hv.kept) x
    GROUP BY x.district_id, x.organization_id
    HAVING sum(x.roadmaps) > 0)
)SQL";
}

std::string summary_counts(const std::string& scope) {
    return R"SQL(
  summary AS (
    SELECT district_id, owner_key, organization_id, items_due AS due, items_done AS done,
           items_done_on_time AS on_time, items_due_later AS later, items_unscheduled AS unscheduled
    FROM compliance_summary WHERE has_approved_roadmap AND )SQL" + scope + ")";
}

namespace {
// Fills the totals of $1's month (V0008, compliance_month_totals; a month that has begun) for
// the districts (chosen by `districts`, on $2) that lack them at their current version and
// have changes before it, stamped with that version (V0009: a progress record dated in the
// past changes a closed month; the next version finds these stale and sums them again).
// Read in one statement, so the version and the changes summed are of one snapshot. Once
// there, this finds nothing to do in a few index probes.
std::string fill_sql(const std::string& districts) {
    return R"SQL(
  WITH m AS (SELECT date_trunc('month', $1::date)::date AS month),
  lacking AS (
    SELECT d.id, m.month, coalesce(v.version, 0) AS version FROM districts d CROSS JOIN m
    LEFT JOIN district_versions v ON v.district_id = d.id
    WHERE )SQL" + districts + R"SQL(
      AND m.month <= date_trunc('month', current_date)::date
      AND NOT EXISTS (SELECT 1 FROM compliance_month_totals t WHERE t.district_id = d.id AND t.month = m.month
                        AND t.version = coalesce(v.version, 0))
      AND EXISTS (SELECT 1 FROM compliance_day_deltas x WHERE x.district_id = d.id AND x.day < m.month))
  INSERT INTO compliance_month_totals AS t (district_id, month, owner_key, organization_id, roadmaps, occurrences, due,
                                            done, done_on_time, unscheduled, version)
  SELECT x.district_id, lacking.month, x.owner_key, x.organization_id, sum(x.roadmaps), sum(x.occurrences), sum(x.due),
         sum(x.done), sum(x.done_on_time), sum(x.unscheduled), lacking.version
  FROM lacking JOIN compliance_day_deltas x ON x.district_id = lacking.id AND x.day < lacking.month
  GROUP BY x.district_id, lacking.month, lacking.version, x.owner_key, x.organization_id
  ORDER BY x.district_id, x.owner_key  -- rows locked in key order: concurrent fills never deadlock
  ON CONFLICT (district_id, month, owner_key) DO UPDATE SET
    organization_id = EXCLUDED.organization_id, roadmaps = EXCLUDED.roadmaps, occurrences = EXCLUDED.occurrences,
    due = EXCLUDED.due, done = EXCLUDED.done, done_on_time = EXCLUDED.done_on_time,
    unscheduled = EXCLUDED.unscheduled, version = EXCLUDED.version
  WHERE t.version < EXCLUDED.version
)SQL";
}
const pg::Statement kFillDistrict{"nsk_compliance_fill_month_totals", fill_sql("d.id = $2::uuid")};
const pg::Statement kFillRegion{"nsk_compliance_fill_month_totals_region", fill_sql("d.region_id = $2::uuid")};
const pg::Statement kFillAll{"nsk_compliance_fill_month_totals_all", fill_sql("$2::uuid IS NULL")};
}  // namespace

namespace {
const pg::Statement kDistrictIds{"nsk_history_district_ids",
                                 "SELECT id::text FROM districts WHERE $1::uuid IS NULL OR id = $1::uuid ORDER BY id"};
const pg::Statement kRebuild{"nsk_history_rebuild", "SELECT compliance_history_rebuild($1::uuid)"};
}  // namespace

int rebuild_compliance_history(Database& db, const std::optional<std::string>& only,
                               const std::function<void(int, int)>& progress) {
    std::vector<std::string> ids;
    db.in_global([&](soci::session& sql) {
        auto r = pg::exec(sql, kDistrictIds, {only});
        for (int i = 0; i < r.rows(); ++i) ids.push_back(r.text(i, 0));
    });
    if (only && ids.empty()) throw domain::not_found("The district");
    int done = 0;
    for (const auto& d : ids) {
        db.in_tenant(d, [&](soci::session& sql) { pg::exec(sql, kRebuild, {d}); });
        progress(++done, static_cast<int>(ids.size()));
    }
    return done;
}

void fill_month_totals(soci::session& sql, const domain::Date& day, const std::optional<std::string>& district,
                       const std::optional<std::string>& region) {
    // A replica cannot keep them (persistence/replica_reads.hpp): the reads that follow sum
    // the changes before the month themselves (history_at), and the primary fills them on its
    // own first read of the month.
    if (pg::read_only(sql)) return;
    if (district)
        pg::exec(sql, kFillDistrict, {day.iso(), district});
    else if (region)
        pg::exec(sql, kFillRegion, {day.iso(), region});
    else
        pg::exec(sql, kFillAll, {day.iso(), std::nullopt});
}

namespace {

// The columns of an occurrence detail, from `occ`.
constexpr const char* kDetailColumns =
    " occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number, occ.title,"
    " occ.deadline_text, occ.responsible, occ.starts_on::text, occ.due_on::text, occ.status,"
    " occ.completed_on::text, occ.has_evidence, occ.evidence_title, occ.evidence_number, occ.evidence_url";

// The occurrences of the current, approved roadmaps in `rm` with their current state (what
// is known today: no history walk); the evidence is looked up for done ones only.
constexpr const char* kCurrentOcc = R"SQL(
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, o.status, o.completed_on, o.has_evidence,
           ev.evidence_title, ev.evidence_number, ev.evidence_url, i.position, o.seq
    FROM rm
    JOIN item_occurrences o ON o.district_id = $1::uuid AND o.roadmap_id = rm.id AND o.status <> 'cancelled'
    JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
    LEFT JOIN LATERAL (
      SELECT pr.evidence_title, pr.evidence_number, pr.evidence_url FROM item_progress pr
      WHERE o.status = 'done' AND pr.district_id = o.district_id AND pr.occurrence_id = o.id
      ORDER BY pr.recorded_at DESC, pr.id DESC LIMIT 1) ev ON true
    WHERE )SQL";

// A report's status as it stood at `cut` (cutoff(): the end of day $2, or an earlier
// instant known_at), from its own timestamps.
std::string report_status_then(const std::string& cut) {
    std::string s = R"SQL(
  CASE
    WHEN rep.organization_id IS NULL OR rep.created_at >= CUT THEN 'not_started'
    WHEN rep.first_submitted_at IS NULL OR rep.first_submitted_at >= CUT THEN 'draft'
    WHEN rep.status = 'accepted' AND rep.accepted_at < CUT THEN 'accepted'
    WHEN rep.returned_at < CUT
         AND (rep.submitted_at IS NULL OR rep.submitted_at < rep.returned_at OR rep.submitted_at >= CUT)
      THEN 'returned'
    ELSE 'submitted'
  END)SQL";
    for (std::size_t at; (at = s.find("CUT")) != std::string::npos;) s.replace(at, 3, cut);
    return s;
}

// An active organisation of the district (the organisation rows and the overdue lists keep
// closed ones out).
constexpr const char* kActiveOrg =
    "EXISTS (SELECT 1 FROM organizations org WHERE org.district_id = $1::uuid AND org.id = r.organization_id"
    " AND org.status = 'active')";

// Before a read as of today: how many of the district's rows are from another day (locked
// here, so a progress write that would refresh the same row waits for this transaction, and
// the recomputation below, a later statement, sees every write committed before it — an
// older computation never overwrites a newer one) or missing (roadmaps approved before the
// summary existed). Usually none: then nothing is recomputed.
const Statement kLockStale{"nsk_compliance_lock_stale", R"SQL(
  SELECT (SELECT count(*) FROM (SELECT 1 FROM compliance_summary s
                                WHERE s.district_id = $1::uuid AND (s.valid_until < current_date OR s.as_of > current_date)
                                FOR UPDATE) locked)
       + (SELECT count(*) FROM roadmaps r
          LEFT JOIN compliance_summary s ON s.district_id = $1::uuid AND s.owner_key = coalesce(r.organization_id, $1::uuid)
          WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL AND s.owner_key IS NULL)
)SQL"};

// Rows that are missing or from another day are recomputed (once a day per owner).
const Statement kRefreshStale{"nsk_compliance_refresh", R"SQL(
  SELECT count(refresh_compliance($1::uuid, x.organization_id, current_date)) FROM (
    SELECT r.organization_id FROM roadmaps r
    LEFT JOIN compliance_summary s ON s.district_id = $1::uuid AND s.owner_key = coalesce(r.organization_id, $1::uuid)
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL AND s.owner_key IS NULL
    UNION
    SELECT s.organization_id FROM compliance_summary s
    WHERE s.district_id = $1::uuid AND (s.valid_until < current_date OR s.as_of > current_date)) x
)SQL"};

const Statement kSummary{"nsk_compliance_summary", R"SQL(
  SELECT organization_id::text, items_due, items_done, items_done_on_time, items_due_later, items_unscheduled
  FROM compliance_summary
  WHERE district_id = $1::uuid AND has_approved_roadmap AND ($2::uuid IS NULL OR owner_key = $2::uuid)
)SQL"};

const Statement kHistoryCounts{"nsk_compliance_history_counts", "WITH " +
    history_at("district_id = $1::uuid AND ($3::uuid IS NULL OR organization_id = $3::uuid)", "d.id = $1::uuid", "$2") + R"SQL(
  SELECT organization_id::text, due, done, on_time, later, unscheduled FROM hist
)SQL"};

// The organisations with their documents as they stood at `cut` (cutoff()).
std::string organizations_sql(const std::string& cut) {
    std::string s = R"SQL(
  WITH lastrep AS (
    SELECT DISTINCT ON (rep.organization_id) rep.organization_id, rep."values"
    FROM monitoring_reports rep
    WHERE rep.district_id = $1::uuid AND rep.status IN ('submitted', 'accepted')
      AND rep.first_submitted_at < CUT AND ($3::uuid IS NULL OR rep.organization_id = $3::uuid)
    ORDER BY rep.organization_id, rep.submitted_at DESC)
  SELECT org.id::text, org.name, org.short_name, org.type,
    CASE jsonb_typeof(lr."values"->'has_order') WHEN 'boolean' THEN (lr."values"->>'has_order')::boolean END,
    CASE jsonb_typeof(lr."values"->'has_regulation') WHEN 'boolean' THEN (lr."values"->>'has_regulation')::boolean END,
    CASE jsonb_typeof(lr."values"->'has_program') WHEN 'boolean' THEN (lr."values"->>'has_program')::boolean END,
    CASE jsonb_typeof(lr."values"->'has_site_page') WHEN 'boolean' THEN (lr."values"->>'has_site_page')::boolean END,
    EXISTS (SELECT 1 FROM roadmaps r WHERE r.district_id = $1::uuid AND r.organization_id = org.id
              AND r.status = 'approved' AND r.approved_at < CUT),
    EXISTS (SELECT 1 FROM users u WHERE u.district_id = $1::uuid AND u.organization_id = org.id
              AND u.role = 'org_curator' AND u.status = 'active' AND u.created_at < CUT)
  FROM organizations org
  LEFT JOIN lastrep lr ON lr.organization_id = org.id
  WHERE org.district_id = $1::uuid AND org.status = 'active' AND ($3::uuid IS NULL OR org.id = $3::uuid)
  ORDER BY org.name, org.id
)SQL";
    for (std::size_t at; (at = s.find("CUT")) != std::string::npos;) s.replace(at, 3, cut);
    return s;
}
const Statement kOrganizations{"nsk_compliance_organizations", organizations_sql(cutoff({}))};
const Statement kOrganizationsKnown{"nsk_compliance_organizations_known", organizations_sql(cutoff("$4"))};

// Each organisation's report per campaign, its status as it stood at `cut` (cutoff()).
std::string monitoring_sql(const std::string& cut) {
    return std::string(R"SQL(
  SELECT x.organization_id, x.id, x.title, x.due_date, x.status_then,
         CASE WHEN x.status_then IN ('submitted', 'accepted') THEN x.first_submitted_at::date <= x.due END
  FROM (SELECT co.organization_id::text AS organization_id, c.id::text AS id, c.title, c.due_date::text AS due_date,
               c.due_date AS due, c.reporting_date, rep.first_submitted_at, )SQL") + report_status_then(cut) + R"SQL( AS status_then
        FROM monitoring_campaigns c
        JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
        LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                        AND rep.organization_id = co.organization_id
        WHERE c.district_id = $1::uuid AND c.reporting_date <= $2::date
          AND ($3::uuid IS NULL OR co.organization_id = $3::uuid)) x
  ORDER BY x.reporting_date, x.id
)SQL";
}
const Statement kMonitoringStates{"nsk_compliance_monitoring", monitoring_sql(cutoff({}))};
const Statement kMonitoringStatesKnown{"nsk_compliance_monitoring_known", monitoring_sql(cutoff("$4"))};

// One organisation's occurrences: as of today from the current state, else from the history.
const Statement kOrgOccurrencesToday{"nsk_compliance_org_today", std::string(R"SQL(
  WITH rm AS (SELECT r.id, r.organization_id FROM roadmaps r
              WHERE r.district_id = $1::uuid AND r.organization_id = $3::uuid AND r.status = 'approved'
                AND r.superseded_by IS NULL AND $2::date IS NOT NULL AND )SQL") + kActiveOrg + "),"
    + kCurrentOcc + "true\n  )\n  SELECT" + kDetailColumns + " FROM occ ORDER BY occ.due_on, occ.position, occ.seq"};

const Statement kOrgOccurrencesPast{"nsk_compliance_org_past", "WITH " +
    counted_occurrences(std::string("r.organization_id = $3::uuid AND ") + kActiveOrg) +
    " SELECT" + kDetailColumns + " FROM occ ORDER BY occ.due_on, occ.position, occ.seq"};
// The same as known at the instant $4.
const Statement kOrgOccurrencesKnown{"nsk_compliance_org_known", "WITH " +
    counted_occurrences(std::string("r.organization_id = $3::uuid AND ") + kActiveOrg, "$4") +
    " SELECT" + kDetailColumns + " FROM occ ORDER BY occ.due_on, occ.position, occ.seq"};

// Each owner's counts on day $2 as known at the instant $4 (every owner with a roadmap that
// counts then; $3: one organisation's alone), from the records that existed then: the
// columns of kHistoryCounts.
const Statement kKnownCounts{"nsk_compliance_known_counts", "WITH " +
    counted_occurrences("($3::uuid IS NULL OR r.organization_id = $3::uuid)", "$4") + R"SQL(
  SELECT rm.organization_id::text,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on <= $2::date)::int,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on <= $2::date AND occ.status = 'done' AND occ.has_evidence
                                         AND occ.completed_on <= $2::date)::int,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on <= $2::date AND occ.status = 'done' AND occ.has_evidence
                                         AND occ.completed_on <= occ.due_on)::int,
         count(occ.roadmap_id) FILTER (WHERE occ.due_on > $2::date)::int,
         (SELECT count(*) FROM roadmap_items i JOIN rm r2 ON r2.id = i.roadmap_id
           WHERE i.district_id = $1::uuid AND i.schedule_kind = 'unscheduled'
             AND r2.organization_id IS NOT DISTINCT FROM rm.organization_id)::int
  FROM rm LEFT JOIN occ ON occ.roadmap_id = rm.id
  GROUP BY rm.organization_id
)SQL"};

// The oldest overdue occurrences of the district's own roadmap ($3 true) or of its active
// organisations' roadmaps, at most $4. As of today, from the occurrences' current state.
constexpr const char* kOverdueOwner =
    "CASE WHEN $3::boolean THEN r.organization_id IS NULL ELSE r.organization_id IS NOT NULL AND ";

// Today's candidates are taken in due-date order (with every tie of the last one) before
// the items are joined, so only about `limit` occurrences are looked up. A done
// occurrence's completion date is never in the future, so "done with evidence" is done by now.
const Statement kOverdueToday{"nsk_compliance_overdue_today", std::string(R"SQL(
  WITH rm AS MATERIALIZED (
    SELECT r.id, r.organization_id FROM roadmaps r
    WHERE r.district_id = $1::uuid AND r.status = 'approved' AND r.superseded_by IS NULL
      AND )SQL") + kOverdueOwner + kActiveOrg + R"SQL( END),
  cand AS (
    SELECT o.* FROM item_occurrences o
    WHERE o.district_id = $1::uuid AND o.due_on <= $2::date AND o.status <> 'cancelled'
      AND NOT (o.status = 'done' AND o.has_evidence) AND o.roadmap_id IN (SELECT id FROM rm)
    ORDER BY o.due_on FETCH FIRST ($4::int) ROWS WITH TIES)
  SELECT rm.organization_id::text, rm.id::text, i.id::text, i.number, i.title, i.deadline_text, i.responsible,
         o.starts_on::text, o.due_on::text, o.status, o.completed_on::text, o.has_evidence,
         NULL::text, NULL::text, NULL::text
  FROM cand o JOIN rm ON rm.id = o.roadmap_id
  JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id AND i.schedule_kind <> 'unscheduled'
  ORDER BY o.due_on, rm.organization_id NULLS FIRST, i.position, o.seq
  LIMIT $4::int
)SQL"};

// A past date's overdue occurrences are looked for in due order, a batch at a time (the
// overdue ones are usually among the first due): the next $6 occurrences of the counting
// roadmaps (the district's own, $3 true, or its active organisations') due by $2 after
// (due_on, id) = ($4, $5), each in its state (state_sql: its current one, or as known at
// `known`), with kDetailColumns then its id, its item's position, its seq, and whether it was
// overdue on $2.
std::string overdue_batch_sql(const std::string& known) {
    auto st = state_sql(known);
    return "WITH " + counted_roadmaps(std::string(kOverdueOwner) + kActiveOrg + " END", known) + R"SQL(,
  cand AS (
    SELECT o.* FROM item_occurrences o
    WHERE o.district_id = $1::uuid AND o.due_on <= $2::date AND (o.due_on, o.id) > ($4::date, $5::uuid)
      AND o.roadmap_id IN (SELECT id FROM rm)
    ORDER BY o.due_on, o.id LIMIT $6::int),
  occ AS (
    SELECT rm.organization_id, rm.id AS roadmap_id, i.id AS item_id, i.number, i.title, i.deadline_text,
           i.responsible, o.starts_on, o.due_on, )SQL" + st.status + " AS status, " + st.completed_on +
           " AS completed_on, " + st.has_evidence + R"SQL( AS has_evidence,
           lp.evidence_title, lp.evidence_number, lp.evidence_url,
           o.id, i.position, o.seq, i.schedule_kind
    FROM cand o JOIN rm ON rm.id = o.roadmap_id
    JOIN roadmap_items i ON i.district_id = $1::uuid AND i.id = o.item_id)SQL" + st.join + R"SQL()
  SELECT)SQL" + kDetailColumns + R"SQL(, occ.id::text, occ.position, occ.seq,
         occ.schedule_kind <> 'unscheduled' AND occ.status <> 'cancelled'
           AND NOT (occ.status = 'done' AND occ.has_evidence AND occ.completed_on <= $2::date)
  FROM occ ORDER BY occ.due_on, occ.id
)SQL";
}
const Statement kOverduePastBatch{"nsk_compliance_overdue_past", overdue_batch_sql({})};
const Statement kOverdueKnownBatch{"nsk_compliance_overdue_known", overdue_batch_sql("$7")};

// Each campaign's completeness per organisation type as it stood at `cut` (cutoff()).
std::string completeness_sql(const std::string& cut) {
    return std::string(R"SQL(
  SELECT x.id, x.title, x.due_date, x.type,
         count(*)::int,
         count(*) FILTER (WHERE x.status_then IN ('submitted', 'accepted'))::int,
         count(*) FILTER (WHERE x.status_then IN ('submitted', 'accepted') AND x.first_submitted_at::date <= x.due)::int
  FROM (SELECT c.id::text AS id, c.title, c.due_date::text AS due_date, c.due_date AS due, c.reporting_date,
               org.type, rep.first_submitted_at, )SQL") + report_status_then(cut) + R"SQL( AS status_then
        FROM monitoring_campaigns c
        JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
        JOIN organizations org ON org.district_id = co.district_id AND org.id = co.organization_id AND org.status = 'active'
        LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                        AND rep.organization_id = co.organization_id
        WHERE c.district_id = $1::uuid AND c.reporting_date <= $2::date) x
  GROUP BY x.id, x.title, x.due_date, x.due, x.reporting_date, x.type
  ORDER BY x.reporting_date, x.id, x.type
)SQL";
}
const Statement kCompleteness{"nsk_compliance_completeness", completeness_sql(cutoff({}))};
const Statement kCompletenessKnown{"nsk_compliance_completeness_known", completeness_sql(cutoff("$3"))};

const Statement kRegionStale{"nsk_compliance_region_stale", R"SQL(
  SELECT DISTINCT s.district_id::text FROM compliance_summary s JOIN districts d ON d.id = s.district_id
  WHERE d.region_id = $1::uuid AND (s.valid_until < current_date OR s.as_of > current_date)
)SQL"};

// A region's districts, one row each, with the region route's rules: active organisations,
// fully compliant ones (something due and all of it done), the counts summed, organisations
// with counts (an approved roadmap). `with` ends in a CTE `cnt` of organisations' counts
// (history_at's columns).
std::string region_rows(const std::string& with) {
    return "WITH " + with + R"SQL(
  SELECT d.id::text, d.name, d.code,
         (SELECT count(*) FROM organizations o WHERE o.district_id = d.id AND o.status = 'active')::int,
         (count(h.organization_id) FILTER (WHERE h.due > 0 AND h.done = h.due))::int,
         coalesce(sum(h.due), 0)::int, coalesce(sum(h.done), 0)::int, coalesce(sum(h.on_time), 0)::int,
         coalesce(sum(h.later), 0)::int, coalesce(sum(h.unscheduled), 0)::int, count(h.organization_id)::int
  FROM districts d
  LEFT JOIN cnt h ON h.district_id = d.id
       AND EXISTS (SELECT 1 FROM organizations o WHERE o.district_id = h.district_id
                     AND o.id = h.organization_id AND o.status = 'active')
  WHERE d.region_id = $1::uuid
  GROUP BY d.id, d.name, d.code
  ORDER BY d.name, d.id
)SQL";
}

constexpr const char* kRegionScope =
    "district_id IN (SELECT id FROM districts WHERE region_id = $1::uuid) AND organization_id IS NOT NULL";

// As of today from the summaries; as of a past date ($2) from the changes (V0008).
const Statement kRegionToday{"nsk_compliance_region_today",
                             region_rows(summary_counts(kRegionScope) + ",\n  cnt AS (SELECT * FROM summary)")};
const Statement kRegionPast{"nsk_compliance_region_past",
                            region_rows(history_at(kRegionScope, "d.region_id = $1::uuid", "$2") + ",\n  cnt AS (SELECT * FROM hist)")};

const Statement kVersion{"nsk_district_version",
                         "SELECT coalesce((SELECT version FROM district_versions WHERE district_id = $1::uuid), 0)"};

// A region's key: a digest of every one of its districts' versions (any change to any of
// them, a district added or moved, changes it).
// Each district's version by its key (a look-up per district: the region's few dozen, not a
// scan of every district's row through the policy).
const Statement kRegionVersion{"nsk_region_version", R"SQL(
  SELECT ('x' || substr(md5(coalesce(string_agg(d.id::text || ':' ||
           coalesce((SELECT v.version FROM district_versions v WHERE v.district_id = d.id), 0), ',' ORDER BY d.id),
         '')), 1, 15))::bit(60)::bigint
  FROM districts d
  WHERE d.region_id = $1::uuid
)SQL"};

// The occurrence of kDetailColumns in row i, from column `f` on.
domain::OccurrenceDetail detail_at(const pg::Result& r, int i, int f, const domain::Date& as_of) {
    domain::OccurrenceDetail x;
    x.organization_id = r.opt_text(i, f);
    x.roadmap_id = r.text(i, f + 1);
    x.item_id = r.text(i, f + 2);
    x.number = r.text(i, f + 3);
    x.title = r.text(i, f + 4);
    x.deadline_text = r.text(i, f + 5);
    x.responsible = r.text(i, f + 6);
    x.window = {domain::Date::parse_iso(r.text(i, f + 7)).value_or(domain::Date{}),
                domain::Date::parse_iso(r.text(i, f + 8)).value_or(domain::Date{})};
    x.status = r.text(i, f + 9);
    x.completed_on = r.opt_text(i, f + 10);
    x.evidence_title = r.opt_text(i, f + 12);
    x.evidence_number = r.opt_text(i, f + 13);
    x.evidence_url = r.opt_text(i, f + 14);
    std::optional<domain::Date> completed;
    if (x.completed_on) completed = domain::Date::parse_iso(*x.completed_on);
    x.state = domain::occurrence_state(x.window, x.status == "done" && r.boolean(i, f + 11), completed, as_of);
    return x;
}

std::vector<domain::OccurrenceDetail> details_from(const pg::Result& r, const domain::Date& as_of) {
    std::vector<domain::OccurrenceDetail> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) out.push_back(detail_at(r, i, 0, as_of));
    return out;
}

pg::Param param(const std::optional<std::string>& v) { return v; }

// A region's rows: the district (id, name, code), then its roll-up (rollup_at).
std::vector<domain::DistrictRow> district_rows(const pg::Result& r) {
    std::vector<domain::DistrictRow> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        domain::DistrictRow row;
        row.district_id = r.text(i, 0);
        row.name = r.text(i, 1);
        row.code = r.text(i, 2);
        rollup_at(row, r, i, 3);
        out.push_back(std::move(row));
    }
    return out;
}

}  // namespace

void refresh_stale(soci::session& sql, const std::string& d) {
    if (pg::exec(sql, kLockStale, {d}).int64(0, 0) > 0) pg::exec(sql, kRefreshStale, {d});
}

std::map<std::optional<std::string>, domain::ComplianceCounts> SociComplianceRepository::counts(
    const std::string& d, const domain::Date& as_of, bool today, const std::optional<std::string>& only,
    const std::optional<std::string>& known_at) {
    std::map<std::optional<std::string>, domain::ComplianceCounts> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        pg::Result r;
        if (known_at) {
            r = pg::exec(sql, kKnownCounts, {d, t, param(only), known_at});
        } else if (today) {
            refresh_stale(sql, d);
            r = pg::exec(sql, kSummary, {d, param(only)});
        } else {
            fill_month_totals(sql, as_of, d, std::nullopt);
            r = pg::exec(sql, kHistoryCounts, {d, t, param(only)});
        }
        for (int i = 0; i < r.rows(); ++i) out[r.opt_text(i, 0)] = counts_at(r, i, 1);
    });
    return out;
}

std::vector<domain::OrganizationCompliance> SociComplianceRepository::organizations(
    const std::string& d, const domain::Date& as_of, const std::optional<std::string>& only,
    const std::optional<std::string>& known_at) {
    std::vector<domain::OrganizationCompliance> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, std::size_t> index;
        auto r = known_at ? pg::exec(sql, kOrganizationsKnown, {d, t, param(only), known_at})
                          : pg::exec(sql, kOrganizations, {d, t, param(only)});
        out.reserve(static_cast<std::size_t>(r.rows()));
        for (int i = 0; i < r.rows(); ++i) {
            domain::OrganizationCompliance o;
            o.organization_id = r.text(i, 0);
            o.name = r.text(i, 1);
            o.short_name = r.opt_text(i, 2);
            o.type = r.text(i, 3);
            o.documents.order = r.opt_boolean(i, 4);
            o.documents.regulation = r.opt_boolean(i, 5);
            o.documents.program = r.opt_boolean(i, 6);
            o.documents.site_page = r.opt_boolean(i, 7);
            o.documents.approved_roadmap = r.boolean(i, 8);
            o.documents.curator_appointed = r.boolean(i, 9);
            index[o.organization_id] = out.size();
            out.push_back(std::move(o));
        }
        auto m = known_at ? pg::exec(sql, kMonitoringStatesKnown, {d, t, param(only), known_at})
                          : pg::exec(sql, kMonitoringStates, {d, t, param(only)});
        for (int i = 0; i < m.rows(); ++i) {
            auto it = index.find(m.text(i, 0));
            if (it == index.end()) continue;
            out[it->second].monitoring.push_back(
                {m.text(i, 1), m.text(i, 2), m.text(i, 3), m.text(i, 4), m.opt_boolean(i, 5)});
        }
    });
    return out;
}

std::vector<domain::OccurrenceDetail> SociComplianceRepository::occurrences(const std::string& d,
                                                                            const domain::Date& as_of,
                                                                            const std::string& organization_id,
                                                                            const std::optional<std::string>& known_at) {
    std::vector<domain::OccurrenceDetail> out;
    std::string t = as_of.iso();
    bool today = as_of == domain::Date::today_utc() && !known_at;
    db_.in_tenant(d, [&](soci::session& sql) {
        if (known_at)
            out = details_from(pg::exec(sql, kOrgOccurrencesKnown, {d, t, organization_id, known_at}), as_of);
        else
            out = details_from(pg::exec(sql, today ? kOrgOccurrencesToday : kOrgOccurrencesPast, {d, t, organization_id}),
                               as_of);
    });
    return out;
}

std::vector<domain::OccurrenceDetail> SociComplianceRepository::overdue(const std::string& d,
                                                                        const domain::Date& as_of,
                                                                        bool district_owner, int limit,
                                                                        const std::optional<std::string>& known_at) {
    std::vector<domain::OccurrenceDetail> out;
    bool today = as_of == domain::Date::today_utc() && !known_at;
    std::string owner = district_owner ? "true" : "false";
    db_.in_tenant(d, [&](soci::session& sql) {
        if (today) {
            out = details_from(pg::exec(sql, kOverdueToday, {d, as_of.iso(), owner, std::to_string(limit)}), as_of);
            return;
        }
        // Batches in due order until `limit` overdue ones are found and every other one due the
        // same day as the last of them; then in list order (due, organisation, item, seq).
        struct Found {
            domain::OccurrenceDetail detail;
            int position, seq;
        };
        std::vector<Found> found;
        std::optional<domain::Date> cutoff;
        pg::Param after_due = std::string("-infinity"), after_id = std::string("00000000-0000-0000-0000-000000000000");
        const int batch = std::max(4 * limit, 100);
        for (bool more = true; more;) {
            auto r = known_at ? pg::exec(sql, kOverdueKnownBatch,
                                         {d, as_of.iso(), owner, after_due, after_id, std::to_string(batch), known_at})
                              : pg::exec(sql, kOverduePastBatch,
                                         {d, as_of.iso(), owner, after_due, after_id, std::to_string(batch)});
            more = r.rows() == batch;
            for (int i = 0; i < r.rows(); ++i) {
                auto due = domain::Date::parse_iso(r.text(i, 8)).value_or(domain::Date{});
                if (cutoff && *cutoff < due) {
                    more = false;
                    break;
                }
                after_due = r.text(i, 8);
                after_id = r.text(i, 15);
                if (!r.boolean(i, 18)) continue;
                found.push_back({detail_at(r, i, 0, as_of), r.integer(i, 16), r.integer(i, 17)});
                if (!cutoff && static_cast<int>(found.size()) == limit) cutoff = due;
            }
        }
        std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
            auto key = [](const Found& f) {
                return std::make_tuple(f.detail.window.end, f.detail.organization_id.has_value(),
                                       f.detail.organization_id.value_or(""), f.position, f.seq);
            };
            return key(a) < key(b);
        });
        if (static_cast<int>(found.size()) > limit) found.resize(static_cast<std::size_t>(limit));
        out.reserve(found.size());
        for (auto& f : found) out.push_back(std::move(f.detail));
    });
    return out;
}

std::vector<domain::CampaignCompleteness> SociComplianceRepository::completeness(
    const std::string& d, const domain::Date& as_of, const std::optional<std::string>& known_at) {
    std::vector<domain::CampaignCompleteness> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, std::size_t> index;
        auto r = known_at ? pg::exec(sql, kCompletenessKnown, {d, t, known_at}) : pg::exec(sql, kCompleteness, {d, t});
        for (int i = 0; i < r.rows(); ++i) {
            auto id = r.text(i, 0);
            auto [it, fresh] = index.emplace(id, out.size());
            if (fresh) {
                domain::CampaignCompleteness c;
                c.campaign_id = id;
                c.title = r.text(i, 1);
                c.due_date = r.text(i, 2);
                out.push_back(std::move(c));
            }
            auto& c = out[it->second];
            int expected = r.integer(i, 4), submitted = r.integer(i, 5), on_time = r.integer(i, 6);
            c.expected += expected;
            c.submitted += submitted;
            c.on_time += on_time;
            c.by_type[r.text(i, 3)] = {expected, submitted, on_time};
        }
        for (auto& c : out) {
            c.late = c.submitted - c.on_time;
            c.missing = c.expected - c.submitted;
        }
    });
    return out;
}

long long SociComplianceRepository::version(const std::string& d) {
    return db_.read(&d, nullptr, kVersion, {d}).int64(0, 0);  // one round trip
}

long long SociComplianceRepository::region_version(const std::string& region_id) {
    return db_.read(nullptr, &region_id, kRegionVersion, {region_id}).int64(0, 0);
}

namespace {
const Statement kRegionDistricts{"nsk_compliance_region_districts",
                                 "SELECT id::text, name, code FROM districts WHERE region_id = $1::uuid ORDER BY name, id"};
const Statement kActiveOrganizations{"nsk_compliance_active_organizations",
                                     "SELECT id::text FROM organizations WHERE district_id = $1::uuid AND status = 'active'"};
}  // namespace

domain::DistrictRow known_district_row(Transactions& db, const std::string& d, const domain::Date& as_of,
                                       const std::string& known_at) {
    domain::DistrictRow row;
    row.district_id = d;
    db.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, domain::ComplianceCounts> counts;
        auto r = pg::exec(sql, kKnownCounts, {d, as_of.iso(), std::nullopt, known_at});
        for (int i = 0; i < r.rows(); ++i)
            if (auto org = r.opt_text(i, 0)) counts[*org] = counts_at(r, i, 1);
        auto orgs = pg::exec(sql, kActiveOrganizations, {d});
        row.organizations = orgs.rows();
        int with_roadmap = 0;
        for (int i = 0; i < orgs.rows(); ++i) {
            auto it = counts.find(orgs.text(i, 0));
            if (it == counts.end()) continue;
            ++with_roadmap;
            row.counts += it->second;
            if (it->second.due > 0 && it->second.done == it->second.due) ++row.fully_compliant;
        }
        row.without_approved_roadmap = row.organizations - with_roadmap;
    });
    return row;
}

std::vector<domain::DistrictRow> SociComplianceRepository::region(const std::string& region_id,
                                                                  const domain::Date& as_of, bool today,
                                                                  const std::optional<std::string>& known_at) {
    std::vector<domain::DistrictRow> out;
    if (known_at) {
        // As known at an instant: each district from its own records, in its own scope (a
        // region scope reads no roadmap or progress record).
        db_.in_region(region_id, [&](soci::session& sql) {
            auto r = pg::exec(sql, kRegionDistricts, {region_id});
            for (int i = 0; i < r.rows(); ++i) {
                domain::DistrictRow row;
                row.district_id = r.text(i, 0);
                row.name = r.text(i, 1);
                row.code = r.text(i, 2);
                out.push_back(std::move(row));
            }
        });
        for (auto& row : out) {
            auto known = known_district_row(db_, row.district_id, as_of, *known_at);
            known.name = std::move(row.name);
            known.code = std::move(row.code);
            row = std::move(known);
        }
        return out;
    }
    if (today) {
        // Districts whose rows are from an earlier day are brought up to date first (once a day).
        std::vector<std::string> stale;
        db_.in_region(region_id, [&](soci::session& sql) {
            auto r = pg::exec(sql, kRegionStale, {region_id});
            for (int i = 0; i < r.rows(); ++i) stale.push_back(r.text(i, 0));
        });
        for (auto& d : stale) db_.in_tenant(d, [&](soci::session& sql) { refresh_stale(sql, d); });
        // One statement over the region's aggregates.
        db_.in_region(region_id, [&](soci::session& sql) { out = district_rows(pg::exec(sql, kRegionToday, {region_id})); });
        return out;
    }
    // A past date: one statement over the region's valid-time changes (V0008, V0009).
    db_.in_region(region_id, [&](soci::session& sql) {
        fill_month_totals(sql, as_of, std::nullopt, region_id);
        out = district_rows(pg::exec(sql, kRegionPast, {region_id, as_of.iso()}));
    });
    return out;
}

}  // namespace persistence
