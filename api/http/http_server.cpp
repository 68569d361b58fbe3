#include "api/http/http_server.hpp"

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/peer.h>

#include <sys/socket.h>

#include <random>
#include <string_view>
#include <thread>

#include "api/http/browser.hpp"
#include "api/http/log.hpp"
#include "api/http/problem.hpp"
#include "api/http/rate_limit.hpp"
#include "api/http/request_parser.hpp"
#include "domain/audit_context.hpp"
#include "domain/validation.hpp"

namespace api {

using namespace Pistache;

namespace {

// A response header with a name chosen at run time (Pistache writes only typed headers).
class NamedHeader final : public Http::Header::Header {
public:
    NamedHeader(std::string name, std::string value) : name_(std::move(name)), value_(std::move(value)) {}
    const char* name() const override { return name_.c_str(); }
    void write(std::ostream& os) const override { os << value_; }
#ifdef SAFE_HEADER_CAST
    uint64_t hash() const override { return 0; }
#endif

private:
    std::string name_, value_;
};

bool valid_request_id(const std::string& s) {
    if (s.empty() || s.size() > 128) return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) return false;
    return true;
}

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// A peer marked so has been answered with Connection: close; what it sends after that is
// not read.
const char* const kClosing = "nastavnik.closing";
// A connection's ChunkedScan (api/http/request_parser.hpp).
const char* const kChunkedScan = "nastavnik.chunked";

}  // namespace

std::optional<std::string> framing_problem(std::string_view request) {
    auto end = request.find("\r\n\r\n");
    std::string_view head = request.substr(0, end);
    int content_length = 0, transfer_encoding = 0;
    for (std::size_t at = head.find("\r\n"); at != std::string_view::npos;) {
        auto next = head.find("\r\n", at + 2);
        auto line = head.substr(at + 2, next == std::string_view::npos ? std::string_view::npos : next - at - 2);
        auto colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string name = lower(std::string(line.substr(0, colon)));
            while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
            if (name == "content-length") ++content_length;
            if (name == "transfer-encoding") ++transfer_encoding;
        }
        at = next;
    }
    if (content_length > 1) return "The request has more than one Content-Length header.";
    if (content_length && transfer_encoding) return "The request has both Content-Length and Transfer-Encoding.";
    return std::nullopt;
}

std::string new_request_id() {
    thread_local std::mt19937_64 rng{std::random_device{}()};
    static const char* hex = "0123456789abcdef";
    std::string out(32, '0');
    for (int half = 0; half < 2; ++half) {
        auto v = rng();
        for (int i = 0; i < 16; ++i) out[half * 16 + i] = hex[(v >> (i * 4)) & 15];
    }
    return out;
}

struct HttpServer::Core {
    ServerOptions options;
    const Router& router;
    Metrics& metrics;
    Authenticator authenticate;
    // Set when the server begins to stop: every answer says Connection: close, and the
    // connection is closed once it is written, so no client reuses a connection that is
    // about to go away.
    std::atomic<bool> draining{false};
    RateLimiter rate_limiter{options.rate_limit_per_minute};
    // Requests read and not yet written out: shutdown() waits for them (a request the
    // server read is answered, never reset). Once `stopping`, nothing more is read.
    std::shared_ptr<std::atomic<int>> in_flight = std::make_shared<std::atomic<int>>(0);
    std::atomic<bool> stopping{false};

    // A hold on the server from reading a request until its answer's write settles (the
    // last copy goes with the write's promise); nothing once the server is stopping.
    std::shared_ptr<void> enter() {
        auto count = in_flight;
        ++*count;
        if (stopping.load()) {
            --*count;
            return nullptr;
        }
        return std::shared_ptr<void>(new char(0), [count](char* p) {
            delete p;
            --*count;
        });
    }

    [[nodiscard]] bool origin_allowed(const std::string& origin) const {
        for (auto& o : options.cors_origins)
            if (o == origin) return true;
        return false;
    }

    // CORS for allowed origins only: the origin is echoed, never "*".
    void add_cors(const Request& req, Response& res, const std::vector<std::string>& allowed_methods) const {
        auto origin = req.header("origin");
        if (!origin || !origin_allowed(*origin)) return;
        res.with_header("Access-Control-Allow-Origin", *origin);
        res.with_header("Vary", "Origin");
        res.with_header("Access-Control-Expose-Headers", "ETag, Link, Location, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id, Idempotent-Replayed, Content-Disposition");
        if (req.method == "OPTIONS" && req.header("access-control-request-method")) {
            std::string methods;
            for (auto& m : allowed_methods) methods += (methods.empty() ? "" : ", ") + m;
            res.with_header("Access-Control-Allow-Methods", methods);
            res.with_header("Access-Control-Allow-Headers",
                            "Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-Id");
            res.with_header("Access-Control-Max-Age", "600");
        }
    }

