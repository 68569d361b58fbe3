#include "persistence/connection_string.hpp"

#include <stdexcept>

#include "domain/text/percent.hpp"

namespace persistence {
namespace {

// A part of the URL, percent-decoded; a bad escape is a bad URL.
std::string decoded(std::string_view s) {
    auto out = domain::percent_decode_strict(s);
    if (!out) throw std::invalid_argument("DATABASE_URL has a bad percent-escape");
    return std::move(*out);
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
    info.dbname = decoded(rest.substr(slash + 1));
    auto authority = rest.substr(0, slash);
    auto at = authority.rfind('@');
    if (at != std::string_view::npos) {
        auto userinfo = authority.substr(0, at);
        authority = authority.substr(at + 1);
        auto colon = userinfo.find(':');
        info.user = decoded(userinfo.substr(0, colon));
        if (colon != std::string_view::npos) info.password = decoded(userinfo.substr(colon + 1));
    }
    auto colon = authority.rfind(':');
    if (colon != std::string_view::npos && authority.find(']') == std::string_view::npos) {
        info.port = std::string(authority.substr(colon + 1));
        authority = authority.substr(0, colon);
        if (info.port.empty() || info.port.find_first_not_of("0123456789") != std::string::npos)
            throw std::invalid_argument("DATABASE_URL has a bad port");
    }
    if (!authority.empty()) info.host = decoded(authority);
    while (!query.empty()) {
        auto amp = query.find('&');
        auto pair = query.substr(0, amp);
        auto eq = pair.find('=');
        if (eq == std::string_view::npos) throw std::invalid_argument("DATABASE_URL has a bad query parameter");
        if (!info.extra.empty()) info.extra += ' ';
        info.extra += decoded(pair.substr(0, eq)) + "=" + quote(decoded(pair.substr(eq + 1)));
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
