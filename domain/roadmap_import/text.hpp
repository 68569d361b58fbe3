#pragma once
// Small text helpers of the roadmap importer (domain/roadmap_import.hpp): character classes
// over code points, trimming, and the clean-ups titles and captions go through.
#include <string>
#include <string_view>

namespace domain::roadmap_import {

inline constexpr std::size_t npos = std::string_view::npos;

// The 1-based line of a byte offset.
int line_of_offset(std::string_view s, std::size_t offset);
bool is_space_cp(char32_t cp);      // spaces other than line breaks (NBSP, thin and em spaces…)
bool is_invisible_cp(char32_t cp);  // zero-width characters, BOM, soft hyphen
bool is_lower_cp(char32_t cp);
bool is_letter_cp(char32_t cp);
inline bool is_digit_cp(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool starts_with_lowercase(std::string_view s);
// Spaces, tabs and line breaks trimmed from both ends.
std::string_view trim_view(std::string_view s);
// Markdown bold («**») removed.
std::string strip_stars(std::string_view s);
// Runs of whitespace as one space, none at the ends.
std::string collapse_spaces(std::string_view s);

}  // namespace domain::roadmap_import