    // The caller, from the Authorization header, else from a browser's session cookie (a
    // session token only; a write must then come from this site's Origin); credentials in
    // the query string are refused so that they never land in logs and browser histories.
    void identify(Request& req) const {
        for (const char* name : {"access_token", "token", "api_key", "apikey", "key"})
            if (req.query.count(name))
                throw domain::Error(domain::ErrorKind::unauthorized, "credentials-in-query",
                                    "Credentials in the query string are refused; send Authorization: Bearer <token>.");
        auto h = req.header("authorization");
        if (!h) {
            if (auto cookie = session_cookie(req)) {
                check_cookie_write_origin(req, options.public_scheme, options.cors_origins);
                req.actor = authenticate(*cookie);
                if (req.actor->kind != domain::Actor::Kind::user)  // never an API key in a browser
                    throw domain::Error(domain::ErrorKind::unauthorized, "session-invalid",
                                        "The session cookie is not valid. Sign in again.");
                return;
            }
            throw domain::Error(domain::ErrorKind::unauthorized, "credentials-missing",
                                "Sign in first: send Authorization: Bearer <token or API key>.");
        }
        if (h->size() < 8 || lower(h->substr(0, 7)) != "bearer ")
            throw domain::Error(domain::ErrorKind::unauthorized, "credentials-malformed",
                                "Only Bearer credentials are accepted here.");
        auto token = h->substr(7);
        while (!token.empty() && token.front() == ' ') token.erase(0, 1);
        req.actor = authenticate(token);
    }

    // No route for the path (404), or not for the method: 405 naming the allowed ones, or
    // their list for OPTIONS.
    Response unrouted(const Request& req, const Router::Match& m) {
        if (m.allowed.empty()) {
            auto res = problem(404, "not-found", "No resource lives at this path.", req);
            add_cors(req, res, {});
            return res;
        }
        std::string allow;
        for (auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
        if (req.method == "OPTIONS") {
            auto res = Response::no_content().with_header("Allow", allow);
            add_cors(req, res, m.allowed);
            return res;
        }
        auto res = problem(405, "method-not-allowed", "This resource allows " + allow + ".", req)
                       .with_header("Allow", allow);
        add_cors(req, res, {});
        return res;
    }

    // 400 for a path or query that is not UTF-8, 413 for a body over the limit; else nothing.
    std::optional<Response> refused_input(const Request& req) {
        bool utf8 = domain::is_valid_utf8(req.path);
        for (auto& [k, v] : req.query) utf8 = utf8 && domain::is_valid_utf8(k) && domain::is_valid_utf8(v);
        if (!utf8) return problem(400, "invalid-utf8", "The path or query string is not valid UTF-8.", req);
        if (req.body.size() > options.max_request_bytes)
            return problem(413, "too-large",
                           "The body is larger than the limit of " + std::to_string(options.max_request_bytes) +
                               " bytes.",
                           req);
        return std::nullopt;
    }

    // One token from the caller's bucket (a person's, all their sessions, or an API key's).
    RateLimiter::Decision take_quota(const Request& req) {
        return rate_limiter.take((req.actor->kind == domain::Actor::Kind::user ? "user " : "key ") + req.actor->id);
    }
    // The 429 for an empty bucket (its answer still carries the RateLimit headers).
    domain::Error rate_limited(const RateLimiter::Decision& quota) const {
        return domain::Error(domain::ErrorKind::too_many_requests, "rate-limited",
                             "Too many requests with this credential; the limit is " +
                                 std::to_string(rate_limiter.per_minute()) + " a minute. Try again in " +
                                 std::to_string(quota.retry_after) + " seconds.")
            .retry_after(quota.retry_after);
    }

    // Who the audit trigger names for what this request changes.
    static domain::AuditInfo audit_of(const Request& req) {
        domain::AuditInfo audit;
        if (req.actor) {
            audit.actor_kind = req.actor->kind == domain::Actor::Kind::user ? "user" : "api_key";
            audit.actor_id = req.actor->id;
        } else {
            audit.actor_kind = "anonymous";
        }
        audit.request_id = req.request_id;
        return audit;
    }

    Response dispatch(Request& req) {
        auto m = router.match(req.method == "HEAD" ? "GET" : req.method, req.path);
        if (m.route.empty()) m.route = "unmatched";
        req.route = m.route;
        if (!m.handler) return unrouted(req, m);
        req.params = std::move(m.params);
        if (auto refused = refused_input(req)) return *refused;
        Response res;
        std::optional<RateLimiter::Decision> quota;
        try {
            if (m.needs_credential) {
                identify(req);
                if (rate_limiter.enabled()) {
                    quota = take_quota(req);
                    if (!quota->allowed) throw rate_limited(*quota);
                }
            }
            domain::AuditScope scope(audit_of(req));
            res = (*m.handler)(req);
        } catch (...) {
            res = problem_from_exception(std::current_exception(), req);
        }
        if (quota) {
            res.with_header("RateLimit-Policy", rate_limiter.policy_header());
            res.with_header("RateLimit", rate_limiter.header(*quota));
        }
        add_cors(req, res, {});
        return res;
    }

    // The promise of the write for a body sent whole; nothing for a streamed one.
    std::optional<Async::Promise<ssize_t>> send(Http::ResponseWriter& writer, const Request& req, Response& res) {
        finish_headers(req, res);
        auto& h = writer.headers();
        h.add(std::make_shared<NamedHeader>("X-Request-Id", req.request_id));
        if (!res.content_type.empty()) h.add(std::make_shared<NamedHeader>("Content-Type", res.content_type));
        for (auto& [k, v] : res.headers) h.add(std::make_shared<NamedHeader>(k, v));
        if (req.method == "HEAD") {
            res.body.clear();
            res.stream = nullptr;
        }
        if (!res.stream) return writer.send(static_cast<Http::Code>(res.status), res.body);
        auto out = writer.stream(static_cast<Http::Code>(res.status));
        std::size_t sent = 0;
        try {
            res.stream([&](std::string_view chunk) {
                if (chunk.empty()) return;
                out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
                out.flush();
                sent += chunk.size();
            });
        } catch (const std::exception& e) {
            // The status is on the wire already: end the body and say so in the log.
            log::error("streamed response failed", {{"request_id", req.request_id}, {"error", e.what()}});
        }
        out.ends();
        res.body_bytes = sent;
        return std::nullopt;
    }
};

namespace {

class PistacheHandler : public Http::Handler {
public:
    HTTP_PROTOTYPE(PistacheHandler)

