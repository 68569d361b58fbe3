#pragma once
#include <string>
#include <string_view>

namespace persistence {

// The parts of a `postgresql://user:password@host:port/db?key=value` URL.
struct ConnectionInfo {
    std::string user, password, host = "127.0.0.1", port = "5432", dbname;
    std::string extra;  // further key=value pairs from the query string
};

// Parses a libpq-style URL; throws std::invalid_argument with a message that never
// contains the password.
ConnectionInfo parse_database_url(std::string_view url);
// The `key=value` form SOCI understands (it misreads URLs), with UTC and a connect timeout;
// a statement timeout in milliseconds when positive (0: the server's own setting).
std::string to_soci_connect_string(const ConnectionInfo& info, std::string_view role = {},
                                   long long statement_timeout_ms = 0);
// The URL with the password masked, for logs and messages.
std::string redacted(const ConnectionInfo& info);

}  // namespace persistence
