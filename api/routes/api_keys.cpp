// API keys for school systems: /districts/{d}/organizations/{o}/api-keys[/{k}].
#include "api/routes/identity_common.hpp"

namespace api::routes {
namespace {

using domain::Need;

const std::string kKeys = "/api/v1/districts/{d}/organizations/{o}/api-keys";

domain::NewApiKey read_new_key(const Request& req) {
    auto body = json_body(req);
    FieldReader f(body, {"id", "prefix", "district_id", "organization_id", "last_used_at", "revoked_at", "created_at",
                         "secret"});
    domain::NewApiKey in;
    in.name = f.text("name", true).value_or("");
    in.scopes = f.text_list("scopes").value_or(std::vector<std::string>{"read", "write"});
    in.expires_at = f.text("expires_at", false);
    f.finish();
    return in;
}

Response list_keys(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto o = x.access.organization(req, d, Need::write);
    x.catalog.organization(d.id, o);
    auto page = x.identity.api_keys(d.id, o, page_request(req));
    return page_response(req, json_items(page.items, key_json), page.next_cursor);
}

// The secret is in this answer only.
Response issue_key(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto o = x.access.organization(req, d, Need::write);
    x.catalog.organization(d.id, o);
    auto issued = x.identity.issue_api_key(Access::actor(req), d.id, o, read_new_key(req));
    auto out = key_json(issued.key);
    out["secret"] = issued.secret;
    return Response::json(201, out)
        .with_header("Location", "/api/v1/districts/" + d.id.str() + "/organizations/" + o.str() + "/api-keys/" + issued.key.id.str())
        .with_header("Cache-Control", "no-store");
}

Response revoke_key(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto o = x.access.organization(req, d, Need::write);
    return Response::json(200, key_json(x.identity.revoke_api_key(d.id, o, id_param<domain::ApiKeyId>(req, "k", "The API key"))));
}

}  // namespace

void add_api_keys(Router& r, const IdentityDeps& x) {
    r.add("GET", kKeys, bind(x, list_keys));
    r.add("POST", kKeys, bind(x, issue_key));
    r.add("DELETE", kKeys + "/{k}", bind(x, revoke_key));
}

}  // namespace api::routes
