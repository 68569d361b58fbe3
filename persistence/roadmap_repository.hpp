#pragma once
#include "domain/roadmap.hpp"
#include "persistence/database.hpp"

namespace persistence {

class PgRoadmapRepository final : public domain::RoadmapRepository {
public:
    // `db`: the pool, or a read scope's open transaction (persistence/read_scopes.hpp).
    explicit PgRoadmapRepository(Transactions& db) : db_(db) {}

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

private:
    Transactions& db_;
};

}  // namespace persistence
