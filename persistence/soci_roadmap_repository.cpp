#include "persistence/soci_roadmap_repository.hpp"

#include <map>
#include <set>

#include "domain/audit_context.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

using domain::ExpectedVersion;
using domain::Roadmap;
using domain::RoadmapItem;
using domain::RoadmapSection;

#define TS NASTAVNIK_TS

constexpr const char* kHeaderCols =
    "r.id::text, r.district_id::text, r.organization_id::text, r.title, r.period_start::text, r.period_end::text,"
    " r.status, r.return_comment, r.approval_order_number, r.approval_order_date::text, r.revision,"
    " r.previous_id::text, r.superseded_by::text, r.template_id, r.version, " TS("r.created_at") ", " TS(
        "r.updated_at") ", " TS("r.submitted_at") ", " TS("r.approved_at")
    ", (select count(*) from roadmap_items i where i.district_id = r.district_id and i.roadmap_id = r.id)::int";

domain::Date date_of(const std::string& s) { return domain::Date::parse_iso(s).value_or(domain::Date{}); }

Roadmap header_from(const soci::row& r) {
    Roadmap m;
    m.id = r.get<std::string>(0);
    m.district_id = r.get<std::string>(1);
    m.owner.organization_id = opt_text(r, 2);
    m.title = r.get<std::string>(3);
    m.period = {date_of(r.get<std::string>(4)), date_of(r.get<std::string>(5))};
    m.status = domain::parse_roadmap_status(r.get<std::string>(6)).value_or(domain::RoadmapStatus::draft);
    m.return_comment = opt_text(r, 7);
    m.approval.order_number = opt_text(r, 8);
    m.approval.order_date = opt_text(r, 9);
    m.revision = r.get<int>(10);
    m.previous_id = opt_text(r, 11);
    m.superseded_by = opt_text(r, 12);
    m.template_id = opt_text(r, 13);
    m.version = r.get<int>(14);
    m.created_at = r.get<std::string>(15);
    m.updated_at = r.get<std::string>(16);
    m.submitted_at = opt_text(r, 17);
    m.approved_at = opt_text(r, 18);
    m.item_count = r.get<int>(19);
    return m;
}

// The roadmap row, locked for the rest of the transaction (or shared-locked).
Roadmap lock_header(soci::session& sql, const std::string& d, const std::string& id, bool exclusive = true) {
    auto h = one<Roadmap>(sql,
                          std::string("select ") + kHeaderCols +
                              " from roadmaps r where r.district_id = cast(:d as uuid) and r.id = cast(:id as uuid) " +
                              (exclusive ? "for update" : "for share"),
                          header_from, soci::use(d), soci::use(id));
    if (!h) throw domain::not_found("The roadmap");
    return *h;
}

void bump(soci::session& sql, const std::string& d, const std::string& id) {
    sql << "update roadmaps set version = version + 1, updated_at = now()"
           " where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
        soci::use(d), soci::use(id);
}

std::string opt_int_text(const std::optional<int>& v) { return v ? std::to_string(*v) : std::string(); }

void insert_occurrences(soci::session& sql, const std::string& d, const std::string& roadmap_id,
                        const std::string& item_id, const std::vector<domain::Occurrence>& occ) {
    for (auto& o : occ) {
        std::string s = o.window.start.iso(), e = o.window.end.iso();
        int seq = o.seq;
        sql << "insert into item_occurrences(district_id, roadmap_id, item_id, starts_on, due_on, seq)"
               " values (cast(:d as uuid), cast(:r as uuid), cast(:i as uuid), cast(:s as date), cast(:e as date), :q)",
            soci::use(d), soci::use(roadmap_id), soci::use(item_id), soci::use(s), soci::use(e), soci::use(seq);
    }
}

// The users named responsible must be active people of the district.
void check_responsible_users(soci::session& sql, const std::string& d, const std::vector<std::string>& ids,
                             const std::string& pointer) {
    if (ids.empty()) return;
    std::string arr = array_literal(ids);
    int found = 0;
    sql << "select count(distinct id) from users where district_id = cast(:d as uuid) and status = 'active'"
           " and id = any(cast(:a as uuid[]))",
        soci::use(d), soci::use(arr), soci::into(found);
    std::set<std::string> distinct(ids.begin(), ids.end());
    if (found != static_cast<int>(distinct.size()))
        throw domain::validation_error({{pointer, "names a user who is not an active user of this district"}});
}

