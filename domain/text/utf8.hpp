#pragma once
// UTF-8, the project's one codec: decoding a code point, appending one, validity, length in
// code points and cutting to a number of them. Strict (RFC 3629): overlong forms, surrogates
// and code points above U+10FFFF are invalid. Standard library only, so every layer may use it.
#include <cstddef>
#include <string>
#include <string_view>

namespace domain {

struct Utf8Char {
    char32_t cp = 0;      // U+FFFD when !ok
    std::size_t len = 1;  // bytes read: 1 when !ok (a bad byte is skipped alone)
    bool ok = true;
};

inline constexpr char32_t kReplacementChar = 0xFFFD;

// The code point starting at s[i] (i < s.size()).
Utf8Char decode_utf8(std::string_view s, std::size_t i) noexcept;
// Appends the UTF-8 form of cp (a Unicode scalar value) to out.
void append_utf8(std::string& out, char32_t cp);
bool is_valid_utf8(std::string_view s) noexcept;
// The offset of the first byte that is not valid UTF-8, or std::string_view::npos.
std::size_t invalid_utf8_at(std::string_view s) noexcept;
// Number of Unicode code points in valid UTF-8 (bytes that start a code point).
std::size_t utf8_length(std::string_view s) noexcept;
// At most max_chars code points of s, with "…" appended when anything was cut.
std::string truncate_utf8(std::string_view s, std::size_t max_chars);

}  // namespace domain
