#include "api/handlers/identity_handlers.hpp"

#include "api/routes/identity_common.hpp"

namespace api {

// Each resource's routes live in its own file under api/routes/.
void add_identity_routes(Router& r, domain::IdentityService& identity, domain::CatalogService& catalog,
                         Access& access, const ServerOptions& server) {
    const routes::IdentityDeps x{identity, catalog, access, server};
    routes::add_sessions(r, x);
    routes::add_users(r, x);
    routes::add_api_keys(r, x);
    routes::add_audit_log(r, x);
}

}  // namespace api
