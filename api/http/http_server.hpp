#pragma once
// The HTTP front: Pistache underneath, our Request/Response above. Every request goes
// through one path: parse → route → handler → problem+json on any error → log → metrics.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <functional>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "api/http/client_address.hpp"
#include "api/http/http.hpp"
#include "api/http/metrics.hpp"

namespace api {

struct ServerOptions {
    std::string address = "127.0.0.1";
    std::uint16_t port = 8080;  // 0 picks a free port
    int threads = 4;
    std::size_t max_request_bytes = 1 << 20;  // body limit; headers get 64 KiB on top
    std::chrono::seconds header_timeout{10}, body_timeout{30}, keepalive_timeout{60};
    // Browser origins allowed to call the API (CORS); exact matches, never "*".
    std::vector<std::string> cors_origins;
    // /metrics asks for `Authorization: Bearer <metrics_token>` when set, and answers
    // loopback clients only when not.
    std::string metrics_token;
    // Requests a minute per credential (api/http/rate_limit.hpp; RATE_LIMIT_PER_MINUTE); 0: no limit.
    int rate_limit_per_minute = 600;
    // How browsers reach the site: "https" behind a TLS proxy makes the session cookie
    // Secure and the Origin a cookie write must carry https://<Host> (PUBLIC_SCHEME).
    std::string public_scheme = "http";
    // Reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES; api/http/client_address.hpp).
    TrustedProxies trusted_proxies;
};

// Turns a bearer credential into the caller; throws domain::Error(unauthorized).
using Authenticator = std::function<domain::Actor(const std::string& bearer)>;

// A failure to start that deserves a one-line message (port in use, bad address).
struct StartupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class HttpServer {
public:
    HttpServer(ServerOptions options, const Router& router, Metrics& metrics, Authenticator authenticate);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    void start();  // binds and serves on background threads; throws StartupError
    [[nodiscard]] std::uint16_t port() const;
    // From now on every answer says Connection: close and its connection is closed once
    // the answer is written (SIGTERM's grace period).
    void begin_drain();
    // Reads nothing more, waits (10 s at most) until every request read is answered and
    // its answer written out, then stops accepting and joins the threads.
    void shutdown();

    struct Core;

private:
    std::shared_ptr<Core> core_;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Why a raw request's framing is refused (two Content-Length headers, or Content-Length
// with Transfer-Encoding: a smuggling vector behind proxies), or nothing.
std::optional<std::string> framing_problem(std::string_view request);

// A random request id (32 hex characters).
std::string new_request_id();

}  // namespace api
