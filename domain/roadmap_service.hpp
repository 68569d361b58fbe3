#pragma once
// The roadmap use cases: create, edit drafts, the approval workflow, progress,
// importing the tables people already have, the seven-stage template, new versions.
#include <functional>

#include "domain/roadmap.hpp"
#include "domain/roadmap_import.hpp"

namespace domain {

// What an import would create, before anything is written (the preview, dry_run=true).
struct ImportPlan {
    NewRoadmapRecord record;          // validated, every deadline read; record.import_warnings set
    ImportedRoadmap parsed;           // the same sections and items, with their source lines
    bool period_inferred = false;
};

struct ImportResult {
    Roadmap roadmap;
    std::vector<UnplacedLine> unplaced;
    int tables = 0;
    std::vector<ImportWarning> warnings;
    std::vector<ImportedPart> parts;
    int part = 1;
};

// At most this many warnings are kept; a last `more-warnings` one says how many were left out.
inline constexpr std::size_t kMaxImportWarnings = 500;

class RoadmapService {
public:
    explicit RoadmapService(RoadmapRepository& repo, std::function<Date()> today = &Date::today_utc)
        : repo_(repo), today_(std::move(today)) {}

    static Schedule schedule_for(const std::string& deadline_text, const DateRange& period);

    Roadmap create(const DistrictId& district_id, RoadmapInput in);
    // What create would write: validated, every deadline read; nothing written.
    static NewRoadmapRecord preview(RoadmapInput in) { return records_for(std::move(in)); }
    Roadmap get(const DistrictId& district_id, const RoadmapId& id);
    Page<Roadmap> list(const DistrictId& district_id, const RoadmapQuery& q) { return repo_.list(district_id, q); }
    Roadmap update(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v, RoadmapPatch patch);
    void remove(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v);

    RoadmapSection add_section(const DistrictId& district_id, const RoadmapId& roadmap_id, ExpectedVersion v,
                               SectionInput in);
    RoadmapSection update_section(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                  const SectionId& section_id, ExpectedVersion v, SectionPatch patch);
    void remove_section(const DistrictId& district_id, const RoadmapId& roadmap_id, const SectionId& section_id,
                        ExpectedVersion v);
    RoadmapItem add_item(const DistrictId& district_id, const RoadmapId& roadmap_id, const SectionId& section_id,
                         ExpectedVersion v, ItemInput in);
    RoadmapItem update_item(const DistrictId& district_id, const RoadmapId& roadmap_id, const ItemId& item_id,
                            ExpectedVersion v, ItemPatch patch);
    void remove_item(const DistrictId& district_id, const RoadmapId& roadmap_id, const ItemId& item_id,
                     ExpectedVersion v);

    Roadmap submit(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v);
    Roadmap approve(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v);
    Roadmap return_for_changes(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion v,
                               std::string comment);

    RoadmapItem record_progress(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                const ItemId& item_id, ExpectedVersion v, ProgressInput in);

    // What importing a table would create: read, checked and scheduled, nothing written. A period
    // not given is inferred (domain/roadmap_import_review.hpp), else a validation error.
    static ImportPlan plan_import(const RoadmapOwner& owner, const std::optional<DateRange>& period,
                                  const std::optional<std::string>& title, std::string_view table, TableFormat format,
                                  const ImportOptions& options = {});
    // A draft from a table (TSV in the seeds' shape, or CSV); what could not be placed and what
    // the reading doubted are reported, the warnings kept with the draft until it is approved.
    ImportResult import_table(const DistrictId& district_id, const RoadmapOwner& owner,
                              const std::optional<DateRange>& period, const std::optional<std::string>& title,
                              std::string_view table, TableFormat format, const ImportOptions& options = {});
    // A draft organisation roadmap with the template's stages and activities.
    Roadmap from_template(const DistrictId& district_id, const std::string& template_id,
                          const OrganizationId& organization_id, const DateRange& period,
                          const std::optional<std::string>& title);
    // A new draft version of an approved roadmap; the old one is kept until the new one is approved.
    Roadmap new_version(const DistrictId& district_id, const RoadmapId& id);

private:
    static NewRoadmapRecord records_for(RoadmapInput in);
    RoadmapRepository& repo_;
    std::function<Date()> today_;
};

}  // namespace domain