std::string insert_item(soci::session& sql, const std::string& d, const std::string& roadmap_id,
                        const std::string& section_id, int position, const domain::NewItemRecord& rec) {
    const auto& in = rec.input;
    std::string kind(domain::to_string(rec.schedule.kind));
    NullableText times(rec.schedule.times_per_year ? std::optional<std::string>(std::to_string(*rec.schedule.times_per_year))
                                                   : std::nullopt);
    NullableText reason(rec.schedule.reason), stage(in.stage ? std::optional<std::string>(opt_int_text(in.stage)) : std::nullopt);
    check_responsible_users(sql, d, in.responsible_user_ids, "/responsible_user_ids");
    std::string users = array_literal(in.responsible_user_ids);
    std::string id;
    sql << "insert into roadmap_items(district_id, roadmap_id, section_id, position, number, title, deadline_text,"
           " schedule_kind, times_per_year, schedule_reason, responsible, expected_result, indicators, notes, stage,"
           " responsible_user_ids)"
           " values (cast(:d as uuid), cast(:r as uuid), cast(:s as uuid), :p, :n, :t, :dl, :k, cast(:tp as int), :rs,"
           " :re, :er, :ind, :no, cast(:st as smallint), cast(:ru as uuid[])) returning id::text",
        soci::use(d), soci::use(roadmap_id), soci::use(section_id), soci::use(position), soci::use(in.number),
        soci::use(in.title), soci::use(in.deadline_text), soci::use(kind), soci::use(times.value, times.ind),
        soci::use(reason.value, reason.ind), soci::use(in.responsible), soci::use(in.expected_result),
        soci::use(in.indicators), soci::use(in.notes), soci::use(stage.value, stage.ind), soci::use(users),
        soci::into(id);
    insert_occurrences(sql, d, roadmap_id, id, rec.occurrences);
    return id;
}

std::string insert_section(soci::session& sql, const std::string& d, const std::string& roadmap_id, int position,
                           int& item_position, const domain::NewSectionRecord& rec) {
    const auto& in = rec.input;
    NullableText stage(in.stage ? std::optional<std::string>(opt_int_text(in.stage)) : std::nullopt);
    std::string id;
    sql << "insert into roadmap_sections(district_id, roadmap_id, position, number, title, description, stage)"
           " values (cast(:d as uuid), cast(:r as uuid), :p, :n, :t, :de, cast(:st as smallint)) returning id::text",
        soci::use(d), soci::use(roadmap_id), soci::use(position), soci::use(in.number), soci::use(in.title),
        soci::use(in.description), soci::use(stage.value, stage.ind), soci::into(id);
    for (auto& item : rec.items) insert_item(sql, d, roadmap_id, id, ++item_position, item);
    return id;
}

int next_position(soci::session& sql, const char* table, const std::string& d, const std::string& roadmap_id) {
    int n = 0;
    sql << std::string("select coalesce(max(position), 0) from ") + table +
               " where district_id = cast(:d as uuid) and roadmap_id = cast(:r as uuid)",
        soci::use(d), soci::use(roadmap_id), soci::into(n);
    return n + 1;
}

domain::Schedule schedule_from(const soci::row& r, std::size_t kind_col) {
    domain::Schedule s;
    auto kind = r.get<std::string>(kind_col);
    for (auto k : {domain::ScheduleKind::window, domain::ScheduleKind::recurring, domain::ScheduleKind::whole_period,
                   domain::ScheduleKind::count_per_year, domain::ScheduleKind::unscheduled})
        if (domain::to_string(k) == kind) s.kind = k;
    if (r.get_indicator(kind_col + 1) != soci::i_null) s.times_per_year = r.get<int>(kind_col + 1);
    s.reason = opt_text(r, kind_col + 2);
    return s;
}

