#include "persistence/soci_compliance_repository.hpp"

#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

// The roadmaps that count on day :t — approved by then and not yet replaced by a newer
// version approved by then — and the state of each occurrence as it was known that day
// (the latest progress record made before the day ended).
constexpr const char* kKnownOccurrences = R"SQL(
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
)SQL";

// A report's status as it stood at the end of day :t (from its own timestamps).
constexpr const char* kReportStatusThen = R"SQL(
  CASE
    WHEN rep.organization_id IS NULL OR rep.created_at >= (cast(:t2 as date) + 1) THEN 'not_started'
    WHEN rep.first_submitted_at IS NULL OR rep.first_submitted_at >= (cast(:t3 as date) + 1) THEN 'draft'
    WHEN rep.status = 'accepted' AND rep.accepted_at < (cast(:t4 as date) + 1) THEN 'accepted'
    WHEN rep.returned_at < (cast(:t5 as date) + 1)
         AND (rep.submitted_at IS NULL OR rep.submitted_at < rep.returned_at OR rep.submitted_at >= (cast(:t6 as date) + 1))
      THEN 'returned'
    ELSE 'submitted'
  END)SQL";

// The same columns from the current state (as of today): the occurrences' own status,
// without walking the progress history; the evidence is looked up for done ones only.
constexpr const char* kCurrentOccurrences = R"SQL(
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
)SQL";

domain::ComplianceCounts counts_from(const soci::row& r, std::size_t from) {
    domain::ComplianceCounts c;
    c.due = r.get<int>(from);
    c.done = r.get<int>(from + 1);
    c.done_on_time = r.get<int>(from + 2);
    c.due_later = r.get<int>(from + 3);
    c.unscheduled = r.get<int>(from + 4);
    return c;
}

std::optional<bool> opt_bool(const soci::row& r, std::size_t i) {
    if (r.get_indicator(i) == soci::i_null) return std::nullopt;
    return r.get<int>(i) != 0;
}

// Recomputes the summary rows of `district` that are missing or from an earlier day.
void refresh_stale(soci::session& sql, const std::string& d) {
    sql << "select count(refresh_compliance(cast(:d as uuid), x.organization_id, current_date)) from ("
           " select distinct r.organization_id from roadmaps r where r.district_id = cast(:d2 as uuid)"
           " and r.status = 'approved' and r.superseded_by is null) x"
           " left join compliance_summary s on s.district_id = cast(:d3 as uuid)"
           " and s.owner_key = coalesce(x.organization_id, cast(:d4 as uuid))"
           " where s.owner_key is null or s.valid_until < current_date or s.as_of > current_date",
        soci::use(d), soci::use(d), soci::use(d), soci::use(d);
    sql << "select count(refresh_compliance(s.district_id, s.organization_id, current_date)) from compliance_summary s"
           " where s.district_id = cast(:d as uuid) and (s.valid_until < current_date or s.as_of > current_date)",
        soci::use(d);
}

std::map<std::optional<std::string>, domain::ComplianceCounts> computed_counts(soci::session& sql, const std::string& d,
                                                                               const std::string& t) {
    std::map<std::optional<std::string>, domain::ComplianceCounts> out;
    soci::rowset<soci::row> rs =
        (sql.prepare << std::string("WITH p AS (SELECT cast(:d as uuid) d, cast(:t as date) t, cast(NULL as uuid) o),") +
                            kKnownOccurrences +
                            ", unsched AS (SELECT rm.organization_id, count(*)::int n FROM rm JOIN roadmap_items i"
                            "  ON i.district_id = rm.district_id AND i.roadmap_id = rm.id AND i.schedule_kind = 'unscheduled'"
                            "  GROUP BY rm.organization_id),"
                            " agg AS (SELECT occ.organization_id,"
                            "  count(*) FILTER (WHERE due_on <= p.t)::int due,"
                            "  count(*) FILTER (WHERE due_on <= p.t AND status = 'done' AND has_evidence AND completed_on <= p.t)::int done,"
                            "  count(*) FILTER (WHERE due_on <= p.t AND status = 'done' AND has_evidence AND completed_on <= due_on)::int on_time,"
                            "  count(*) FILTER (WHERE due_on > p.t)::int later"
                            "  FROM occ, p GROUP BY occ.organization_id),"
                            " owners AS (SELECT DISTINCT organization_id FROM rm)"
                            " SELECT owners.organization_id::text, coalesce(agg.due, 0), coalesce(agg.done, 0),"
                            " coalesce(agg.on_time, 0), coalesce(agg.later, 0), coalesce(unsched.n, 0)"
                            " FROM owners LEFT JOIN agg ON agg.organization_id IS NOT DISTINCT FROM owners.organization_id"
                            " LEFT JOIN unsched ON unsched.organization_id IS NOT DISTINCT FROM owners.organization_id",
         soci::use(d), soci::use(t));
    for (auto& r : rs) out[opt_text(r, 0)] = counts_from(r, 1);
    return out;
}

}  // namespace

