#include "domain/validation.hpp"

namespace domain {

std::string trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        unsigned cp;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            unsigned char cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

bool is_uuid(std::string_view s) {
    if (s.size() != 36) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

void Validator::text(std::string_view pointer, std::string& value, std::size_t max_chars) {
    value = trim(value);
    if (value.empty()) return fail(pointer, "must not be empty");
    if (utf8_length(value) > max_chars) fail(pointer, "must be at most " + std::to_string(max_chars) + " characters");
}

void Validator::optional_text(std::string_view pointer, std::optional<std::string>& value, std::size_t max_chars) {
    if (!value) return;
    *value = trim(*value);
    if (value->empty()) {
        value.reset();
        return;
    }
    if (utf8_length(*value) > max_chars) fail(pointer, "must be at most " + std::to_string(max_chars) + " characters");
}

void Validator::fail(std::string_view pointer, std::string message) {
    errors_.push_back({std::string(pointer), std::move(message)});
}

void Validator::throw_if_failed(std::string detail) {
    if (!errors_.empty()) throw validation_error(std::move(errors_), std::move(detail));
}

}  // namespace domain
