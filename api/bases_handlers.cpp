// The personalised bases: mentors and mentees (personal data: the organisation's curators
// and school systems, and the district coordinator only — everyone else 403, another
// organisation or district 404), programs (readable by whoever reads the organisation),
// pairs (personal: they tie people together).
#include <nlohmann/json.hpp>

#include "api/json_io.hpp"
#include "api/monitoring_handlers.hpp"
#include "api/monitoring_json.hpp"

namespace api {
namespace {

using domain::Need;
using nlohmann::json;
namespace mj = api::monitoring;

const std::string kOrg = "/api/v1/districts/{d}/organizations/{o}";

struct Scope {
    domain::DistrictRef d;
    std::string o;
};

// The organisation named by the path, checked for `need`; `personal` also requires the
// right to see personal data.
Scope scope(MonitoringDeps& x, const Request& req, Need need, bool personal) {
    auto d = x.access.district(req, Need::read);
    auto o = x.access.organization(req, d, need);
    if (personal && !domain::may_see_personal_data(Access::actor(req), d, o))
        throw domain::Error(domain::ErrorKind::forbidden, "personal-data",
                            "Mentors, mentees and their pairs are personal data: only the organisation's curators and "
                            "the district coordinator see them; others see the counts in monitoring reports.");
    x.catalog.organization(d.id, o);  // 404 unless it is the district's
    return {d, o};
}

std::string org_path(const Scope& s) { return "/api/v1/districts/" + s.d.id + "/organizations/" + s.o; }

template <class T, class F>
Response entity(int status, const T& value, F to_json) {
    return Response::json(status, to_json(value)).with_header("ETag", etag(value.version));
}

void add_person_routes(Router& r, MonitoringDeps& x, domain::PersonKind kind) {
    const std::string plural = kind == domain::PersonKind::mentor ? "mentors" : "mentees";
    const std::string base = kOrg + "/" + plural;
    const char* what = kind == domain::PersonKind::mentor ? "The mentor" : "The mentee";
    auto to_json = [&x](const domain::Person& p) { return mj::person_json(p, x.bases.today()); };

    r.add("GET", base, [&x, kind, to_json](Request& req) {
        auto s = scope(x, req, Need::read, true);
        domain::PersonQuery q;
        q.page = page_request(req);
        if (auto e = req.query_param("external_id"); e && !e->empty()) q.external_id = *e;
        auto page = x.bases.persons(s.d.id, s.o, kind, q);
        json items = json::array();
        for (auto& p : page.items) items.push_back(to_json(p));
        return page_response(req, items, page.next_cursor);
    });
    r.add("POST", base + "/bulk", [&x, kind](Request& req) {
        auto s = scope(x, req, Need::write, true);
        return x.idempotency.run(req, s.d.id, [&] {
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
            throw_if_any(errors,
                             "Nothing was written: correct the records named in errors and send the batch again.");
            auto result = x.bases.upsert_persons(s.d.id, s.o, kind, std::move(items));
            return Response::json(200, {{"created", result.created},
                                        {"updated", result.updated},
                                        {"unchanged", result.unchanged}});
        });
    });
    r.add("POST", base, [&x, kind, to_json, plural](Request& req) {
        auto s = scope(x, req, Need::write, true);
        return x.idempotency.run(req, s.d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto in = mj::read_person(body, "", errors);
            throw_if_any(errors);
            auto p = x.bases.create_person(s.d.id, s.o, kind, std::move(in));
            return entity(201, p, to_json).with_header("Location", org_path(s) + "/" + plural + "/" + p.id);
        });
    });
    r.add("GET", base + "/{id}", [&x, kind, to_json, what](Request& req) {
        auto s = scope(x, req, Need::read, true);
        return entity(200, x.bases.person(s.d.id, s.o, kind, uuid_param(req, "id", what)), to_json);
    });
    r.add("PATCH", base + "/{id}", [&x, kind, to_json, what](Request& req) {
        auto s = scope(x, req, Need::write, true);
        const auto& id = uuid_param(req, "id", what);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto patch = mj::read_person_patch(body, errors);
        throw_if_any(errors);
        return entity(200, x.bases.update_person(s.d.id, s.o, kind, id, require_if_match(req), patch), to_json);
    });
    // Erasure: the personal fields go, the anonymous record (and the counts) stay.
    r.add("DELETE", base + "/{id}", [&x, kind, to_json, what](Request& req) {
        auto s = scope(x, req, Need::write, true);
        const auto& id = uuid_param(req, "id", what);
        auto v = optional_if_match(req).value_or(domain::ExpectedVersion{});
        return entity(200, x.bases.erase_person(s.d.id, s.o, kind, id, v), to_json);
    });
}

// The five routes of a base resource of an organisation (programs, pairs): list, create
// (idempotent), read, patch (If-Match), delete.
template <class Item, class Input, class Patch>
struct BaseRoutes {
    using S = domain::BasesService;
    const char* segment;  // the path segment under the organisation
    const char* what;     // "The program": for 404s
    bool personal;        // personal data: curators, write keys and the coordinator only
    json (*to_json)(const Item&);
    Input (*read)(const json&, std::vector<domain::FieldError>&);
    Patch (*read_patch)(const json&, std::vector<domain::FieldError>&);
    domain::Page<Item> (S::*list)(const std::string&, const std::string&, const domain::PageRequest&);
    Item (S::*create)(const std::string&, const std::string&, Input);
    Item (S::*get)(const std::string&, const std::string&, const std::string&);
    Item (S::*update)(const std::string&, const std::string&, const std::string&, domain::ExpectedVersion, const Patch&);
    void (S::*remove)(const std::string&, const std::string&, const std::string&, domain::ExpectedVersion);
};

template <class Item, class Input, class Patch>
void add_base_routes(Router& r, MonitoringDeps& x, BaseRoutes<Item, Input, Patch> b) {
    const std::string base = kOrg + "/" + b.segment;
    r.add("GET", base, [&x, b](Request& req) {
        auto s = scope(x, req, Need::read, b.personal);
        auto page = (x.bases.*b.list)(s.d.id, s.o, page_request(req));
        json items = json::array();
        for (auto& p : page.items) items.push_back(b.to_json(p));
        return page_response(req, items, page.next_cursor);
    });
    r.add("POST", base, [&x, b](Request& req) {
        auto s = scope(x, req, Need::write, b.personal);
        return x.idempotency.run(req, s.d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto in = b.read(body, errors);
            throw_if_any(errors);
            auto p = (x.bases.*b.create)(s.d.id, s.o, std::move(in));
            return entity(201, p, b.to_json).with_header("Location", org_path(s) + "/" + b.segment + "/" + p.id);
        });
    });
    r.add("GET", base + "/{id}", [&x, b](Request& req) {
        auto s = scope(x, req, Need::read, b.personal);
        return entity(200, (x.bases.*b.get)(s.d.id, s.o, uuid_param(req, "id", b.what)), b.to_json);
    });
    r.add("PATCH", base + "/{id}", [&x, b](Request& req) {
        auto s = scope(x, req, Need::write, b.personal);
        const auto& id = uuid_param(req, "id", b.what);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto patch = b.read_patch(body, errors);
        throw_if_any(errors);
        return entity(200, (x.bases.*b.update)(s.d.id, s.o, id, require_if_match(req), patch), b.to_json);
    });
    r.add("DELETE", base + "/{id}", [&x, b](Request& req) {
        auto s = scope(x, req, Need::write, b.personal);
        const auto& id = uuid_param(req, "id", b.what);
        (x.bases.*b.remove)(s.d.id, s.o, id, optional_if_match(req).value_or(domain::ExpectedVersion{}));
        return Response::no_content();
    });
}

}  // namespace

void add_bases_routes(Router& r, MonitoringDeps& x) {
    add_person_routes(r, x, domain::PersonKind::mentor);
    add_person_routes(r, x, domain::PersonKind::mentee);

    add_base_routes(r, x,
                    BaseRoutes<domain::Program, domain::ProgramInput, domain::ProgramPatch>{
                        "programs", "The program", false, mj::program_json, mj::read_program,
                        mj::read_program_patch, &domain::BasesService::programs, &domain::BasesService::create_program,
                        &domain::BasesService::program, &domain::BasesService::update_program,
                        &domain::BasesService::delete_program});
    // Pairs and groups tie people together: personal data.
    add_base_routes(r, x,
                    BaseRoutes<domain::Pair, domain::PairInput, domain::PairPatch>{
                        "pairs", "The pair", true, mj::pair_json, mj::read_pair, mj::read_pair_patch,
                        &domain::BasesService::pairs, &domain::BasesService::create_pair,
                        &domain::BasesService::pair, &domain::BasesService::update_pair,
                        &domain::BasesService::delete_pair});
}

}  // namespace api