std::map<std::optional<std::string>, domain::ComplianceCounts> SociComplianceRepository::counts(
    const std::string& d, const domain::Date& as_of, bool today) {
    std::map<std::optional<std::string>, domain::ComplianceCounts> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        if (!today) {
            out = computed_counts(sql, d, t);
            return;
        }
        refresh_stale(sql, d);
        soci::rowset<soci::row> rs =
            (sql.prepare << "select organization_id::text, items_due, items_done, items_done_on_time, items_due_later,"
                            " items_unscheduled from compliance_summary where district_id = cast(:d as uuid)"
                            " and has_approved_roadmap",
             soci::use(d));
        for (auto& r : rs) out[opt_text(r, 0)] = counts_from(r, 1);
    });
    return out;
}

std::vector<domain::OrganizationCompliance> SociComplianceRepository::organizations(
    const std::string& d, const domain::Date& as_of, const std::optional<std::string>& only) {
    std::vector<domain::OrganizationCompliance> out;
    std::string t = as_of.iso();
    NullableText one_org(only);
    db_.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, std::size_t> index;
        soci::rowset<soci::row> rs =
            (sql.prepare << R"SQL(
              WITH p AS (SELECT cast(:d as uuid) d, cast(:t as date) t, cast(:o as uuid) o),
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
              ORDER BY org.name, org.id
            )SQL",
             soci::use(d), soci::use(t), soci::use(one_org.value, one_org.ind));
        for (auto& r : rs) {
            domain::OrganizationCompliance o;
            o.organization_id = r.get<std::string>(0);
            o.name = r.get<std::string>(1);
            o.short_name = opt_text(r, 2);
            o.type = r.get<std::string>(3);
            o.documents.order = opt_bool(r, 4);
            o.documents.regulation = opt_bool(r, 5);
            o.documents.program = opt_bool(r, 6);
            o.documents.site_page = opt_bool(r, 7);
            o.documents.approved_roadmap = r.get<int>(8) != 0;
            o.documents.curator_appointed = r.get<int>(9) != 0;
            index[o.organization_id] = out.size();
            out.push_back(std::move(o));
        }
        soci::rowset<soci::row> ms =
            (sql.prepare << R"SQL(
              SELECT x.organization_id, x.id, x.title, x.due_date, x.status_then,
                     CASE WHEN x.status_then IN ('submitted', 'accepted') THEN (x.first_submitted_at::date <= x.due::date)::int END
              FROM (SELECT co.organization_id::text AS organization_id, c.id::text AS id, c.title, c.due_date::text AS due_date,
                           c.due_date AS due, c.reporting_date, rep.first_submitted_at, )SQL" + std::string(kReportStatusThen) + R"SQL( AS status_then
              FROM monitoring_campaigns c
              JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
              LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                              AND rep.organization_id = co.organization_id
              WHERE c.district_id = cast(:d as uuid) AND c.reporting_date <= cast(:t as date)) x
              ORDER BY x.reporting_date, x.id
            )SQL",
             soci::use(t), soci::use(t), soci::use(t), soci::use(t), soci::use(t), soci::use(d), soci::use(t));
        for (auto& r : ms) {
            auto it = index.find(r.get<std::string>(0));
            if (it == index.end()) continue;
            domain::MonitoringState m{r.get<std::string>(1), r.get<std::string>(2), r.get<std::string>(3),
                                      r.get<std::string>(4), opt_bool(r, 5)};
            out[it->second].monitoring.push_back(std::move(m));
        }
    });
    return out;
}

