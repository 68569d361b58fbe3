// Roadmaps made from outside: POST /districts/{d}/roadmaps/import (a table as TSV or CSV, or
// another system's JSON export; ?dry_run=true shows what would be made) and
// POST /districts/{d}/roadmaps/from-template.
#include "api/http/query.hpp"
#include "api/routes/roadmap_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;

domain::RoadmapOwner owner_from_query(const Request& req) {
    auto o = req.query_param("owner");
    if (!o) bad_query("owner", "is required: district or an organization id");
    domain::RoadmapOwner owner;
    if (*o == "district") return owner;
    if (!domain::is_uuid(*o)) bad_query("owner", "must be district or an organization id");
    owner.organization_id = domain::OrganizationId{*o};
    return owner;
}

// The period: both dates, or neither (a table's period is then inferred and reported).
std::optional<domain::DateRange> period_from_query(const Request& req) {
    const bool has_start = req.query_param("period_start").has_value(), has_end = req.query_param("period_end").has_value();
    if (has_start != has_end)
        throw domain::bad_request("bad-query", "Give both period_start and period_end (YYYY-MM-DD), or neither.");
    if (!has_start) return std::nullopt;
    return domain::DateRange{required_query_date(req, "period_start"), required_query_date(req, "period_end")};
}

std::string media_type(const Request& req) {
    auto ct = req.header("content-type").value_or("");
    auto m = domain::trim(ct.substr(0, ct.find(';')));
    for (auto& c : m) c = char(std::tolower(static_cast<unsigned char>(c)));
    return m;
}

// The table's format from the Content-Type; nullopt for JSON; 415 for anything else.
std::optional<domain::TableFormat> table_format(const Request& req) {
    auto media = media_type(req);
    if (media == "text/tab-separated-values" || media == "text/plain") return domain::TableFormat::tsv;
    if (media == "text/csv") return domain::TableFormat::csv;
    if (media == "application/json") return std::nullopt;
    throw domain::Error(domain::ErrorKind::unsupported_media, "unsupported-media-type",
                        "Send the table as text/tab-separated-values or text/csv (UTF-8), or the roadmap "
                        "as application/json.");
}

// A roadmap another system exported as JSON: {title?, approval?, sections: [...]}.
domain::RoadmapInput read_exported_roadmap(const Request& req, const json& body) {
    std::vector<domain::FieldError> errors;
    domain::RoadmapInput in;
    for (auto& [k, v] : body.items())
        if (k != "title" && k != "sections" && k != "approval") errors.push_back({"/" + k, "is not a field here"});
    if (auto t = body.find("title"); t != body.end() && t->is_string()) in.title = t->get<std::string>();
    else if (t != body.end() && !t->is_null()) errors.push_back({"/title", "must be a string"});
    if (in.title.empty()) in.title = req.query_param("title").value_or("Дорожная карта");
    if (auto ap = body.find("approval"); ap != body.end() && !ap->is_null())
        in.approval = read_approval(*ap, errors, in.unreadable);
    auto secs = body.find("sections");
    if (secs == body.end() || !secs->is_array() || secs->empty())
        errors.push_back({"/sections", "is required: an array of sections with their items"});
    else
        read_sections(*secs, in.sections, errors);
    if (!errors.empty()) throw domain::validation_error(std::move(errors));
    return in;
}

struct ImportRequest {
    domain::DistrictRef d;
    domain::RoadmapOwner owner;
    std::optional<domain::DateRange> period;
    bool dry_run = false;
    domain::ImportOptions options;
};

// The JSON export: the owner and period from the query as for tables.
Response import_exported(const RoadmapDeps& x, Request& req, const ImportRequest& in) {
    if (!in.period)
        throw domain::bad_request("bad-query",
                                  "Query parameters 'period_start' and 'period_end' are required for a JSON roadmap.");
    auto roadmap = read_exported_roadmap(req, json_body(req));
    roadmap.owner = in.owner;
    roadmap.period = *in.period;
    json out = import_report_json({}, 0, {}, {}, 1);
    if (in.dry_run) {
        out["dry_run"] = true;
        out["roadmap"] = preview_json(domain::RoadmapService::preview(std::move(roadmap)), nullptr);
        return Response::json(200, out);
    }
    auto rm = x.roadmaps.create(in.d.id, std::move(roadmap));
    out["roadmap"] = to_json(rm);
    return Response::json(201, out)
        .with_header("Location", roadmap_location(in.d.id, rm.id))
        .with_header("ETag", etag(rm.version));
}

// A table; a dry run writes nothing (no roadmap, no audit row).
Response import_table(const RoadmapDeps& x, Request& req, const ImportRequest& in, domain::TableFormat format) {
    auto title = req.query_param("title");
    if (in.dry_run) {
        auto plan = domain::RoadmapService::plan_import(in.owner, in.period, title, req.body, format, in.options);
        json out = import_report_json(plan.parsed.unplaced, plan.parsed.tables, plan.record.import_warnings,
                                      plan.parsed.parts, plan.parsed.part);
        out["dry_run"] = true;
        out["roadmap"] = preview_json(plan.record, &plan.parsed);
        return Response::json(200, out);
    }
    auto result =
        x.roadmaps.import_table(in.d.id, in.owner, in.period, title, req.body, format, in.options);
    json out = import_report_json(result.unplaced, result.tables, result.warnings, result.parts, result.part);
    out["roadmap"] = to_json(result.roadmap);
    return Response::json(201, out)
        .with_header("Location", roadmap_location(in.d.id, result.roadmap.id))
        .with_header("ETag", etag(result.roadmap.version));
}

Response import_roadmap(const RoadmapDeps& x, Request& req) {
    ImportRequest in{x.access.district(req, Need::read), owner_from_query(req)};
    check_edit(Access::actor(req), in.d, in.owner);
    check_owner_exists(x.catalog, in.d, in.owner);
    in.period = period_from_query(req);
    in.dry_run = query_flag(req, "dry_run");
    if (auto n = query_int(req, "part", 1, 1000, "must be a whole number from 1 (the plan)")) in.options.part = *n;
    auto format = table_format(req);
    return format ? import_table(x, req, in, *format) : import_exported(x, req, in);
}

Response create_from_template(const RoadmapDeps& x, Request& req) {
    auto d = x.access.district(req, Need::read);
    auto body = json_body(req);
    FieldReader f(body);
    auto template_id = f.text("template_id", true).value_or("");
    auto org = f.text("organization_id", true).value_or("");
    auto title = f.text("title", false);
    auto period = read_period(f, body, "period", true);
    if (!org.empty() && !domain::is_uuid(org)) f.fail("organization_id", "must be the organization's id");
    f.finish();
    domain::RoadmapOwner owner;
    owner.organization_id = domain::OrganizationId{org};
    check_edit(Access::actor(req), d, owner);
    check_owner_exists(x.catalog, d, owner);
    std::vector<domain::FieldError> errors;
    domain::check_period(*period, "/period", errors);
    if (!errors.empty()) throw domain::validation_error(errors);
    auto rm = x.roadmaps.from_template(d.id, template_id, *owner.organization_id, *period, title);
    return roadmap_entity(201, rm).with_header("Location", roadmap_location(d.id, rm.id));
}

}  // namespace

void add_roadmap_import(Router& r, const RoadmapDeps& x) {
    r.add("POST", kRoadmaps + "/import", bind(x, import_roadmap));
    r.add("POST", kRoadmaps + "/from-template", bind(x, create_from_template));
}

}  // namespace api::routes
