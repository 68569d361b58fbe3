#include "domain/roadmap_import/columns.hpp"

#include <string_view>

#include "domain/roadmap_import/text.hpp"
#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace domain::roadmap_import {
namespace {

struct Variant {
    Role role;
    std::string_view name;  // normalised: folded, punctuation → spaces
};
constexpr Variant kVariants[] = {
    {Role::number, "№"},
    {Role::number, "№ п п"},
    {Role::number, "n п п"},
    {Role::number, "n"},
    {Role::number, "no"},
    {Role::number, "№№"},
    {Role::number, "номер"},
    {Role::number, "п п"},
    {Role::number, "№ этапа"},
    {Role::number, "номер этапа"},
    {Role::number, "№ пункта"},
    {Role::number, "№ мероприятия"},
    {Role::title, "наименование мероприятия"},
    {Role::title, "наименование мероприятий"},
    {Role::title, "наименование"},
    {Role::title, "название мероприятия"},
    {Role::title, "содержание"},
    {Role::title, "содержание работы"},
    {Role::title, "содержание деятельности"},
    {Role::title, "содержание мероприятия"},
    {Role::title, "мероприятие"},
    {Role::title, "мероприятия"},
    {Role::title, "перечень мероприятий"},
    {Role::title, "основные мероприятия"},
    {Role::stage_title, "наименование этапа"},
    {Role::stage_title, "название этапа"},
    {Role::stage_title, "этап"},
    {Role::stage_title, "этапы"},
    {Role::deadline, "срок реализации"},
    {Role::deadline, "сроки реализации"},
    {Role::deadline, "сроки"},
    {Role::deadline, "срок"},
    {Role::deadline, "период"},
    {Role::deadline, "период реализации"},
    {Role::deadline, "срок исполнения"},
    {Role::deadline, "сроки исполнения"},
    {Role::deadline, "срок выполнения"},
    {Role::deadline, "сроки выполнения"},
    {Role::deadline, "срок проведения"},
    {Role::deadline, "сроки проведения"},
    {Role::deadline, "дата"},
    {Role::deadline, "дата проведения"},
    {Role::deadline, "дата исполнения"},
    {Role::deadline, "время проведения"},
    {Role::responsible, "ответственный исполнитель"},
    {Role::responsible, "ответственные исполнители"},
    {Role::responsible, "ответственные"},
    {Role::responsible, "ответственный"},
    {Role::responsible, "исполнители"},
    {Role::responsible, "исполнитель"},
    {Role::responsible, "ответственное лицо"},
    {Role::responsible, "ответственные лица"},
    {Role::responsible, "ответственный за исполнение"},
    {Role::result, "результат вид документа"},
    {Role::result, "результат"},
    {Role::result, "результаты"},
    {Role::result, "итоговый результат"},
    {Role::result, "ожидаемый результат"},
    {Role::result, "ожидаемые результаты"},
    {Role::result, "планируемый результат"},
    {Role::result, "планируемые результаты"},
    {Role::result, "рекомендуемые документы для этапа"},
    {Role::result, "рекомендуемые документы"},
    {Role::result, "вид документа"},
    {Role::result, "форма отчетности"},
    {Role::result, "итоговый документ"},
    {Role::result, "продукт"},
    {Role::indicators, "показатели эффективности"},
    {Role::indicators, "показатели"},
    {Role::indicators, "целевые показатели"},
    {Role::indicators, "индикаторы"},
    {Role::indicators, "показатели результативности"},
    {Role::indicators, "критерии эффективности"},
    {Role::indicators, "показатели эффективности реализации"},
    {Role::indicators, "индикаторы эффективности"},
};

// Folded, «№» spaced out, everything but letters and digits → one space.
std::string normalise_header(std::string_view cleaned) {
    const std::string f = fold_ru(cleaned);
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < f.size();) {
        const auto d = decode_utf8(f, i);
        i += d.len;
        const bool numero = d.cp == 0x2116;
        if (numero || is_letter_cp(d.cp) || is_digit_cp(d.cp)) {
            if (numero && !out.empty()) space = true;
            if (space && !out.empty()) out += ' ';
            space = numero;
            append_utf8(out, d.cp);
        } else {
            space = true;
        }
    }
    return out;
}

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        if (c == ' ') in = false;
        else if (!in) in = true, ++n;
    }
    return n;
}

// The role a header cell names: the longest variant equal to it, or a prefix of it followed by at
// most four more words («Ожидаемый результат (вид документа)»).
Role role_of_header(std::string_view cleaned) {
    if (cleaned.empty() || utf8_length(cleaned) > 60) return Role::unknown;
    const std::string h = normalise_header(cleaned);
    Role best = Role::unknown;
    std::size_t best_len = 0;
    for (const auto& v : kVariants) {
        if (v.name.size() <= best_len) continue;
        if (h == v.name) {
            best = v.role, best_len = v.name.size();
        } else if (h.size() > v.name.size() && h.compare(0, v.name.size(), v.name) == 0 && h[v.name.size()] == ' ' &&
                   count_words(std::string_view(h).substr(v.name.size())) <= 4) {
            best = v.role, best_len = v.name.size();
        }
    }
    return best;
}

}  // namespace

std::optional<Header> detect_header(const std::vector<std::string>& cells) {
    if (cells.size() < 2) return std::nullopt;
    Header h;
    h.roles.reserve(cells.size());
    std::size_t non_empty = 0, known = 0;
    bool title = false, stage_title = false, other = false;
    for (const auto& c : cells) {
        const Role r = role_of_header(c);
        h.roles.push_back(r);
        if (c.empty()) continue;
        ++non_empty;
        if (utf8_length(c) > 60) return std::nullopt;
        if (r == Role::unknown) continue;
        ++known;
        if (r == Role::title) title = true;
        else if (r == Role::stage_title) stage_title = true;
        else other = true;
    }
    if (!(title || stage_title)) return std::nullopt;
    // «Наименование этапа» next to «Мероприятия» is the stage template; alone it is the title.
    if (title && stage_title) {
        h.stage_template = true;
    } else if (stage_title) {
        for (auto& r : h.roles)
            if (r == Role::stage_title) r = Role::title;
    }
    const bool second_known = other || (title && stage_title);
    if (!second_known || known * 2 < non_empty) return std::nullopt;
    return h;
}

}  // namespace domain::roadmap_import