    explicit PistacheHandler(std::shared_ptr<HttpServer::Core> core) : core_(std::move(core)) {}

    // Pistache's own onInput answers errors in plain text, closes keep-alive when the
    // request has no Connection header and drops pipelined requests; this one answers
    // problem+json, keeps HTTP/1.1 connections alive, answers pipelined requests in order
    // and closes the connection after an answer that says Connection: close.
    // Longer than 60 lines on purpose: it is Pistache's callback, and the order of its steps
    // (parse, answer each complete request in turn, keep or close) is the contract above.
    void onInput(const char* buffer, size_t len, const std::shared_ptr<Tcp::Peer>& peer) override {
        if (peer->tryGetData(kClosing)) return;
        auto hold = core_->enter();
        if (!hold) return;  // stopping: what arrives now is left unread (nothing of it ran)
        auto parser = getParser(peer);
        auto& request = parser->request;
        auto scan = std::static_pointer_cast<ChunkedScan>(peer->tryGetData(kChunkedScan));
        if (!scan) {
            scan = std::make_shared<ChunkedScan>();
            peer->putData(kChunkedScan, scan);
        }
        try {
            if (!feed_request(*parser, buffer, len)) {
                auto language = accept_language(request);
                parser->reset();
                fail(peer, request.version(), 413, "too-large", "The request is larger than the server accepts.", language);
                return;
            }
            // Pistache's parse(), but a body is read only once it is known to be sound
            // (api/http/request_parser.hpp: an announced size is never reserved before that).
            while (parse_request(*parser, *scan, core_->options.max_request_bytes) == Http::Private::State::Done) {
                std::string rest(unread_bytes(*parser));  // the next pipelined request, if any
                if (auto bad = framing_problem(read_bytes(*parser))) {
                    auto version = request.version();
                    auto language = accept_language(request);
                    parser->reset();
                    fail(peer, version, 400, "malformed-request", *bad, language);
                    return;
                }
                Http::ResponseWriter response(request.version(), transport(), this, peer);
                request.copyAddress(peer->address());
                auto connection = request.headers().tryGet<Http::Header::Connection>();
                bool close = connection ? connection->control() == Http::ConnectionControl::Close
                                        : request.version() == Http::Version::Http10;
                close = close || core_->draining.load();
                response.headers().add<Http::Header::Connection>(close ? Http::ConnectionControl::Close
                                                                       : Http::ConnectionControl::KeepAlive);
                peer->setIdle(false);
                handle(request, std::move(response), close ? peer : nullptr, hold);
                parser->reset();
                if (close || rest.empty()) return;
                if (!feed_request(*parser, rest.data(), rest.size())) {
                    auto language = accept_language(request);
                    parser->reset();
                    fail(peer, request.version(), 413, "too-large", "The request is larger than the server accepts.", language);
                    return;
                }
            }
        } catch (const FramingRefusal& refusal) {
            auto version = request.version();
            auto language = accept_language(request);
            parser->reset();
            fail(peer, version, refusal.status, refusal.status == 413 ? "too-large" : "malformed-request", refusal.what(),
                 language);
        } catch (const Http::HttpError& err) {
            auto version = request.version();
            auto language = accept_language(request);
            parser->reset();
            fail(peer, version, err.code(), "malformed-request",
                 "The HTTP request could not be read: " + plain(err.reason()), language);
        } catch (const std::exception& e) {
            auto version = request.version();
            auto language = accept_language(request);
            parser->reset();
            log::error("request parsing failed", {{"error", e.what()}});
            fail(peer, version, 400, "malformed-request", "The HTTP request could not be read.", language);
        }
    }

