#pragma once
// Who is calling and what they may do. The tenant and the role always come from the
// credential; these checks are the one place that decides, and the API asks them for
// every route.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/ids.hpp"

namespace domain {

enum class Role { system_admin, region_analyst, district_coordinator, district_viewer, org_curator, org_system };

std::string_view to_string(Role);
std::optional<Role> parse_role(std::string_view);

struct Actor {
    enum class Kind { user, api_key };
    Kind kind = Kind::user;
    std::string id;  // the user's id or the API key's id, by `kind` (the audit's actor_id)
    Role role = Role::district_viewer;
    std::optional<RegionId> region_id;
    std::optional<DistrictId> district_id;
    std::optional<OrganizationId> organization_id;
    std::vector<std::string> scopes;  // API keys: read, write
    std::string login;                // users only
    std::string name;                 // users: the full name; API keys: the key's name (shown to people, e.g. in exports)
    std::string session_id;           // users only: the token's session

    [[nodiscard]] bool has_scope(std::string_view s) const;
};

enum class Need { read, write };

// The district an object lives in, with its region.
struct DistrictRef {
    DistrictId id;
    RegionId region_id;
};

// Throws not_found when the actor may not even see the district (another tenant looks
// exactly like a missing one), forbidden when it may see but not do.
void check_district(const Actor&, const DistrictRef&, Need);
// The same for one organisation of a district (curators and school systems see their own).
void check_organization(const Actor&, const DistrictRef&, const OrganizationId& organization_id, Need);
// Managing the district's people and keys: coordinators of the district, system admins.
void check_district_admin(const Actor&, const DistrictRef&);
void check_region(const Actor&, const RegionId& region_id, Need);
void check_system_admin(const Actor&);
// Personal data (mentors, mentees): never region analysts, never district viewers' writes.
bool may_see_personal_data(const Actor&, const DistrictRef&, const std::optional<OrganizationId>& organization_id);
// Roles a user may hand out when creating users in a district / a region.
bool may_grant(const Actor&, Role);

}  // namespace domain
