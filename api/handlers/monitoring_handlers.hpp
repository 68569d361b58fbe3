#pragma once
#include "api/access.hpp"
#include "api/http/http.hpp"
#include "api/idempotency.hpp"
#include "domain/bases.hpp"
#include "domain/catalog.hpp"
#include "domain/monitoring.hpp"

namespace api {

struct MonitoringDeps {
    domain::MonitoringService& monitoring;
    domain::BasesService& bases;
    domain::CatalogService& catalog;
    Access& access;
    Idempotency& idempotency;
};

// The services of a write, over the repositories Idempotency::run hands it: bound to the
// idempotent write's transaction (with an Idempotency-Key), or the pool's (without).
struct WriteServices {
    domain::BasesService bases;
    domain::MonitoringService monitoring;
    explicit WriteServices(domain::DistrictWrites& w) : bases(w.bases()), monitoring(w.monitoring(), w.bases()) {}
};

// /api/v1/mentoring-forms, /api/v1/indicators,
// /api/v1/districts/{d}/monitoring-campaigns[/{c}[/reports[/{o}[/submit|accept|return]]|/completeness]]
void add_monitoring_routes(Router& router, MonitoringDeps& deps);

// /api/v1/districts/{d}/organizations/{o}/mentors|mentees|programs|pairs[/{id}], …/mentors|mentees/bulk
void add_bases_routes(Router& router, MonitoringDeps& deps);

}  // namespace api
