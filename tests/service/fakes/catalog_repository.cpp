#include "fakes/catalog_repository.hpp"

#include <algorithm>

#include "domain/errors.hpp"
#include "fakes/common.hpp"

namespace fakes {
namespace {

[[noreturn]] void duplicate() { throw domain::conflict("conflict", "It conflicts with an existing record."); }

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return s;
}

}  // namespace

std::string CatalogRepository::next_id() { return uuid(0xca7a1090, ++next_); }

domain::Region CatalogRepository::create_region(const domain::RegionInput& in) {
    for (auto& [id, r] : regions_)
        if (r.code == in.code) duplicate();
    domain::Region r;
    r.id = domain::RegionId{next_id()};
    r.name = in.name;
    r.code = in.code;
    return regions_[r.id] = r;
}

std::optional<domain::Region> CatalogRepository::find_region(const domain::RegionId& id) {
    auto it = regions_.find(id);
    return it == regions_.end() ? std::nullopt : std::optional(it->second);
}

domain::Page<domain::Region> CatalogRepository::list_regions(const domain::PageRequest& p) {
    std::vector<domain::Region> rows;
    for (auto& [id, r] : regions_) rows.push_back(r);
    return page_of(rows, p);
}

domain::Region CatalogRepository::update_region(const domain::RegionId& id, domain::ExpectedVersion v,
                                                const domain::RegionPatch& patch) {
    auto it = regions_.find(id);
    if (it == regions_.end()) throw domain::not_found("The region");
    check_version(it->second.version, v, "The region");
    if (patch.code)
        for (auto& [other, r] : regions_)
            if (other != id && r.code == *patch.code) duplicate();
    if (patch.name) it->second.name = *patch.name;
    if (patch.code) it->second.code = *patch.code;
    ++it->second.version;
    return it->second;
}

domain::District CatalogRepository::create_district(const domain::DistrictInput& in) {
    for (auto& [id, d] : districts_)
        if (d.code == in.code) duplicate();
    domain::District d;
    d.id = domain::DistrictId{next_id()};
    d.region_id = in.region_id;
    d.name = in.name;
    d.code = in.code;
    return districts_[d.id] = d;
}

std::optional<domain::District> CatalogRepository::find_district(const domain::DistrictId& id) {
    auto it = districts_.find(id);
    return it == districts_.end() ? std::nullopt : std::optional(it->second);
}

domain::Page<domain::District> CatalogRepository::list_districts(const domain::DistrictQuery& q) {
    std::vector<domain::District> rows;
    for (auto& [id, d] : districts_)
        if (!q.region_id || d.region_id == *q.region_id) rows.push_back(d);
    return page_of(rows, q.page);
}

domain::District CatalogRepository::update_district(const domain::DistrictId& id, domain::ExpectedVersion v,
                                                    const domain::DistrictPatch& patch) {
    auto it = districts_.find(id);
    if (it == districts_.end()) throw domain::not_found("The district");
    check_version(it->second.version, v, "The district");
    if (patch.code)
        for (auto& [other, d] : districts_)
            if (other != id && d.code == *patch.code) duplicate();
    if (patch.name) it->second.name = *patch.name;
    if (patch.code) it->second.code = *patch.code;
    ++it->second.version;
    return it->second;
}

domain::Organization CatalogRepository::create_organization(const domain::DistrictId& district_id,
                                                            const domain::OrganizationInput& in) {
    if (!districts_.count(district_id)) throw domain::not_found("The district");
    domain::Organization o;
    o.id = domain::OrganizationId{next_id()};
    o.district_id = district_id;
    o.name = in.name;
    o.short_name = in.short_name;
    o.address = in.address;
    o.external_code = in.external_code;
    o.type = in.type;
    return organizations_[o.id] = o;
}

std::optional<domain::Organization> CatalogRepository::find_organization(const domain::DistrictId& district_id,
                                                                         const domain::OrganizationId& id) {
    auto it = organizations_.find(id);
    if (it == organizations_.end() || it->second.district_id != district_id) return std::nullopt;
    return it->second;
}

domain::Page<domain::Organization> CatalogRepository::list_organizations(const domain::DistrictId& district_id,
                                                                         const domain::OrganizationQuery& q) {
    std::vector<domain::Organization> rows;
    for (auto& [id, o] : organizations_) {
        if (o.district_id != district_id) continue;
        if (q.type && o.type != *q.type) continue;
        if (q.status && o.status != *q.status) continue;
        if (q.only_id && o.id != *q.only_id) continue;
        if (q.q && lower(o.name).find(lower(*q.q)) == std::string::npos &&
            lower(o.short_name.value_or("")).find(lower(*q.q)) == std::string::npos)
            continue;
        rows.push_back(o);
    }
    std::sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });
    return page_of(rows, q.page);
}

domain::Organization CatalogRepository::update_organization(const domain::DistrictId& district_id, const domain::OrganizationId& id,
                                                            domain::ExpectedVersion v,
                                                            const domain::OrganizationPatch& patch) {
    auto it = organizations_.find(id);
    if (it == organizations_.end() || it->second.district_id != district_id) throw domain::not_found("The organization");
    check_version(it->second.version, v, "The organization");
    patch.apply_to(it->second);
    ++it->second.version;
    return it->second;
}

}  // namespace fakes
