#pragma once
#include "domain/roadmap.hpp"
#include "persistence/database.hpp"

namespace persistence {

class PgRoadmapRepository final : public domain::RoadmapRepository {
public:
    // `db`: the pool, or a read scope's open transaction (persistence/read_scopes.hpp).
    explicit PgRoadmapRepository(Transactions& db) : db_(db) {}

    using Reparse = std::function<domain::Schedule(const std::string&, const domain::DateRange&)>;

    domain::Roadmap create(const std::string& district_id, const domain::NewRoadmapRecord&) override;
    std::optional<domain::Roadmap> find(const std::string& district_id, const std::string& id) override;
    domain::Page<domain::Roadmap> list(const std::string& district_id, const domain::RoadmapQuery&) override;
    domain::Roadmap update_header(const std::string& district_id, const std::string& id, domain::ExpectedVersion,
                                  const domain::RoadmapCheck&, const domain::RoadmapPatch&, const Reparse&) override;
    domain::Roadmap set_status(const std::string& district_id, const std::string& id, domain::ExpectedVersion,
                               const std::function<domain::RoadmapStatus(const domain::Roadmap&)>& transition,
                               const std::optional<std::string>& comment) override;
    void remove(const std::string& district_id, const std::string& id, domain::ExpectedVersion,
                const domain::RoadmapCheck&) override;
    domain::RoadmapSection add_section(const std::string& district_id, const std::string& roadmap_id,
                                       domain::ExpectedVersion, const domain::RoadmapCheck&,
                                       const domain::NewSectionRecord&) override;
    domain::RoadmapSection update_section(const std::string& district_id, const std::string& roadmap_id,
                                          const std::string& section_id, domain::ExpectedVersion,
                                          const domain::RoadmapCheck&, const domain::SectionPatch&) override;
    void remove_section(const std::string& district_id, const std::string& roadmap_id, const std::string& section_id,
                        domain::ExpectedVersion, const domain::RoadmapCheck&) override;
    domain::RoadmapItem add_item(const std::string& district_id, const std::string& roadmap_id,
                                 const std::string& section_id, domain::ExpectedVersion, const domain::RoadmapCheck&,
                                 const domain::NewItemRecord&) override;
    domain::RoadmapItem update_item(const std::string& district_id, const std::string& roadmap_id,
                                    const std::string& item_id, domain::ExpectedVersion, const domain::RoadmapCheck&,
                                    const domain::ItemPatch&, const Reparse&) override;
    void remove_item(const std::string& district_id, const std::string& roadmap_id, const std::string& item_id,
                     domain::ExpectedVersion, const domain::RoadmapCheck&) override;
    domain::RoadmapItem record_progress(const std::string& district_id, const std::string& roadmap_id,
                                        const std::string& item_id, domain::ExpectedVersion,
                                        const domain::RoadmapCheck&, const domain::ProgressInput&) override;

private:
    Transactions& db_;
};

}  // namespace persistence
