#pragma once
// Percent-encoding (RFC 3986 §2.1), the project's one: URL paths and query strings (api) and
// the parts of a DATABASE_URL (persistence). Bytes are decoded as they are; whether the result
// is valid UTF-8 is the caller's question (domain/text/utf8.hpp).
#include <optional>
#include <string>
#include <string_view>

namespace domain {

// Lenient: a '%' not followed by two hex digits stays as written; with plus_is_space
// (application/x-www-form-urlencoded) '+' is a space.
std::string percent_decode(std::string_view s, bool plus_is_space = false);
// Strict: nullopt when a '%' is not followed by two hex digits; '+' stays '+'.
std::optional<std::string> percent_decode_strict(std::string_view s);
// Every byte but the unreserved ones (A-Z a-z 0-9 - _ . ~) as %XY, upper-case hex: safe in a
// query string's name or value.
std::string percent_encode(std::string_view s);

}  // namespace domain
