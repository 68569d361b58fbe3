#pragma once
// Small pieces every repository uses: array parameters, optimistic versions, keyset pages.
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "domain/errors.hpp"
#include "domain/ids.hpp"
#include "domain/paging.hpp"
#include "persistence/cursor.hpp"

namespace persistence {

// A PostgreSQL array literal ({"a","b"}) for a text[] / uuid[] parameter, each element
// quoted, so no value can break out of it.
inline std::string array_literal(const std::vector<std::string>& values) {
    std::string s = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        s += i ? ",\"" : "\"";
        for (char c : values[i]) {
            if (c == '"' || c == '\\') s += '\\';
            s += c;
        }
        s += '"';
    }
    return s + "}";
}

// The items of array_to_string(column, ',') — for arrays of ids and codes, which hold no comma.
inline std::vector<std::string> split_list(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        auto j = s.find(',', i);
        if (j == std::string::npos) j = s.size();
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

// not_found when the row is missing; precondition_failed when the caller's version is stale.
inline void check_version(std::optional<int> current, domain::ExpectedVersion expected, const char* what) {
    if (!current) throw domain::not_found(what);
    if (!expected.matches(*current))
        throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                            std::string(what) + " has changed since you read it; fetch it again and retry.");
}

// A row's id as the cursor holds it, typed (domain/ids.hpp) or not.
inline const std::string& id_text(const std::string& id) { return id; }
template <class Tag>
const std::string& id_text(const domain::Id<Tag>& id) { return id.str(); }

// Keyset page: fetch limit+1 rows ordered by (key, id); the extra row says there is more.
template <class T, class Key>
domain::Page<T> page_of(std::vector<T> rows, int limit, Key key) {
    domain::Page<T> page;
    if (static_cast<int>(rows.size()) > limit) {
        rows.resize(limit);
        page.next_cursor = encode_cursor(key(rows.back()), id_text(rows.back().id));
    }
    page.items = std::move(rows);
    return page;
}

// The decoded (key, id) of a page request's cursor, as nullable text parameters (pg::Param).
struct PageCursor {
    std::optional<std::string> key, id;
    explicit PageCursor(const domain::PageRequest& p) {
        if (p.cursor) std::tie(key, id) = decode_cursor(*p.cursor);
    }
};

}  // namespace persistence
