#pragma once
// The deadline grammar's vocabulary (domain/deadline.hpp): months in every case and their
// abbreviations, ordinals («первая», «II») and counts («два», «трех»), over the lexer's
// lower-cased words.
#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace domain::deadline {

inline bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
inline bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), w) != set.end();
}

int month_of(std::string_view w);      // 1..12, 0 when not a month
int ordinal_word(std::string_view w);  // 1..5, 0 when not an ordinal
int count_word(std::string_view w);    // «два» → 2 …, 0 when not a count

}  // namespace domain::deadline
