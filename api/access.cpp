#include "api/access.hpp"

#include "api/json/json_io.hpp"

namespace api {

const domain::Actor& Access::actor(const Request& req) {
    if (!req.actor)
        throw domain::Error(domain::ErrorKind::unauthorized, "unauthorized", "Sign in first.");
    return *req.actor;
}

domain::DistrictRef Access::district_ref(const domain::DistrictId& id) {
    {
        std::lock_guard lock(mu_);
        if (auto it = region_of_.find(id); it != region_of_.end()) return {id, it->second};
    }
    auto d = catalog_.district(id);  // 404 when it does not exist
    std::lock_guard lock(mu_);
    if (region_of_.size() > 100000) region_of_.clear();
    region_of_[id] = d.region_id;
    return {id, d.region_id};
}

domain::DistrictRef Access::district(const Request& req, domain::Need need) {
    const auto& a = actor(req);
    auto id = id_param<domain::DistrictId>(req, "d", "The district");
    // Check the credential's scope before touching the database: a foreign district
    // is a 404 without a query.
    if (a.district_id && *a.district_id != id) throw domain::not_found("The district");
    auto ref = district_ref(id);
    domain::check_district(a, ref, need);
    return ref;
}

domain::OrganizationId Access::organization(const Request& req, const domain::DistrictRef& d, domain::Need need) {
    auto o = id_param<domain::OrganizationId>(req, "o", "The organization");
    domain::check_organization(actor(req), d, o, need);
    return o;
}

domain::DistrictRef Access::district_admin(const Request& req) {
    auto ref = district(req, domain::Need::read);
    domain::check_district_admin(actor(req), ref);
    return ref;
}

}  // namespace api
