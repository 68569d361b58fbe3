// GET /districts/{d}/audit-log: who changed what, filtered by resource, actor, action and dates.
#include "api/http/query.hpp"
#include "api/routes/identity_common.hpp"

namespace api::routes {
namespace {

domain::AuditQuery audit_query(const Request& req) {
    domain::AuditQuery q;
    q.page = page_request(req);
    q.resource = req.query_param("resource");
    q.resource_id = req.query_param("resource_id");
    q.actor_id = req.query_param("actor_id");
    if (query_date(req, "from")) q.from = req.query_param("from");  // kept as sent: YYYY-MM-DD
    if (query_date(req, "to")) q.to = req.query_param("to");
    q.action = query_word(req, "action", {"insert", "update", "delete"}, "must be insert, update or delete");
    return q;
}

Response audit_log(const IdentityDeps& x, Request& req) {
    auto d = x.access.district_admin(req);
    auto page = x.identity.audit_log(d.id, audit_query(req));
    return page_response(req, json_items(page.items, audit_json), page.next_cursor);
}

}  // namespace

void add_audit_log(Router& r, const IdentityDeps& x) { r.add("GET", "/api/v1/districts/{d}/audit-log", bind(x, audit_log)); }

}  // namespace api::routes
