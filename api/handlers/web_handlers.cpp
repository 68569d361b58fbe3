#include "api/handlers/web_handlers.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <map>
#include <memory>

#include "api/http/problem.hpp"
#include "api/web_assets.hpp"

namespace api {
namespace {

struct Served {
    std::string_view bytes;
    std::string content_type, etag, cache_control;
    std::string_view gzipped;  // the same file gzip -9 (web/build.mjs writes <name>.gz); empty: none
    std::string gzip_etag;     // a representation of its own, so a validator of its own
};

std::string content_type_of(std::string_view path) {
    auto dot = path.rfind('.');
    auto ext = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    static const std::map<std::string_view, const char*> types = {
        {"html", "text/html; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"mjs", "text/javascript; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"json", "application/json"},
        {"map", "application/json"},
        {"webmanifest", "application/manifest+json"},
        {"svg", "image/svg+xml"},
        {"png", "image/png"},
        {"jpg", "image/jpeg"},
        {"jpeg", "image/jpeg"},
        {"gif", "image/gif"},
        {"webp", "image/webp"},
        {"ico", "image/x-icon"},
        {"woff2", "font/woff2"},
        {"woff", "font/woff"},
        {"txt", "text/plain; charset=utf-8"},
        {"xml", "application/xml"},
    };
    auto it = types.find(ext);
    return it == types.end() ? "application/octet-stream" : it->second;
}

// A strong validator from the bytes (FNV-1a, 64 bits): the same build answers the same ETag.
std::string etag_of(std::string_view bytes) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ull;
    }
    static const char* hex = "0123456789abcdef";
    std::string out = "\"";
    for (int i = 15; i >= 0; --i) out.push_back(hex[(h >> (i * 4)) & 15]);
    out += "\"";
    return out;
}

bool etag_matches(const Request& req, const std::string& etag) {
    auto inm = req.header("if-none-match");
    if (!inm) return false;
    if (*inm == "*") return true;
    std::string_view rest = *inm;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto tag = rest.substr(0, comma);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
        if (tag.rfind("W/", 0) == 0) tag.remove_prefix(2);
        if (tag == etag) return true;
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return false;
}

// Whether Accept-Encoding allows gzip: named (or `*`) without q=0.
bool accepts_gzip(const Request& req) {
    auto ae = req.header("accept-encoding");
    if (!ae) return false;
    std::string_view rest = *ae;
    while (!rest.empty()) {
        auto comma = rest.find(',');
        auto item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        auto semi = item.find(';');
        auto coding = item.substr(0, semi);
        while (!coding.empty() && coding.back() == ' ') coding.remove_suffix(1);
        if (coding != "gzip" && coding != "*") continue;
        if (semi == std::string_view::npos) return true;
        auto params = item.substr(semi + 1);
        auto q = params.find("q=");
        if (q == std::string_view::npos) return true;
        auto value = std::string(params.substr(q + 2, params.substr(q + 2).find_first_of(" ;,")));
        char* end = nullptr;
        double weight = std::strtod(value.c_str(), &end);
        return end != value.c_str() && weight > 0;  // q=0: not acceptable
    }
    return false;
}

Response serve(const Request& req, const Served& f) {
    Response res;
    bool gzip = !f.gzipped.empty() && accepts_gzip(req);
    const auto& etag = gzip ? f.gzip_etag : f.etag;
    res.with_header("ETag", etag).with_header("Cache-Control", f.cache_control);
    if (!f.gzipped.empty()) res.with_header("Vary", "Accept-Encoding");
    if (etag_matches(req, etag)) {
        res.status = 304;
        res.content_type.clear();
        return res;
    }
    res.content_type = f.content_type;
    if (gzip) {
        res.with_header("Content-Encoding", "gzip");
        res.body = std::string(f.gzipped);
    } else {
        res.body = std::string(f.bytes);
    }
    return res;
}

// The first path segment of routes that are never the app's own pages.
bool reserved(std::string_view path) {
    auto p = path.substr(path.empty() || path.front() != '/' ? 0 : 1);
    auto first = p.substr(0, p.find('/'));
    for (std::string_view r : {"api", "livez", "readyz", "metrics", "openapi.yaml", "docs", "assets", "vendor"})
        if (first == r) return true;
    return false;
}

bool accepts_html(const Request& req) {
    auto a = req.header("accept");
    return a && a->find("text/html") != std::string::npos;
}

constexpr const char* kDocsPage = R"(<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nastavnik API</title>
</head>
<body>
<noscript>Описание API — в файле <a href="/openapi.yaml">/openapi.yaml</a>.</noscript>
<redoc spec-url="/openapi.yaml"></redoc>
<script src="/vendor/redoc.standalone.js"></script>
</body>
</html>
)";

}  // namespace

void add_web_routes(Router& r) {
    auto files = std::make_shared<std::map<std::string, Served, std::less<>>>();
    auto is_gz = [](std::string_view p) { return p.size() > 3 && p.substr(p.size() - 3) == ".gz"; };
    for (auto& f : web_files()) {
        if (is_gz(f.path)) continue;  // served as their file's gzip representation, not on their own
        bool immutable = f.path.rfind("/assets/", 0) == 0;
        (*files)[std::string(f.path)] = {f.bytes, content_type_of(f.path), etag_of(f.bytes),
                                         immutable ? "public, max-age=31536000, immutable" : "no-cache", {}, {}};
    }
    for (auto& f : web_files()) {
        if (!is_gz(f.path)) continue;
        auto it = files->find(f.path.substr(0, f.path.size() - 3));
        if (it == files->end()) continue;
        it->second.gzipped = f.bytes;
        auto tag = etag_of(f.bytes);
        it->second.gzip_etag = tag.substr(0, tag.size() - 1) + "-gz\"";
    }
    Served docs{kDocsPage, "text/html; charset=utf-8", etag_of(kDocsPage), "no-cache", {}, {}};

    r.add("GET", "/docs", [docs](Request& req) { return serve(req, docs); });
    r.add("GET", "/", [files](Request& req) {
        auto index = files->find(std::string_view("/index.html"));
        if (index == files->end())
            return problem(404, "not-found", "This build of the server has no web app (built without web/dist).", req);
        return serve(req, index->second);
    });

    r.set_fallback([files](Request& req) {
        if (req.path != "/index.html") {
            auto it = files->find(req.path);
            if (it != files->end()) return serve(req, it->second);
        }
        if (!reserved(req.path) && accepts_html(req)) {
            auto index = files->find(std::string_view("/index.html"));
            if (index != files->end()) return serve(req, index->second);
            return problem(404, "not-found", "This build of the server has no web app (built without web/dist).", req);
        }
        return problem(404, "not-found", "No resource lives at this path.", req);
    });
}

}  // namespace api
