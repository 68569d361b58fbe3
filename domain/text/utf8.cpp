#include "domain/text/utf8.hpp"

namespace domain {

Utf8Char decode_utf8(std::string_view s, std::size_t i) noexcept {
    constexpr Utf8Char bad{kReplacementChar, 1, false};
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return {c, 1, true};
    std::size_t len = 0;
    char32_t cp = 0, min = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return bad;
    }
    if (len > s.size() - i) return bad;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return bad;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return bad;
    return {cp, len, true};
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::size_t invalid_utf8_at(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const auto d = decode_utf8(s, i);
        if (!d.ok) return i;
        i += d.len;
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view s) noexcept { return invalid_utf8_at(s) == std::string_view::npos; }

std::size_t utf8_length(std::string_view s) noexcept {
    std::size_t n = 0;
    for (const char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string truncate_utf8(std::string_view s, std::size_t max_chars) {
    std::size_t i = 0, n = 0;
    while (i < s.size() && n < max_chars) {
        i += decode_utf8(s, i).len;
        ++n;
    }
    if (i >= s.size()) return std::string(s);
    return std::string(s.substr(0, i)) + "…";
}

}  // namespace domain
