#pragma once
// An in-memory RoadmapRepository (domain/roadmap.hpp) for the service tests: what the port's
// contract says, kept in maps, without a database. Each roadmap belongs to one district (another
// district's id is "not found"); every change checks the expected version first (a stale one is
// precondition_failed `stale`, as persistence/sql_helpers.hpp check_version), then runs the
// service's check on the header, then bumps the version; approving a new version marks the one
// it replaces superseded (a second approval of a sibling is a conflict).
#include <map>
#include <string>

#include "domain/roadmap.hpp"

namespace fakes {

class RoadmapRepository : public domain::RoadmapRepository {
public:
    domain::Roadmap create(const domain::DistrictId& district_id, const domain::NewRoadmapRecord&) override;
    std::optional<domain::Roadmap> find(const domain::DistrictId& district_id, const domain::RoadmapId& id) override;
    domain::Page<domain::Roadmap> list(const domain::DistrictId& district_id, const domain::RoadmapQuery&) override;
    domain::Roadmap update_header(const domain::DistrictId& district_id, const domain::RoadmapId& id,
                                  domain::ExpectedVersion, const domain::RoadmapCheck&, const domain::RoadmapPatch&,
                                  const Reparse&) override;
    domain::Roadmap set_status(const domain::DistrictId& district_id, const domain::RoadmapId& id,
                               domain::ExpectedVersion,
                               const std::function<domain::RoadmapStatus(const domain::Roadmap&)>& transition,
                               const std::optional<std::string>& comment) override;
    void remove(const domain::DistrictId& district_id, const domain::RoadmapId& id, domain::ExpectedVersion,
                const domain::RoadmapCheck&) override;
    domain::RoadmapSection add_section(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                       domain::ExpectedVersion, const domain::RoadmapCheck&,
                                       const domain::NewSectionRecord&) override;
    domain::RoadmapSection update_section(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                          const domain::SectionId& section_id, domain::ExpectedVersion,
                                          const domain::RoadmapCheck&, const domain::SectionPatch&) override;
    void remove_section(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                        const domain::SectionId& section_id, domain::ExpectedVersion,
                        const domain::RoadmapCheck&) override;
    domain::RoadmapItem add_item(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                 const domain::SectionId& section_id, domain::ExpectedVersion,
                                 const domain::RoadmapCheck&, const domain::NewItemRecord&) override;
    domain::RoadmapItem update_item(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                    const domain::ItemId& item_id, domain::ExpectedVersion, const domain::RoadmapCheck&,
                                    const domain::ItemPatch&, const Reparse&) override;
    void remove_item(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                     const domain::ItemId& item_id, domain::ExpectedVersion, const domain::RoadmapCheck&) override;
    domain::RoadmapItem record_progress(const domain::DistrictId& district_id, const domain::RoadmapId& roadmap_id,
                                        const domain::ItemId& item_id, domain::ExpectedVersion,
                                        const domain::RoadmapCheck&, const domain::ProgressInput&) override;

    // What the tests look at besides the port: how many roadmaps are stored, and every
    // progress record written (in order), as the audit of what a refused call must not add.
    [[nodiscard]] std::size_t size() const { return roadmaps_.size(); }
    struct ProgressRecord {
        domain::ItemId item_id;
        domain::OccurrenceId occurrence_id;
        domain::ProgressInput input;
    };
    [[nodiscard]] const std::vector<ProgressRecord>& progress_log() const { return progress_; }

private:
    domain::Roadmap& locked(const domain::DistrictId& district_id, const domain::RoadmapId& id);
    domain::RoadmapItem& item_of(domain::Roadmap&, const domain::ItemId& item_id);
    template <class IdT>
    IdT next_id(const char* kind) { return IdT{next_text(kind)}; }
    std::string next_text(const char* kind);
    void place(domain::RoadmapItem&, const domain::SectionId& section_id, const domain::NewItemRecord&);
    domain::RoadmapSection section(const domain::NewSectionRecord&);  // with new ids, positions unset
    domain::Instant stamp();  // the next tick of the stand-in clock

    std::map<domain::RoadmapId, domain::Roadmap> roadmaps_;  // by id
    std::vector<ProgressRecord> progress_;
    long next_ = 0;
    int tick_ = 0;  // a stand-in clock for created_at / updated_at / submitted_at / approved_at
};

}  // namespace fakes
