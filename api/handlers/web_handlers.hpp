#pragma once
#include "api/http/http.hpp"

namespace api {

// The web app and the API's documentation, served from the binary:
// - the built files (api/web_assets.hpp) at their paths: /assets/* (hashed names) cached for
//   a year as immutable, anything else revalidated each time (no-cache, with an ETag);
// - index.html for a browser's GET (Accept: text/html) of any other path outside the API
//   and the operational routes, so the app's own paths load the app (Cache-Control: no-cache);
// - /docs: openapi.yaml rendered by the vendored Redoc (/vendor/redoc.standalone.js).
// The security headers are added where every answer is finished (api/http/browser.hpp).
void add_web_routes(Router& router);

}  // namespace api
