#include "persistence/roadmap_repository.hpp"

#include <map>
#include <set>

#include "domain/audit_context.hpp"
#include "generated/queries.hpp"
#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

using domain::ExpectedVersion;
using domain::Roadmap;
using domain::RoadmapItem;
using domain::RoadmapSection;


// An id read from a nullable column, and one bound as a nullable parameter.
template <class IdT>
std::optional<IdT> opt_id(std::optional<std::string> text) {
    return text ? std::optional<IdT>{IdT{std::move(*text)}} : std::nullopt;
}
template <class Tag>
pg::Param opt_param(const std::optional<domain::Id<Tag>>& id) {
    return id ? pg::Param(id->str()) : std::nullopt;
}

std::vector<domain::UserId> user_ids(const std::vector<std::string>& texts) {
    return {texts.begin(), texts.end()};
}
std::string user_ids_literal(const std::vector<domain::UserId>& ids) {
    std::vector<std::string> texts;
    for (auto& id : ids) texts.push_back(id.str());
    return array_literal(texts);
}

Roadmap header_from(const pg::Result& r, int i) {
    Roadmap m;
    m.id = domain::RoadmapId{r.text(i, "id")};
    m.district_id = domain::DistrictId{r.text(i, "district_id")};
    m.owner.organization_id = opt_id<domain::OrganizationId>(r.opt_text(i, "organization_id"));
    m.title = r.text(i, "title");
    m.period = {r.date(i, "period_start"), r.date(i, "period_end")};
    m.status = domain::parse_roadmap_status(r.text(i, "status")).value_or(domain::RoadmapStatus::draft);
    m.return_comment = r.opt_text(i, "return_comment");
    m.approval.order_number = r.opt_text(i, "approval_order_number");
    m.approval.order_date = r.opt_date(i, "approval_order_date");
    m.revision = r.integer(i, "revision");
    m.previous_id = opt_id<domain::RoadmapId>(r.opt_text(i, "previous_id"));
    m.superseded_by = opt_id<domain::RoadmapId>(r.opt_text(i, "superseded_by"));
    m.template_id = r.opt_text(i, "template_id");
    m.version = r.integer(i, "version");
    m.created_at = r.instant(i, "created_at");
    m.updated_at = r.instant(i, "updated_at");
    m.submitted_at = r.opt_instant(i, "submitted_at");
    m.approved_at = r.opt_instant(i, "approved_at");
    m.item_count = r.integer(i, "item_count");
    return m;
}

// The roadmap row, locked for the rest of the transaction (or shared-locked).
Roadmap lock_header(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& id,
                    bool exclusive = true) {
    auto h = pg::first(
        pg::exec(sql, exclusive ? queries::roadmap_lock : queries::roadmap_lock_shared, {d.str(), id.str()}),
        header_from);
    if (!h) throw domain::not_found("The roadmap");
    return *h;
}

// Keyset page by (title, id), as sql_helpers.hpp page_of, with the id's text in the cursor.
domain::Page<Roadmap> roadmaps_page(std::vector<Roadmap> rows, int limit) {
    domain::Page<Roadmap> page;
    if (static_cast<int>(rows.size()) > limit) {
        rows.resize(limit);
        page.next_cursor = encode_cursor(rows.back().title, rows.back().id.str());
    }
    page.items = std::move(rows);
    return page;
}

void bump(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& id) {
    pg::exec(sql, queries::roadmap_bump, {d.str(), id.str()});
}

pg::Param opt_number(const std::optional<int>& v) { return v ? pg::Param(std::to_string(*v)) : std::nullopt; }

void insert_occurrences(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                        const domain::ItemId& item_id, const std::vector<domain::Occurrence>& occ) {
    for (auto& o : occ)
        pg::exec(sql, queries::occurrence_insert,
                 {d.str(), roadmap_id.str(), item_id.str(), o.window.start.iso(), o.window.end.iso(),
                  std::to_string(o.seq)});
}

