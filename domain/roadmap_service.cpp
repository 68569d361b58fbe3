#include "domain/roadmap_service.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/roadmap_import_review.hpp"
#include "domain/roadmap_template.hpp"

namespace domain {
namespace {

NewItemRecord item_record(ItemInput in, const DateRange& period) {
    NewItemRecord r;
    r.schedule = RoadmapService::schedule_for(in.deadline_text, period);
    r.occurrences = occurrences_for(r.schedule);
    r.input = std::move(in);
    return r;
}

RoadmapCheck editable() { return [](const Roadmap& r) { require_editable(r); }; }

}  // namespace

Schedule RoadmapService::schedule_for(const std::string& deadline_text, const DateRange& period) {
    return parse_deadline(deadline_text, period);
}

NewRoadmapRecord RoadmapService::records_for(RoadmapInput in) {
    in.validate();
    NewRoadmapRecord rec;
    for (auto& s : in.sections) {
        NewSectionRecord sr;
        for (auto& i : s.items) sr.items.push_back(item_record(i, in.period));
        s.items.clear();
        sr.input = std::move(s);
        rec.sections.push_back(std::move(sr));
    }
    in.sections.clear();
    rec.input = std::move(in);
    return rec;
}

Roadmap RoadmapService::create(const DistrictId& district_id, RoadmapInput in) {
    return repo_.create(district_id, records_for(std::move(in)));
}

Roadmap RoadmapService::get(const DistrictId& district_id, const RoadmapId& id) {
    if (auto r = repo_.find(district_id, id)) return *r;
    throw not_found("The roadmap");
}

Roadmap RoadmapService::update(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v,
                               RoadmapPatch patch) {
    patch.validate();
    return repo_.update_header(district_id, id, v, editable(), patch, &RoadmapService::schedule_for);
}

void RoadmapService::remove(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v) {
    repo_.remove(district_id, id, v, [](const Roadmap& r) {
        if (r.status != RoadmapStatus::draft && r.status != RoadmapStatus::returned)
            throw conflict("roadmap-status", "Only a draft can be deleted; an approved roadmap is history.");
    });
}

RoadmapSection RoadmapService::add_section(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                           ExpectedVersion v, SectionInput in) {
    in.validate("");
    auto header = get(district_id, roadmap_id);
    NewSectionRecord rec;
    for (auto& i : in.items) rec.items.push_back(item_record(i, header.period));
    in.items.clear();
    rec.input = std::move(in);
    return repo_.add_section(district_id, roadmap_id, v, editable(), rec);
}

RoadmapSection RoadmapService::update_section(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                              const SectionId& section_id, ExpectedVersion v, SectionPatch patch) {
    patch.validate();
    return repo_.update_section(district_id, roadmap_id, section_id, v, editable(), patch);
}

void RoadmapService::remove_section(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                    const SectionId& section_id, ExpectedVersion v) {
    repo_.remove_section(district_id, roadmap_id, section_id, v, editable());
}

RoadmapItem RoadmapService::add_item(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                     const SectionId& section_id, ExpectedVersion v, ItemInput in) {
    in.validate("");
    auto header = get(district_id, roadmap_id);
    return repo_.add_item(district_id, roadmap_id, section_id, v, editable(), item_record(std::move(in), header.period));
}

RoadmapItem RoadmapService::update_item(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                        const ItemId& item_id, ExpectedVersion v, ItemPatch patch) {
    patch.validate();
    return repo_.update_item(district_id, roadmap_id, item_id, v, editable(), patch, &RoadmapService::schedule_for);
}

void RoadmapService::remove_item(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                 const ItemId& item_id, ExpectedVersion v) {
    repo_.remove_item(district_id, roadmap_id, item_id, v, editable());
}

Roadmap RoadmapService::submit(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v) {
    return repo_.set_status(district_id, id, v, [](const Roadmap& r) {
        if (r.superseded_by) throw conflict("roadmap-status", "This version was replaced by a newer one.");
        if (r.item_count == 0) throw conflict("roadmap-empty", "A roadmap with no items cannot be submitted.");
        return submit_transition(r.status);
    }, std::nullopt);
}

Roadmap RoadmapService::approve(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v) {
    return repo_.set_status(district_id, id, v, [](const Roadmap& r) { return approve_transition(r.status); },
                            std::nullopt);
}

Roadmap RoadmapService::return_for_changes(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v,
                                           std::string comment) {
    if (comment.empty() || comment.size() > 5000)
        throw validation_error({{"/comment", "returning needs a comment (at most 5000 characters)"}});
    return repo_.set_status(district_id, id, v, [](const Roadmap& r) { return return_transition(r.status); }, comment);
}

RoadmapItem RoadmapService::record_progress(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                            const ItemId& item_id, ExpectedVersion v, ProgressInput in) {
    in.validate(today_());
    return repo_.record_progress(district_id, roadmap_id, item_id, v,
                                 [](const Roadmap& r) { require_progress_allowed(r); }, in);
}

ImportPlan RoadmapService::plan_import(const RoadmapOwner& owner, const std::optional<DateRange>& period,
                                       const std::optional<std::string>& title, std::string_view table,
                                       TableFormat format, const ImportOptions& options) {
    ImportPlan plan;
    plan.parsed = parse_roadmap_table(table, format, options);
    auto& parsed = plan.parsed;
    RoadmapInput in;
    in.owner = owner;
    std::vector<ImportWarning> warnings = parsed.warnings;
    if (period) {
        in.period = *period;
    } else if (auto guess = infer_import_period(parsed)) {
        in.period = guess->period;
        plan.period_inferred = true;
        warnings.push_back(period_inferred_warning(*guess));
    } else {
        throw validation_error({{"/period_start", "is required: the document names no period (no years in its title or "
                                                  "its deadlines); give period_start and period_end"}});
    }
    for (auto& w : windows_outside_period(parsed, in.period)) warnings.push_back(std::move(w));
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const ImportWarning& a, const ImportWarning& b) { return a.line < b.line; });
    if (warnings.size() > kMaxImportWarnings) {
        const auto left = warnings.size() - (kMaxImportWarnings - 1);
        warnings.resize(kMaxImportWarnings - 1);
        warnings.push_back({warnings.back().line, "more-warnings",
                            std::to_string(left) + " more warning(s) left out.",
                            "Ещё предупреждений, не показанных здесь: " + std::to_string(left) + "."});
    }
    in.title = title ? *title : parsed.title.value_or("Дорожная карта");
    for (auto& s : parsed.sections) {
        SectionInput si;
        si.number = s.number;
        si.title = s.title;
        si.description = s.description;
        si.stage = s.stage;
        for (auto& i : s.items) {
            ItemInput ii;
            ii.number = i.number;
            ii.title = i.title;
            ii.deadline_text = i.deadline_text;
            ii.responsible = i.responsible;
            ii.expected_result = i.expected_result;
            ii.indicators = i.indicators;
            ii.notes = i.notes;
            ii.stage = i.stage;
            si.items.push_back(std::move(ii));
        }
        in.sections.push_back(std::move(si));
    }
    plan.record = records_for(std::move(in));
    plan.record.import_warnings = std::move(warnings);
    return plan;
}