// Sections (all of a roadmap's, or one) with their items and occurrences, in order.
std::vector<RoadmapSection> load_sections(soci::session& sql, const std::string& d, const std::string& roadmap_id,
                                          const std::optional<std::string>& only_section = std::nullopt,
                                          const std::optional<std::string>& only_item = std::nullopt) {
    NullableText sec(only_section), item(only_item);
    std::vector<RoadmapSection> sections;
    std::map<std::string, std::size_t> section_index;
    {
        soci::rowset<soci::row> rs =
            (sql.prepare << "select id::text, position, number, title, description, stage from roadmap_sections"
                            " where district_id = cast(:d as uuid) and roadmap_id = cast(:r as uuid)"
                            " and (cast(:s as uuid) is null or id = cast(:s2 as uuid)) order by position, id",
             soci::use(d), soci::use(roadmap_id), soci::use(sec.value, sec.ind), soci::use(sec.value, sec.ind));
        for (auto& r : rs) {
            RoadmapSection s;
            s.id = r.get<std::string>(0);
            s.position = r.get<int>(1);
            s.number = r.get<std::string>(2);
            s.title = r.get<std::string>(3);
            s.description = r.get<std::string>(4);
            if (r.get_indicator(5) != soci::i_null) s.stage = r.get<int>(5);
            section_index[s.id] = sections.size();
            sections.push_back(std::move(s));
        }
    }
    std::map<std::string, std::pair<std::size_t, std::size_t>> item_index;
    {
        soci::rowset<soci::row> rs =
            (sql.prepare << "select id::text, section_id::text, position, number, title, deadline_text, schedule_kind,"
                            " times_per_year, schedule_reason, responsible, expected_result, indicators, notes, stage,"
                            " version, array_to_string(responsible_user_ids, ',') from roadmap_items where district_id = cast(:d as uuid) and roadmap_id = cast(:r as uuid)"
                            " and (cast(:s as uuid) is null or section_id = cast(:s2 as uuid))"
                            " and (cast(:i as uuid) is null or id = cast(:i2 as uuid)) order by position, id",
             soci::use(d), soci::use(roadmap_id), soci::use(sec.value, sec.ind), soci::use(sec.value, sec.ind),
             soci::use(item.value, item.ind), soci::use(item.value, item.ind));
        for (auto& r : rs) {
            RoadmapItem i;
            i.id = r.get<std::string>(0);
            i.section_id = r.get<std::string>(1);
            i.position = r.get<int>(2);
            i.number = r.get<std::string>(3);
            i.title = r.get<std::string>(4);
            i.deadline_text = r.get<std::string>(5);
            i.schedule = schedule_from(r, 6);
            i.responsible = r.get<std::string>(9);
            i.expected_result = r.get<std::string>(10);
            i.indicators = r.get<std::string>(11);
            i.notes = r.get<std::string>(12);
            if (r.get_indicator(13) != soci::i_null) i.stage = r.get<int>(13);
            i.version = r.get<int>(14);
            i.responsible_user_ids = split_list(r.get<std::string>(15));
            auto it = section_index.find(i.section_id);
            if (it == section_index.end()) continue;
            auto& items = sections[it->second].items;
            item_index[i.id] = {it->second, items.size()};
            items.push_back(std::move(i));
        }
    }
    {
        soci::rowset<soci::row> rs =
            (sql.prepare << "select o.id::text, o.item_id::text, o.starts_on::text, o.due_on::text, o.seq, o.status,"
                            " o.completed_on::text, p.evidence_title, p.evidence_number, p.evidence_date::text,"
                            " p.evidence_url, p.comment"
                            " from item_occurrences o left join lateral (select * from item_progress p"
                            " where p.district_id = o.district_id and p.occurrence_id = o.id"
                            " order by p.recorded_at desc, p.id desc limit 1) p on true"
                            " where o.district_id = cast(:d as uuid) and o.roadmap_id = cast(:r as uuid)"
                            " and (cast(:i as uuid) is null or o.item_id = cast(:i2 as uuid))"
                            " order by o.starts_on, o.due_on, o.seq",
             soci::use(d), soci::use(roadmap_id), soci::use(item.value, item.ind), soci::use(item.value, item.ind));
        for (auto& r : rs) {
            auto it = item_index.find(r.get<std::string>(1));
            if (it == item_index.end()) continue;
            domain::Occurrence o;
            o.id = r.get<std::string>(0);
            o.window = {date_of(r.get<std::string>(2)), date_of(r.get<std::string>(3))};
            o.seq = r.get<int>(4);
            o.status = domain::parse_progress_status(r.get<std::string>(5)).value_or(domain::ProgressStatus::planned);
            o.completed_on = opt_text(r, 6);
            domain::Evidence e{opt_text(r, 7), opt_text(r, 8), opt_text(r, 9), opt_text(r, 10)};
            if (e.title || e.number || e.date || e.url) o.evidence = e;
            o.comment = opt_text(r, 11);
            sections[it->second.first].items[it->second.second].occurrences.push_back(std::move(o));
        }
    }
    // The schedule's windows are its occurrences' windows (each once, in order).
    for (auto& s : sections)
        for (auto& i : s.items) {
            if (i.schedule.kind == domain::ScheduleKind::unscheduled) continue;
            for (auto& o : i.occurrences)
                if (i.schedule.windows.empty() || !(i.schedule.windows.back() == o.window))
                    i.schedule.windows.push_back(o.window);
        }
    return sections;
}