// The users named responsible must be active people of the district.
void check_responsible_users(soci::session& sql, const domain::DistrictId& d, const std::vector<domain::UserId>& ids,
                             const std::string& pointer) {
    if (ids.empty()) return;
    int found = pg::exec(sql, queries::active_users_count, {d.str(), user_ids_literal(ids)}).integer(0, "found");
    std::set<domain::UserId> distinct(ids.begin(), ids.end());
    if (found != static_cast<int>(distinct.size()))
        throw domain::validation_error({{pointer, "names a user who is not an active user of this district"}});
}

domain::ItemId insert_item(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                           const domain::SectionId& section_id, int position, const domain::NewItemRecord& rec) {
    const auto& in = rec.input;
    check_responsible_users(sql, d, in.responsible_user_ids, "/responsible_user_ids");
    domain::ItemId id{pg::exec(sql, queries::item_insert,
                               {d.str(), roadmap_id.str(), section_id.str(), std::to_string(position), in.number,
                                in.title, in.deadline_text, std::string(domain::to_string(rec.schedule.kind)),
                                opt_number(rec.schedule.times_per_year), rec.schedule.reason, in.responsible,
                                in.expected_result, in.indicators, in.notes, opt_number(in.stage),
                                user_ids_literal(in.responsible_user_ids)})
                          .text(0, "id")};
    insert_occurrences(sql, d, roadmap_id, id, rec.occurrences);
    return id;
}

domain::SectionId insert_section(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                 int position, int& item_position, const domain::NewSectionRecord& rec) {
    const auto& in = rec.input;
    domain::SectionId id{pg::exec(sql, queries::section_insert,
                                  {d.str(), roadmap_id.str(), std::to_string(position), in.number, in.title,
                                   in.description, opt_number(in.stage)})
                             .text(0, "id")};
    for (auto& item : rec.items) insert_item(sql, d, roadmap_id, id, ++item_position, item);
    return id;
}

// The position after the last section's or item's (`st`: section_next_position or item_next_position).
int next_position(soci::session& sql, const pg::Statement& st, const domain::DistrictId& d,
                  const domain::RoadmapId& roadmap_id) {
    return pg::exec(sql, st, {d.str(), roadmap_id.str()}).integer(0, "next");
}

domain::Schedule schedule_from(const pg::Result& r, int i) {
    domain::Schedule s;
    auto kind = r.view(i, "schedule_kind");
    for (auto k : {domain::ScheduleKind::window, domain::ScheduleKind::recurring, domain::ScheduleKind::whole_period,
                   domain::ScheduleKind::count_per_year, domain::ScheduleKind::unscheduled})
        if (domain::to_string(k) == kind) s.kind = k;
    s.times_per_year = r.opt_integer(i, "times_per_year");
    s.reason = r.opt_text(i, "schedule_reason");
    return s;
}

RoadmapSection section_from(const pg::Result& r, int i) {
    RoadmapSection s;
    s.id = domain::SectionId{r.text(i, "id")};
    s.position = r.integer(i, "position");
    s.number = r.text(i, "number");
    s.title = r.text(i, "title");
    s.description = r.text(i, "description");
    s.stage = r.opt_integer(i, "stage");
    return s;
}

RoadmapItem item_from(const pg::Result& r, int row) {
    RoadmapItem i;
    i.id = domain::ItemId{r.text(row, "id")};
    i.section_id = domain::SectionId{r.text(row, "section_id")};
    i.position = r.integer(row, "position");
    i.number = r.text(row, "number");
    i.title = r.text(row, "title");
    i.deadline_text = r.text(row, "deadline_text");
    i.schedule = schedule_from(r, row);
    i.responsible = r.text(row, "responsible");
    i.expected_result = r.text(row, "expected_result");
    i.indicators = r.text(row, "indicators");
    i.notes = r.text(row, "notes");
    i.stage = r.opt_integer(row, "stage");
    i.version = r.integer(row, "version");
    i.responsible_user_ids = user_ids(split_list(r.text(row, "responsible_user_ids")));
    return i;
}

