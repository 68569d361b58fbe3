#pragma once
#include <optional>
#include <string>
#include <vector>

namespace domain {

// A page request: at most `limit` items after the opaque `cursor` of the previous page.
struct PageRequest {
    int limit = 50;
    std::optional<std::string> cursor;
    static constexpr int default_limit = 50;
    static constexpr int max_limit = 200;
};

template <class T>
struct Page {
    std::vector<T> items;
    std::optional<std::string> next_cursor;
};

// An optimistic-concurrency precondition: the version the caller last saw, or any (If-Match: *).
struct ExpectedVersion {
    std::optional<int> version;  // nullopt = any
    [[nodiscard]] bool matches(int current) const { return !version || *version == current; }
};

}  // namespace domain
