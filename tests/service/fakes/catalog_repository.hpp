#pragma once
// An in-memory CatalogRepository (domain/catalog.hpp) for the service tests, as the port's
// contract says: not_found for a missing record, precondition_failed when the expected version
// is stale, conflict on a duplicate code (a region's among regions, a district's among
// districts); an organisation belongs to its district and is not found from another.
#include <map>
#include <string>

#include "domain/catalog.hpp"

namespace fakes {

class CatalogRepository : public domain::CatalogRepository {
public:
    domain::Region create_region(const domain::RegionInput&) override;
    std::optional<domain::Region> find_region(const domain::RegionId& id) override;
    domain::Page<domain::Region> list_regions(const domain::PageRequest&) override;
    domain::Region update_region(const domain::RegionId& id, domain::ExpectedVersion, const domain::RegionPatch&) override;

    domain::District create_district(const domain::DistrictInput&) override;
    std::optional<domain::District> find_district(const domain::DistrictId& id) override;
    domain::Page<domain::District> list_districts(const domain::DistrictQuery&) override;
    domain::District update_district(const domain::DistrictId& id, domain::ExpectedVersion, const domain::DistrictPatch&) override;

    domain::Organization create_organization(const domain::DistrictId& district_id, const domain::OrganizationInput&) override;
    std::optional<domain::Organization> find_organization(const domain::DistrictId& district_id, const domain::OrganizationId& id) override;
    domain::Page<domain::Organization> list_organizations(const domain::DistrictId& district_id,
                                                          const domain::OrganizationQuery&) override;
    domain::Organization update_organization(const domain::DistrictId& district_id, const domain::OrganizationId& id,
                                             domain::ExpectedVersion, const domain::OrganizationPatch&) override;

    [[nodiscard]] std::size_t districts() const { return districts_.size(); }

private:
    std::string next_id();
    std::map<domain::RegionId, domain::Region> regions_;
    std::map<domain::DistrictId, domain::District> districts_;
    std::map<domain::OrganizationId, domain::Organization> organizations_;
    long next_ = 0;
};

}  // namespace fakes