domain::Occurrence occurrence_from(const pg::Result& r, int i) {
    domain::Occurrence o;
    o.id = domain::OccurrenceId{r.text(i, "id")};
    o.window = {r.date(i, "starts_on"), r.date(i, "due_on")};
    o.seq = r.integer(i, "seq");
    o.status = domain::parse_progress_status(r.text(i, "status")).value_or(domain::ProgressStatus::planned);
    o.completed_on = r.opt_date(i, "completed_on");
    domain::Evidence e{r.opt_text(i, "evidence_title"), r.opt_text(i, "evidence_number"),
                       r.opt_date(i, "evidence_date"), r.opt_text(i, "evidence_url")};
    if (e.title || e.number || e.date || e.url) o.evidence = e;
    o.comment = r.opt_text(i, "comment");
    return o;
}

// Sections (all of a roadmap's, or one) with their items and occurrences, in order.
std::vector<RoadmapSection> load_sections(soci::session& sql, const domain::DistrictId& d,
                                          const domain::RoadmapId& roadmap_id,
                                          const std::optional<domain::SectionId>& only_section = std::nullopt,
                                          const std::optional<domain::ItemId>& only_item = std::nullopt) {
    std::vector<RoadmapSection> sections;
    std::map<domain::SectionId, std::size_t> section_index;
    auto rs = pg::exec(sql, queries::roadmap_sections, {d.str(), roadmap_id.str(), opt_param(only_section)});
    for (int i = 0; i < rs.rows(); ++i) {
        section_index[domain::SectionId{rs.text(i, "id")}] = sections.size();
        sections.push_back(section_from(rs, i));
    }
    std::map<domain::ItemId, std::pair<std::size_t, std::size_t>> item_index;
    auto ri = pg::exec(sql, queries::roadmap_items,
                       {d.str(), roadmap_id.str(), opt_param(only_section), opt_param(only_item)});
    for (int row = 0; row < ri.rows(); ++row) {
        auto i = item_from(ri, row);
        auto it = section_index.find(i.section_id);
        if (it == section_index.end()) continue;
        auto& items = sections[it->second].items;
        item_index[i.id] = {it->second, items.size()};
        items.push_back(std::move(i));
    }
    auto ro = pg::exec(sql, queries::roadmap_occurrences, {d.str(), roadmap_id.str(), opt_param(only_item)});
    for (int i = 0; i < ro.rows(); ++i) {
        auto it = item_index.find(domain::ItemId{ro.text(i, "item_id")});
        if (it == item_index.end()) continue;
        sections[it->second.first].items[it->second.second].occurrences.push_back(occurrence_from(ro, i));
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
std::vector<domain::ImportWarning> load_import_warnings(soci::session& sql, const domain::DistrictId& d,
                                                        const domain::RoadmapId& roadmap_id) {
    return pg::every(pg::exec(sql, queries::roadmap_import_warnings, {d.str(), roadmap_id.str()}),
                     [](const pg::Result& r, int i) {
                         return domain::ImportWarning{r.integer(i, "line"), r.text(i, "code"), r.text(i, "message"),
                                                      r.text(i, "message_ru")};
                     });
}

RoadmapItem load_item(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                      const domain::ItemId& item_id) {
    for (auto& s : load_sections(sql, d, roadmap_id, std::nullopt, item_id))
        for (auto& i : s.items) return i;
    throw domain::not_found("The item");
}

struct ItemLock {
    int version;
    std::string deadline_text;
};

ItemLock lock_item(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                   const domain::ItemId& item_id) {
    auto row = pg::first(pg::exec(sql, queries::item_lock, {d.str(), roadmap_id.str(), item_id.str()}),
                         [](const pg::Result& r, int i) {
                             return ItemLock{r.integer(i, "version"), r.text(i, "deadline_text")};
                         });
    if (!row) throw domain::not_found("The item");
    return *row;
}

void rebuild_schedule(soci::session& sql, const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                      const domain::ItemId& item_id, const domain::Schedule& s) {
    pg::exec(sql, queries::item_occurrences_delete, {d.str(), item_id.str()});
    pg::exec(sql, queries::item_schedule_update,
             {std::string(domain::to_string(s.kind)), opt_number(s.times_per_year), s.reason, d.str(), item_id.str()});
    insert_occurrences(sql, d, roadmap_id, item_id, domain::occurrences_for(s));
}

// The occurrence progress is recorded on (domain::progress_target), made first when it is an
// unscheduled item's new day.
domain::OccurrenceId progress_occurrence(soci::session& sql, const domain::DistrictId& d,
                                         const domain::RoadmapId& roadmap_id, const RoadmapItem& item,
                                         const domain::ProgressInput& in) {
    auto target = domain::progress_target(item, in);
    if (target.existing) return item.occurrences[*target.existing].id;
    const auto day = *target.new_on;
    auto seq = pg::exec(sql, queries::occurrence_next_seq, {d.str(), item.id.str(), day.iso()}).text(0, "seq");
    return domain::OccurrenceId{
        pg::exec(sql, queries::occurrence_insert,
                 {d.str(), roadmap_id.str(), item.id.str(), day.iso(), day.iso(), seq})
            .text(0, "id")};
}

}  // namespace

Roadmap PgRoadmapRepository::create(const domain::DistrictId& d, const domain::NewRoadmapRecord& rec) {
    domain::RoadmapId id;
    const auto& in = rec.input;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        // The import's warnings as one JSON array, built by the server from bound arrays.
        std::vector<std::string> w_line, w_code, w_message, w_message_ru;
        for (const auto& w : rec.import_warnings) {
            w_line.push_back(std::to_string(w.line));
            w_code.push_back(w.code);
            w_message.push_back(w.message);
            w_message_ru.push_back(w.message_ru);
        }
        id = domain::RoadmapId{
            pg::exec(sql, queries::roadmap_insert,
                     {d.str(), opt_param(in.owner.organization_id), in.title, in.period.start.iso(),
                      in.period.end.iso(), in.approval.order_number, in.approval.order_date,
                      std::to_string(rec.revision), opt_param(rec.previous_id), in.template_id, array_literal(w_line),
                      array_literal(w_code), array_literal(w_message), array_literal(w_message_ru)})
                .text(0, "id")};
        int section_position = 0, item_position = 0;
        for (auto& s : rec.sections) insert_section(sql, d, id, ++section_position, item_position, s);
    });
    return *find(d, id);
}

