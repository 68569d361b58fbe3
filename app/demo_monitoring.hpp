#pragma once
// The demo district's monitoring (app/monitoring_module.cpp loads it): bases for two schools
// and the college, and two campaigns dated from the day the demo is loaded, so that every
// step can be tried on day one: one closed and locked (its due and lock dates passed), with
// reports accepted, submitted on time, submitted late, a draft and missing ones; and one open
// for entry (due in two weeks), with a report submitted, a draft, and the curator's school
// (СОШ № 1) yet to report. Idempotent: persons are upserted by external_id, programs and pairs
// are added only to an empty base, each campaign only once (by its title).
#include <functional>
#include <map>
#include <string>

#include "domain/bases.hpp"
#include "domain/catalog.hpp"
#include "domain/date.hpp"
#include "domain/monitoring.hpp"

namespace api {

class DemoMonitoring {
public:
    // Dates a report's submission back to its day (the demo's closed campaign).
    using Backdate = std::function<void(const domain::DistrictId& district, const domain::CampaignId& campaign,
                                        const domain::OrganizationId& organization, const std::string& at)>;
    DemoMonitoring(domain::CatalogService& catalog, domain::BasesService& bases, domain::MonitoringService& monitoring,
                   Backdate backdate);
    void load(const domain::DistrictId& district_id);

    struct Base {
        const char* code;
        int mentors, mentees;
        domain::PersonCategory mentee_category;
        const char* form;
    };
    struct Report {
        const char* code;
        const char* outcome;  // accepted | on_time | late | draft
        int offset;           // submission day relative to the due date
    };

private:
    domain::Date day(int offset) const { return today_.plus_days(offset); }
    void base(const domain::OrganizationId& organization_id, const Base& b);
    void pairs(const domain::OrganizationId& organization_id, const Base& b);
    void campaign(const char* title, int reporting, int due, int lock, bool extra_indicator,
                  std::initializer_list<Report> reports);
    void report(const domain::Campaign& campaign, const Report& r);

    domain::CatalogService& catalog_;
    domain::BasesService& bases_;
    domain::MonitoringService& monitoring_;
    Backdate backdate_;
    domain::DistrictId district_;
    std::map<std::string, domain::Organization> orgs_;  // by external code
    domain::Date today_;
};

}  // namespace api
