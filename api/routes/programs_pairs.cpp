// Programs (readable by whoever reads the organisation) and pairs (personal: they tie
// people together): /districts/{d}/organizations/{o}/programs|pairs[/{id}].
#include "api/routes/bases_common.hpp"

namespace api::routes {
namespace {

using domain::Need;
using nlohmann::json;
namespace mj = api::monitoring;

// The five routes of a base resource of an organisation (programs, pairs): list, create
// (idempotent), read, patch (If-Match), delete.
template <class Item, class Input, class Patch, class IdT>
struct BaseRoutes {
    using S = domain::BasesService;
    const char* segment;  // the path segment under the organisation
    const char* what;     // "The program": for 404s
    bool personal;        // personal data: curators, write keys and the coordinator only
    json (*to_json)(const Item&);
    Input (*read)(const json&, std::vector<domain::FieldError>&);
    Patch (*read_patch)(const json&, std::vector<domain::FieldError>&);
    using D = const domain::DistrictId&;
    using O = const domain::OrganizationId&;
    domain::Page<Item> (S::*list)(D, O, const domain::PageRequest&);
    Item (S::*create)(D, O, Input);
    Item (S::*get)(D, O, const IdT&);
    Item (S::*update)(D, O, const IdT&, domain::ExpectedVersion, const Patch&);
    void (S::*remove)(D, O, const IdT&, domain::ExpectedVersion);
};

template <class Item, class Input, class Patch, class IdT>
void add_base_routes(Router& r, const MonitoringDeps& x, BaseRoutes<Item, Input, Patch, IdT> b) {
    const std::string base = kOrg + "/" + b.segment;
    r.add("GET", base, [&x, b](Request& req) {
        auto s = scope(x, req, Need::read, b.personal);
        auto page = (x.bases.*b.list)(s.d, s.o, page_request(req));
        json items = json::array();
        for (auto& p : page.items) items.push_back(b.to_json(p));
        return page_response(req, items, page.next_cursor);
    });
    r.add("POST", base, [&x, b](Request& req) {
        auto s = scope(x, req, Need::write, b.personal);
        return x.idempotency.run(req, s.ref.id, [&](domain::DistrictWrites& tx) {
            WriteServices w(tx);
            auto body = json_body(req);
            std::vector<domain::FieldError> errors;
            auto in = b.read(body, errors);
            throw_if_any(errors);
            auto p = (w.bases.*b.create)(s.d, s.o, std::move(in));
            return entity(201, p, b.to_json).with_header("Location", org_path(s) + "/" + b.segment + "/" + p.id.str());
        });
    });
    r.add("GET", base + "/{id}", [&x, b](Request& req) {
        auto s = scope(x, req, Need::read, b.personal);
        return entity(200, (x.bases.*b.get)(s.d, s.o, id_param<IdT>(req, "id", b.what)), b.to_json);
    });
    r.add("PATCH", base + "/{id}", [&x, b](Request& req) {
        auto s = scope(x, req, Need::write, b.personal);
        auto id = id_param<IdT>(req, "id", b.what);
        auto body = json_body(req);
        std::vector<domain::FieldError> errors;
        auto patch = b.read_patch(body, errors);
        throw_if_any(errors);
        return entity(200, (x.bases.*b.update)(s.d, s.o, id, require_if_match(req), patch), b.to_json);
    });
    r.add("DELETE", base + "/{id}", [&x, b](Request& req) {
        auto s = scope(x, req, Need::write, b.personal);
        auto id = id_param<IdT>(req, "id", b.what);
        (x.bases.*b.remove)(s.d, s.o, id, optional_if_match(req).value_or(domain::ExpectedVersion{}));
        return Response::no_content();
    });
}

}  // namespace

void add_programs_and_pairs(Router& r, const MonitoringDeps& x) {
    add_base_routes(r, x,
                    BaseRoutes<domain::Program, domain::ProgramInput, domain::ProgramPatch, domain::ProgramId>{
                        "programs", "The program", false, mj::program_json, mj::read_program,
                        mj::read_program_patch, &domain::BasesService::programs, &domain::BasesService::create_program,
                        &domain::BasesService::program, &domain::BasesService::update_program,
                        &domain::BasesService::delete_program});
    // Pairs and groups tie people together: personal data.
    add_base_routes(r, x,
                    BaseRoutes<domain::Pair, domain::PairInput, domain::PairPatch, domain::PairId>{
                        "pairs", "The pair", true, mj::pair_json, mj::read_pair, mj::read_pair_patch,
                        &domain::BasesService::pairs, &domain::BasesService::create_pair,
                        &domain::BasesService::pair, &domain::BasesService::update_pair,
                        &domain::BasesService::delete_pair});
}

}  // namespace api::routes
