#include "persistence/connection_string.hpp"

#include <stdexcept>

namespace persistence {
namespace {

std::string percent_decode(std::string_view s) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out.push_back(s[i]);
            continue;
        }
        int h = i + 2 < s.size() ? hex(s[i + 1]) : -1;
        int l = i + 2 < s.size() ? hex(s[i + 2]) : -1;
        if (h < 0 || l < 0) throw std::invalid_argument("DATABASE_URL has a bad percent-escape");
        out.push_back(char(h * 16 + l));
        i += 2;
    }
    return out;
}

// Quotes a value for a libpq key=value string.
std::string quote(std::string_view v) {
    std::string out = "'";
    for (char c : v) {
        if (c == '\'' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('\'');
    return out;
}

}  // namespace

ConnectionInfo parse_database_url(std::string_view url) {
    ConnectionInfo info;
    std::string_view rest;
    for (std::string_view scheme : {"postgresql://", "postgres://"}) {
        if (url.substr(0, scheme.size()) == scheme) rest = url.substr(scheme.size());
    }
    if (rest.empty())
        throw std::invalid_argument("DATABASE_URL must look like postgresql://user:password@host:port/dbname");
    auto q = rest.find('?');
    std::string_view query = q == std::string_view::npos ? std::string_view{} : rest.substr(q + 1);
    rest = rest.substr(0, q);
    auto slash = rest.find('/');
    if (slash == std::string_view::npos || slash + 1 >= rest.size())
        throw std::invalid_argument("DATABASE_URL names no database (…/dbname)");
    info.dbname = percent_decode(rest.substr(slash + 1));
    auto authority = rest.substr(0, slash);
    auto at = authority.rfind('@');
    if (at != std::string_view::npos) {
        auto userinfo = authority.substr(0, at);
        authority = authority.substr(at + 1);
        auto colon = userinfo.find(':');
        info.user = percent_decode(userinfo.substr(0, colon));
        if (colon != std::string_view::npos) info.password = percent_decode(userinfo.substr(colon + 1));
    }
    auto colon = authority.rfind(':');
    if (colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
        info.port = std::string(authority.substr(colon + 1));
        authority = authority.substr(0, colon);
        if (info.port.empty() || info.port.find_first_not_of("0123456789") != std::string::npos)
            throw std::invalid_argument("DATABASE_URL has a bad port");
    }
    if (!authority.empty()) info.host = percent_decode(authority);
    while (!query.empty()) {
        auto amp = query.find('&');
        auto pair = query.substr(0, amp);
        auto eq = pair.find('=');
        if (eq == std::string_view::npos) throw std::invalid_argument("DATABASE_URL has a bad query parameter");
        if (!info.extra.empty()) info.extra += ' ';
        info.extra += percent_decode(pair.substr(0, eq)) + "=" + quote(percent_decode(pair.substr(eq + 1)));
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
    }
    return info;
}

std::string to_soci_connect_string(const ConnectionInfo& info, std::string_view role, long long statement_timeout_ms) {
    std::string s = "dbname=" + quote(info.dbname) + " host=" + quote(info.host) + " port=" + quote(info.port);
    if (!info.user.empty()) s += " user=" + quote(info.user);
    if (!info.password.empty()) s += " password=" + quote(info.password);
    std::string options = "-c TimeZone=UTC";
    if (!role.empty()) options += " -c role=" + std::string(role);
    if (statement_timeout_ms > 0) options += " -c statement_timeout=" + std::to_string(statement_timeout_ms);
    s += " connect_timeout=3 application_name='nastavnik' options=" + quote(options);
    if (!info.extra.empty()) s += " " + info.extra;
    return s;
}

std::string redacted(const ConnectionInfo& info) {
    std::string s = "postgresql://";
    if (!info.user.empty()) s += info.user + (info.password.empty() ? "" : ":***") + "@";
    return s + info.host + ":" + info.port + "/" + info.dbname;
}

}  // namespace persistence
