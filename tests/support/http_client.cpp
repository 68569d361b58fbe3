#include "tests/support/http_client.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace testsupport {

nlohmann::json HttpResponse::json() const { return nlohmann::json::parse(body); }

std::string HttpResponse::header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string() : it->second;
}

HttpResponse parse_response(const std::string& bytes) {
    HttpResponse r;
    auto head_end = bytes.find("\r\n\r\n");
    if (head_end == std::string::npos) return r;
    std::string head = bytes.substr(0, head_end);
    auto line_end = head.find("\r\n");
    std::string status_line = head.substr(0, line_end);
    auto sp = status_line.find(' ');
    if (sp != std::string::npos) r.status = std::atoi(status_line.c_str() + sp + 1);
    std::size_t pos = line_end == std::string::npos ? head.size() : line_end + 2;
    while (pos < head.size()) {
        auto e = head.find("\r\n", pos);
        if (e == std::string::npos) e = head.size();
        auto line = head.substr(pos, e - pos);
        auto colon = line.find(':');
        if (colon != std::string::npos) {
            std::string name = line.substr(0, colon);
            for (auto& c : name) c = char(std::tolower(static_cast<unsigned char>(c)));
            std::string value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') value.erase(0, 1);
            r.headers[name] = value;
        }
        pos = e + 2;
    }
    r.body = bytes.substr(head_end + 4);
    if (auto te = r.headers.find("transfer-encoding"); te != r.headers.end() && te->second.find("chunked") != std::string::npos) {
        std::string decoded, rest = r.body;
        for (;;) {
            auto eol = rest.find("\r\n");
            if (eol == std::string::npos) break;
            auto size = std::stoul(rest.substr(0, eol), nullptr, 16);
            if (size == 0) {
                r.headers["x-chunked-complete"] = "1";
                break;
            }
            if (rest.size() < eol + 2 + size + 2) break;
            decoded += rest.substr(eol + 2, size);
            rest = rest.substr(eol + 2 + size + 2);
        }
        r.body = decoded;
        return r;
    }
    if (auto it = r.headers.find("content-length"); it != r.headers.end()) {
        auto n = std::stoul(it->second);
        if (r.body.size() > n) r.body.resize(n);
    }
    return r;
}

namespace {

// Sends `bytes`, or as many as the peer takes before it closes.
void send_all(int fd, const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        auto n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;  // the server may close early (413)
        sent += static_cast<std::size_t>(n);
    }
}

// A loopback connection to `port` that has sent `bytes` (as many as the server took before
// it closed: a 413 may close early); the caller reads and closes it.
int connect_and_send(int port, const std::string& bytes) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw std::runtime_error("socket failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        throw std::runtime_error("connect failed");
    }
    send_all(fd, bytes);
    return fd;
}

}  // namespace

RawConnection::RawConnection(int port) : fd_(connect_and_send(port, {})) {
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

RawConnection::~RawConnection() { ::close(fd_); }

void RawConnection::send(const std::string& bytes) { send_all(fd_, bytes); }

HttpClient::RawExchange RawConnection::read(int quiet_ms) {
    HttpClient::RawExchange out;
    char buf[65536];
    for (;;) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, quiet_ms) <= 0) break;
        auto n = ::recv(fd_, buf, sizeof buf, 0);
        if (n <= 0) {
            out.closed = true;
            break;
        }
        out.bytes.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

HttpClient::RawExchange HttpClient::raw_exchange(const std::string& bytes, int quiet_ms) const {
    RawConnection c(port_);
    c.send(bytes);
    return c.read(quiet_ms);
}

HttpResponse HttpClient::raw(const std::string& bytes) const {
    int fd = connect_and_send(port_, bytes);
    std::string in;
    char buf[65536];
    for (;;) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 15000) <= 0) break;
        auto n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        in.append(buf, static_cast<std::size_t>(n));
        auto r = parse_response(in);
        auto cl = r.headers.find("content-length");
        if (r.status && cl != r.headers.end() && r.body.size() >= std::stoul(cl->second)) break;
        if (r.status && r.headers.count("x-chunked-complete")) break;
    }
    ::close(fd);
    return parse_response(in);
}

HttpResponse HttpClient::request(const std::string& method, const std::string& target, const std::string& body,
                                 std::map<std::string, std::string> headers) const {
    for (auto& [k, v] : default_headers_) headers.emplace(k, v);  // a header given per request wins
    // The Host a browser sends (with the port), unless the test sends its own.
    headers.emplace("Host", "127.0.0.1:" + std::to_string(port_));
    std::string req = method + " " + target + " HTTP/1.1\r\n";
    for (auto& [k, v] : headers) req += k + ": " + v + "\r\n";
    if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH")
        req += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    req += "\r\n" + body;
    return raw(req);
}

HttpResponse HttpClient::send_json(const std::string& method, const std::string& target, const nlohmann::json& body,
                                   std::map<std::string, std::string> headers) const {
    headers.emplace("Content-Type", "application/json");
    return request(method, target, body.dump(), std::move(headers));
}

}  // namespace testsupport
