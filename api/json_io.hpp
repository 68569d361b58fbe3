#pragma once
// Reading requests and writing lists: the body as JSON, fields with pointers for every
// error, If-Match and ETag, pagination with cursors and Link headers.
#include <functional>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/http.hpp"
#include "domain/errors.hpp"
#include "domain/paging.hpp"

namespace api {

// The body as a JSON object. 415 unless the Content-Type is JSON, 400 when it is not
// valid UTF-8 or not well-formed JSON, 422 when it is not an object.
nlohmann::json json_body(const Request& req);

// Reads an object's fields, collecting every error; `finish()` adds unknown and
// read-only fields and throws one 422 naming them all.
class FieldReader {
public:
    FieldReader(const nlohmann::json& object, std::initializer_list<const char*> read_only = {});

    // A string field; nullopt when absent (and an error when required).
    std::optional<std::string> text(const char* name, bool required);
    // Absent → nullopt; null → inner nullopt; a string → that string.
    std::optional<std::optional<std::string>> nullable_text(const char* name);
    // An array of strings; nullopt when absent.
    std::optional<std::vector<std::string>> text_list(const char* name);
    // A string from a closed set, parsed by `parse`; `allowed` names the choices.
    template <class T>
    std::optional<T> choice(const char* name, bool required, std::optional<T> (*parse)(std::string_view),
                            const char* allowed) {
        auto s = text(name, required);
        if (!s) return std::nullopt;
        auto v = parse(*s);
        if (!v) fail(name, std::string("must be one of: ") + allowed);
        return v;
    }
    void fail(const std::string& name, std::string message);
    // Marks a field as known when the caller reads it itself (nested objects).
    void mark(const char* name) { seen_.insert(name); }
    void finish();

private:
    const nlohmann::json& object_;
    std::set<std::string> seen_, read_only_;
    std::vector<domain::FieldError> errors_;
};

// The version If-Match names. 428 when the header is missing, 412 when it names no version of ours.
domain::ExpectedVersion require_if_match(const Request& req);
std::string etag(int version);

// ?limit= and ?cursor= (400 when limit is not 1..200).
domain::PageRequest page_request(const Request& req);
// A list response: {"items": [...], "next_cursor": ...} with a Link header to the next page.
Response page_response(const Request& req, nlohmann::json items, const std::optional<std::string>& next_cursor);

// A query parameter from a closed set (400 otherwise).
template <class T>
std::optional<T> query_choice(const Request& req, const char* name, std::optional<T> (*parse)(std::string_view),
                              const char* allowed) {
    auto s = req.query_param(name);
    if (!s) return std::nullopt;
    auto v = parse(*s);
    if (!v)
        throw domain::bad_request("bad-query", std::string("Query parameter '") + name + "' must be one of: " + allowed + ".");
    return v;
}

// A path parameter that must be a UUID; anything else is a 404 (no such object).
const std::string& uuid_param(const Request& req, const std::string& name, const char* what);

}  // namespace api