// The draft's import warnings, in the order they were given.
std::vector<domain::ImportWarning> load_import_warnings(soci::session& sql, const std::string& d,
                                                        const std::string& roadmap_id) {
    return all<domain::ImportWarning>(
        sql,
        "select coalesce((e.v->>'line')::int, 0), coalesce(e.v->>'code', ''), coalesce(e.v->>'message', ''),"
        " coalesce(e.v->>'message_ru', '') from roadmaps r,"
        " jsonb_array_elements(coalesce(r.import_warnings, '[]'::jsonb)) with ordinality as e(v, n)"
        " where r.district_id = cast(:d as uuid) and r.id = cast(:r as uuid) order by e.n",
        [](const soci::row& r) {
            return domain::ImportWarning{r.get<int>(0), r.get<std::string>(1), r.get<std::string>(2),
                                         r.get<std::string>(3)};
        },
        soci::use(d), soci::use(roadmap_id));
}

RoadmapItem load_item(soci::session& sql, const std::string& d, const std::string& roadmap_id,
                      const std::string& item_id) {
    for (auto& s : load_sections(sql, d, roadmap_id, std::nullopt, item_id))
        for (auto& i : s.items) return i;
    throw domain::not_found("The item");
}

struct ItemLock {
    int version;
    std::string deadline_text;
};

ItemLock lock_item(soci::session& sql, const std::string& d, const std::string& roadmap_id, const std::string& item_id) {
    auto row = one<ItemLock>(sql,
                             "select version, deadline_text from roadmap_items where district_id = cast(:d as uuid)"
                             " and roadmap_id = cast(:r as uuid) and id = cast(:i as uuid) for update",
                             [](const soci::row& r) { return ItemLock{r.get<int>(0), r.get<std::string>(1)}; },
                             soci::use(d), soci::use(roadmap_id), soci::use(item_id));
    if (!row) throw domain::not_found("The item");
    return *row;
}

void rebuild_schedule(soci::session& sql, const std::string& d, const std::string& roadmap_id,
                      const std::string& item_id, const domain::Schedule& s) {
    sql << "delete from item_occurrences where district_id = cast(:d as uuid) and item_id = cast(:i as uuid)",
        soci::use(d), soci::use(item_id);
    std::string kind(domain::to_string(s.kind));
    NullableText times(s.times_per_year ? std::optional<std::string>(std::to_string(*s.times_per_year)) : std::nullopt);
    NullableText reason(s.reason);
    sql << "update roadmap_items set schedule_kind = :k, times_per_year = cast(:t as int), schedule_reason = :r"
           " where district_id = cast(:d as uuid) and id = cast(:i as uuid)",
        soci::use(kind), soci::use(times.value, times.ind), soci::use(reason.value, reason.ind), soci::use(d),
        soci::use(item_id);
    insert_occurrences(sql, d, roadmap_id, item_id, domain::occurrences_for(s));
}

}  // namespace

Roadmap SociRoadmapRepository::create(const std::string& d, const domain::NewRoadmapRecord& rec) {
    std::string id;
    const auto& in = rec.input;
    db_.in_tenant(d, [&](soci::session& sql) {
        NullableText org(in.owner.organization_id), number(in.approval.order_number), date(in.approval.order_date),
            prev(rec.previous_id), tmpl(in.template_id);
        std::string ps = in.period.start.iso(), pe = in.period.end.iso();
        int revision = rec.revision;
        // The import's warnings as one JSON array, built by the server from bound arrays.
        std::vector<std::string> w_line, w_code, w_message, w_message_ru;
        for (const auto& w : rec.import_warnings) {
            w_line.push_back(std::to_string(w.line));
            w_code.push_back(w.code);
            w_message.push_back(w.message);
            w_message_ru.push_back(w.message_ru);
        }
        std::string wl = array_literal(w_line), wc = array_literal(w_code), wm = array_literal(w_message),
                    wr = array_literal(w_message_ru);
        sql << "insert into roadmaps(district_id, organization_id, title, period_start, period_end,"
               " approval_order_number, approval_order_date, revision, previous_id, template_id, import_warnings)"
               " values (cast(:d as uuid), cast(:o as uuid), :t, cast(:ps as date), cast(:pe as date), :an,"
               " cast(:ad as date), :rv, cast(:pv as uuid), :tm,"
               " (select jsonb_agg(jsonb_build_object('line', w.l, 'code', w.c, 'message', w.m, 'message_ru', w.r)"
               "  order by w.n) from unnest(cast(:wl as int[]), cast(:wc as text[]), cast(:wm as text[]),"
               "  cast(:wr as text[])) with ordinality as w(l, c, m, r, n))) returning id::text",
            soci::use(d), soci::use(org.value, org.ind), soci::use(in.title), soci::use(ps), soci::use(pe),
            soci::use(number.value, number.ind), soci::use(date.value, date.ind), soci::use(revision),
            soci::use(prev.value, prev.ind), soci::use(tmpl.value, tmpl.ind), soci::use(wl), soci::use(wc),
            soci::use(wm), soci::use(wr), soci::into(id);
        int section_position = 0, item_position = 0;
        for (auto& s : rec.sections) insert_section(sql, d, id, ++section_position, item_position, s);
    });
    return *find(d, id);
}