std::optional<Roadmap> PgRoadmapRepository::find(const domain::DistrictId& d, const domain::RoadmapId& id) {
    std::optional<Roadmap> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::roadmap_find, {d.str(), id.str()}), header_from);
        if (out) {
            out->sections = load_sections(sql, d, id);
            if (out->status != domain::RoadmapStatus::approved) out->import_warnings = load_import_warnings(sql, d, id);
        }
    });
    return out;
}

domain::Page<Roadmap> PgRoadmapRepository::list(const domain::DistrictId& d, const domain::RoadmapQuery& q) {
    PageCursor c(q.page);
    pg::Param owner_org, period, overdue, status;
    int owner_district = 0;
    if (q.owner) {
        if (q.owner->is_district()) owner_district = 1;
        else owner_org = q.owner->organization_id->str();
    }
    if (q.period_contains) period = q.period_contains->iso();
    if (q.overdue_as_of) overdue = q.overdue_as_of->iso();
    if (q.status) status = std::string(domain::to_string(*q.status));
    std::vector<Roadmap> rows;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::roadmaps_page,
                                  {owner_org, std::to_string(owner_district), period, status, overdue,
                                   opt_param(q.only_organization), c.key, c.id, d.str(),
                                   std::to_string(q.page.limit + 1)}),
                         header_from);
    });
    return roadmaps_page(std::move(rows), q.page.limit);
}

