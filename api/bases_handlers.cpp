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

std::optional<domain::ExpectedVersion> optional_if_match(const Request& req) {
    if (!req.header("if-match")) return std::nullopt;
    return require_if_match(req);
}

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

}  // namespace

void add_bases_routes(Router& r, MonitoringDeps& x) {
    add_person_routes(r, x, domain::PersonKind::mentor);
    add_person_routes(r, x, domain::PersonKind::mentee);

    // ---- programs
    const std::string programs = kOrg + "/programs";
    r.add("GET", programs, [&x](Request& req) {
        auto s = scope(x, req, Need::read, false);
        auto page = x.bases.programs(s.d.id, s.o, page_request(req));
        json items = json::array();
        for (auto& p : page.items) items.push_back(mj::program_json(p));
        return page_response(req, items, page.next_cursor);
    });
    r.add("POST", programs, [&x](Request& req) {
        auto s = scope(x, req, Need::write, false);
        return x.idempotency.run(req, s.d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto in = mj::read_program(body, errors);
            throw_if_any(errors);
            auto p = x.bases.create_program(s.d.id, s.o, std::move(in));
            return entity(201, p, mj::program_json).with_header("Location", org_path(s) + "/programs/" + p.id);
        });
    });
    r.add("GET", programs + "/{id}", [&x](Request& req) {
        auto s = scope(x, req, Need::read, false);
        return entity(200, x.bases.program(s.d.id, s.o, uuid_param(req, "id", "The program")), mj::program_json);
    });
    r.add("PATCH", programs + "/{id}", [&x](Request& req) {
        auto s = scope(x, req, Need::write, false);
        const auto& id = uuid_param(req, "id", "The program");
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto patch = mj::read_program_patch(body, errors);
        throw_if_any(errors);
        return entity(200, x.bases.update_program(s.d.id, s.o, id, require_if_match(req), patch), mj::program_json);
    });
    r.add("DELETE", programs + "/{id}", [&x](Request& req) {
        auto s = scope(x, req, Need::write, false);
        const auto& id = uuid_param(req, "id", "The program");
        x.bases.delete_program(s.d.id, s.o, id, optional_if_match(req).value_or(domain::ExpectedVersion{}));
        return Response::no_content();
    });

    // ---- pairs and groups
    const std::string pairs = kOrg + "/pairs";
    r.add("GET", pairs, [&x](Request& req) {
        auto s = scope(x, req, Need::read, true);
        auto page = x.bases.pairs(s.d.id, s.o, page_request(req));
        json items = json::array();
        for (auto& p : page.items) items.push_back(mj::pair_json(p));
        return page_response(req, items, page.next_cursor);
    });
    r.add("POST", pairs, [&x](Request& req) {
        auto s = scope(x, req, Need::write, true);
        return x.idempotency.run(req, s.d.id, [&] {
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto in = mj::read_pair(body, errors);
            throw_if_any(errors);
            auto p = x.bases.create_pair(s.d.id, s.o, std::move(in));
            return entity(201, p, mj::pair_json).with_header("Location", org_path(s) + "/pairs/" + p.id);
        });
    });
    r.add("GET", pairs + "/{id}", [&x](Request& req) {
        auto s = scope(x, req, Need::read, true);
        return entity(200, x.bases.pair(s.d.id, s.o, uuid_param(req, "id", "The pair")), mj::pair_json);
    });
    r.add("PATCH", pairs + "/{id}", [&x](Request& req) {
        auto s = scope(x, req, Need::write, true);
        const auto& id = uuid_param(req, "id", "The pair");
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto patch = mj::read_pair_patch(body, errors);
        throw_if_any(errors);
        return entity(200, x.bases.update_pair(s.d.id, s.o, id, require_if_match(req), patch), mj::pair_json);
    });
    r.add("DELETE", pairs + "/{id}", [&x](Request& req) {
        auto s = scope(x, req, Need::write, true);
        const auto& id = uuid_param(req, "id", "The pair");
        x.bases.delete_pair(s.d.id, s.o, id, optional_if_match(req).value_or(domain::ExpectedVersion{}));
        return Response::no_content();
    });
}

}  // namespace api
