#include "api/roadmap_handlers.hpp"

#include <charconv>

#include "api/roadmap_json.hpp"
#include "domain/validation.hpp"

namespace api {

using domain::Need;
using nlohmann::json;

namespace {

bool is_manager(const domain::Actor& a) {
    return a.role == domain::Role::system_admin || a.role == domain::Role::district_coordinator;
}

[[noreturn]] void forbid(const std::string& detail) {
    throw domain::Error(domain::ErrorKind::forbidden, "forbidden", detail);
}

// May the caller see this roadmap? An organisation's roadmap follows the organisation's
// rules (a curator sees their own, another's is 404); the district's own is for all of it.
void check_read(const domain::Actor& a, const domain::DistrictRef& d, const domain::Roadmap& r) {
    if (!r.owner.organization_id) return;
    try {
        domain::check_organization(a, d, *r.owner.organization_id, Need::read);
    } catch (const domain::Error& e) {
        // Someone else's roadmap looks exactly like a missing one.
        if (e.kind() == domain::ErrorKind::not_found) throw domain::not_found("The roadmap");
        throw;
    }
}

// May the caller change this owner's roadmaps? The owner's curator or the coordinator;
// the district's own roadmap is the coordinator's.
void check_edit(const domain::Actor& a, const domain::DistrictRef& d, const domain::RoadmapOwner& owner) {
    if (owner.organization_id) {
        domain::check_organization(a, d, *owner.organization_id, Need::read);  // 404 for someone else's
        if (a.role == domain::Role::org_curator || is_manager(a)) return;
        forbid("Only the organisation's curator or the district coordinator edits its roadmap.");
    }
    domain::check_district(a, d, Need::read);
    if (!is_manager(a)) forbid("Only the district coordinator edits the district's roadmap.");
}

Response roadmap_entity(int status, const domain::Roadmap& r) {
    return Response::json(status, to_json(r)).with_header("ETag", etag(r.version));
}
Response item_entity(int status, const domain::RoadmapItem& i) {
    return Response::json(status, to_json(i)).with_header("ETag", etag(i.version));
}

domain::RoadmapOwner read_owner(FieldReader& f, const json& body, std::vector<domain::FieldError>& errors) {
    domain::RoadmapOwner owner;
    f.mark("owner");
    auto it = body.find("owner");
    if (it == body.end() || !it->is_object()) {
        errors.push_back({"/owner", "is required: {kind: district|organization, organization_id}"});
        return owner;
    }
    auto kind = it->value("kind", std::string());
    if (kind == "organization") {
        auto org = it->find("organization_id");
        if (org == it->end() || !org->is_string() || !domain::is_uuid(org->get<std::string>()))
            errors.push_back({"/owner/organization_id", "must be the organization's id"});
        else
            owner.organization_id = org->get<std::string>();
    } else if (kind != "district") {
        errors.push_back({"/owner/kind", "must be district or organization"});
    } else if (auto org = it->find("organization_id"); org != it->end() && !org->is_null()) {
        errors.push_back({"/owner/organization_id", "the district's own roadmap has no organization"});
    }
    for (auto& [k, v] : it->items())
        if (k != "kind" && k != "organization_id") errors.push_back({"/owner/" + k, "is not a field here"});
    return owner;
}

// {order_number, order_date}: strings or null; anything else is named.
domain::ApprovalDocument read_approval(const json& ap, std::vector<domain::FieldError>& errors) {
    domain::ApprovalDocument doc;
    if (!ap.is_object()) {
        errors.push_back({"/approval", "must be {order_number, order_date}"});
        return doc;
    }
    for (auto& [k, v] : ap.items()) {
        std::optional<std::string>* field = k == "order_number" ? &doc.order_number
                                            : k == "order_date" ? &doc.order_date
                                                                : nullptr;
        if (!field) errors.push_back({"/approval/" + k, "is not a field here"});
        else if (v.is_string()) *field = v.get<std::string>();
        else if (!v.is_null()) errors.push_back({"/approval/" + k, "must be a string or null"});
    }
    return doc;
}

domain::RoadmapOwner owner_from_query(const Request& req) {
    auto o = req.query_param("owner");
    if (!o) throw domain::bad_request("bad-query", "Query parameter 'owner' is required: district or an organization id.");
    domain::RoadmapOwner owner;
    if (*o == "district") return owner;
    if (!domain::is_uuid(*o))
        throw domain::bad_request("bad-query", "Query parameter 'owner' must be district or an organization id.");
    owner.organization_id = *o;
    return owner;
}

domain::Date query_date(const Request& req, const char* name, bool required) {
    auto v = req.query_param(name);
    if (!v) {
        if (required) throw domain::bad_request("bad-query", std::string("Query parameter '") + name + "' is required (YYYY-MM-DD).");
        return {};
    }
    auto d = domain::Date::parse_iso(*v);
    if (!d) throw domain::bad_request("bad-query", std::string("Query parameter '") + name + "' must be a date (YYYY-MM-DD).");
    return *d;
}

// ?name=true|false (absent: false); anything else is 400.
bool query_flag(const Request& req, const char* name) {
    auto v = req.query_param(name);
    if (!v || *v == "false" || *v == "0") return false;
    if (*v == "true" || *v == "1") return true;
    throw domain::bad_request("bad-query", std::string("Query parameter '") + name + "' must be true or false.");
}

void check_owner_exists(domain::CatalogService& catalog, const std::string& d, const domain::RoadmapOwner& owner) {
    if (owner.organization_id && !catalog.find_organization(d, *owner.organization_id))
        throw domain::validation_error({{"/owner/organization_id", "no such organization in this district"}});
}

std::string media_type(const Request& req) {
    auto ct = req.header("content-type").value_or("");
    auto m = domain::trim(ct.substr(0, ct.find(';')));
    for (auto& c : m) c = char(std::tolower(static_cast<unsigned char>(c)));
    return m;
}

}  // namespace

void add_roadmap_routes(Router& r, domain::RoadmapService& roadmaps, domain::CatalogService& catalog, Access& access) {
    const std::string base = "/api/v1/districts/{d}/roadmaps";

    // Loads the roadmap named by {id} and checks the caller may see it.
    auto load = [&roadmaps, &access](const Request& req, Need need) {
        auto d = access.district(req, Need::read);
        auto rm = roadmaps.get(d.id, uuid_param(req, "id", "The roadmap"));
        check_read(Access::actor(req), d, rm);
        if (need == Need::write) check_edit(Access::actor(req), d, rm.owner);
        return std::pair{d, rm};
    };
    auto manager_only = [](const Request& req) {
        if (!is_manager(Access::actor(req)))
            forbid("Only the district coordinator approves or returns roadmaps.");
    };

    r.add("GET", base, [=, &roadmaps, &catalog, &access](Request& req) {
        auto d = access.district(req, Need::read);
        const auto& a = Access::actor(req);
        domain::RoadmapQuery q;
        q.page = page_request(req);
        if (auto o = req.query_param("owner")) {
            if (*o != "district" && !domain::is_uuid(*o))
                throw domain::bad_request("bad-query", "Query parameter 'owner' must be district or an organization id.");
            q.owner = *o;
        }
        if (req.query_param("period")) q.period_contains = query_date(req, "period", false);
        if (req.query_param("overdue_as_of")) q.overdue_as_of = query_date(req, "overdue_as_of", false);
        q.status = query_choice(req, "status", domain::parse_roadmap_status, "draft, submitted, approved, returned");
        if (a.organization_id) q.only_organization = a.organization_id;
        auto page = roadmaps.list(d.id, q);
        json items = json::array();
        for (auto& rm : page.items) {
            auto j = to_json(rm);
            j.erase("sections");
            items.push_back(j);
        }
        return page_response(req, items, page.next_cursor);
    });

    r.add("POST", base, [=, &roadmaps, &catalog, &access](Request& req) {
        auto d = access.district(req, Need::read);
        auto body = json_body(req);
        FieldReader f(body, {"id", "district_id", "status", "version", "revision", "created_at", "updated_at",
                             "previous_id", "superseded_by", "item_count"});
        std::vector<domain::FieldError> errors;
        domain::RoadmapInput in;
        in.owner = read_owner(f, body, errors);
        in.title = f.text("title", true).value_or("");
        auto period = read_period(f, body, "period", true);
        f.mark("approval");
        if (auto ap = body.find("approval"); ap != body.end() && !ap->is_null()) in.approval = read_approval(*ap, errors);
        f.mark("sections");
        if (auto s = body.find("sections"); s != body.end() && !s->is_null()) {
            if (!s->is_array()) errors.push_back({"/sections", "must be an array"});
            else
                for (std::size_t i = 0; i < s->size(); ++i)
                    in.sections.push_back(read_section((*s)[i], "/sections/" + std::to_string(i), errors));
        }
        try {
            f.finish();
        } catch (const domain::Error& e) {
            errors.insert(errors.begin(), e.fields().begin(), e.fields().end());
        }
        if (!errors.empty()) throw domain::validation_error(std::move(errors));
        in.period = *period;
        check_edit(Access::actor(req), d, in.owner);
        check_owner_exists(catalog, d.id, in.owner);
        auto rm = roadmaps.create(d.id, std::move(in));
        return roadmap_entity(201, rm).with_header("Location", "/api/v1/districts/" + d.id + "/roadmaps/" + rm.id);
    });

    r.add("POST", base + "/import", [=, &roadmaps, &catalog, &access](Request& req) {
        auto d = access.district(req, Need::read);
        auto owner = owner_from_query(req);
        check_edit(Access::actor(req), d, owner);
        check_owner_exists(catalog, d.id, owner);
        // The period: both dates, or neither (a table's period is then inferred and reported).
        std::optional<domain::DateRange> period;
        const bool has_start = req.query_param("period_start").has_value(),
                   has_end = req.query_param("period_end").has_value();
        if (has_start != has_end)
            throw domain::bad_request("bad-query", "Give both period_start and period_end (YYYY-MM-DD), or neither.");
        if (has_start) period = domain::DateRange{query_date(req, "period_start", true), query_date(req, "period_end", true)};
        const bool dry_run = query_flag(req, "dry_run");
        domain::ImportOptions options;
        if (auto part = req.query_param("part")) {
            int n = 0;
            auto [end, ec] = std::from_chars(part->data(), part->data() + part->size(), n);
            if (ec != std::errc() || end != part->data() + part->size() || n < 1 || n > 1000)
                throw domain::bad_request("bad-query", "Query parameter 'part' must be a whole number from 1 (the plan).");
            options.part = n;
        }
        auto media = media_type(req);
        domain::TableFormat format = domain::TableFormat::tsv;
        if (media == "text/tab-separated-values" || media == "text/plain") format = domain::TableFormat::tsv;
        else if (media == "text/csv") format = domain::TableFormat::csv;
        else if (media == "application/json") {
            // A roadmap another system exported as JSON: {title?, approval?, sections: [...]}, the
            // owner and period from the query as for tables.
            if (!period)
                throw domain::bad_request("bad-query",
                                          "Query parameters 'period_start' and 'period_end' are required for a JSON roadmap.");
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            domain::RoadmapInput in;
            in.owner = owner;
            in.period = *period;
            for (auto& [k, v] : body.items())
                if (k != "title" && k != "sections" && k != "approval") errors.push_back({"/" + k, "is not a field here"});
            if (auto t = body.find("title"); t != body.end() && t->is_string()) in.title = t->get<std::string>();
            else if (t != body.end() && !t->is_null()) errors.push_back({"/title", "must be a string"});
            if (in.title.empty()) in.title = req.query_param("title").value_or("Дорожная карта");
            if (auto ap = body.find("approval"); ap != body.end() && !ap->is_null()) in.approval = read_approval(*ap, errors);
            auto secs = body.find("sections");
            if (secs == body.end() || !secs->is_array() || secs->empty())
                errors.push_back({"/sections", "is required: an array of sections with their items"});
            else
                for (std::size_t i = 0; i < secs->size(); ++i)
                    in.sections.push_back(read_section((*secs)[i], "/sections/" + std::to_string(i), errors));
            if (!errors.empty()) throw domain::validation_error(std::move(errors));
            if (dry_run) {
                auto rec = domain::RoadmapService::preview(std::move(in));
                json out = import_report_json({}, 0, {}, {}, 1);
                out["dry_run"] = true;
                out["roadmap"] = preview_json(rec, nullptr);
                return Response::json(200, out);
            }
            auto rm = roadmaps.create(d.id, std::move(in));
            json out = import_report_json({}, 0, {}, {}, 1);
            out["roadmap"] = to_json(rm);
            return Response::json(201, out)
                .with_header("Location", "/api/v1/districts/" + d.id + "/roadmaps/" + rm.id)
                .with_header("ETag", etag(rm.version));
        } else {
            throw domain::Error(domain::ErrorKind::unsupported_media, "unsupported-media-type",
                                "Send the table as text/tab-separated-values or text/csv (UTF-8), or the roadmap "
                                "as application/json.");
        }
        auto title = req.query_param("title");
        if (dry_run) {
            // What the import would create; nothing is written (no roadmap, no audit row).
            auto plan = domain::RoadmapService::plan_import(owner, period, title, req.body, format, options);
            json out = import_report_json(plan.parsed.unplaced, plan.parsed.tables, plan.record.import_warnings,
                                          plan.parsed.parts, plan.parsed.part);
            out["dry_run"] = true;
            out["roadmap"] = preview_json(plan.record, &plan.parsed);
            return Response::json(200, out);
        }
        auto result = roadmaps.import_table(d.id, owner, period, title, req.body, format, options);
        json out = import_report_json(result.unplaced, result.tables, result.warnings, result.parts, result.part);
        out["roadmap"] = to_json(result.roadmap);
        return Response::json(201, out)
            .with_header("Location", "/api/v1/districts/" + d.id + "/roadmaps/" + result.roadmap.id)
            .with_header("ETag", etag(result.roadmap.version));
    });

    r.add("POST", base + "/from-template", [=, &roadmaps, &catalog, &access](Request& req) {
        auto d = access.district(req, Need::read);
        auto body = json_body(req);
        FieldReader f(body);
        auto template_id = f.text("template_id", true).value_or("");
        auto org = f.text("organization_id", true).value_or("");
        auto title = f.text("title", false);
        auto period = read_period(f, body, "period", true);
        if (!org.empty() && !domain::is_uuid(org)) f.fail("organization_id", "must be the organization's id");
        f.finish();
        domain::RoadmapOwner owner;
        owner.organization_id = org;
        check_edit(Access::actor(req), d, owner);
        check_owner_exists(catalog, d.id, owner);
        std::vector<domain::FieldError> errors;
        domain::check_period(*period, "/period", errors);
        if (!errors.empty()) throw domain::validation_error(errors);
        auto rm = roadmaps.from_template(d.id, template_id, org, *period, title);
        return roadmap_entity(201, rm).with_header("Location", "/api/v1/districts/" + d.id + "/roadmaps/" + rm.id);
    });

    r.add("GET", base + "/{id}", [=, &roadmaps, &catalog, &access](Request& req) { return roadmap_entity(200, load(req, Need::read).second); });

    r.add("PATCH", base + "/{id}", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        auto body = json_body(req);
        FieldReader f(body, {"id", "district_id", "owner", "status", "version", "revision", "created_at", "updated_at",
                             "previous_id", "superseded_by", "item_count", "sections"});
        domain::RoadmapPatch patch;
        patch.title = f.text("title", false);
        if (auto p = body.find("period"); p != body.end() && p->is_null()) f.fail("period", "must not be null");
        else patch.period = read_period(f, body, "period", false);
        f.mark("period");
        f.mark("approval");
        std::vector<domain::FieldError> errors;
        if (auto ap = body.find("approval"); ap != body.end()) {
            if (ap->is_null()) patch.approval = domain::ApprovalDocument{};
            else patch.approval = read_approval(*ap, errors);
        }
        for (auto& e : errors) f.fail(e.pointer.substr(1), e.message);
        f.finish();
        return roadmap_entity(200, roadmaps.update(d.id, rm.id, require_if_match(req), std::move(patch)));
    });

