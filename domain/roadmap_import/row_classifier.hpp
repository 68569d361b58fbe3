#pragma once
// The roadmap importer's row classifier (domain/roadmap_import.hpp): what a row or a cell is
// — a number («1.2.», «IV»), a section heading and its description, a separator or numbering
// row, the document's title, an appendix's caption.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace domain::roadmap_import {

bool is_roman(std::string_view s);             // «IV», «IV.», «IV)»
bool is_top_level_arabic(std::string_view s);  // «3», «3.», «3)»
bool is_arabic_number(std::string_view s);     // «1.2», «1.2.», «1», «1.» …
// A cell holding nothing but a number (or punctuation around one).
bool is_number_token(std::string_view s);
// «1.» / «1.2» / «IV.» followed by a space and text: {number, rest}.
std::optional<std::pair<std::string, std::string>> leading_number(std::string_view text);
// Splits «Title Задача: … Результат: …» (or multi-paragraph text) into the title and the description.
std::pair<std::string, std::string> split_section_title(const std::string& text);
// Only dashes, equals signs, dots and the like: a row drawn as a rule.
bool is_separator_row(const std::vector<std::string>& cells);
// «1 2 3 4 5» (at least two cells, then only empty ones): the columns numbered under a header.
bool is_numbering_row(const std::vector<std::string>& cells);
// A folded paragraph that starts the document's title: «дорожная карта…», «план …».
bool is_title_start(const std::string& folded);
// A caption that starts an appendix or a sample form after the plan: «Приложение №2», «Приложение
// 2 к приказу», «Примерная форма дорожной карты…», «Образец…», «Типовая форма…», «Макет…».
bool is_appendix_caption(const std::string& cell);
// «2.1.», «2.1)», «2.1» → «2.1»: the number two items must not share.
std::string number_key(std::string_view n);

}  // namespace domain::roadmap_import
