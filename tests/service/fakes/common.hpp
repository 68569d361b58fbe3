#pragma once
// What every fake repository does alike: UUID-shaped ids (whatever checks ids as UUIDs takes
// them) and the version check the ports' contracts ask for (as persistence/sql_helpers.hpp
// check_version: a stale expected version is precondition_failed `stale`), and keyset pages.
#include <algorithm>
#include <cstdio>
#include <string>

#include "domain/errors.hpp"
#include "domain/ids.hpp"
#include "domain/paging.hpp"

namespace fakes {

// The n-th id of a kind: "<kind tag>-0000-4000-8000-<n>".
inline std::string uuid(unsigned kind_tag, long n) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%012ld", kind_tag, n);
    return buf;
}

// An id's text, whether the record's id is typed (domain/ids.hpp) or still a string.
inline const std::string& text_of(const std::string& id) { return id; }
template <class Tag>
inline const std::string& text_of(const domain::Id<Tag>& id) { return id.str(); }

inline void check_version(int current, domain::ExpectedVersion expected, const std::string& what) {
    if (!expected.matches(current))
        throw domain::Error(domain::ErrorKind::precondition_failed, "stale",
                            what + " has changed since you read it; fetch it again and retry.");
}

// One page of rows already in order, after the row whose id is the cursor.
template <class T>
inline domain::Page<T> page_of(const std::vector<T>& rows, const domain::PageRequest& p) {
    auto from = rows.begin();
    if (p.cursor)
        from = std::find_if(rows.begin(), rows.end(), [&](const T& r) { return text_of(r.id) == *p.cursor; }) + 1;
    domain::Page<T> out;
    for (auto it = from; it != rows.end(); ++it) {
        if (static_cast<int>(out.items.size()) == p.limit) {
            out.next_cursor = text_of(out.items.back().id);
            break;
        }
        out.items.push_back(*it);
    }
    return out;
}

}  // namespace fakes
