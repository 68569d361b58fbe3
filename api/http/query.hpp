#pragma once
// Query parameters, read one way: every getter returns nullopt when the parameter is absent
// and throws 400 bad-query "Query parameter 'NAME' <problem>." when it is present but wrong.
// Integers, percentages, dates, flags, ids, texts, closed sets (enums) and cursors.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "api/http/http.hpp"
#include "domain/date.hpp"
#include "domain/errors.hpp"
#include "domain/ids.hpp"

namespace api {

// 400 bad-query: "Query parameter 'name' <problem>." (problem e.g. "must be a UUID").
[[noreturn]] void bad_query(std::string_view name, std::string_view problem);

// A whole number in [min, max]; `problem` replaces "must be a whole number from MIN to MAX".
std::optional<int> query_int(const Request& req, const char* name, int min, int max, const char* problem = nullptr);
// A finite number from 0 to 100.
std::optional<double> query_percent(const Request& req, const char* name);
// YYYY-MM-DD.
std::optional<domain::Date> query_date(const Request& req, const char* name);
// YYYY-MM-DD, which must be there ("is required (YYYY-MM-DD)" otherwise).
domain::Date required_query_date(const Request& req, const char* name);
// true|1 or false|0; absent is false.
bool query_flag(const Request& req, const char* name);
// An id (UUID).
std::optional<std::string> query_uuid(const Request& req, const char* name);
// The same, as the id type it names: query_id<domain::OrganizationId>(req, "organization_id").
template <class IdT>
std::optional<IdT> query_id(const Request& req, const char* name) {
    auto s = query_uuid(req, name);
    return s ? std::optional<IdT>{IdT{std::move(*s)}} : std::nullopt;
}
// Free text of at most `max_bytes`; empty is absent.
std::optional<std::string> query_text(const Request& req, const char* name, std::size_t max_bytes);
// One of `allowed`, kept as text; `problem` names them ("must be insert, update or delete").
std::optional<std::string> query_word(const Request& req, const char* name,
                                      std::initializer_list<std::string_view> allowed, const char* problem);
// ?cursor= as the list gave it; empty is absent.
std::optional<std::string> query_cursor(const Request& req);

// A parameter from a closed set parsed into its enum ("must be one of: <allowed>").
template <class T>
std::optional<T> query_choice(const Request& req, const char* name, std::optional<T> (*parse)(std::string_view),
                              const char* allowed) {
    auto s = req.query_param(name);
    if (!s) return std::nullopt;
    auto v = parse(*s);
    if (!v) bad_query(name, std::string("must be one of: ") + allowed);
    return v;
}

}  // namespace api
