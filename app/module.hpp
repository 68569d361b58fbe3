#pragma once
// What a feature module (roadmaps, monitoring, …) gets from the composition root, and
// what it gives back: its routes and its part of the demo district.
#include "api/access.hpp"
#include "api/answer_cache.hpp"
#include "api/http/http.hpp"
#include "domain/catalog.hpp"
#include "domain/identity.hpp"
#include "persistence/database.hpp"

namespace api {

struct ModuleContext {
    persistence::Database& db;
    // Where region and national reads and the regional report go: a replica first
    // (READ_DATABASE_URL; persistence/replica_reads.hpp) or, without one, `db` itself.
    persistence::Transactions& far_reads;
    domain::CatalogService& catalog;
    domain::IdentityService& identity;
    Access& access;
    AnswerCache& answers;  // computed answers beside their version (compliance)
};

class Module {
public:
    virtual ~Module() = default;
    virtual void add_routes(Router& router) = 0;
    // Adds the module's demo data to the demo district (idempotent).
    virtual void load_demo(const domain::DistrictId& district_id) {}
};

}  // namespace api
