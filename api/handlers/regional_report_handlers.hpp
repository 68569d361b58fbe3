#pragma once
#include "api/access.hpp"
#include "api/http/http.hpp"
#include "domain/catalog.hpp"
#include "domain/compliance.hpp"
#include "domain/export_slots.hpp"
#include "domain/regional_report_data.hpp"

namespace api {

// GET /districts/{d}/reports/regional and /regions/{r}/reports/regional: the regional report
// (api/adapters/regional_report.hpp) as JSON, CSV or XLSX; an export (CSV, XLSX) holds its scope's
// slot in `slots` until its last byte is sent (api/export_slot.hpp).
void add_regional_report_routes(Router& router, domain::ComplianceService& compliance_service,
                                domain::ReportRepository& reports, domain::CatalogService& catalog, Access& access,
                                domain::ExportSlots& slots);

}  // namespace api
