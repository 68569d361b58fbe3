#include "fakes/roadmap_repository.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "fakes/common.hpp"

namespace fakes {
namespace {

using domain::ExpectedVersion;
using domain::Roadmap;
using domain::RoadmapItem;
using domain::RoadmapSection;

int count_items(const Roadmap& r) {
    int n = 0;
    for (auto& s : r.sections) n += static_cast<int>(s.items.size());
    return n;
}

void renumber(Roadmap& r) {
    int sp = 0, ip = 0;
    for (auto& s : r.sections) {
        s.position = ++sp;
        for (auto& i : s.items) i.position = ++ip;
    }
    r.item_count = count_items(r);
}

}  // namespace

std::string RoadmapRepository::next_text(const char* kind) {
    unsigned tag = 0;  // the kind, in the first group
    for (const char* c = kind; *c; ++c) tag = tag * 31 + static_cast<unsigned char>(*c);
    return uuid(tag, ++next_);
}

void RoadmapRepository::place(RoadmapItem& i, const domain::SectionId& section_id, const domain::NewItemRecord& rec) {
    const auto& in = rec.input;
    i.id = next_id<domain::ItemId>("item");
    i.section_id = section_id;
    i.number = in.number;
    i.title = in.title;
    i.deadline_text = in.deadline_text;
    i.responsible = in.responsible;
    i.expected_result = in.expected_result;
    i.indicators = in.indicators;
    i.notes = in.notes;
    i.stage = in.stage;
    i.responsible_user_ids = in.responsible_user_ids;
    i.schedule = rec.schedule;
    i.occurrences = rec.occurrences;
    for (auto& o : i.occurrences) o.id = next_id<domain::OccurrenceId>("occurrence");
}

RoadmapSection RoadmapRepository::section(const domain::NewSectionRecord& rec) {
    RoadmapSection s;
    s.id = next_id<domain::SectionId>("section");
    s.number = rec.input.number;
    s.title = rec.input.title;
    s.description = rec.input.description;
    s.stage = rec.input.stage;
    for (auto& ir : rec.items) place(s.items.emplace_back(), s.id, ir);
    return s;
}

domain::Instant RoadmapRepository::stamp() {
    return domain::Instant{domain::Instant::Time{std::chrono::seconds{++tick_}}};
}

Roadmap& RoadmapRepository::locked(const domain::DistrictId& district_id, const domain::RoadmapId& id) {
    auto it = roadmaps_.find(id);
    if (it == roadmaps_.end() || it->second.district_id != district_id) throw domain::not_found("The roadmap");
    return it->second;
}

RoadmapItem& RoadmapRepository::item_of(Roadmap& r, const domain::ItemId& item_id) {
    for (auto& s : r.sections)
        for (auto& i : s.items)
            if (i.id == item_id) return i;
    throw domain::not_found("The item");
}

Roadmap RoadmapRepository::create(const domain::DistrictId& district_id, const domain::NewRoadmapRecord& rec) {
    Roadmap r;
    r.id = next_id<domain::RoadmapId>("roadmap");
    r.district_id = district_id;
    r.owner = rec.input.owner;
    r.title = rec.input.title;
    r.period = rec.input.period;
    r.approval = rec.input.approval;
    r.template_id = rec.input.template_id;
    r.revision = rec.revision;
    r.previous_id = rec.previous_id;
    r.import_warnings = rec.import_warnings;
    r.created_at = r.updated_at = stamp();
    for (auto& sr : rec.sections) r.sections.push_back(section(sr));
    renumber(r);
    roadmaps_[r.id] = r;
    return r;
}

std::optional<Roadmap> RoadmapRepository::find(const domain::DistrictId& district_id, const domain::RoadmapId& id) {
    auto it = roadmaps_.find(id);
    if (it == roadmaps_.end() || it->second.district_id != district_id) return std::nullopt;
    return it->second;
}

domain::Page<Roadmap> RoadmapRepository::list(const domain::DistrictId& district_id, const domain::RoadmapQuery& q) {
    std::vector<Roadmap> rows;
    for (auto& [id, r] : roadmaps_) {
        if (r.district_id != district_id) continue;
        if (q.owner) {
            if (r.owner.organization_id != q.owner->organization_id) continue;
        }
        if (q.period_contains && (*q.period_contains < r.period.start || r.period.end < *q.period_contains)) continue;
        if (q.status && r.status != *q.status) continue;
        if (q.only_organization && r.owner.organization_id && *r.owner.organization_id != *q.only_organization) continue;
        if (q.overdue_as_of) {
            bool overdue = false;
            for (auto& s : r.sections)
                for (auto& i : s.items)
                    for (auto& o : i.occurrences) {
                        bool done_by = o.status == domain::ProgressStatus::done && o.completed_on &&
                                       *o.completed_on <= *q.overdue_as_of;
                        if (!(*q.overdue_as_of < o.window.end) && !done_by && o.status != domain::ProgressStatus::cancelled)
                            overdue = true;
                    }
            if (!overdue) continue;
        }
        Roadmap header = r;
        header.sections.clear();  // list results carry headers only
        header.import_warnings.clear();
        rows.push_back(std::move(header));
    }
    std::sort(rows.begin(), rows.end(), [](const Roadmap& a, const Roadmap& b) {
        return a.title != b.title ? a.title < b.title : a.id < b.id;
    });
    return page_of(rows, q.page);  // the cursor is the id of the last row of the previous page
}

Roadmap RoadmapRepository::update_header(const domain::DistrictId& district_id, const domain::RoadmapId& id, ExpectedVersion v,
                                         const domain::RoadmapCheck& check, const domain::RoadmapPatch& patch,
                                         const Reparse& reparse) {
    auto& r = locked(district_id, id);
    check_version(r.version, v, "The roadmap");
    check(r);
    if (patch.title) r.title = *patch.title;
    if (patch.approval) r.approval = *patch.approval;
    if (patch.period && !(*patch.period == r.period)) {
        r.period = *patch.period;  // the period gives the missing years: every deadline is read again
        for (auto& s : r.sections)
            for (auto& i : s.items) {
                i.schedule = reparse(i.deadline_text, r.period);
                i.occurrences = domain::occurrences_for(i.schedule);
                for (auto& o : i.occurrences) o.id = next_id<domain::OccurrenceId>("occurrence");
            }
    }
    ++r.version;
    r.updated_at = stamp();
    return r;
}

Roadmap RoadmapRepository::set_status(const domain::DistrictId& district_id, const domain::RoadmapId& id, ExpectedVersion v,
                                      const std::function<domain::RoadmapStatus(const Roadmap&)>& transition,
                                      const std::optional<std::string>& comment) {
    auto& r = locked(district_id, id);
    check_version(r.version, v, "The roadmap");
    auto next = transition(r);
    Roadmap* previous = nullptr;
    if (next == domain::RoadmapStatus::approved && r.previous_id) {
        previous = &locked(district_id, *r.previous_id);
        if (previous->superseded_by)
            throw domain::conflict("roadmap-status", "Another new version of this roadmap was approved already; this one is stale.");
    }
    r.status = next;
    r.return_comment = comment;
    auto now = stamp();
    if (next == domain::RoadmapStatus::submitted) r.submitted_at = now;
    if (next == domain::RoadmapStatus::approved) {
        r.approved_at = now;
        r.import_warnings.clear();
    }
    ++r.version;
    r.updated_at = now;
    if (previous) {
        previous->superseded_by = r.id;
        ++previous->version;
        previous->updated_at = now;
    }
    return r;
}

void RoadmapRepository::remove(const domain::DistrictId& district_id, const domain::RoadmapId& id, ExpectedVersion v,
                               const domain::RoadmapCheck& check) {
    auto& r = locked(district_id, id);
    check_version(r.version, v, "The roadmap");
    check(r);
    roadmaps_.erase(id);
}

RoadmapSection RoadmapRepository::add_section(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                              ExpectedVersion v, const domain::RoadmapCheck& check,
                                              const domain::NewSectionRecord& rec) {
    auto& r = locked(district_id, roadmap_id);
    check_version(r.version, v, "The roadmap");
    check(r);
    r.sections.push_back(section(rec));
    renumber(r);
    ++r.version;
    return r.sections.back();
}

RoadmapSection RoadmapRepository::update_section(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                                 const domain::SectionId& section_id, ExpectedVersion v,
                                                 const domain::RoadmapCheck& check, const domain::SectionPatch& patch) {
    auto& r = locked(district_id, roadmap_id);
    check_version(r.version, v, "The roadmap");
    check(r);
    for (auto& s : r.sections)
        if (s.id == section_id) {
            if (patch.number) s.number = *patch.number;
            if (patch.title) s.title = *patch.title;
            if (patch.description) s.description = *patch.description;
            if (patch.stage) s.stage = *patch.stage;
            ++r.version;
            return s;
        }
    throw domain::not_found("The section");
}

void RoadmapRepository::remove_section(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                       const domain::SectionId& section_id, ExpectedVersion v,
                                       const domain::RoadmapCheck& check) {
    auto& r = locked(district_id, roadmap_id);
    check_version(r.version, v, "The roadmap");
    check(r);
    auto gone = std::erase_if(r.sections, [&](const RoadmapSection& s) { return s.id == section_id; });
    if (!gone) throw domain::not_found("The section");
    renumber(r);
    ++r.version;
}

RoadmapItem RoadmapRepository::add_item(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                        const domain::SectionId& section_id, ExpectedVersion v,
                                        const domain::RoadmapCheck& check, const domain::NewItemRecord& rec) {
    auto& r = locked(district_id, roadmap_id);
    check_version(r.version, v, "The roadmap");
    check(r);
    for (auto& s : r.sections)
        if (s.id == section_id) {
            place(s.items.emplace_back(), s.id, rec);
            RoadmapItem out = s.items.back();
            renumber(r);
            ++r.version;
            return item_of(r, out.id);
        }
    throw domain::validation_error({{"/section_id", "no such section in this roadmap"}});
}

RoadmapItem RoadmapRepository::update_item(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                           const domain::ItemId& item_id, ExpectedVersion v,
                                           const domain::RoadmapCheck& check, const domain::ItemPatch& patch,
                                           const Reparse& reparse) {
    auto& r = locked(district_id, roadmap_id);
    auto& i = item_of(r, item_id);
    check_version(i.version, v, "The item");  // the item's own version guards it
    check(r);
    auto old_deadline = i.deadline_text;
    patch.apply_to(i);
    if (i.deadline_text != old_deadline) {
        i.schedule = reparse(i.deadline_text, r.period);
        i.occurrences = domain::occurrences_for(i.schedule);
        for (auto& o : i.occurrences) o.id = next_id<domain::OccurrenceId>("occurrence");
    }
    ++i.version;
    ++r.version;
    return i;
}

void RoadmapRepository::remove_item(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                    const domain::ItemId& item_id, ExpectedVersion v, const domain::RoadmapCheck& check) {
    auto& r = locked(district_id, roadmap_id);
    check_version(item_of(r, item_id).version, v, "The item");
    check(r);
    for (auto& s : r.sections) std::erase_if(s.items, [&](const RoadmapItem& i) { return i.id == item_id; });
    renumber(r);
    ++r.version;
}

RoadmapItem RoadmapRepository::record_progress(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                               const domain::ItemId& item_id, ExpectedVersion v,
                                               const domain::RoadmapCheck& check, const domain::ProgressInput& in) {
    auto& r = locked(district_id, roadmap_id);
    auto& item = item_of(r, item_id);
    check(r);
    check_version(item.version, v, "The item");
    auto target = domain::progress_target(item, in);
    domain::Occurrence* pick = nullptr;
    if (target.existing) {
        pick = &item.occurrences[*target.existing];
    } else {
        domain::Occurrence o;
        o.id = next_id<domain::OccurrenceId>("occurrence");
        o.window = {*target.new_on, *target.new_on};
        pick = &item.occurrences.emplace_back(o);
    }
    pick->status = in.status;
    pick->completed_on = in.completed_on;
    pick->evidence = in.evidence.empty() ? std::nullopt : std::optional<domain::Evidence>(in.evidence);
    pick->comment = in.comment;
    progress_.push_back({item_id, pick->id, in});
    ++item.version;
    return item;
}

}  // namespace fakes