std::optional<Roadmap> SociRoadmapRepository::find(const std::string& d, const std::string& id) {
    std::optional<Roadmap> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = one<Roadmap>(sql,
                           std::string("select ") + kHeaderCols +
                               " from roadmaps r where r.district_id = cast(:d as uuid) and r.id = cast(:id as uuid)",
                           header_from, soci::use(d), soci::use(id));
        if (out) {
            out->sections = load_sections(sql, d, id);
            if (out->status != domain::RoadmapStatus::approved) out->import_warnings = load_import_warnings(sql, d, id);
        }
    });
    return out;
}

domain::Page<Roadmap> SociRoadmapRepository::list(const std::string& d, const domain::RoadmapQuery& q) {
    CursorParams c(q.page);
    std::optional<std::string> owner_org, period, overdue, only;
    int owner_district = 0;
    if (q.owner) {
        if (*q.owner == "district") owner_district = 1;
        else owner_org = *q.owner;
    }
    if (q.period_contains) period = q.period_contains->iso();
    if (q.overdue_as_of) overdue = q.overdue_as_of->iso();
    NullableText org(owner_org), per(period), od(overdue), st(q.status ? std::optional<std::string>(std::string(
                                                                             domain::to_string(*q.status)))
                                                                       : std::nullopt),
        onl(q.only_organization);
    int fetch = q.page.limit + 1;
    std::vector<Roadmap> rows;
    db_.in_tenant(d, [&](soci::session& sql) {
        rows = all<Roadmap>(
            sql,
            std::string("with p as (select cast(:o as uuid) o, :od::int od, cast(:per as date) per, cast(:st as text) st,"
                        " cast(:ov as date) ov, cast(:onl as uuid) onl, cast(:ck as text) ck, cast(:ci as uuid) ci) select ") +
                kHeaderCols +
                " from roadmaps r, p where r.district_id = cast(:d as uuid)"
                " and (p.o is null or r.organization_id = p.o) and (p.od = 0 or r.organization_id is null)"
                " and (p.per is null or p.per between r.period_start and r.period_end)"
                " and (p.st is null or r.status = p.st)"
                " and (p.onl is null or r.organization_id is null or r.organization_id = p.onl)"
                " and (p.ov is null or exists (select 1 from item_occurrences o where o.district_id = r.district_id"
                "      and o.roadmap_id = r.id and o.due_on <= p.ov"
                "      and not (o.status = 'done' and o.completed_on <= p.ov) and o.status <> 'cancelled'))"
                " and (p.ck is null or (r.title, r.id) > (p.ck, p.ci))"
                " order by r.title, r.id limit :l",
            header_from, soci::use(org.value, org.ind), soci::use(owner_district), soci::use(per.value, per.ind),
            soci::use(st.value, st.ind), soci::use(od.value, od.ind), soci::use(onl.value, onl.ind),
            soci::use(c.key.value, c.key.ind), soci::use(c.id.value, c.id.ind), soci::use(d), soci::use(fetch));
    });
    return page_of(std::move(rows), q.page.limit, [](auto& r) { return r.title; });
}

Roadmap SociRoadmapRepository::update_header(const std::string& d, const std::string& id, ExpectedVersion v,
                                             const domain::RoadmapCheck& check, const domain::RoadmapPatch& patch,
                                             const Reparse& reparse) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, id);
        check_version(h.version, v, "The roadmap");
        check(h);
        auto title = patch.title.value_or(h.title);
        auto period = patch.period.value_or(h.period);
        auto approval = patch.approval.value_or(h.approval);
        NullableText number(approval.order_number), date(approval.order_date);
        std::string ps = period.start.iso(), pe = period.end.iso();
        sql << "update roadmaps set title = :t, period_start = cast(:ps as date), period_end = cast(:pe as date),"
               " approval_order_number = :an, approval_order_date = cast(:ad as date), version = version + 1,"
               " updated_at = now() where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
            soci::use(title), soci::use(ps), soci::use(pe), soci::use(number.value, number.ind),
            soci::use(date.value, date.ind), soci::use(d), soci::use(id);
        if (!(period == h.period)) {
            // The period gives the missing years: every deadline is read again.
            std::vector<std::pair<std::string, std::string>> items;
            soci::rowset<soci::row> rs = (sql.prepare << "select id::text, deadline_text from roadmap_items"
                                                         " where district_id = cast(:d as uuid) and roadmap_id = cast(:r as uuid)",
                                          soci::use(d), soci::use(id));
            for (auto& r : rs) items.emplace_back(r.get<std::string>(0), r.get<std::string>(1));
            for (auto& [item_id, text] : items) rebuild_schedule(sql, d, id, item_id, reparse(text, period));
        }
    });
    return *find(d, id);
}