ImportResult RoadmapService::import_table(const DistrictId& district_id, const RoadmapOwner& owner,
                                          const std::optional<DateRange>& period,
                                          const std::optional<std::string>& title, std::string_view table,
                                          TableFormat format, const ImportOptions& options) {
    auto plan = plan_import(owner, period, title, table, format, options);
    ImportResult result;
    result.warnings = plan.record.import_warnings;
    result.roadmap = repo_.create(district_id, plan.record);
    result.unplaced = std::move(plan.parsed.unplaced);
    result.tables = plan.parsed.tables;
    result.parts = std::move(plan.parsed.parts);
    result.part = plan.parsed.part;
    return result;
}

Roadmap RoadmapService::from_template(const DistrictId& district_id, const std::string& template_id,
                                      const OrganizationId& organization_id, const DateRange& period,
                                      const std::optional<std::string>& title) {
    const auto* t = find_roadmap_template(template_id);
    if (!t) throw validation_error({{"/template_id", "no such template"}});
    RoadmapInput in;
    in.owner.organization_id = organization_id;
    in.period = period;
    in.title = title.value_or(t->title);
    in.template_id = t->id;
    for (auto& stage : t->stages) {
        SectionInput s;
        s.number = std::to_string(stage.number);
        s.title = stage.title;
        s.stage = stage.number;
        if (!stage.documents.empty()) {
            s.description = "Рекомендуемые документы:";
            for (auto& d : stage.documents) s.description += "\n- " + d;
        }
        int n = 0;
        for (auto& a : stage.activities) {
            ItemInput i;
            i.number = std::to_string(stage.number) + "." + std::to_string(++n);
            i.title = a;
            i.stage = stage.number;
            s.items.push_back(std::move(i));
        }
        in.sections.push_back(std::move(s));
    }
    return create(district_id, std::move(in));
}

Roadmap RoadmapService::new_version(const DistrictId& district_id, const RoadmapId& id) {
    auto old = get(district_id, id);
    if (old.status != RoadmapStatus::approved)
        throw conflict("roadmap-status", "New versions start from an approved roadmap; edit this one directly.");
    if (old.superseded_by) throw conflict("roadmap-status", "This version was already replaced by a newer one.");
    RoadmapQuery siblings;
    siblings.owner = old.owner;
    siblings.page.limit = PageRequest::max_limit;
    for (std::optional<std::string> cursor;;) {
        siblings.page.cursor = cursor;
        auto page = repo_.list(district_id, siblings);
        for (auto& r : page.items)
            if (r.previous_id == old.id)
                throw conflict("roadmap-version-exists", "A new version of this roadmap is already being prepared: " + r.id.str() + ".");
        if (!page.next_cursor) break;
        cursor = page.next_cursor;
    }
    RoadmapInput in;
    in.owner = old.owner;
    in.title = old.title;
    in.period = old.period;
    in.template_id = old.template_id;
    for (auto& s : old.sections) {
        SectionInput si{s.number, s.title, s.description, s.stage, {}};
        for (auto& i : s.items)
            si.items.push_back({i.number, i.title, i.deadline_text, i.responsible, i.expected_result, i.indicators,
                                i.notes, i.stage, i.responsible_user_ids});
        in.sections.push_back(std::move(si));
    }
    auto rec = records_for(std::move(in));
    rec.revision = old.revision + 1;
    rec.previous_id = old.id;
    return repo_.create(district_id, rec);
}

}  // namespace domain
