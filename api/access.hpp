#pragma once
// Resolving a request's path to the objects it names, and asking the domain's access
// rules whether the caller may touch them. Another tenant's object answers 404, exactly
// like a missing one.
#include <map>
#include <mutex>
#include <string>

#include "api/http/http.hpp"
#include "domain/access.hpp"
#include "domain/catalog.hpp"

namespace api {

class Access {
public:
    explicit Access(domain::CatalogService& catalog) : catalog_(catalog) {}

    // The caller (routes that need a credential always have one).
    static const domain::Actor& actor(const Request& req);
    // The district named by {d}, checked for `need`.
    domain::DistrictRef district(const Request& req, domain::Need need);
    // The organisation named by {o} inside that district, checked for `need`.
    domain::OrganizationId organization(const Request& req, const domain::DistrictRef& d, domain::Need need);
    // {d} for managing the district's users and keys (coordinators and system admins).
    domain::DistrictRef district_admin(const Request& req);
    // A district by id (its region cached: a district never moves between regions).
    domain::DistrictRef district_ref(const domain::DistrictId& id);

private:
    domain::CatalogService& catalog_;
    std::mutex mu_;
    std::map<domain::DistrictId, domain::RegionId> region_of_;
};

}  // namespace api
