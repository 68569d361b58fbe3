#pragma once
// The demo district's roadmaps (app/roadmaps_module.cpp loads them): the seed roadmaps as the
// district's own plan (Kameshkovo), a school's, a kindergarten's and the college's, approved,
// with the first items of each section done; a draft from the seven-stage template; and one
// school on the template for this school year, approved, its work recorded with the dates it
// was done, so that the overview's trend over the school year moves. Loaded once: nothing
// when the district has a roadmap already.
#include <optional>
#include <string>

#include "domain/catalog.hpp"
#include "domain/date.hpp"
#include "domain/roadmap_service.hpp"

namespace api {

class DemoRoadmaps {
public:
    DemoRoadmaps(domain::CatalogService& catalog, domain::RoadmapService& roadmaps);
    void load(const domain::DistrictId& district_id);

private:
    std::optional<domain::OrganizationId> organization(const char* code) const;
    // The seed document `seed` (its file name's prefix) as the roadmap of `org_code` (nullptr:
    // the district's own), approved, the first two items of each section done; false when
    // the seed or the organisation is not there.
    bool seed(const char* seed, const char* org_code, domain::DateRange period);
    // The template's roadmap of `organization_id` for this school year, approved, two of
    // every three occurrences that have fallen due done (on time or five days late).
    void this_years_work(const domain::OrganizationId& organization_id);

    domain::CatalogService& catalog_;
    domain::RoadmapService& roadmaps_;
    domain::DistrictId district_;
    domain::Date today_;
    int school_year_ = 0;  // the year the current school year began (1 September)
};

}  // namespace api