    r.add("DELETE", base + "/{id}", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        roadmaps.remove(d.id, rm.id, require_if_match(req));
        return Response::no_content();
    });

    // ---- the workflow
    r.add("POST", base + "/{id}/submit", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        return roadmap_entity(200, roadmaps.submit(d.id, rm.id, require_if_match(req)));
    });
    r.add("POST", base + "/{id}/approve", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::read);
        manager_only(req);
        return roadmap_entity(200, roadmaps.approve(d.id, rm.id, require_if_match(req)));
    });
    r.add("POST", base + "/{id}/return", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::read);
        manager_only(req);
        auto body = json_body(req);
        FieldReader f(body);
        auto comment = domain::trim(f.text("comment", true).value_or(""));
        f.finish();
        return roadmap_entity(200, roadmaps.return_for_changes(d.id, rm.id, require_if_match(req), comment));
    });
    r.add("POST", base + "/{id}/versions", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        auto expected = require_if_match(req);
        if (!expected.matches(rm.version))
            throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                                "The roadmap has changed since you read it; fetch it again and retry.");
        auto next = roadmaps.new_version(d.id, rm.id);
        return roadmap_entity(201, next).with_header("Location", "/api/v1/districts/" + d.id + "/roadmaps/" + next.id);
    });

    // ---- sections
    r.add("POST", base + "/{id}/sections", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto in = read_section(body, "", errors);
        if (!errors.empty()) throw domain::validation_error(std::move(errors));
        auto s = roadmaps.add_section(d.id, rm.id, require_if_match(req), std::move(in));
        return Response::json(201, to_json(s));
    });
    r.add("PATCH", base + "/{id}/sections/{s}", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        const auto& sid = uuid_param(req, "s", "The section");
        auto body = json_body(req);
        FieldReader f(body, {"id", "items"});
        domain::SectionPatch patch;
        patch.number = f.text("number", false);
        patch.title = f.text("title", false);
        patch.description = f.text("description", false);
        patch.stage = f.nullable_integer("stage", 1, 7);  // the seven stages of the template
        f.finish();
        return Response::json(200, to_json(roadmaps.update_section(d.id, rm.id, sid, require_if_match(req), patch)));
    });
    r.add("DELETE", base + "/{id}/sections/{s}", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        roadmaps.remove_section(d.id, rm.id, uuid_param(req, "s", "The section"), require_if_match(req));
        return Response::no_content();
    });

    // ---- items
    r.add("POST", base + "/{id}/items", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        std::string section_id;
        auto s = body.find("section_id");
        if (s == body.end() || !s->is_string() || !domain::is_uuid(s->get<std::string>()))
            errors.push_back({"/section_id", "is required: the id of one of the roadmap's sections"});
        else
            section_id = s->get<std::string>();
        auto in = read_item(body, "", errors);
        if (!errors.empty()) throw domain::validation_error(std::move(errors));
        auto item = roadmaps.add_item(d.id, rm.id, section_id, require_if_match(req), std::move(in));
        return item_entity(201, item);
    });
    r.add("PATCH", base + "/{id}/items/{item}", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        const auto& iid = uuid_param(req, "item", "The item");
        auto body = json_body(req);
        FieldReader f(body, {"id", "version", "schedule", "occurrences", "section_id"});
        domain::ItemPatch patch;
        patch.number = f.text("number", false);
        patch.title = f.text("title", false);
        patch.deadline_text = f.text("deadline_text", false);
        patch.responsible = f.text("responsible", false);
        patch.expected_result = f.text("expected_result", false);
        patch.indicators = f.text("indicators", false);
        patch.notes = f.text("notes", false);
        if (auto u = body.find("responsible_user_ids"); u != body.end() && u->is_null())
            patch.responsible_user_ids = std::vector<std::string>{};
        else
            patch.responsible_user_ids = f.text_list("responsible_user_ids");
        f.mark("responsible_user_ids");
        patch.stage = f.nullable_integer("stage", 1, 7);  // the seven stages of the template
        f.finish();
        return item_entity(200, roadmaps.update_item(d.id, rm.id, iid, require_if_match(req), std::move(patch)));
    });
    r.add("DELETE", base + "/{id}/items/{item}", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        roadmaps.remove_item(d.id, rm.id, uuid_param(req, "item", "The item"), require_if_match(req));
        return Response::no_content();
    });
    r.add("POST", base + "/{id}/items/{item}/progress", [=, &roadmaps, &catalog, &access](Request& req) {
        auto [d, rm] = load(req, Need::write);
        const auto& iid = uuid_param(req, "item", "The item");
        auto body = json_body(req);
        FieldReader f(body);
        domain::ProgressInput in;
        if (auto occ = f.nullable_text("occurrence")) in.occurrence = *occ;
        in.status = f.choice("status", true, domain::parse_progress_status, "planned, in_progress, done, cancelled")
                        .value_or(domain::ProgressStatus::planned);
        in.completed_on = f.text("completed_on", false);
        in.comment = f.text("comment", false);
        f.mark("evidence");
        if (auto ev = body.find("evidence"); ev != body.end() && !ev->is_null()) {
            if (!ev->is_object()) f.fail("evidence", "must be {title, number, date, url}");
            else
                for (auto& [k, v] : ev->items()) {
                    std::optional<std::string>* field = k == "title"    ? &in.evidence.title
                                                        : k == "number" ? &in.evidence.number
                                                        : k == "date"   ? &in.evidence.date
                                                        : k == "url"    ? &in.evidence.url
                                                                        : nullptr;
                    if (!field) f.fail("evidence/" + k, "is not a field here");
                    else if (v.is_string()) *field = v.get<std::string>();
                    else if (!v.is_null()) f.fail("evidence/" + k, "must be a string");
                }
        }
        f.finish();
        return item_entity(201, roadmaps.record_progress(d.id, rm.id, iid, require_if_match(req), std::move(in)));
    });

    // ---- templates and the deadline grammar (for every signed-in caller)
    r.add("GET", "/api/v1/roadmap-templates", [](Request& req) {
        json items = json::array();
        for (auto* t : domain::roadmap_templates()) items.push_back(to_json(*t));
        return page_response(req, items, std::nullopt);
    });
    r.add("GET", "/api/v1/roadmap-templates/{t}", [](Request& req) {
        const auto* t = domain::find_roadmap_template(req.param("t"));
        if (!t) throw domain::not_found("The template");
        return Response::json(200, to_json(*t));
    });
    r.add("POST", "/api/v1/deadlines/parse", [](Request& req) {
        auto body = json_body(req);
        FieldReader f(body);
        auto text = f.text("text", true);
        auto period = read_period(f, body, "period", true);
        f.finish();
        std::vector<domain::FieldError> errors;
        domain::check_period(*period, "/period", errors);
        if (!errors.empty()) throw domain::validation_error(errors);
        return Response::json(200, to_json(domain::RoadmapService::schedule_for(*text, *period)));
    });
}

}  // namespace api
