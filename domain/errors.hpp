#pragma once
// The domain's error kinds. The API maps each kind to one HTTP status in one place
// (api/error_mapping.cpp); the domain never chooses a status.
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace domain {

struct FieldError {
    std::string pointer;  // JSON pointer into the request, e.g. "/items/17/birth_year"
    std::string message;
};

enum class ErrorKind {
    validation,           // 422: invalid fields
    bad_request,          // 400: malformed input
    not_found,            // 404
    conflict,             // 409
    forbidden,            // 403
    unauthorized,         // 401
    precondition_failed,  // 412: stale If-Match
    precondition_required,// 428: If-Match missing
    unsupported_media,    // 415
    too_large,            // 413
    too_many_requests,    // 429
    unavailable,          // 503: a dependency (the database) is down
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string slug, std::string detail, std::vector<FieldError> fields = {})
        : std::runtime_error(detail), kind_(kind), slug_(std::move(slug)), fields_(std::move(fields)) {}
    [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }
    [[nodiscard]] const std::string& slug() const noexcept { return slug_; }
    [[nodiscard]] const std::vector<FieldError>& fields() const noexcept { return fields_; }
    // Seconds after which a retry may succeed (429, 503); 0 when not said.
    [[nodiscard]] int retry_after() const noexcept { return retry_after_; }
    Error&& retry_after(int seconds) && {
        retry_after_ = seconds;
        return std::move(*this);
    }

private:
    ErrorKind kind_;
    std::string slug_;
    std::vector<FieldError> fields_;
    int retry_after_ = 0;
};

inline Error validation_error(std::vector<FieldError> fields, std::string detail = "The request has invalid fields.") {
    return Error(ErrorKind::validation, "validation", std::move(detail), std::move(fields));
}
inline Error not_found(std::string what) {
    return Error(ErrorKind::not_found, "not-found", std::move(what) + " was not found.");
}
inline Error conflict(std::string slug, std::string detail) {
    return Error(ErrorKind::conflict, std::move(slug), std::move(detail));
}
inline Error bad_request(std::string slug, std::string detail) {
    return Error(ErrorKind::bad_request, std::move(slug), std::move(detail));
}

}  // namespace domain
