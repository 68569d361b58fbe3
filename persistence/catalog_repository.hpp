#pragma once
#include "domain/catalog.hpp"
#include "persistence/database.hpp"

namespace persistence {

class PgCatalogRepository final : public domain::CatalogRepository {
public:
    explicit PgCatalogRepository(Database& db) : db_(db) {}

    domain::Region create_region(const domain::RegionInput&) override;
    std::optional<domain::Region> find_region(const domain::RegionId& id) override;
    domain::Page<domain::Region> list_regions(const domain::PageRequest&) override;
    domain::Region update_region(const domain::RegionId& id, domain::ExpectedVersion, const domain::RegionPatch&) override;

    domain::District create_district(const domain::DistrictInput&) override;
    std::optional<domain::District> find_district(const domain::DistrictId& id) override;
    domain::Page<domain::District> list_districts(const domain::DistrictQuery&) override;
    domain::District update_district(const domain::DistrictId& id, domain::ExpectedVersion,
                                     const domain::DistrictPatch&) override;

    domain::Organization create_organization(const domain::DistrictId& district_id, const domain::OrganizationInput&) override;
    std::optional<domain::Organization> find_organization(const domain::DistrictId& district_id,
                                                          const domain::OrganizationId& id) override;
    domain::Page<domain::Organization> list_organizations(const domain::DistrictId& district_id,
                                                          const domain::OrganizationQuery&) override;
    domain::Organization update_organization(const domain::DistrictId& district_id, const domain::OrganizationId& id,
                                             domain::ExpectedVersion, const domain::OrganizationPatch&) override;

private:
    Database& db_;
};

}  // namespace persistence
