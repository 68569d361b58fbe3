// A roadmap's items and their progress: POST /districts/{d}/roadmaps/{id}/items, PATCH and
// DELETE …/items/{item}, POST …/items/{item}/progress.
#include "api/routes/roadmap_common.hpp"
#include "domain/validation.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;

domain::ItemPatch read_item_patch(const json& body) {
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
        patch.responsible_user_ids = std::vector<domain::UserId>{};
    else if (auto ids = f.text_list("responsible_user_ids"))
        patch.responsible_user_ids = std::vector<domain::UserId>(ids->begin(), ids->end());
    f.mark("responsible_user_ids");
    patch.stage = f.nullable_integer("stage", 1, 7);  // the seven stages of the template
    f.finish();
    return patch;
}

// A date given as text (YYYY-MM-DD); nullopt when it is not one, which goes to `in.unreadable`
// for ProgressInput::validate to name with the rest.
std::optional<domain::Date> date_in(domain::ProgressInput& in, const std::string& pointer,
                                    const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    auto d = domain::Date::parse_iso(*text);
    if (!d) in.unreadable.push_back({pointer, "must be a date (YYYY-MM-DD)"});
    return d;
}

// {title, number, date, url}: strings or null.
void read_evidence(FieldReader& f, const json& body, domain::ProgressInput& in) {
    f.mark("evidence");
    auto ev = body.find("evidence");
    if (ev == body.end() || ev->is_null()) return;
    if (!ev->is_object()) return f.fail("evidence", "must be {title, number, date, url}");
    std::optional<std::string> date;
    for (auto& [k, v] : ev->items()) {
        std::optional<std::string>* field = k == "title"    ? &in.evidence.title
                                            : k == "number" ? &in.evidence.number
                                            : k == "date"   ? &date
                                            : k == "url"    ? &in.evidence.url
                                                            : nullptr;
        if (!field) f.fail("evidence/" + k, "is not a field here");
        else if (v.is_string()) *field = v.get<std::string>();
        else if (!v.is_null()) f.fail("evidence/" + k, "must be a string");
    }
    in.evidence.date = date_in(in, "/evidence/date", date);
}

domain::ProgressInput read_progress(const json& body) {
    FieldReader f(body);
    domain::ProgressInput in;
    if (auto occ = f.nullable_text("occurrence")) in.occurrence = date_in(in, "/occurrence", *occ);
    in.status = f.choice("status", true, domain::parse_progress_status, "planned, in_progress, done, cancelled")
                    .value_or(domain::ProgressStatus::planned);
    in.completed_on = date_in(in, "/completed_on", f.text("completed_on", false));
    in.comment = f.text("comment", false);
    read_evidence(f, body, in);
    f.finish();
    return in;
}

Response add_item(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    domain::SectionId section_id;
    auto s = body.find("section_id");
    if (s == body.end() || !s->is_string() || !domain::is_uuid(s->get<std::string>()))
        errors.push_back({"/section_id", "is required: the id of one of the roadmap's sections"});
    else
        section_id = domain::SectionId{s->get<std::string>()};
    auto in = read_item(body, "", errors);
    if (!errors.empty()) throw domain::validation_error(std::move(errors));
    return item_entity(201,
                       x.roadmaps.add_item(d.id, rm.id, section_id, require_if_match(req), std::move(in)));
}

Response patch_item(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto iid = id_param<domain::ItemId>(req, "item", "The item");
    auto patch = read_item_patch(json_body(req));
    return item_entity(200,
                       x.roadmaps.update_item(d.id, rm.id, iid, require_if_match(req), std::move(patch)));
}

Response delete_item(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    x.roadmaps.remove_item(d.id, rm.id, id_param<domain::ItemId>(req, "item", "The item"),
                           require_if_match(req));
    return Response::no_content();
}

Response record_progress(const RoadmapDeps& x, Request& req) {
    auto [d, rm] = load_roadmap(x, req, Need::write);
    auto iid = id_param<domain::ItemId>(req, "item", "The item");
    auto in = read_progress(json_body(req));
    return item_entity(201,
                       x.roadmaps.record_progress(d.id, rm.id, iid, require_if_match(req), std::move(in)));
}

}  // namespace

void add_roadmap_items(Router& r, const RoadmapDeps& x) {
    r.add("POST", kRoadmaps + "/{id}/items", bind(x, add_item));
    r.add("PATCH", kRoadmaps + "/{id}/items/{item}", bind(x, patch_item));
    r.add("DELETE", kRoadmaps + "/{id}/items/{item}", bind(x, delete_item));
    r.add("POST", kRoadmaps + "/{id}/items/{item}/progress", bind(x, record_progress));
}

}  // namespace api::routes
