#pragma once
// What the personalised bases' routes share (mentors and mentees, programs, pairs): the
// organisation a path names, checked, and entity answers.
#include <string>

#include "api/routes/monitoring_common.hpp"

namespace api::routes {

inline const std::string kOrg = "/api/v1/districts/{d}/organizations/{o}";

struct Scope {
    domain::DistrictRef ref;  // as access checked it
    domain::DistrictId d;
    domain::OrganizationId o;
};

// The organisation named by the path, checked for `need`; `personal` also requires the
// right to see personal data (403 personal-data otherwise).
Scope scope(const MonitoringDeps& x, const Request& req, domain::Need need, bool personal);
std::string org_path(const Scope& s);

template <class T, class F>
Response entity(int status, const T& value, F to_json) {
    return Response::json(status, to_json(value)).with_header("ETag", etag(value.version));
}

void add_persons(Router& r, const MonitoringDeps& x, domain::PersonKind kind);  // routes/persons.cpp
void add_programs_and_pairs(Router& r, const MonitoringDeps& x);               // routes/programs_pairs.cpp

}  // namespace api::routes