std::vector<domain::OccurrenceDetail> SociComplianceRepository::occurrences(const std::string& d,
                                                                            const domain::Date& as_of,
                                                                            const std::optional<std::string>& owner_org,
                                                                            bool district_owner, bool overdue_only) {
    std::vector<domain::OccurrenceDetail> out;
    std::string t = as_of.iso();
    NullableText org(owner_org);
    int dist = district_owner ? 1 : 0, od = overdue_only ? 1 : 0;
    db_.in_tenant(d, [&](soci::session& sql) {
        soci::rowset<soci::row> rs =
            (sql.prepare << std::string("WITH p AS (SELECT cast(:d as uuid) d, cast(:t as date) t, cast(:po as uuid) o),") +
                                (as_of == domain::Date::today_utc() ? kCurrentOccurrences : kKnownOccurrences) +
                                " SELECT occ.organization_id::text, occ.roadmap_id::text, occ.item_id::text, occ.number,"
                                " occ.title, occ.deadline_text, occ.responsible, occ.starts_on::text, occ.due_on::text,"
                                " occ.status, occ.completed_on::text, occ.has_evidence::int, occ.evidence_title,"
                                " occ.evidence_number, occ.evidence_url FROM occ, p"
                                " WHERE (cast(:o as uuid) IS NULL OR occ.organization_id = cast(:o2 as uuid))"
                                " AND (occ.organization_id IS NULL OR EXISTS (SELECT 1 FROM organizations org"
                                "      WHERE org.district_id = p.d AND org.id = occ.organization_id AND org.status = 'active'))"
                                " AND (:dist = 0 OR occ.organization_id IS NULL)"
                                " AND (:od = 0 OR (occ.due_on <= p.t AND NOT (occ.status = 'done' AND occ.has_evidence"
                                "      AND occ.completed_on <= p.t)))"
                                " ORDER BY occ.due_on, occ.organization_id NULLS FIRST, occ.position, occ.seq",
             soci::use(d), soci::use(t), soci::use(org.value, org.ind), soci::use(org.value, org.ind),
             soci::use(org.value, org.ind), soci::use(dist), soci::use(od));
        for (auto& r : rs) {
            domain::OccurrenceDetail x;
            x.organization_id = opt_text(r, 0);
            x.roadmap_id = r.get<std::string>(1);
            x.item_id = r.get<std::string>(2);
            x.number = r.get<std::string>(3);
            x.title = r.get<std::string>(4);
            x.deadline_text = r.get<std::string>(5);
            x.responsible = r.get<std::string>(6);
            x.window = {domain::Date::parse_iso(r.get<std::string>(7)).value_or(domain::Date{}),
                        domain::Date::parse_iso(r.get<std::string>(8)).value_or(domain::Date{})};
            x.status = r.get<std::string>(9);
            x.completed_on = opt_text(r, 10);
            x.evidence_title = opt_text(r, 12);
            x.evidence_number = opt_text(r, 13);
            x.evidence_url = opt_text(r, 14);
            std::optional<domain::Date> completed;
            if (x.completed_on) completed = domain::Date::parse_iso(*x.completed_on);
            x.state = domain::occurrence_state(x.window, x.status == "done" && r.get<int>(11) != 0, completed, as_of);
            out.push_back(std::move(x));
        }
    });
    return out;
}

std::vector<domain::CampaignCompleteness> SociComplianceRepository::completeness(const std::string& d,
                                                                                 const domain::Date& as_of) {
    std::vector<domain::CampaignCompleteness> out;
    std::string t = as_of.iso();
    db_.in_tenant(d, [&](soci::session& sql) {
        std::map<std::string, std::size_t> index;
        soci::rowset<soci::row> rs =
            (sql.prepare << R"SQL(
              SELECT x.id, x.title, x.due_date, x.type,
                     count(*)::int,
                     count(*) FILTER (WHERE x.status_then IN ('submitted', 'accepted'))::int,
                     count(*) FILTER (WHERE x.status_then IN ('submitted', 'accepted') AND x.first_submitted_at::date <= x.due)::int
              FROM (SELECT c.id::text AS id, c.title, c.due_date::text AS due_date, c.due_date AS due, c.reporting_date,
                           org.type, rep.first_submitted_at, )SQL" + std::string(kReportStatusThen) + R"SQL( AS status_then
              FROM monitoring_campaigns c
              JOIN monitoring_campaign_organizations co ON co.district_id = c.district_id AND co.campaign_id = c.id
              JOIN organizations org ON org.district_id = co.district_id AND org.id = co.organization_id AND org.status = 'active'
              LEFT JOIN monitoring_reports rep ON rep.district_id = co.district_id AND rep.campaign_id = c.id
                                              AND rep.organization_id = co.organization_id
              WHERE c.district_id = cast(:d as uuid) AND c.reporting_date <= cast(:t as date)) x
              GROUP BY x.id, x.title, x.due_date, x.due, x.reporting_date, x.type
              ORDER BY x.reporting_date, x.id, x.type
            )SQL",
             soci::use(t), soci::use(t), soci::use(t), soci::use(t), soci::use(t), soci::use(d), soci::use(t));
        for (auto& r : rs) {
            auto id = r.get<std::string>(0);
            auto [it, fresh] = index.emplace(id, out.size());
            if (fresh) out.push_back({id, r.get<std::string>(1), r.get<std::string>(2)});
            auto& c = out[it->second];
            int expected = r.get<int>(4), submitted = r.get<int>(5), on_time = r.get<int>(6);
            c.expected += expected;
            c.submitted += submitted;
            c.on_time += on_time;
            c.by_type[r.get<std::string>(3)] = {expected, submitted, on_time};
        }
        for (auto& c : out) {
            c.late = c.submitted - c.on_time;
            c.missing = c.expected - c.submitted;
        }
    });
    return out;
}

