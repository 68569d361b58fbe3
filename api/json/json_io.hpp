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

#include "api/http/http.hpp"
#include "api/http/query.hpp"  // query parameters (query_choice and the rest)
#include "api/json/ids_json.hpp"
#include "domain/errors.hpp"
#include "domain/ids.hpp"
#include "domain/paging.hpp"

namespace api {

// The body as a JSON object. 415 unless the Content-Type is JSON, 400 when it is not
// valid UTF-8 or not well-formed JSON, 422 when it is not an object.
nlohmann::json json_body(const Request& req);

// The deepest nesting of arrays and objects a request body may have.
inline constexpr int max_json_depth = 64;

// Any JSON text from outside: 400 (domain::Error) when it is malformed, nests deeper than
// max_json_depth, or has a number outside the range of a double; never another exception.
nlohmann::json parse_json_text(std::string_view text);

// Reads an object's fields, nested anywhere: errors go to a shared list with `prefix`
// before every pointer (/items/17/birth_year); `finish` adds unknown and read-only fields.
class Fields {
public:
    Fields(const nlohmann::json& object, std::string prefix, std::vector<domain::FieldError>& errors,
           std::initializer_list<const char*> read_only = {}, std::initializer_list<const char*> ignored = {});

    std::optional<std::string> text(const char* name, bool required);
    std::optional<std::optional<std::string>> nullable_text(const char* name);
    std::optional<std::vector<std::string>> text_list(const char* name, bool required);
    std::optional<int> integer(const char* name, bool required, int min, int max);
    std::optional<std::optional<int>> nullable_integer(const char* name, int min, int max);
    std::optional<bool> boolean(const char* name);
    // An object (or null when `nullable`): nullptr when absent, null or of the wrong type.
    const nlohmann::json* object(const char* name, bool required, bool nullable = false);
    const nlohmann::json* array(const char* name, bool required);
    bool is_null(const char* name) const;
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
    std::string pointer(const std::string& name) const { return prefix_ + "/" + name; }
    void finish();

private:
    const nlohmann::json* find(const char* name);
    const nlohmann::json& object_;
    std::string prefix_;
    std::vector<domain::FieldError>& errors_;
    std::set<std::string> seen_, read_only_, ignored_;
};

// Throws one 422 naming every error, if any.
void throw_if_any(std::vector<domain::FieldError>& errors, const std::string& detail = "The request has invalid fields.");

// Fields of the request body itself, owning its errors: `finish()` adds unknown and
// read-only fields and throws one 422 naming them all.
namespace detail {
struct OwnedErrors {
    std::vector<domain::FieldError> errors;
};
}  // namespace detail
class FieldReader : private detail::OwnedErrors, public Fields {
public:
    explicit FieldReader(const nlohmann::json& object, std::initializer_list<const char*> read_only = {})
        : OwnedErrors{}, Fields(object, "", errors, read_only) {}
    using Fields::text_list;
    // An array of strings; nullopt when absent.
    std::optional<std::vector<std::string>> text_list(const char* name) { return Fields::text_list(name, false); }
    void finish() {
        Fields::finish();
        throw_if_any(errors);
    }
};

// The version If-Match names. 428 when the header is missing, 412 when it names no version of ours.
domain::ExpectedVersion require_if_match(const Request& req);
// If-Match when sent (nullopt when not); "*" is any version.
std::optional<domain::ExpectedVersion> optional_if_match(const Request& req);
std::string etag(int version);

// ?limit= and ?cursor= (400 when limit is not 1..200).
domain::PageRequest page_request(const Request& req);
// A list response: {"items": [...], "next_cursor": ...} with a Link header to the next page.
Response page_response(const Request& req, nlohmann::json items, const std::optional<std::string>& next_cursor);

// A path parameter that must be a UUID; anything else is a 404 (no such object).
const std::string& uuid_param(const Request& req, const std::string& name, const char* what);
// The same, as the id type it names: id_param<domain::ItemId>(req, "item", "The item").
template <class IdT>
IdT id_param(const Request& req, const std::string& name, const char* what) {
    return IdT{uuid_param(req, name, what)};
}

}  // namespace api
