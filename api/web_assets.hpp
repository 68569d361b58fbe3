#pragma once
// The built web app (web/dist), embedded in the binary at build time (cmake/embed_web.cmake).
#include <string_view>
#include <vector>

namespace api {

struct WebFile {
    std::string_view path;   // the URL path: /index.html, /assets/app-3f2a9c.js, /vendor/redoc.standalone.js
    std::string_view bytes;
};

// Every file of the build, sorted by path; empty when the build has no web app.
const std::vector<WebFile>& web_files();

}  // namespace api