    void onRequest(const Http::Request& preq, Http::ResponseWriter writer) override {
        handle(preq, std::move(writer), nullptr, core_->enter());
    }

    void onTimeout(const Http::Request& request, Http::ResponseWriter writer) override {
        Request req;
        req.request_id = new_request_id();
        req.path = request.resource();
        if (auto language = accept_language(request)) req.headers.emplace_back("accept-language", *language);
        auto res = problem(408, "timeout", "The request was not received in time.", req);
        writer.headers().add<Http::Header::Connection>(Http::ConnectionControl::Close);
        core_->send(writer, req, res);
    }

private:
    // `close_peer`: the connection to close once this answer is written (Connection: close);
    // `hold`: kept until the answer is written out (see Core::enter).
    void handle(const Http::Request& preq, Http::ResponseWriter writer, const std::shared_ptr<Tcp::Peer>& close_peer,
                const std::shared_ptr<void>& hold) {
        auto started = std::chrono::steady_clock::now();
        Request req;
        req.method = Http::methodString(preq.method());
        req.path = percent_decode(preq.resource());
        auto q = preq.query().as_str();
        if (!q.empty() && q.front() == '?') q.erase(0, 1);
        req.query = parse_query(q);
        for (auto& h : preq.headers().list()) {
            std::ostringstream os;
            h->write(os);
            if (auto accept = std::dynamic_pointer_cast<Http::Header::Accept>(h))  // Pistache writes none
                for (auto& m : accept->media()) os << (os.tellp() > 0 ? ", " : "") << m.toString();
            req.headers.emplace_back(lower(h->name()), os.str());
        }
        for (auto& [name, raw] : preq.headers().rawList()) req.headers.emplace_back(lower(name), raw.value());
        for (const auto& c : preq.cookies()) req.headers.emplace_back("cookie", c.name + "=" + c.value);  // parsed apart by Pistache
        req.body = preq.body();
        auto given = req.header("x-request-id");
        req.request_id = given && valid_request_id(*given) ? *given : new_request_id();
        std::string forwarded;
        if (!core_->options.trusted_proxies.empty())
            for (const auto& [name, value] : req.headers)
                if (name == "x-forwarded-for") forwarded += (forwarded.empty() ? "" : ",") + value;
        req.client_ip = core_->options.trusted_proxies.client_of(preq.address().host(), forwarded);

        Response res = core_->dispatch(req);
        auto written = core_->send(writer, req, res);
        if (written) written->then([hold](ssize_t) {}, [hold](std::exception_ptr) {});
        if (close_peer) close_after(close_peer, std::move(written));

        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        core_->metrics.observe(req.method, req.route, res.status, seconds);
        log::request({req.request_id, req.method, req.route, req.path, res.status, seconds * 1000.0, req.body.size(),
                      res.stream ? res.body_bytes : res.body.size(), req.client_ip});
    }

