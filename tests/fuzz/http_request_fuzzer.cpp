// libFuzzer target: raw bytes from a connection through what the server does before a
// handler runs (api/http/http_server.cpp): the request parsed as onInput parses it
// (api::parse_request over Pistache's parser: a body is read only once it is sound), in one
// read or in several; the framing check (framing_problem), the path percent-decoded, the
// query parsed, the headers read, and the route matched against every route of openapi.yaml.
// Invariants: the parser fails only with an exception the server catches (std::exception)
// and refuses with 400 or 413; no body over the limit is read; a request reads the same in
// one read as in several; the router's parameters are the decoded path segments of a route
// of the contract; 405 names methods the path has; nothing here throws anything else.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>

#include <pistache/http.h>

#include "api/http/http.hpp"
#include "api/http/http_server.hpp"
#include "api/http/request_parser.hpp"
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

// The server's body limit (ServerOptions' default) and Pistache's buffer (the limit and 64 KiB
// of headers), as HttpServer sets them.
constexpr std::size_t kMaxBody = 1 << 20;

struct Outcome {
    enum Kind { again, done, refused, failed } kind = again;
    int status = 0;  // of a refusal
    std::string method, resource, body;
    std::size_t read = 0;  // bytes the request took (a pipelined one begins after them)
    bool operator==(const Outcome&) const = default;
};

// Feeds `raw` to a parser `piece` bytes at a time, parsing after each as the server's
// onInput does (api::parse_request), until a request is whole or refused.
Outcome parse(std::string_view raw, std::size_t piece, bool shape_it) {
    Http::RequestParser parser(kMaxBody + 64 * 1024);
    api::ChunkedScan scan;
    Outcome out;
    try {
        for (std::size_t at = 0; at < raw.size(); at += piece) {
            if (!api::feed_request(parser, raw.data() + at, std::min(piece, raw.size() - at))) {
                out.kind = Outcome::refused;  // the server answers 413
                out.status = 413;
                return out;
            }
            if (api::parse_request(parser, scan, kMaxBody) != Http::Private::State::Done) continue;
            out.kind = Outcome::done;
            out.method = Http::methodString(parser.request.method());
            out.resource = parser.request.resource();
            out.body = parser.request.body();
            out.read = api::read_bytes(parser).size();
            fuzz::check(out.body.size() <= kMaxBody, "a body over the limit was read");
            fuzz::check(out.read + api::unread_bytes(parser).size() == at + std::min(piece, raw.size() - at),
                        "read and unread bytes are not what was fed");
            if (shape_it) shape(parser.request);
            return out;
        }
    } catch (const api::FramingRefusal& refusal) {
        fuzz::check(refusal.status == 400 || refusal.status == 413, "a refusal neither 400 nor 413", refusal.what());
        out.kind = Outcome::refused;
        out.status = refusal.status;
    } catch (const api::ParserDisagrees& e) {
        fuzz::fail("Pistache read a chunked body otherwise than ChunkedScan:", e.what());
    } catch (const Http::HttpError&) {
        out.kind = Outcome::failed;
    } catch (const std::exception&) {
        out.kind = Outcome::failed;  // the server answers 400 malformed-request
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    routes();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view raw{reinterpret_cast<const char*>(data), size};
    (void)api::framing_problem(raw);

    // Whole, as one read; and, when the last byte is 128 or more, again in reads of 1 to
    // 32 bytes (the server sees a request in as many reads as the network makes of it):
    // the same request, the same body, the same refusal.
    const Outcome whole = parse(raw, raw.size() + 1, true);
    if (size > 0 && data[size - 1] >= 0x80) {
        const Outcome split = parse(raw, 1 + (data[size - 1] & 31), false);
        fuzz::check(split.kind == whole.kind, "one read and several reads end differently", raw);
        fuzz::check(split == whole || whole.kind == Outcome::failed, "one read and several reads differ", raw);
    }
    return 0;
}
