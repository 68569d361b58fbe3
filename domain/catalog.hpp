#pragma once
// The hierarchy the product is built on: regions hold districts (the tenants), districts
// hold organisations (schools, kindergartens, colleges, …).
#include <optional>
#include <string>
#include <string_view>

#include "domain/ids.hpp"
#include "domain/instant.hpp"
#include "domain/paging.hpp"

namespace domain {

struct Region {
    RegionId id;
    std::string name, code;
    int version = 1;
    Instant created_at, updated_at;
};

struct District {
    DistrictId id;
    RegionId region_id;
    std::string name, code;
    int version = 1;
    Instant created_at, updated_at;
};

enum class OrganizationType { school, kindergarten, college, additional_education, methodical_center };
enum class OrganizationStatus { active, closed };

std::string_view to_string(OrganizationType);
std::string_view to_string(OrganizationStatus);
std::optional<OrganizationType> parse_organization_type(std::string_view);
std::optional<OrganizationStatus> parse_organization_status(std::string_view);

struct Organization {
    OrganizationId id;
    DistrictId district_id;
    std::string name;
    std::optional<std::string> short_name, address, external_code;
    OrganizationType type = OrganizationType::school;
    OrganizationStatus status = OrganizationStatus::active;
    int version = 1;
    Instant created_at, updated_at;
};

// What a caller sends to create one; `validate` trims and checks every field.
struct RegionInput {
    std::string name, code;
    void validate();
};
struct RegionPatch {
    std::optional<std::string> name, code;
    void validate();
};
struct DistrictInput {
    RegionId region_id;  // as sent: validate() checks it is a UUID
    std::string name, code;
    void validate();
};
struct DistrictPatch {
    std::optional<std::string> name, code;
    void validate();
};
struct OrganizationInput {
    std::string name;
    std::optional<std::string> short_name, address, external_code;
    OrganizationType type = OrganizationType::school;
    void validate();
};
// A field left nullopt stays as it is; an inner nullopt clears an optional field.
struct OrganizationPatch {
    std::optional<std::string> name;
    std::optional<std::optional<std::string>> short_name, address, external_code;
    std::optional<OrganizationType> type;
    std::optional<OrganizationStatus> status;
    void validate();
    void apply_to(Organization&) const;
};

struct DistrictQuery {
    std::optional<RegionId> region_id;
    PageRequest page;
};
struct OrganizationQuery {
    std::optional<OrganizationType> type;
    std::optional<OrganizationStatus> status;
    std::optional<std::string> q;  // part of the name or short name, any case
    std::optional<OrganizationId> only_id;  // curators and school systems list just their own
    PageRequest page;
};

// Storage, implemented in persistence/. Methods throw domain::Error: not_found for a
// missing record, precondition_failed when the expected version is stale, conflict on a
// duplicate code.
class CatalogRepository {
public:
    virtual ~CatalogRepository() = default;

    virtual Region create_region(const RegionInput&) = 0;
    virtual std::optional<Region> find_region(const RegionId& id) = 0;
    virtual Page<Region> list_regions(const PageRequest&) = 0;
    virtual Region update_region(const RegionId& id, ExpectedVersion, const RegionPatch&) = 0;

    virtual District create_district(const DistrictInput&) = 0;
    virtual std::optional<District> find_district(const DistrictId& id) = 0;
    virtual Page<District> list_districts(const DistrictQuery&) = 0;
    virtual District update_district(const DistrictId& id, ExpectedVersion, const DistrictPatch&) = 0;

    virtual Organization create_organization(const DistrictId& district_id, const OrganizationInput&) = 0;
    virtual std::optional<Organization> find_organization(const DistrictId& district_id, const OrganizationId& id) = 0;
    virtual Page<Organization> list_organizations(const DistrictId& district_id, const OrganizationQuery&) = 0;
    virtual Organization update_organization(const DistrictId& district_id, const OrganizationId& id, ExpectedVersion,
                                             const OrganizationPatch&) = 0;
};

// The use cases: validate, then store. Handlers call these and nothing below.
class CatalogService {
public:
    explicit CatalogService(CatalogRepository& repo) : repo_(repo) {}

    Region create_region(RegionInput in);
    Region region(const RegionId& id);
    Page<Region> regions(const PageRequest& page) { return repo_.list_regions(page); }
    Region update_region(const RegionId& id, ExpectedVersion v, RegionPatch patch);

    District create_district(DistrictInput in);
    District district(const DistrictId& id);
    Page<District> districts(const DistrictQuery& q) { return repo_.list_districts(q); }
    District update_district(const DistrictId& id, ExpectedVersion v, DistrictPatch patch);

    Organization create_organization(const DistrictId& district_id, OrganizationInput in);
    Organization organization(const DistrictId& district_id, const OrganizationId& id);
    std::optional<Organization> find_organization(const DistrictId& district_id, const OrganizationId& id) {
        return repo_.find_organization(district_id, id);
    }
    Page<Organization> organizations(const DistrictId& district_id, const OrganizationQuery& q);
    Organization update_organization(const DistrictId& district_id, const OrganizationId& id, ExpectedVersion v,
                                     OrganizationPatch patch);
    // Archiving closes the organisation: it leaves the denominators but keeps its history.
    Organization archive_organization(const DistrictId& district_id, const OrganizationId& id, ExpectedVersion v);

private:
    CatalogRepository& repo_;
};

}  // namespace domain
