#include "domain/roadmap_import/row_classifier.hpp"

#include <algorithm>
#include <array>

#include "domain/roadmap_import/text.hpp"
#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace domain::roadmap_import {
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_roman(std::string_view s) {
    if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
    if (s.empty() || s.size() > 8) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; });
}
// «3», «3.», «3)».
bool is_top_level_arabic(std::string_view s) {
    if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
    return all_digits(s) && s.size() <= 4;
}
// «1.2», «1.2.», «1», «1.» …
bool is_arabic_number(std::string_view s) {
    if (s.empty() || s.size() > 24) return false;
    bool digit = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c != '.' && c != ')') return false;
    }
    return digit && s[0] >= '0' && s[0] <= '9';
}
// A cell holding nothing but a number (or punctuation around one).
bool is_number_token(std::string_view s) { return is_arabic_number(s) || is_roman(s); }

// «1.» / «1.2» / «IV.» followed by a space and text: {number, rest}.
std::optional<std::pair<std::string, std::string>> leading_number(std::string_view text) {
    std::size_t i = 0;
    bool roman = false;
    while (i < text.size() && i < 8 && (text[i] == 'I' || text[i] == 'V' || text[i] == 'X' || text[i] == 'L' || text[i] == 'C'))
        ++i;
    if (i > 0 && i < text.size() && (text[i] == '.' || text[i] == ')')) {
        roman = true;
        ++i;
    }
    if (!roman) {
        i = 0;
        bool multi = false, terminated = false;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i < 24) {
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
            if (i < text.size() && (text[i] == '.' || text[i] == ')')) {
                terminated = true;
                ++i;
                if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                    multi = true;
                    terminated = false;
                }
            } else {
                break;
            }
        }
        if (i == 0 || !(terminated || multi)) return std::nullopt;
    }
    if (i >= text.size() || text[i] != ' ') return std::nullopt;
    const std::string_view rest = trim_view(text.substr(i));
    if (rest.empty()) return std::nullopt;
    return std::make_pair(std::string(text.substr(0, i)), std::string(rest));
}

// Splits «Title Задача: … Результат: …» (or multi-paragraph text) into the title and the description.
std::pair<std::string, std::string> split_section_title(const std::string& text) {
    static constexpr std::array<std::string_view, 6> markers{" Задача:", " Задачи:", " Цель:",
                                                             " Цели:",   " Результат:", " Результаты:"};
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        const auto nl = text.find('\n', pos);
        lines.emplace_back(text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos));
        if (nl == std::string::npos) break;
        pos = nl + 1;
    }
    std::vector<std::string> parts;
    for (const auto& l : lines) {
        std::string rest = l;
        while (true) {
            std::size_t best = std::string::npos;
            for (auto m : markers) {
                const auto p = rest.find(m);
                if (p != std::string::npos && p > 0 && p < best) best = p;
            }
            if (best == std::string::npos) break;
            parts.emplace_back(trim_view(std::string_view(rest).substr(0, best)));
            rest = std::string(trim_view(std::string_view(rest).substr(best + 1)));
        }
        if (!rest.empty()) parts.push_back(rest);
    }
    if (parts.empty()) return {text, ""};
    std::string description;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        if (!description.empty()) description += '\n';
        description += parts[k];
    }
    return {parts[0], description};
}

bool is_separator_row(const std::vector<std::string>& cells) {
    bool any = false;
    for (const auto& c : cells) {
        if (c.empty()) continue;
        any = true;
        std::string_view v = c;
        for (std::size_t i = 0; i < v.size();) {
            const auto d = decode_utf8(v, i);
            i += d.len;
            const char32_t cp = d.cp;
            const bool sep = cp == '-' || cp == '=' || cp == '_' || cp == '*' || cp == '|' || cp == ':' || cp == '.' ||
                             cp == '+' || cp == '~' || cp == ' ' || cp == 0x2013 || cp == 0x2014 || cp == 0x2012 ||
                             cp == 0x2015 || cp == 0x2212;
            if (!sep) return false;
        }
    }
    return any;
}

bool is_numbering_row(const std::vector<std::string>& cells) {
    std::size_t filled = 0;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (cells[k].empty()) {
            // only trailing empty cells are allowed
            for (std::size_t m = k; m < cells.size(); ++m)
                if (!cells[m].empty()) return false;
            break;
        }
        std::string_view c = cells[k];
        if (c.back() == '.') c.remove_suffix(1);
        if (c != std::to_string(k + 1)) return false;
        ++filled;
    }
    return filled >= 2;
}

bool is_title_start(const std::string& folded) {
    if (folded.rfind("дорожная карта", 0) == 0) return true;
    if (folded.rfind("план", 0) == 0) {
        const std::string_view rest = std::string_view(folded).substr(std::string_view("план").size());
        return rest.empty() || rest[0] == ' ';
    }
    return false;
}

// A caption that starts an appendix or a sample form after the plan: «Приложение №2», «Приложение
// 2 к приказу», «Примерная форма дорожной карты…», «Образец…», «Типовая форма…», «Макет…».
bool is_appendix_caption(const std::string& cell) {
    const std::string f = fold_ru(collapse_spaces(strip_stars(cell)));
    auto starts = [&](std::string_view p) { return f.rfind(p, 0) == 0; };
    if (starts("примерная форма") || starts("примерный план") || starts("примерная дорожная карта") ||
        starts("образец") || starts("типовая форма") || starts("макет ") || starts("форма дорожной карты"))
        return true;
    if (!starts("приложение")) return false;
    const std::string_view rest = std::string_view(f).substr(std::string_view("приложение").size());
    if (rest.empty()) return true;
    if (rest.rfind("№", 0) == 0) return true;
    if (rest[0] != ' ') return false;
    const std::string_view r2 = rest.substr(1);
    return r2.rfind("№", 0) == 0 || r2.rfind("n", 0) == 0 || r2.rfind("к ", 0) == 0 ||
           (!r2.empty() && r2[0] >= '0' && r2[0] <= '9');
}

// «2.1.», «2.1)», «2.1» → «2.1»: the number two items must not share.
std::string number_key(std::string_view n) {
    n = trim_view(n);
    while (!n.empty() && (n.back() == '.' || n.back() == ')' || n.back() == ' ')) n.remove_suffix(1);
    return std::string(n);
}

}  // namespace domain::roadmap_import