std::vector<domain::DistrictRow> SociComplianceRepository::region(const std::string& region_id,
                                                                  const domain::Date& as_of, bool today) {
    std::vector<domain::DistrictRow> out;
    if (today) {
        // Districts whose rows are from an earlier day are brought up to date first (once a day).
        std::vector<std::string> stale;
        db_.in_region(region_id, [&](soci::session& sql) {
            soci::rowset<std::string> rs = (sql.prepare << "select distinct s.district_id::text from compliance_summary s"
                                                           " join districts d on d.id = s.district_id"
                                                           " where d.region_id = cast(:r as uuid)"
                                                           " and (s.valid_until < current_date or s.as_of > current_date)",
                                            soci::use(region_id));
            for (auto& d : rs) stale.push_back(d);
        });
        for (auto& d : stale) db_.in_tenant(d, [&](soci::session& sql) { refresh_stale(sql, d); });
        // One statement over the region's aggregates.
        db_.in_region(region_id, [&](soci::session& sql) {
            out = all<domain::DistrictRow>(
                sql, R"SQL(
                  SELECT d.id::text, d.name, d.code,
                         (SELECT count(*) FROM organizations o WHERE o.district_id = d.id AND o.status = 'active')::int,
                         (count(s.owner_key) FILTER (WHERE s.items_due > 0 AND s.items_done = s.items_due))::int,
                         coalesce(sum(s.items_due), 0)::int, coalesce(sum(s.items_done), 0)::int,
                         coalesce(sum(s.items_done_on_time), 0)::int, coalesce(sum(s.items_due_later), 0)::int,
                         coalesce(sum(s.items_unscheduled), 0)::int, count(s.owner_key)::int
                  FROM districts d
                  LEFT JOIN compliance_summary s ON s.district_id = d.id AND s.organization_id IS NOT NULL
                       AND s.has_approved_roadmap
                       AND EXISTS (SELECT 1 FROM organizations o WHERE o.district_id = s.district_id
                                     AND o.id = s.organization_id AND o.status = 'active')
                  WHERE d.region_id = cast(:r as uuid)
                  GROUP BY d.id, d.name, d.code
                  ORDER BY d.name, d.id
                )SQL",
                [](const soci::row& r) {
                    domain::DistrictRow row{r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2)};
                    row.organizations = r.get<int>(3);
                    row.fully_compliant = r.get<int>(4);
                    row.counts = counts_from(r, 5);
                    row.without_approved_roadmap = row.organizations - r.get<int>(10);
                    return row;
                },
                soci::use(region_id));
        });
        return out;
    }
    db_.in_global([&](soci::session& sql) {
        soci::rowset<soci::row> rs = (sql.prepare << "select id::text, name, code from districts"
                                                     " where region_id = cast(:r as uuid) order by name, id",
                                      soci::use(region_id));
        for (auto& r : rs) out.push_back({r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2)});
    });
    for (auto& d : out) {
        // A past date: each district computed from its history, in its own tenant scope.
        auto counts = this->counts(d.district_id, as_of, false);
        db_.in_tenant(d.district_id, [&](soci::session& sql) {
            soci::rowset<std::string> orgs = (sql.prepare << "select id::text from organizations where district_id ="
                                                             " cast(:d as uuid) and status = 'active'",
                                              soci::use(d.district_id));
            for (auto& id : orgs) {
                ++d.organizations;
                auto it = counts.find(id);
                if (it == counts.end()) {
                    ++d.without_approved_roadmap;
                    continue;
                }
                d.counts += it->second;
                if (it->second.due > 0 && it->second.done == it->second.due) ++d.fully_compliant;
            }
        });
    }
    return out;
}

}  // namespace persistence
