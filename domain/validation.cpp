#include "domain/validation.hpp"

namespace domain {

std::string trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return std::string(s);
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
