// libFuzzer target: raw bytes from a connection through what the server does before a
// handler runs (api/http_server.cpp): Pistache's request parser (the same class the
// server's onInput feeds, pipelined requests parsed in turn), the framing check
// (framing_problem), the path percent-decoded, the query parsed, the headers read, and the
// route matched against every route of openapi.yaml.
// Invariants: the parser fails only with an exception the server catches (std::exception);
// the router's parameters are the decoded path segments of a route of the contract; 405
// names methods the path has; nothing here throws anything else.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>

#include <pistache/http.h>

#include "api/http.hpp"
#include "api/http_server.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

using namespace Pistache;

struct Routes {
    api::Router router;
    std::vector<std::pair<std::string, std::string>> all;  // method, template
};

// Every path and method of the contract (the paths: block of openapi.yaml).
Routes* load_routes() {
    auto* r = new Routes;
    std::ifstream in(NASTAVNIK_SOURCE_DIR "/openapi.yaml");
    std::string line, path;
    bool in_paths = false;
    while (std::getline(in, line)) {
        if (line == "paths:") {
            in_paths = true;
            continue;
        }
        if (!in_paths) continue;
        if (!line.empty() && line[0] != ' ' && line[0] != '#') break;
        if (line.rfind("  /", 0) == 0 && line.back() == ':') {
            path = line.substr(2, line.size() - 3);
            if (path.size() > 1 && path.front() == '"') path = path.substr(1, path.size() - 2);
            continue;
        }
        for (const char* m : {"get", "post", "put", "patch", "delete"}) {
            if (line == std::string("    ") + m + ":" && !path.empty()) {
                std::string method = m;
                for (auto& c : method) c = char(std::toupper(static_cast<unsigned char>(c)));
                r->all.emplace_back(method, path);
                r->router.add(method, path, [](api::Request&) { return api::Response::no_content(); });
            }
        }
    }
    if (r->all.size() < 20) fuzz::fail("openapi.yaml: too few routes read");
    return r;
}

Routes& routes() {
    static Routes* r = load_routes();
    return *r;
}

std::vector<std::string> segments(std::string_view p) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < p.size()) {
        if (p[i] == '/') {
            ++i;
            continue;
        }
        auto j = p.find('/', i);
        if (j == std::string_view::npos) j = p.size();
        out.emplace_back(p.substr(i, j - i));
        i = j;
    }
    return out;
}

// What the server builds from a parsed request (HttpServer's handle), then the router.
void shape(const Http::Request& preq) {
    api::Request req;
    req.method = Http::methodString(preq.method());
    const std::string resource = preq.resource();
    req.path = api::percent_decode(resource);
    auto q = preq.query().as_str();
    if (!q.empty() && q.front() == '?') q.erase(0, 1);
    req.query = api::parse_query(q);
    for (auto& h : preq.headers().list()) {
        std::ostringstream os;
        h->write(os);
        req.headers.emplace_back(h->name(), os.str());
    }
    for (auto& [name, raw] : preq.headers().rawList()) req.headers.emplace_back(name, raw.value());
    req.body = preq.body();

    auto m = routes().router.match(req.method == "HEAD" ? "GET" : req.method, req.path);
    if (m.handler) {
        // The route's {parameters} are the request's decoded segments in their places.
        auto tmpl = segments(m.route);
        auto raw = segments(req.path);
        fuzz::check(tmpl.size() == raw.size(), "route matched with another number of segments", m.route);
        for (std::size_t i = 0; i < tmpl.size(); ++i) {
            const auto& t = tmpl[i];
            if (t.size() > 2 && t.front() == '{') {
                auto it = m.params.find(t.substr(1, t.size() - 2));
                fuzz::check(it != m.params.end(), "route parameter missing", t);
                fuzz::check(it->second == api::percent_decode(raw[i]), "route parameter not the decoded segment", t);
            } else {
                fuzz::check(t == raw[i], "literal segment differs", t);
            }
        }
        fuzz::check(m.needs_credential == (m.route.rfind("/api/v1/", 0) == 0), "credential requirement");
    } else {
        for (auto& a : m.allowed) {
            bool known = false;
            for (auto& [method, t] : routes().all) known = known || (method == a && t == m.route);
            fuzz::check(known, "405 names a method the contract does not have", a);
        }
    }
}

// Pistache reserves a chunk's announced size before its bytes arrive (BodyStep::Chunk::parse,
// std::string::reserve). Without ASan a size it cannot reserve is std::bad_alloc, which the
// server answers 400 (issue 11, defect 3); under ASan operator new aborts the process
// instead. Such inputs are not fed to the parser here; the finding itself is open (the
// server could refuse a chunk larger than its body limit before Pistache sees it):
// tests/fuzz/findings/http_request_fuzzer-chunk-size-64GiB reproduces it.
bool announces_huge_chunk(std::string_view raw) {
    // Pistache reads a chunk size wherever the previous chunk's bytes end, not only at a line's
    // start, so any run of hex digits may be read as one (or its tail may): every run is
    // checked, which skips a few more inputs than needed and never one that would abort.
    unsigned long long v = 0;
    for (char c : raw) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            v = 0;
            continue;
        }
        v = v * 16 + unsigned(std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10);
        if (v > (64ull << 20)) return true;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    routes();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw{reinterpret_cast<const char*>(data), size};
    (void)api::framing_problem(raw);

    if (announces_huge_chunk(raw)) return 0;
    Http::RequestParser parser(64 * 1024);
    try {
        if (!parser.feed(raw.data(), raw.size())) return 0;  // the server answers 413
        if (parser.parse() == Http::Private::State::Done) shape(parser.request);
    } catch (const Http::HttpError&) {
    } catch (const std::exception&) {
        // the server answers 400 malformed-request for any std::exception of the parser
    }
    return 0;
}
