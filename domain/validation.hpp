#pragma once
// Small checks that collect field errors, so one 422 names every invalid field.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"
#include "domain/text/utf8.hpp"  // is_valid_utf8, utf8_length: used with the checks here

namespace domain {

class Validator {
public:
    // A required single-line text: trimmed, non-empty, at most max_chars characters.
    void text(std::string_view pointer, std::string& value, std::size_t max_chars);
    // An optional text: trimmed; empty becomes nullopt.
    void optional_text(std::string_view pointer, std::optional<std::string>& value, std::size_t max_chars);
    void fail(std::string_view pointer, std::string message);
    // Throws a validation error naming every failed field, if any.
    void throw_if_failed(std::string detail = "The request has invalid fields.");
    [[nodiscard]] bool ok() const { return errors_.empty(); }

private:
    std::vector<FieldError> errors_;
};

std::string trim(std::string_view s);
bool is_uuid(std::string_view s);

}  // namespace domain
