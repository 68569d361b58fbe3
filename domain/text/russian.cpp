#include "domain/text/russian.hpp"

#include "domain/text/utf8.hpp"

namespace domain {

char32_t lower_ru(char32_t c) noexcept {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;  // А..Я
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;  // Ѐ..Џ, Ё
    return c;
}

char32_t fold_ru(char32_t c) noexcept {
    c = lower_ru(c);
    return c == 0x451 ? char32_t{0x435} : c;  // ё → е
}

namespace {

template <class Map>
std::string map_chars(std::string_view text, Map map) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto d = decode_utf8(text, i);
        i += d.len;
        append_utf8(out, map(d.cp));
    }
    return out;
}

}  // namespace

std::string lower_ru(std::string_view text) {
    return map_chars(text, [](char32_t c) { return lower_ru(c); });
}

std::string fold_ru(std::string_view text) {
    return map_chars(text, [](char32_t c) { return fold_ru(c); });
}

}  // namespace domain
