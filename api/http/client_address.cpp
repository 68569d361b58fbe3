#include "api/http/client_address.hpp"

#include <arpa/inet.h>

#include <charconv>
#include <cstring>

namespace api {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Splits on commas (and, for the settings, spaces): the non-empty entries.
std::vector<std::string_view> entries(std::string_view list, bool spaces_too) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i <= list.size()) {
        std::size_t j = i;
        while (j < list.size() && list[j] != ',' && !(spaces_too && (list[j] == ' ' || list[j] == '\t'))) ++j;
        auto e = trim(list.substr(i, j - i));
        if (!e.empty()) out.push_back(e);
        i = j + 1;
    }
    return out;
}

bool in_range(const std::array<unsigned char, 16>& a, const std::array<unsigned char, 16>& net, int prefix) {
    const int whole = prefix / 8, rest = prefix % 8;
    if (std::memcmp(a.data(), net.data(), static_cast<std::size_t>(whole)) != 0) return false;
    if (rest == 0) return true;
    const auto mask = static_cast<unsigned char>(0xFF << (8 - rest));
    return (a[static_cast<std::size_t>(whole)] & mask) == (net[static_cast<std::size_t>(whole)] & mask);
}

// The address in its usual text: dotted for IPv4 (mapped or not), RFC 5952 for IPv6.
std::string ip_text(const std::array<unsigned char, 16>& a) {
    char buf[INET6_ADDRSTRLEN] = {};
    static constexpr unsigned char kMapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
    if (std::memcmp(a.data(), kMapped, 12) == 0) inet_ntop(AF_INET, a.data() + 12, buf, sizeof buf);
    else inet_ntop(AF_INET6, a.data(), buf, sizeof buf);
    return buf;
}

}  // namespace

std::optional<std::array<unsigned char, 16>> parse_ip(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '[') {  // [v6] or [v6]:port
        auto close = text.find(']');
        if (close == std::string_view::npos) return std::nullopt;
        text = text.substr(1, close - 1);
    } else if (text.find('.') != std::string_view::npos && text.find(':') != std::string_view::npos &&
               text.find(':') == text.rfind(':')) {  // v4:port
        text = text.substr(0, text.find(':'));
    }
    if (text.empty() || text.size() > 45) return std::nullopt;
    const std::string s(text);
    std::array<unsigned char, 16> out{};
    unsigned char v4[4];
    if (inet_pton(AF_INET, s.c_str(), v4) == 1) {
        out[10] = out[11] = 0xFF;
        std::memcpy(out.data() + 12, v4, 4);
        return out;
    }
    if (inet_pton(AF_INET6, s.c_str(), out.data()) == 1) return out;
    return std::nullopt;
}

std::optional<TrustedProxies> TrustedProxies::parse(std::string_view list, std::string* error) {
    TrustedProxies out;
    for (auto e : entries(list, true)) {
        auto slash = e.find('/');
        auto ip = parse_ip(e.substr(0, slash));
        const bool v4 = e.substr(0, slash).find(':') == std::string_view::npos;
        int prefix = 128;
        bool ok = ip.has_value();
        if (ok && slash != std::string_view::npos) {
            auto p = e.substr(slash + 1);
            auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), prefix);
            ok = ec == std::errc() && end == p.data() + p.size() && !p.empty() && prefix >= 0 && prefix <= (v4 ? 32 : 128);
            if (v4) prefix += 96;
        }
        if (!ok) {
            if (error) *error = std::string(e);
            return std::nullopt;
        }
        out.ranges_.push_back({*ip, prefix});
    }
    return out;
}

bool TrustedProxies::contains(std::string_view address) const {
    auto ip = parse_ip(address);
    if (!ip) return false;
    for (const auto& r : ranges_)
        if (in_range(*ip, r.bytes, r.prefix)) return true;
    return false;
}

std::string TrustedProxies::client_of(std::string_view peer, std::string_view forwarded_for) const {
    std::string client(peer);
    if (forwarded_for.empty() || !contains(peer)) return client;
    auto chain = entries(forwarded_for, false);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        auto ip = parse_ip(*it);
        if (!ip) break;  // not an address: believe no further
        client = ip_text(*ip);
        if (!contains(client)) break;
    }
    return client;
}

}  // namespace api
