// The personalised bases: mentors and mentees (personal data: the organisation's curators
// and school systems, and the district coordinator only — everyone else 403, another
// organisation or district 404), programs (readable by whoever reads the organisation),
// pairs (personal: they tie people together).
#include "api/handlers/monitoring_handlers.hpp"

#include "api/routes/bases_common.hpp"

namespace api {

// Each resource's routes live in its own file under api/routes/.
void add_bases_routes(Router& r, MonitoringDeps& x) {
    routes::add_persons(r, x, domain::PersonKind::mentor);
    routes::add_persons(r, x, domain::PersonKind::mentee);
    routes::add_programs_and_pairs(r, x);
}

}  // namespace api
