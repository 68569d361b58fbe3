#include "persistence/read_scopes.hpp"

#include "persistence/compliance_repository.hpp"
#include "persistence/roadmap_repository.hpp"

namespace persistence {

void PgReadScopes::in_district(const domain::DistrictId& district,
                               const std::function<void(domain::DistrictReads&)>& fn) {
    const auto& district_id = district.str();
    db_.in_tenant(district_id, [&](soci::session& sql) {
        OpenTransaction tx(sql, &district_id, nullptr);  // the repositories run in this transaction
        PgComplianceRepository compliance(tx);
        PgRoadmapRepository roadmaps(tx);
        domain::DistrictReads reads{compliance, roadmaps};
        fn(reads);
    });
}

}  // namespace persistence
