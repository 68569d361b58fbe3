#pragma once
// A small blocking HTTP/1.1 client for the API tests: one connection per request
// (or raw bytes, to send what a well-behaved client never would).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace testsupport {

struct HttpResponse {
    int status = 0;
    std::map<std::string, std::string> headers;  // names lower-case
    std::string body;

    [[nodiscard]] nlohmann::json json() const;
    [[nodiscard]] std::string header(const std::string& lower_name) const;
};

class HttpClient {
public:
    explicit HttpClient(int port, std::map<std::string, std::string> default_headers = {})
        : port_(port), default_headers_(std::move(default_headers)) {}
    // The same client, sending Authorization: Bearer <token> with every request.
    [[nodiscard]] HttpClient with_token(const std::string& token) const {
        auto h = default_headers_;
        h["Authorization"] = "Bearer " + token;
        return HttpClient(port_, h);
    }

    HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {},
                         std::map<std::string, std::string> headers = {}) const;
    HttpResponse get(const std::string& target, std::map<std::string, std::string> headers = {}) const {
        return request("GET", target, {}, std::move(headers));
    }
    // JSON body with Content-Type: application/json.
    HttpResponse send_json(const std::string& method, const std::string& target, const nlohmann::json& body,
                           std::map<std::string, std::string> headers = {}) const;
    // Sends raw bytes and reads one response (or what the server sends before closing).
    HttpResponse raw(const std::string& bytes) const;
    // Sends raw bytes and reads everything the server sends until it closes the connection
    // or sends nothing for `quiet_ms`; `closed` says which.
    struct RawExchange {
        std::string bytes;
        bool closed = false;
    };
    RawExchange raw_exchange(const std::string& bytes, int quiet_ms) const;

private:
    int port_;
    std::map<std::string, std::string> default_headers_;
};

// One loopback connection that sends in several writes: each its own TCP segment (no
// Nagle), so that with a pause between them the server reads them apart. Closed when it goes.
class RawConnection {
public:
    explicit RawConnection(int port);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    // As many of `bytes` as the server takes before it closes (a 413 may close early).
    void send(const std::string& bytes);
    // Everything the server sends until it closes the connection or sends nothing for
    // `quiet_ms`.
    HttpClient::RawExchange read(int quiet_ms);

private:
    int fd_;
};

// Parses a response's bytes; status 0 when nothing came back.
HttpResponse parse_response(const std::string& bytes);

}  // namespace testsupport
