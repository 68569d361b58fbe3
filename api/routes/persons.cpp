// Mentors and mentees of an organisation (personal data: the organisation's curators and
// school systems, and the district coordinator only): /districts/{d}/organizations/{o}/
// mentors|mentees[/{id}], …/mentors|mentees/bulk.
#include "api/routes/bases_common.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;
namespace mj = api::monitoring;

struct PersonDeps {
    MonitoringDeps x;
    domain::PersonKind kind;
    const char* what;  // "The mentor": for 404s
    std::string plural;
    json to_json(const domain::Person& p) const { return mj::person_json(p, x.bases.today()); }
    Response entity(int status, const domain::Person& p) const {
        return Response::json(status, to_json(p)).with_header("ETag", etag(p.version));
    }
};

Response list_persons(const PersonDeps& p, Request& req) {
    auto s = scope(p.x, req, Need::read, true);
    domain::PersonQuery q;
    q.page = page_request(req);
    if (auto e = req.query_param("external_id"); e && !e->empty()) q.external_id = *e;
    auto page = p.x.bases.persons(s.d, s.o, p.kind, q);
    json items = json::array();
    for (auto& person : page.items) items.push_back(p.to_json(person));
    return page_response(req, items, page.next_cursor);
}

// {items: [...]}: every record checked before any is written; matched by external_id.
std::vector<domain::PersonInput> read_bulk(const Request& req) {
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    Fields f(body, "", errors);
    std::vector<domain::PersonInput> items;
    if (const json* arr = f.array("items", true)) {
        if (arr->size() > domain::BasesService::max_bulk_items)
            throw domain::Error(domain::ErrorKind::too_large, "too-many-items",
                                "At most " + std::to_string(domain::BasesService::max_bulk_items) +
                                    " records per request; send the rest in another.");
        items.reserve(arr->size());
        for (std::size_t i = 0; i < arr->size(); ++i)
            items.push_back(mj::read_person((*arr)[i], "/items/" + std::to_string(i), errors));
    }
    f.finish();
    throw_if_any(errors, "Nothing was written: correct the records named in errors and send the batch again.");
    return items;
}

Response bulk_persons(const PersonDeps& p, Request& req) {
    auto s = scope(p.x, req, Need::write, true);
    return p.x.idempotency.run(req, s.ref.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        auto result = w.bases.upsert_persons(s.d, s.o, p.kind, read_bulk(req));
        return Response::json(200,
                              {{"created", result.created}, {"updated", result.updated}, {"unchanged", result.unchanged}});
    });
}

Response create_person(const PersonDeps& p, Request& req) {
    auto s = scope(p.x, req, Need::write, true);
    return p.x.idempotency.run(req, s.ref.id, [&](domain::DistrictWrites& tx) {
        WriteServices w(tx);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto in = mj::read_person(body, "", errors);
        throw_if_any(errors);
        auto person = w.bases.create_person(s.d, s.o, p.kind, std::move(in));
        return p.entity(201, person).with_header("Location", org_path(s) + "/" + p.plural + "/" + person.id.str());
    });
}

Response get_person(const PersonDeps& p, Request& req) {
    auto s = scope(p.x, req, Need::read, true);
    auto person = p.x.bases.person(s.d, s.o, p.kind, id_param<domain::PersonId>(req, "id", p.what));
    return p.entity(200, person);
}

Response patch_person(const PersonDeps& p, Request& req) {
    auto s = scope(p.x, req, Need::write, true);
    auto id = id_param<domain::PersonId>(req, "id", p.what);
    auto body = json_body(req);
    std::vector<domain::FieldError> errors;
    auto patch = mj::read_person_patch(body, errors);
    throw_if_any(errors);
    auto person = p.x.bases.update_person(s.d, s.o, p.kind, id, require_if_match(req), patch);
    return p.entity(200, person);
}

// Erasure: the personal fields go, the anonymous record (and the counts) stay.
Response erase_person(const PersonDeps& p, Request& req) {
    auto s = scope(p.x, req, Need::write, true);
    auto id = id_param<domain::PersonId>(req, "id", p.what);
    auto v = optional_if_match(req).value_or(domain::ExpectedVersion{});
    auto person = p.x.bases.erase_person(s.d, s.o, p.kind, id, v);
    return p.entity(200, person);
}

}  // namespace

void add_persons(Router& r, const MonitoringDeps& x, domain::PersonKind kind) {
    const bool mentor = kind == domain::PersonKind::mentor;
    const PersonDeps p{x, kind, mentor ? "The mentor" : "The mentee", mentor ? "mentors" : "mentees"};
    const std::string base = kOrg + "/" + p.plural;
    r.add("GET", base, bind(p, list_persons));
    r.add("POST", base + "/bulk", bind(p, bulk_persons));
    r.add("POST", base, bind(p, create_person));
    r.add("GET", base + "/{id}", bind(p, get_person));
    r.add("PATCH", base + "/{id}", bind(p, patch_person));
    r.add("DELETE", base + "/{id}", bind(p, erase_person));
}

}  // namespace api::routes
