#pragma once
// Who sent a request when a reverse proxy (nginx, a load balancer) stands in front of the
// server: the proxy is the TCP peer, and the client's address is in X-Forwarded-For. That
// header is believed only from proxies the operator names (TRUSTED_PROXIES); from anyone
// else it is ignored, since any client can write it. The client's address decides the
// sign-in throttle's per-address count, whether /metrics answers without a token (loopback
// only) and the `client` of a log line.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace api {

class TrustedProxies {
public:
    TrustedProxies() = default;
    // A list of addresses and CIDR ranges (IPv4, IPv6), separated by commas or spaces, e.g.
    // "127.0.0.1, 10.0.0.0/8, ::1". nullopt, with `error` saying which entry, when one is
    // not an address.
    static std::optional<TrustedProxies> parse(std::string_view list, std::string* error = nullptr);

    [[nodiscard]] bool empty() const { return ranges_.empty(); }
    [[nodiscard]] bool contains(std::string_view address) const;

    // The client's address. The peer's own, unless the peer is a trusted proxy: then the
    // X-Forwarded-For chain (every such header, in order, joined by commas) is read from the
    // right, past every trusted proxy, to the first address that is not one. An entry that is
    // not an address ends the walk at the last hop that was trusted.
    [[nodiscard]] std::string client_of(std::string_view peer, std::string_view forwarded_for) const;

private:
    struct Range {
        std::array<unsigned char, 16> bytes{};  // IPv4 as IPv4-mapped IPv6
        int prefix = 128;
    };
    std::vector<Range> ranges_;
};

// The address in text: IPv4 dotted, IPv6 (brackets and a port taken off, "1.2.3.4:80" and
// "[::1]:80" accepted); nullopt when it is not an address.
std::optional<std::array<unsigned char, 16>> parse_ip(std::string_view text);

}  // namespace api
