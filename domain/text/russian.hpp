#pragma once
// Lower-casing for matching Russian words: ASCII and Cyrillic (А-Я, Ё and the rest of
// U+0400..U+042F); other code points are kept. The folded form also writes ё as е, the way
// keywords are compared («счёт» = «счет»). Invalid UTF-8 bytes become U+FFFD.
#include <string>
#include <string_view>

namespace domain {

char32_t lower_ru(char32_t c) noexcept;
char32_t fold_ru(char32_t c) noexcept;  // lower_ru, then ё → е
std::string lower_ru(std::string_view text);
std::string fold_ru(std::string_view text);

}  // namespace domain