Roadmap SociRoadmapRepository::set_status(const std::string& d, const std::string& id, ExpectedVersion v,
                                          const std::function<domain::RoadmapStatus(const Roadmap&)>& transition,
                                          const std::optional<std::string>& comment) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, id);
        check_version(h.version, v, "The roadmap");
        auto next = transition(h);
        // The version this one replaces is locked before the approval is stamped: progress
        // recorded on it (which holds it FOR SHARE) is either all before the stamp or waits and
        // finds it replaced, so the compliance history (V0008) dates the change as the walk does.
        if (next == domain::RoadmapStatus::approved && h.previous_id) lock_header(sql, d, *h.previous_id);
        std::string status(domain::to_string(next));
        NullableText c(comment);
        sql << "update roadmaps set status = :s, return_comment = :c, version = version + 1, updated_at = now(),"
               " submitted_at = case when :s2 = 'submitted' then now() else submitted_at end,"
               " approved_at = case when :s3 = 'approved' then clock_timestamp() else approved_at end,"
               " import_warnings = case when :s4 = 'approved' then null else import_warnings end"
               " where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
            soci::use(status), soci::use(c.value, c.ind), soci::use(status), soci::use(status), soci::use(status),
            soci::use(d), soci::use(id);
        if (next == domain::RoadmapStatus::approved && h.previous_id) {
            int taken = 0;
            sql << "select count(*) from roadmaps where district_id = cast(:d as uuid) and id = cast(:p as uuid)"
                   " and superseded_by is not null",
                soci::use(d), soci::use(*h.previous_id), soci::into(taken);
            if (taken)
                throw domain::conflict("roadmap-status",
                                       "Another new version of this roadmap was approved already; this one is stale.");
            sql << "update roadmaps set superseded_by = cast(:n as uuid), version = version + 1, updated_at = now()"
                   " where district_id = cast(:d as uuid) and id = cast(:p as uuid)",
                soci::use(id), soci::use(d), soci::use(*h.previous_id);
        }
    });
    return *find(d, id);
}

void SociRoadmapRepository::remove(const std::string& d, const std::string& id, ExpectedVersion v,
                                   const domain::RoadmapCheck& check) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, id);
        check_version(h.version, v, "The roadmap");
        check(h);
        sql << "delete from roadmaps where district_id = cast(:d as uuid) and id = cast(:id as uuid)", soci::use(d),
            soci::use(id);
    });
}

RoadmapSection SociRoadmapRepository::add_section(const std::string& d, const std::string& roadmap_id,
                                                  ExpectedVersion v, const domain::RoadmapCheck& check,
                                                  const domain::NewSectionRecord& rec) {
    RoadmapSection out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        int item_position = next_position(sql, "roadmap_items", d, roadmap_id) - 1;
        auto id = insert_section(sql, d, roadmap_id, next_position(sql, "roadmap_sections", d, roadmap_id),
                                 item_position, rec);
        bump(sql, d, roadmap_id);
        out = load_sections(sql, d, roadmap_id, id).at(0);
    });
    return out;
}

RoadmapSection SociRoadmapRepository::update_section(const std::string& d, const std::string& roadmap_id,
                                                     const std::string& section_id, ExpectedVersion v,
                                                     const domain::RoadmapCheck& check,
                                                     const domain::SectionPatch& patch) {
    RoadmapSection out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        auto current = load_sections(sql, d, roadmap_id, section_id);
        if (current.empty()) throw domain::not_found("The section");
        auto s = current[0];
        if (patch.number) s.number = *patch.number;
        if (patch.title) s.title = *patch.title;
        if (patch.description) s.description = *patch.description;
        if (patch.stage) s.stage = *patch.stage;
        NullableText stage(s.stage ? std::optional<std::string>(std::to_string(*s.stage)) : std::nullopt);
        sql << "update roadmap_sections set number = :n, title = :t, description = :de, stage = cast(:st as smallint)"
               " where district_id = cast(:d as uuid) and id = cast(:s as uuid)",
            soci::use(s.number), soci::use(s.title), soci::use(s.description), soci::use(stage.value, stage.ind),
            soci::use(d), soci::use(section_id);
        bump(sql, d, roadmap_id);
        out = load_sections(sql, d, roadmap_id, section_id).at(0);
    });
    return out;
}

