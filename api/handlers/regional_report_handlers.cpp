#include "api/handlers/regional_report_handlers.hpp"

#include <chrono>
#include <ctime>

#include "api/handlers/compliance_handlers.hpp"
#include "api/export_slot.hpp"
#include "api/json/json_io.hpp"
#include "api/adapters/regional_report.hpp"
#include "domain/validation.hpp"

namespace api {
namespace {

bool may_export(const domain::Actor& a) {
    return a.role == domain::Role::system_admin || a.role == domain::Role::district_coordinator ||
           a.role == domain::Role::region_analyst;
}

// ?csv=excel (the default: for people, Excel in a Russian locale) or ?csv=rfc4180 (for machines).
CsvDialect csv_dialect(const Request& req) {
    auto v = req.query_param("csv").value_or("excel");
    if (v == "excel") return CsvDialect::excel_ru;
    if (v == "rfc4180") return CsvDialect::rfc4180;
    throw domain::bad_request("bad-query", "Query parameter 'csv' must be excel or rfc4180.");
}

// Who exported, as a person reads it: "Full Name (login)", or the API key's name.
std::string exported_by(const domain::Actor& a) {
    if (a.kind == domain::Actor::Kind::api_key) return "ключ API «" + a.name + "»";
    if (a.name.empty()) return a.login;
    return a.name + " (" + a.login + ")";
}

std::string now_rfc3339() {
    auto secs = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// The as-of date and the known-at instant the numbers are read at (both printed above the
// table: «по сведениям, известным на …» when known_at was asked), who exported, when.
ExportInfo export_info(const Request& req, const ComplianceTime& when) {
    ExportInfo info;
    info.as_of = when.as_of.iso();
    if (when.known_at) info.known_at = when.known_at->utc();
    info.exported_by = exported_by(Access::actor(req));
    info.exported_at = now_rfc3339();
    return info;
}

Response export_as(const Request& req, const ReportTable& table, const std::string& filename) {
    auto format = req.query_param("format").value_or("json");
    auto dialect = csv_dialect(req);
    if (format == "json") return Response::json(200, report_json(table));
    Response r;
    // Exports are streamed as they are written, not held whole in memory.
    if (format == "csv") {
        r.content_type = dialect == CsvDialect::rfc4180 ? "text/csv; charset=utf-8; header=present" : "text/csv; charset=utf-8";
        auto shared = std::make_shared<ReportTable>(table);
        r.stream = [shared, dialect](const Response::ChunkWriter& write) { write_report_csv(*shared, dialect, write); };
        r.with_header("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"");
    } else if (format == "xlsx") {
        r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        auto file = std::make_shared<XlsxFile>(table);  // written before the status is sent
        r.stream = [file](const Response::ChunkWriter& write) { file->write_to(write); };
        r.with_header("Content-Disposition", "attachment; filename=\"" + filename + ".xlsx\"");
    } else {
        throw domain::bad_request("bad-query", "Query parameter 'format' must be json, csv or xlsx.");
    }
    return r;
}

}  // namespace

void add_regional_report_routes(Router& r, domain::ComplianceService& compliance_service,
                                domain::ReportRepository& reports, domain::CatalogService& catalog, Access& access,
                                domain::ExportSlots& slots) {
    r.add("GET", "/api/v1/districts/{d}/reports/regional", [&](Request& req) {
        auto d = access.district(req, domain::Need::read);
        if (!may_export(Access::actor(req)))
            throw domain::Error(domain::ErrorKind::forbidden, "forbidden",
                                "Only district coordinators and region analysts export the regional report.");
        auto campaign = req.query_param("campaign");
        if (!campaign)
            throw domain::bad_request("bad-query", "Query parameter 'campaign' is required: the campaign's id.");
        if (!domain::is_uuid(*campaign)) throw domain::not_found("The campaign");
        auto format = req.query_param("format").value_or("json");
        if (format != "json" && format != "csv" && format != "xlsx")
            throw domain::bad_request("bad-query", "Query parameter 'format' must be json, csv or xlsx.");
        csv_dialect(req);
        auto when = compliance_time(req);
        auto slot = hold_export_slot(slots, "district " + d.id.str(), format);  // one export at a time
        auto sheet = reports.campaign(d.id, domain::CampaignId{*campaign});
        if (!sheet) throw domain::not_found("The campaign");
        domain::ComplianceFilter rows_only;
        rows_only.overdue_limit = 0;  // the report lists no occurrences
        auto compliance = compliance_service.district(domain::DistrictId{d.id}, when.as_of, rows_only, when.known_at);
        auto table = district_report(*sheet, compliance);
        table.info = export_info(req, when);
        table.info.campaign = sheet->title;
        table.info.reporting_date = sheet->reporting_date.iso();
        return keep_while_sending(export_as(req, table, "regional-report-" + sheet->reporting_date.iso()), slot);
    });

    r.add("GET", "/api/v1/regions/{r}/reports/regional", [&](Request& req) {
        auto region = id_param<domain::RegionId>(req, "r", "The region");
        domain::check_region(Access::actor(req), region, domain::Need::read);
        auto format = req.query_param("format").value_or("json");
        if (format != "json" && format != "csv" && format != "xlsx")
            throw domain::bad_request("bad-query", "Query parameter 'format' must be json, csv or xlsx.");
        csv_dialect(req);
        auto when = compliance_time(req);
        auto slot = hold_export_slot(slots, "region " + region.str(), format);  // one export at a time
        auto as_of = when.as_of;
        auto info = catalog.region(region);
        auto compliance = compliance_service.region(domain::RegionId{region}, as_of, when.known_at);
        std::vector<DistrictSheet> sheets;
        for (auto& d : compliance.districts) {
            DistrictSheet s;
            s.district = {d.district_id.str(), d.name, d.code};
            s.sheet = reports.latest_campaign(d.district_id, as_of);
            s.compliance = d;
            sheets.push_back(std::move(s));
        }
        auto table = region_report(info.name + " — мониторинг ЦМН на " + as_of.iso(), sheets);
        table.info = export_info(req, when);
        table.info.campaign = "последняя кампания каждого района к дате отчёта (столбец «Мониторинг»)";
        return keep_while_sending(export_as(req, table, "regional-report-" + as_of.iso()), slot);
    });
}

}  // namespace api
