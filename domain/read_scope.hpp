#pragma once
// One consistent read (docs/architecture.md, «Transactions»): a port the domain declares and
// persistence implements (persistence/read_scopes.hpp). A service that must read several
// things as of one moment — a district's compliance: counts, organisations, overdue
// occurrences, monitoring — asks for a scope and reads through the repositories it is handed:
// they share one transaction of that district, so every number comes from one snapshot.
// Nothing joins a scope unless it is handed the scope's repositories.
#include <functional>
#include <string>

#include "domain/ids.hpp"

namespace domain {

class ComplianceRepository;
class RoadmapRepository;

// A district's repositories bound to one transaction of that district.
struct DistrictReads {
    ComplianceRepository& compliance;
    RoadmapRepository& roadmaps;
};

class ReadScopes {
public:
    virtual ~ReadScopes() = default;
    // Runs fn with repositories reading in one transaction of the district, committed when
    // fn returns and rolled back when it throws (the error passes on). The repositories are
    // valid inside fn only, and for that district only. When the database asks for a retry
    // (a serialization failure, a lost connection) fn runs again from the start in a new
    // transaction: it must begin from a clean slate, not add to what a failed run left.
    virtual void in_district(const DistrictId& district_id, const std::function<void(DistrictReads&)>& fn) = 0;
};

}  // namespace domain