    // Reads no more from the peer and, once the answer is written, ends the connection
    // (FIN after the answer's bytes; Pistache closes the socket when the client does).
    static void close_after(const std::shared_ptr<Tcp::Peer>& peer, std::optional<Async::Promise<ssize_t>> written) {
        peer->putData(kClosing, std::make_shared<int>(1));
        if (!written) return;  // a streamed answer: the keep-alive timeout ends the connection
        std::weak_ptr<Tcp::Peer> weak = peer;
        written->then(
            [weak](ssize_t) {
                if (auto p = weak.lock()) ::shutdown(p->fd(), SHUT_WR);
            },
            [weak](std::exception_ptr) {
                if (auto p = weak.lock()) ::shutdown(p->fd(), SHUT_RDWR);
            });
    }

    // Only the words of a parse error, never C++ text (std::bad_alloc and the like).
    static std::string plain(const std::string& reason) {
        for (const char* leak : {"std::", "basic_string", "_M_", "bad_alloc", "what()"})
            if (reason.find(leak) != std::string::npos) return "malformed framing";
        return reason;
    }

    // The Accept-Language of a request read in part (headers may be there before the body
    // fails), so that a person is answered in Russian even then.
    static std::optional<std::string> accept_language(const Http::Request& request) {
        try {
            if (auto raw = request.headers().tryGetRaw("Accept-Language")) return raw->value();
        } catch (...) {
        }
        return std::nullopt;
    }

    void fail(const std::shared_ptr<Tcp::Peer>& peer, Http::Version version, Http::Code code, const std::string& slug,
              const std::string& detail, const std::optional<std::string>& language) {
        fail(peer, version, static_cast<int>(code), slug, detail, language);
    }
    void fail(const std::shared_ptr<Tcp::Peer>& peer, Http::Version version, int code, const std::string& slug,
              const std::string& detail, const std::optional<std::string>& language) {
        Http::ResponseWriter writer(version, transport(), this, peer);
        Request req;
        req.request_id = new_request_id();
        req.route = "unparsed";
        if (language) req.headers.emplace_back("accept-language", *language);
        auto res = problem(code, slug, detail, req);
        writer.headers().add<Http::Header::Connection>(Http::ConnectionControl::Close);
        close_after(peer, core_->send(writer, req, res));
        core_->metrics.observe("-", req.route, code, 0);
    }

    std::shared_ptr<HttpServer::Core> core_;
};

}  // namespace

struct HttpServer::Impl {
    std::unique_ptr<Http::Endpoint> endpoint;
    bool running = false;
};

HttpServer::HttpServer(ServerOptions options, const Router& router, Metrics& metrics, Authenticator authenticate)
    : core_(new Core{std::move(options), router, metrics, std::move(authenticate)}),
      impl_(std::make_unique<Impl>()) {}

HttpServer::~HttpServer() { shutdown(); }

void HttpServer::start() {
    const auto& o = core_->options;
    Address addr;
    try {
        addr = Address(o.address, Port(o.port));
    } catch (const std::exception& e) {
        throw StartupError("bad listen address " + o.address + ": " + e.what());
    }
    impl_->endpoint = std::make_unique<Http::Endpoint>(addr);
    auto opts = Http::Endpoint::options()
                    .threads(o.threads)
                    .flags(Tcp::Options::ReuseAddr)
                    .maxRequestSize(o.max_request_bytes + 64 * 1024)
                    .maxResponseSize(64 * 1024 * 1024)
                    .headerTimeout(o.header_timeout)
                    .bodyTimeout(o.body_timeout)
                    .keepaliveTimeout(o.keepalive_timeout);
    impl_->endpoint->init(opts);
    impl_->endpoint->setHandler(Http::make_handler<PistacheHandler>(core_));
    try {
        impl_->endpoint->serveThreaded();
    } catch (const std::exception& e) {
        std::string what = e.what();
        impl_->endpoint.reset();
        if (what.find("in use") != std::string::npos || what.find("EADDRINUSE") != std::string::npos)
            throw StartupError("port " + std::to_string(o.port) + " on " + o.address +
                               " is already in use; stop the other server or set PORT");
        throw StartupError("cannot listen on " + o.address + ":" + std::to_string(o.port) + ": " + what);
    }
    impl_->running = true;
}

std::uint16_t HttpServer::port() const {
    return impl_->endpoint ? static_cast<std::uint16_t>(impl_->endpoint->getPort()) : 0;
}

void HttpServer::begin_drain() { core_->draining = true; }

void HttpServer::shutdown() {
    if (impl_ && impl_->running) {
        // Nothing more is read; what was read is answered and written out before the
        // connections go (10 s at most), so no request the server took is reset.
        core_->stopping = true;
        auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (core_->in_flight->load() > 0 && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        impl_->endpoint->shutdown();
        impl_->running = false;
    }
}

}  // namespace api
