#pragma once
// The deadline grammar's lexer (domain/deadline.hpp): a text becomes tokens — words lower-cased
// with ё written as е, numbers, dd.mm[.yyyy] dates and punctuation. HTML tags and entities,
// quotes, emphasis and bullets carry no meaning and are dropped.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace domain::deadline {

inline constexpr std::size_t kMaxTokens = 256;
inline constexpr int kMinTextYear = 1900, kMaxTextYear = 2100;  // years accepted inside texts

enum class T : std::uint8_t { word, num, date, dash, comma, semi, colon, lparen, rparen, slash, other };

struct Tok {
    T t = T::other;
    std::string s;            // word: lower-cased, ё folded to е; num: the digits
    int v = 0;                // num: value (saturated)
    int nd = 0;               // num: digit count
    int d = 0, m = 0, y = 0;  // date: day, month, year (0 when absent)
};

// Tokenises a text; false when it has more than kMaxTokens tokens.
bool tokenize(std::string_view s, std::vector<Tok>& out);

// Valid UTF-8 for a human-readable reason: bad bytes → U+FFFD, whitespace collapsed,
// at most max_cps code points.
std::string sanitize(std::string_view s, std::size_t max_cps);

}  // namespace domain::deadline
