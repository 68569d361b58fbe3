#include "api/routes/bases_common.hpp"

namespace api::routes {

Scope scope(const MonitoringDeps& x, const Request& req, domain::Need need, bool personal) {
    auto d = x.access.district(req, domain::Need::read);
    auto o = x.access.organization(req, d, need);
    if (personal && !domain::may_see_personal_data(Access::actor(req), d, o))
        throw domain::Error(domain::ErrorKind::forbidden, "personal-data",
                            "Mentors, mentees and their pairs are personal data: only the organisation's curators and "
                            "the district coordinator see them; others see the counts in monitoring reports.");
    x.catalog.organization(d.id, o);  // 404 unless it is the district's
    return {d, domain::DistrictId{d.id}, domain::OrganizationId{o}};
}

std::string org_path(const Scope& s) { return "/api/v1/districts/" + s.d.str() + "/organizations/" + s.o.str(); }

}  // namespace api::routes