void SociRoadmapRepository::remove_section(const std::string& d, const std::string& roadmap_id,
                                           const std::string& section_id, ExpectedVersion v,
                                           const domain::RoadmapCheck& check) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        soci::statement st = (sql.prepare << "delete from roadmap_sections where district_id = cast(:d as uuid)"
                                             " and roadmap_id = cast(:r as uuid) and id = cast(:s as uuid)",
                              soci::use(d), soci::use(roadmap_id), soci::use(section_id));
        st.execute(true);
        if (st.get_affected_rows() == 0) throw domain::not_found("The section");
        bump(sql, d, roadmap_id);
    });
}

RoadmapItem SociRoadmapRepository::add_item(const std::string& d, const std::string& roadmap_id,
                                            const std::string& section_id, ExpectedVersion v,
                                            const domain::RoadmapCheck& check, const domain::NewItemRecord& rec) {
    RoadmapItem out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        int found = 0;
        sql << "select count(*) from roadmap_sections where district_id = cast(:d as uuid)"
               " and roadmap_id = cast(:r as uuid) and id = cast(:s as uuid)",
            soci::use(d), soci::use(roadmap_id), soci::use(section_id), soci::into(found);
        if (!found) throw domain::validation_error({{"/section_id", "no such section in this roadmap"}});
        auto id = insert_item(sql, d, roadmap_id, section_id, next_position(sql, "roadmap_items", d, roadmap_id), rec);
        bump(sql, d, roadmap_id);
        out = load_item(sql, d, roadmap_id, id);
    });
    return out;
}

RoadmapItem SociRoadmapRepository::update_item(const std::string& d, const std::string& roadmap_id,
                                               const std::string& item_id, ExpectedVersion v,
                                               const domain::RoadmapCheck& check, const domain::ItemPatch& patch,
                                               const Reparse& reparse) {
    RoadmapItem out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        auto lock = lock_item(sql, d, roadmap_id, item_id);
        check_version(lock.version, v, "The item");
        check(h);
        auto item = load_item(sql, d, roadmap_id, item_id);
        patch.apply_to(item);
        NullableText stage(item.stage ? std::optional<std::string>(std::to_string(*item.stage)) : std::nullopt);
        if (patch.responsible_user_ids)
            check_responsible_users(sql, d, item.responsible_user_ids, "/responsible_user_ids");
        std::string users = array_literal(item.responsible_user_ids);
        sql << "update roadmap_items set number = :n, title = :t, deadline_text = :dl, responsible = :re,"
               " expected_result = :er, indicators = :ind, notes = :no, stage = cast(:st as smallint),"
               " responsible_user_ids = cast(:ru as uuid[]),"
               " version = version + 1, updated_at = now() where district_id = cast(:d as uuid) and id = cast(:i as uuid)",
            soci::use(item.number), soci::use(item.title), soci::use(item.deadline_text), soci::use(item.responsible),
            soci::use(item.expected_result), soci::use(item.indicators), soci::use(item.notes),
            soci::use(stage.value, stage.ind), soci::use(users), soci::use(d), soci::use(item_id);
        if (item.deadline_text != lock.deadline_text)
            rebuild_schedule(sql, d, roadmap_id, item_id, reparse(item.deadline_text, h.period));
        bump(sql, d, roadmap_id);
        out = load_item(sql, d, roadmap_id, item_id);
    });
    return out;
}

void SociRoadmapRepository::remove_item(const std::string& d, const std::string& roadmap_id,
                                        const std::string& item_id, ExpectedVersion v,
                                        const domain::RoadmapCheck& check) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        auto lock = lock_item(sql, d, roadmap_id, item_id);
        check_version(lock.version, v, "The item");
        check(h);
        sql << "delete from roadmap_items where district_id = cast(:d as uuid) and id = cast(:i as uuid)", soci::use(d),
            soci::use(item_id);
        bump(sql, d, roadmap_id);
    });
}