Roadmap PgRoadmapRepository::update_header(const domain::DistrictId& d, const domain::RoadmapId& id, ExpectedVersion v,
                                             const domain::RoadmapCheck& check, const domain::RoadmapPatch& patch,
                                             const Reparse& reparse) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, id);
        check_version(h.version, v, "The roadmap");
        check(h);
        auto title = patch.title.value_or(h.title);
        auto period = patch.period.value_or(h.period);
        auto approval = patch.approval.value_or(h.approval);
        pg::exec(sql, queries::roadmap_header_update,
                 {title, period.start.iso(), period.end.iso(), approval.order_number,
                  approval.order_date, d.str(), id.str()});
        if (!(period == h.period)) {
            // The period gives the missing years: every deadline is read again.
            std::vector<std::pair<domain::ItemId, std::string>> items;
            auto r = pg::exec(sql, queries::roadmap_deadlines, {d.str(), id.str()});
            for (int i = 0; i < r.rows(); ++i)
                items.emplace_back(domain::ItemId{r.text(i, "id")}, r.text(i, "deadline_text"));
            for (auto& [item_id, text] : items) rebuild_schedule(sql, d, id, item_id, reparse(text, period));
        }
    });
    return *find(d, id);
}

Roadmap PgRoadmapRepository::set_status(const domain::DistrictId& d, const domain::RoadmapId& id, ExpectedVersion v,
                                          const std::function<domain::RoadmapStatus(const Roadmap&)>& transition,
                                          const std::optional<std::string>& comment) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, id);
        check_version(h.version, v, "The roadmap");
        auto next = transition(h);
        // The version this one replaces is locked before the approval is stamped: progress
        // recorded on it (which holds it FOR SHARE) is either all before the stamp or waits and
        // finds it replaced, so the compliance history (V0008) dates the change as the walk does.
        if (next == domain::RoadmapStatus::approved && h.previous_id) lock_header(sql, d, *h.previous_id);
        pg::exec(sql, queries::roadmap_status_update,
                 {std::string(domain::to_string(next)), comment, d.str(), id.str()});
        if (next == domain::RoadmapStatus::approved && h.previous_id) {
            if (pg::exec(sql, queries::roadmap_superseded, {d.str(), h.previous_id->str()}).integer(0, "taken"))
                throw domain::conflict("roadmap-status",
                                       "Another new version of this roadmap was approved already; this one is stale.");
            pg::exec(sql, queries::roadmap_supersede, {id.str(), d.str(), h.previous_id->str()});
        }
    });
    return *find(d, id);
}

void PgRoadmapRepository::remove(const domain::DistrictId& d, const domain::RoadmapId& id, ExpectedVersion v,
                                   const domain::RoadmapCheck& check) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, id);
        check_version(h.version, v, "The roadmap");
        check(h);
        pg::exec(sql, queries::roadmap_delete, {d.str(), id.str()});
    });
}

RoadmapSection PgRoadmapRepository::add_section(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                                  ExpectedVersion v, const domain::RoadmapCheck& check,
                                                  const domain::NewSectionRecord& rec) {
    RoadmapSection out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        int item_position = next_position(sql, queries::item_next_position, d, roadmap_id) - 1;
        auto id = insert_section(sql, d, roadmap_id, next_position(sql, queries::section_next_position, d, roadmap_id),
                                 item_position, rec);
        bump(sql, d, roadmap_id);
        out = load_sections(sql, d, roadmap_id, id).at(0);
    });
    return out;
}

RoadmapSection PgRoadmapRepository::update_section(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                                     const domain::SectionId& section_id, ExpectedVersion v,
                                                     const domain::RoadmapCheck& check,
                                                     const domain::SectionPatch& patch) {
    RoadmapSection out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
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
        pg::exec(sql, queries::section_update,
                 {s.number, s.title, s.description, opt_number(s.stage), d.str(), section_id.str()});
        bump(sql, d, roadmap_id);
        out = load_sections(sql, d, roadmap_id, section_id).at(0);
    });
    return out;
}

void PgRoadmapRepository::remove_section(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                           const domain::SectionId& section_id, ExpectedVersion v,
                                           const domain::RoadmapCheck& check) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        if (pg::exec(sql, queries::section_delete, {d.str(), roadmap_id.str(), section_id.str()}).rows() == 0)
            throw domain::not_found("The section");
        bump(sql, d, roadmap_id);
    });
}

