#include "domain/access.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/errors.hpp"

namespace domain {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 6> kRoles{{
    {Role::system_admin, "system_admin"},
    {Role::region_analyst, "region_analyst"},
    {Role::district_coordinator, "district_coordinator"},
    {Role::district_viewer, "district_viewer"},
    {Role::org_curator, "org_curator"},
    {Role::org_system, "org_system"},
}};

[[noreturn]] void hidden(const char* what) { throw not_found(what); }
[[noreturn]] void refuse(std::string detail) {
    throw Error(ErrorKind::forbidden, "forbidden", std::move(detail));
}

template <class IdT>
bool same(const std::optional<IdT>& a, const IdT& b) { return a && *a == b; }

}  // namespace

std::string_view to_string(Role r) {
    for (auto& [k, s] : kRoles)
        if (k == r) return s;
    return "district_viewer";
}

std::optional<Role> parse_role(std::string_view s) {
    for (auto& [k, name] : kRoles)
        if (name == s) return k;
    return std::nullopt;
}

bool Actor::has_scope(std::string_view s) const {
    return std::find(scopes.begin(), scopes.end(), s) != scopes.end();
}

void check_district(const Actor& a, const DistrictRef& d, Need need) {
    switch (a.role) {
        case Role::system_admin: return;
        case Role::region_analyst:
            if (!same(a.region_id, d.region_id)) hidden("The district");
            if (need == Need::write) refuse("Region analysts read aggregates; they change nothing in a district.");
            return;
        case Role::district_coordinator: 
            if (!same(a.district_id, d.id)) hidden("The district");
            return;
        case Role::district_viewer:
            if (!same(a.district_id, d.id)) hidden("The district");
            if (need == Need::write) refuse("District viewers may read, not change.");
            return;
        case Role::org_curator:
        case Role::org_system:
            if (!same(a.district_id, d.id)) hidden("The district");
            if (need == Need::write) refuse("Only the district coordinator changes district-wide data.");
            return;
    }
}

void check_organization(const Actor& a, const DistrictRef& d, const OrganizationId& org, Need need) {
    switch (a.role) {
        case Role::org_curator:
        case Role::org_system:
            if (!same(a.district_id, d.id)) hidden("The district");
            if (!same(a.organization_id, org)) hidden("The organization");
            if (a.role == Role::org_system && need == Need::read && !a.has_scope("read") && !a.has_scope("write"))
                refuse("This key has no read scope.");
            if (a.role == Role::org_system && need == Need::write && !a.has_scope("write"))
                refuse("This key has no write scope.");
            return;
        default: check_district(a, d, need);
    }
}

void check_district_admin(const Actor& a, const DistrictRef& d) {
    check_district(a, d, Need::read);
    if (a.role != Role::system_admin && a.role != Role::district_coordinator)
        refuse("Only the district coordinator manages the district's users and keys.");
}

void check_region(const Actor& a, const RegionId& region_id, Need need) {
    if (a.role == Role::system_admin) return;
    if (a.role == Role::region_analyst && same(a.region_id, region_id)) {
        if (need == Need::write) refuse("Region analysts read; they change nothing.");
        return;
    }
    hidden("The region");
}

void check_system_admin(const Actor& a) {
    if (a.role != Role::system_admin) refuse("Only a system administrator may do this.");
}

bool may_see_personal_data(const Actor& a, const DistrictRef& d, const std::optional<OrganizationId>& org) {
    switch (a.role) {
        case Role::system_admin: return false;  // administers the system, not children's records
        case Role::district_coordinator: return same(a.district_id, d.id);
        case Role::org_curator:
        case Role::org_system: return same(a.district_id, d.id) && org && same(a.organization_id, *org);
        default: return false;
    }
}

bool may_grant(const Actor& a, Role r) {
    if (a.role == Role::system_admin) return r != Role::org_system;
    if (a.role == Role::district_coordinator)
        return r == Role::district_coordinator || r == Role::district_viewer || r == Role::org_curator;
    return false;
}

}  // namespace domain