RoadmapItem SociRoadmapRepository::record_progress(const std::string& d, const std::string& roadmap_id,
                                                   const std::string& item_id, ExpectedVersion v,
                                                   const domain::RoadmapCheck& check,
                                                   const domain::ProgressInput& in) {
    RoadmapItem out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id, false);
        auto lock = lock_item(sql, d, roadmap_id, item_id);
        check(h);
        check_version(lock.version, v, "The item");
        auto item = load_item(sql, d, roadmap_id, item_id);
        std::optional<std::string> occurrence_id;
        if (in.occurrence) {
            // The window starting that day; of several (count-based), the first still open.
            const domain::Occurrence* pick = nullptr;
            for (auto& o : item.occurrences)
                if (o.window.start.iso() == *in.occurrence) {
                    if (!pick || (pick->status == domain::ProgressStatus::done && o.status != domain::ProgressStatus::done))
                        pick = &o;
                }
            if (!pick)
                throw domain::validation_error({{"/occurrence", "no window of this item starts on " + *in.occurrence}});
            occurrence_id = pick->id;
        } else if (item.occurrences.size() == 1 && item.schedule.kind != domain::ScheduleKind::unscheduled) {
            occurrence_id = item.occurrences[0].id;
        } else if (item.schedule.kind == domain::ScheduleKind::unscheduled) {
            // An unscheduled item («по запросу»): the work done makes its own occurrence.
            if (!in.completed_on)
                throw domain::validation_error(
                    {{"/completed_on", "this item has no due windows; record it with the date the work was done"}});
            std::string day = *in.completed_on;
            for (auto& o : item.occurrences)
                if (o.window.start.iso() == day) occurrence_id = o.id;  // the same day's record again
        }
        if (!occurrence_id && item.schedule.kind == domain::ScheduleKind::unscheduled) {
            std::string day = *in.completed_on;
            int seq = 0;
            sql << "select coalesce(max(seq) + 1, 0) from item_occurrences where district_id = cast(:d as uuid)"
                   " and item_id = cast(:i as uuid) and starts_on = cast(:s as date)",
                soci::use(d), soci::use(item_id), soci::use(day), soci::into(seq);
            std::string id;
            sql << "insert into item_occurrences(district_id, roadmap_id, item_id, starts_on, due_on, seq)"
                   " values (cast(:d as uuid), cast(:r as uuid), cast(:i as uuid), cast(:s as date), cast(:e as date), :q)"
                   " returning id::text",
                soci::use(d), soci::use(roadmap_id), soci::use(item_id), soci::use(day), soci::use(day), soci::use(seq),
                soci::into(id);
            occurrence_id = id;
        }
        if (!occurrence_id)
            throw domain::validation_error(
                {{"/occurrence", "this item has several windows; name one by its start date (YYYY-MM-DD)"}});
        std::string status(domain::to_string(in.status));
        NullableText completed(in.completed_on), et(in.evidence.title), en(in.evidence.number), ed(in.evidence.date),
            eu(in.evidence.url), comment(in.comment);
        const auto* audit = domain::current_audit();
        std::string by = audit ? audit->actor_id : std::string();
        // Stamped now, after the item's lock (not at the transaction's start): records are in
        // the order they were made, which is the order the occurrence's state followed.
        sql << "insert into item_progress(district_id, item_id, occurrence_id, status, completed_on, evidence_title,"
               " evidence_number, evidence_date, evidence_url, comment, recorded_by, recorded_at) values (cast(:d as uuid),"
               " cast(:i as uuid), cast(:o as uuid), :s, cast(:c as date), :et, :en, cast(:ed as date), :eu, :cm, :by,"
               " clock_timestamp())",
            soci::use(d), soci::use(item_id), soci::use(*occurrence_id), soci::use(status),
            soci::use(completed.value, completed.ind), soci::use(et.value, et.ind), soci::use(en.value, en.ind),
            soci::use(ed.value, ed.ind), soci::use(eu.value, eu.ind), soci::use(comment.value, comment.ind),
            soci::use(by);
        int has_evidence = in.evidence.empty() ? 0 : 1;
        sql << "update item_occurrences set status = :s, completed_on = cast(:c as date), has_evidence = :e::boolean"
               " where district_id = cast(:d as uuid) and id = cast(:o as uuid)",
            soci::use(status), soci::use(completed.value, completed.ind), soci::use(has_evidence), soci::use(d),
            soci::use(*occurrence_id);
        sql << "update roadmap_items set version = version + 1, updated_at = now()"
               " where district_id = cast(:d as uuid) and id = cast(:i as uuid)",
            soci::use(d), soci::use(item_id);
        out = load_item(sql, d, roadmap_id, item_id);
    });
    return out;
}

}  // namespace persistence