RoadmapItem PgRoadmapRepository::add_item(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                            const domain::SectionId& section_id, ExpectedVersion v,
                                            const domain::RoadmapCheck& check, const domain::NewItemRecord& rec) {
    RoadmapItem out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        check_version(h.version, v, "The roadmap");
        check(h);
        if (!pg::exec(sql, queries::section_exists, {d.str(), roadmap_id.str(), section_id.str()}).integer(0, "found"))
            throw domain::validation_error({{"/section_id", "no such section in this roadmap"}});
        auto id = insert_item(sql, d, roadmap_id, section_id,
                              next_position(sql, queries::item_next_position, d, roadmap_id), rec);
        bump(sql, d, roadmap_id);
        out = load_item(sql, d, roadmap_id, id);
    });
    return out;
}

RoadmapItem PgRoadmapRepository::update_item(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                               const domain::ItemId& item_id, ExpectedVersion v,
                                               const domain::RoadmapCheck& check, const domain::ItemPatch& patch,
                                               const Reparse& reparse) {
    RoadmapItem out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        auto lock = lock_item(sql, d, roadmap_id, item_id);
        check_version(lock.version, v, "The item");
        check(h);
        auto item = load_item(sql, d, roadmap_id, item_id);
        patch.apply_to(item);
        if (patch.responsible_user_ids)
            check_responsible_users(sql, d, item.responsible_user_ids, "/responsible_user_ids");
        pg::exec(sql, queries::item_update,
                 {item.number, item.title, item.deadline_text, item.responsible, item.expected_result, item.indicators,
                  item.notes, opt_number(item.stage), user_ids_literal(item.responsible_user_ids), d.str(),
                  item_id.str()});
        if (item.deadline_text != lock.deadline_text)
            rebuild_schedule(sql, d, roadmap_id, item_id, reparse(item.deadline_text, h.period));
        bump(sql, d, roadmap_id);
        out = load_item(sql, d, roadmap_id, item_id);
    });
    return out;
}

void PgRoadmapRepository::remove_item(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                        const domain::ItemId& item_id, ExpectedVersion v,
                                        const domain::RoadmapCheck& check) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id);
        auto lock = lock_item(sql, d, roadmap_id, item_id);
        check_version(lock.version, v, "The item");
        check(h);
        pg::exec(sql, queries::item_delete, {d.str(), item_id.str()});
        bump(sql, d, roadmap_id);
    });
}

RoadmapItem PgRoadmapRepository::record_progress(const domain::DistrictId& d, const domain::RoadmapId& roadmap_id,
                                                   const domain::ItemId& item_id, ExpectedVersion v,
                                                   const domain::RoadmapCheck& check,
                                                   const domain::ProgressInput& in) {
    RoadmapItem out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto h = lock_header(sql, d, roadmap_id, false);
        auto lock = lock_item(sql, d, roadmap_id, item_id);
        check(h);
        check_version(lock.version, v, "The item");
        auto occurrence_id = progress_occurrence(sql, d, roadmap_id, load_item(sql, d, roadmap_id, item_id), in);
        std::string status(domain::to_string(in.status));
        const auto* audit = domain::current_audit();
        std::string by = audit ? audit->actor_id : std::string();
        // Stamped now, after the item's lock (not at the transaction's start): records are in
        // the order they were made, which is the order the occurrence's state followed.
        pg::exec(sql, queries::progress_insert,
                 {d.str(), item_id.str(), occurrence_id.str(), status, in.completed_on,
                  in.evidence.title, in.evidence.number, in.evidence.date, in.evidence.url, in.comment,
                  by});
        pg::exec(sql, queries::occurrence_state_update,
                 {status, in.completed_on, std::string(in.evidence.empty() ? "0" : "1"), d.str(),
                  occurrence_id.str()});
        pg::exec(sql, queries::item_bump, {d.str(), item_id.str()});
        out = load_item(sql, d, roadmap_id, item_id);
    });
    return out;
}

}  // namespace persistence
