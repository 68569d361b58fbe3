#pragma once
// Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded.
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace persistence {

std::string encode_cursor(std::string_view key, std::string_view id);
// nullopt-free: throws domain::Error(bad_request) when the cursor was not made by us.
std::pair<std::string, std::string> decode_cursor(std::string_view cursor);

// Cursors over a descending numeric key (the audit log).
std::string encode_number_cursor(long long n);
long long decode_number_cursor(std::string_view cursor);

}  // namespace persistence
