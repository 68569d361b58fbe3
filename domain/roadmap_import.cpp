#include "domain/roadmap_import.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unordered_map>
#include <utility>

#include "domain/errors.hpp"
#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace domain {

std::size_t ImportedRoadmap::item_count() const {
    std::size_t n = 0;
    for (const auto& s : sections) n += s.items.size();
    return n;
}

namespace {

constexpr std::string_view kSlug = "import-unreadable";
constexpr std::size_t npos = std::string_view::npos;

// ---------------------------------------------------------------- text

int line_of_offset(std::string_view s, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < s.size(); ++i)
        if (s[i] == '\n') ++line;
    return line;
}

bool is_space_cp(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
bool is_invisible_cp(char32_t cp) {
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
}
bool is_lower_cp(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 0x430 && cp <= 0x45F) || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}
bool is_letter_cp(char32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0x400 && cp <= 0x4FF) ||
           (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}
bool is_digit_cp(char32_t cp) { return cp >= '0' && cp <= '9'; }

bool starts_with_lowercase(std::string_view s) {
    if (s.empty()) return false;
    return is_lower_cp(decode_utf8(s, 0).cp);
}

std::string_view trim_view(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------- entities

struct Entity {
    std::string_view name;
    std::string_view text;
};
constexpr Entity kEntities[] = {
    {"nbsp", "\u00A0"},   {"laquo", "«"},      {"raquo", "»"},       {"quot", "\""},      {"amp", "&"},
    {"lt", "<"},          {"gt", ">"},         {"apos", "'"},        {"ndash", "–"},      {"mdash", "—"},
    {"hellip", "…"},      {"bdquo", "„"},      {"ldquo", "“"},       {"rdquo", "”"},      {"lsquo", "‘"},
    {"rsquo", "’"},       {"sbquo", "‚"},      {"shy", ""},          {"bull", "•"},       {"middot", "·"},
    {"times", "×"},       {"deg", "°"},        {"copy", "©"},        {"reg", "®"},        {"sect", "§"},
    {"minus", "−"},       {"numero", "№"},     {"thinsp", "\u2009"}, {"ensp", "\u2002"},  {"emsp", "\u2003"},
    {"zwj", ""},          {"zwnj", ""},        {"trade", "™"},       {"euro", "€"},       {"prime", "′"},
    {"Prime", "″"},       {"para", "¶"},        {"plusmn", "±"},     {"frac12", "½"},
    {"frac14", "¼"},      {"frac34", "¾"},     {"le", "≤"},          {"ge", "≥"},         {"ne", "≠"},
    {"rarr", "→"},        {"larr", "←"},       {"lsaquo", "‹"},      {"rsaquo", "›"},     {"dash", "‐"},
    {"NewLine", "\n"},    {"Tab", "\t"},
};

// Decodes the entity at s[i] == '&'; returns the text and the bytes consumed, or nothing (literal '&').
std::optional<std::pair<std::string, std::size_t>> decode_entity(std::string_view s, std::size_t i) {
    std::size_t j = i + 1;
    const std::size_t limit = std::min(s.size(), i + 34);
    while (j < limit && s[j] != ';') {
        const char c = s[j];
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#';
        if (!ok) return std::nullopt;
        ++j;
    }
    if (j >= limit || s[j] != ';' || j == i + 1) return std::nullopt;
    const std::string_view name = s.substr(i + 1, j - i - 1);
    const std::size_t consumed = j - i + 1;
    if (name[0] == '#') {
        std::uint32_t cp = 0;
        std::string_view digits = name.substr(1);
        int base = 10;
        if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
            base = 16;
            digits.remove_prefix(1);
        }
        if (digits.empty() || digits.size() > 8) return std::nullopt;
        for (char c : digits) {
            int v = -1;
            if (c >= '0' && c <= '9') v = c - '0';
            else if (base == 16 && c >= 'a' && c <= 'f') v = c - 'a' + 10;
            else if (base == 16 && c >= 'A' && c <= 'F') v = c - 'A' + 10;
            if (v < 0) return std::nullopt;
            cp = cp * static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(v);
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
        std::string out;
        append_utf8(out, static_cast<char32_t>(cp));
        return std::make_pair(std::move(out), consumed);
    }
    for (const auto& e : kEntities)
        if (e.name == name) return std::make_pair(std::string(e.text), consumed);
    return std::nullopt;
}

// ---------------------------------------------------------------- clean_cell

// The bullet glyph at s[i], if any: its length in bytes.
std::size_t bullet_len(std::string_view s, std::size_t i) {
    static constexpr std::array<std::string_view, 16> glyphs{"-", "✓", "✔", "•", "●", "▪", "◦", "○",
                                                             "·", "\uF0B7", "*", "■", "□", "➢", "►", "◆"};
    for (auto g : glyphs)
        if (s.substr(i, g.size()) == g) return g.size();
    return 0;
}

bool followed_by_space(std::string_view s, std::size_t j) {
    if (j >= s.size()) return false;
    if (s[j] == ' ' || s[j] == '\n' || s[j] == '\t') return true;
    return s.substr(j, 2) == "\u00A0";
}

// The text of the current output line (after the last '\n'), trimmed, is exactly "-".
bool line_is_bare_bullet(const std::string& out) {
    const auto nl = out.rfind('\n');
    std::string_view line = nl == std::string::npos ? std::string_view(out) : std::string_view(out).substr(nl + 1);
    return trim_view(line) == "-";
}

bool ends_with_space_or_empty(const std::string& out) {
    if (out.empty()) return true;
    const char c = out.back();
    if (c == ' ' || c == '\n' || c == '\t') return true;
    return out.size() >= 2 && out.compare(out.size() - 2, 2, "\u00A0") == 0;
}

// Appends a run of text (entities decoded) to `out`; in a list, inline bullets start new lines.
void flush_text(std::string& out, std::string_view run, bool in_list) {
    if (!in_list) {
        out += run;
        return;
    }
    for (std::size_t i = 0; i < run.size();) {
        const std::size_t bl = bullet_len(run, i);
        if (bl > 0 && followed_by_space(run, i + bl)) {
            const bool prev_space = i == 0 ? ends_with_space_or_empty(out)
                                           : (run[i - 1] == ' ' || run[i - 1] == '\n' || run[i - 1] == '\t' ||
                                              (i >= 2 && run.substr(i - 2, 2) == "\u00A0"));
            if (prev_space) {
                if (!line_is_bare_bullet(out)) out += "\n- ";
                i += bl;
                continue;
            }
        }
        out += run[i];
        ++i;
    }
}

enum class TagEffect { none, line_break, space, list_open, list_close, list_item };

TagEffect tag_effect(std::string_view tag) {
    bool closing = false;
    std::size_t i = 0;
    if (i < tag.size() && tag[i] == '/') {
        closing = true;
        ++i;
    }
    std::string name;
    while (i < tag.size() && name.size() < 16) {
        char c = tag[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) break;
        name += c;
        ++i;
    }
    if (name == "ul" || name == "ol") return closing ? TagEffect::list_close : TagEffect::list_open;
    if (name == "li") return closing ? TagEffect::line_break : TagEffect::list_item;
    static constexpr std::array<std::string_view, 22> breaks{
        "p",  "br", "div", "tr", "table", "h1",      "h2",     "h3",     "h4",     "h5",  "h6",
        "dd", "dt", "dl",  "hr", "pre",   "section", "header", "footer", "article", "tbody", "blockquote"};
    for (auto b : breaks)
        if (name == b) return TagEffect::line_break;
    if (name == "td" || name == "th") return TagEffect::space;
    return TagEffect::none;
}

// Whitespace pass: spaces normalised and collapsed, lines trimmed, empty and bare-bullet lines dropped.
std::string normalise_lines(std::string_view raw) {
    std::string out;
    std::string line;
    bool pending_space = false;
    auto end_line = [&] {
        const std::string_view t = trim_view(line);
        if (!t.empty() && t != "-") {
            if (!out.empty()) out += '\n';
            out += t;
        }
        line.clear();
        pending_space = false;
    };
    for (std::size_t i = 0; i < raw.size();) {
        const auto d = decode_utf8(raw, i);
        i += d.len;
        const char32_t cp = d.cp;
        if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            end_line();
            continue;
        }
        if (is_invisible_cp(cp)) continue;
        if (is_space_cp(cp) || cp < 0x20 || cp == 0x7F) {
            pending_space = !line.empty();
            continue;
        }
        if (pending_space) {
            line += ' ';
            pending_space = false;
        }
        append_utf8(line, cp);
    }
    end_line();
    return out;
}

// Strips a trailing ';' (and spaces) from a list entry.
std::string strip_entry(std::string_view s) {
    s = trim_view(s);
    while (!s.empty() && s.back() == ';') s = trim_view(s.substr(0, s.size() - 1));
    return std::string(s);
}

// ---------------------------------------------------------------- columns

enum class Role { number, title, stage_title, deadline, responsible, result, indicators, unknown };

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

struct Header {
    std::vector<Role> roles;
    bool stage_template = false;
};

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

// ---------------------------------------------------------------- records

struct Record {
    int line = 0;
    std::string_view raw;
    std::vector<std::string> cells;  // cleaned
    bool blank = true;
};

void finish_record(Record& r) {
    r.blank = std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return c.empty(); });
}

std::vector<Record> split_tsv(std::string_view s) {
    std::vector<Record> out;
    int line = 1;
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t end = pos;
        while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
        Record r;
        r.line = line;
        r.raw = s.substr(pos, end - pos);
        std::size_t cpos = 0;
        while (true) {
            const std::size_t tab = r.raw.find('\t', cpos);
            r.cells.push_back(clean_cell(r.raw.substr(cpos, tab == npos ? npos : tab - cpos)));
            if (tab == npos) break;
            cpos = tab + 1;
        }
        finish_record(r);
        out.push_back(std::move(r));
        if (end < s.size() && s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ++end;
        pos = end + 1;
        ++line;
    }
    return out;
}

struct CsvResult {
    std::vector<Record> records;
    std::optional<std::string> error;  // the first quoting error, with its line
};

CsvResult parse_csv(std::string_view s, char delim) {
    CsvResult res;
    int line = 1;
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto at_newline = [&](std::size_t k) { return k < n && (s[k] == '\n' || s[k] == '\r'); };
    auto skip_newline = [&](std::size_t& k) {
        if (s[k] == '\r' && k + 1 < n && s[k + 1] == '\n') ++k;
        ++k;
        ++line;
    };
    while (i < n) {
        Record r;
        r.line = line;
        const std::size_t rec_start = i;
        std::size_t rec_end = i;
        bool done = false;
        while (!done) {
            std::string field;
            std::size_t k = i;
            while (k < n && s[k] == ' ') ++k;
            if (k < n && s[k] == '"') {
                const int quote_line = line;
                i = k + 1;
                bool closed = false;
                while (i < n) {
                    if (s[i] == '"') {
                        if (i + 1 < n && s[i + 1] == '"') {
                            field += '"';
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    if (s[i] == '\r' || s[i] == '\n') {
                        field += '\n';
                        skip_newline(i);
                        continue;
                    }
                    field += s[i++];
                }
                if (!closed) {
                    res.error = "CSV quoting error on line " + std::to_string(quote_line) +
                                ": a quoted cell is never closed (a missing '\"').";
                    return res;
                }
                while (i < n && s[i] == ' ') ++i;
                if (i < n && s[i] != delim && !at_newline(i)) {
                    res.error = "CSV quoting error on line " + std::to_string(line) +
                                ": unexpected text after a closing quote; double the quotes inside a quoted cell "
                                "(\"\").";
                    return res;
                }
            } else {
                while (i < n && s[i] != delim && !at_newline(i)) {
                    if (s[i] == '"') {
                        res.error = "CSV quoting error on line " + std::to_string(line) +
                                    ": a '\"' inside an unquoted cell; quote the whole cell and double the inner "
                                    "quotes.";
                        return res;
                    }
                    field += s[i++];
                }
            }
            r.cells.push_back(clean_cell(field));
            if (i < n && s[i] == delim) {
                ++i;
                continue;
            }
            rec_end = i;
            if (i < n) skip_newline(i);
            done = true;
        }
        r.raw = s.substr(rec_start, rec_end - rec_start);
        finish_record(r);
        res.records.push_back(std::move(r));
    }
    return res;
}

// ---------------------------------------------------------------- numbers, stages, titles

bool is_roman(std::string_view s) {
    if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
    if (s.empty() || s.size() > 8) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; });
}
bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
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

struct StageKeywords {
    int stage;
    std::array<std::string_view, 8> words;
};
constexpr std::array<StageKeywords, 7> kStageKeywords{{
    {1, {"подготовка условий", "подготовку условий", "создание условий для", "подготовительный этап", "", "", "", ""}},
    {2,
     {"базы наставляемых", "база наставляемых", "баз наставляемых", "базу наставляемых",
      "базы наставников и наставляемых", "база наставников и наставляемых", "баз наставников и наставляемых",
      "базу наставников и наставляемых"}},
    {3, {"базы наставников", "база наставников", "баз наставников", "базу наставников", "", "", "", ""}},
    {4, {"отбор и обучение", "обучение наставников", "отбор наставников", "", "", "", "", ""}},
    {5,
     {"формирование наставнических пар", "формирование наставнических групп", "формирование пар",
      "формирование групп наставник", "формирование наставнических", "", "", ""}},
    {6,
     {"организация работы наставнических", "организация работы пар", "организация работы групп",
      "работы наставнических пар", "работа наставнических пар", "работы наставнических групп", "", ""}},
    {7, {"завершение наставничества", "завершение программы", "завершение работы", "завершающий этап", "", "", "", ""}},
}};

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

// Appends a continuation fragment: a lowercase start continues the sentence, anything else a new line.
void append_fragment(std::string& field, const std::string& fragment) {
    if (fragment.empty()) return;
    if (field.empty()) {
        field = fragment;
        return;
    }
    field += starts_with_lowercase(fragment) ? ' ' : '\n';
    field += fragment;
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

std::string strip_stars(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '*' && i + 1 < s.size() && s[i + 1] == '*') {
            ++i;
            continue;
        }
        out += s[i];
    }
    return out;
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
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

// At most 60 characters of a title, for a message.
std::string quote_title(const std::string& s) {
    return "«" + truncate_utf8(collapse_spaces(s), 60) + "»";
}

// ---------------------------------------------------------------- the builder

struct Row {
    std::string number, title, stage_title, deadline, responsible, result, indicators, notes;
    [[nodiscard]] bool has_other() const {
        return !deadline.empty() || !responsible.empty() || !result.empty() || !indicators.empty() || !notes.empty();
    }
};

class Builder {
public:
    explicit Builder(const std::vector<Record>& records) : r_(records), next_nb_(records.size() + 1, records.size()) {
        for (std::size_t i = records.size(); i-- > 0;)
            next_nb_[i] = records[i].blank ? next_nb_[i + 1] : i;
    }

    // Returns false when no header was found.
    bool run(ImportedRoadmap& out, const ImportOptions& options) {
        out_ = &out;
        std::size_t first_header = r_.size();
        for (std::size_t i = 0; i < r_.size(); ++i) {
            const Record& rec = r_[i];
            if (rec.blank) continue;
            if (auto h = detect_header(rec.cells)) {
                if (first_header == r_.size()) {
                    first_header = i;
                    parts_.push_back(ImportedPart{1, rec.line, 0, "", 0, 0, 0});
                } else if (h->stage_template && !template_ && part_items_ > 0) {
                    start_part(rec, "");  // a sample stage table after the plan, without a caption
                }
                start_table(rec, *h);
                continue;
            }
            if (!in_table_) continue;  // the preamble (of the document or of an appendix)
            if (part_items_ > 0 && (rec.cells.size() == 1 || only_first_cell(rec)) && is_appendix_caption(rec.cells[0])) {
                start_part(rec, rec.cells[0]);
                continue;
            }
            place(rec, i);
        }
        if (first_header == r_.size()) return false;
        extract_title(first_header);
        assign_stages();
        finish_parts();
        if (options.part < 1 || static_cast<std::size_t>(options.part) > parts_.size())
            throw validation_error({{"/part", "the document has " + std::to_string(parts_.size()) +
                                                  " part(s): the plan is 1, each appendix after it the next number"}});
        keep_part(options.part);
        review_structure();
        std::stable_sort(out.warnings.begin(), out.warnings.end(),
                         [](const ImportWarning& a, const ImportWarning& b) { return a.line < b.line; });
        return true;
    }

private:
    const std::vector<Record>& r_;
    std::vector<std::size_t> next_nb_;  // the next non-blank record at or after i
    ImportedRoadmap* out_ = nullptr;

    bool in_table_ = false;
    std::vector<Role> header_roles_;
    std::vector<std::string> header_names_;
    std::vector<std::size_t> header_cols_;  // identity over the header
    std::vector<std::size_t> cols_;         // the current table's columns, as header indices
    bool template_ = false;
    bool has_number_col_ = false;
    bool expect_numbering_ = false;
    int section_ = -1;  // the current table's open section
    bool item_open_ = false;
    bool placed_in_table_ = false;  // a section or item was placed since the last header

    // Parts: the plan is 1, each appendix after it the next; what the builder produced, by part.
    std::vector<ImportedPart> parts_;
    std::size_t part_items_ = 0;          // items placed in the current part
    std::vector<int> section_part_;       // per out_->sections
    std::vector<int> table_part_;         // per out_->table_info
    std::vector<int> unplaced_part_;      // per out_->unplaced
    std::vector<int> warning_part_;       // per out_->warnings

    int current_part() const { return parts_.empty() ? 1 : parts_.back().number; }

    void warn(int line, const char* code, std::string message, std::string message_ru) {
        out_->warnings.push_back(ImportWarning{line, code, std::move(message), std::move(message_ru)});
        warning_part_.push_back(current_part());
    }

    void start_part(const Record& rec, const std::string& caption) {
        ImportedPart p;
        p.number = static_cast<int>(parts_.size()) + 1;
        p.line = rec.line;
        p.caption = truncate_utf8(collapse_spaces(strip_stars(caption)), 300);
        parts_.push_back(std::move(p));
        part_items_ = 0;
        in_table_ = false;  // what follows up to the next header is the appendix's preamble
        section_ = -1;
        item_open_ = false;
    }

    // Each part's extent and counts (one pass over the records, tables and sections).
    void finish_parts() {
        std::size_t k = 0;
        for (const auto& rec : r_) {
            if (rec.blank) continue;
            while (k + 1 < parts_.size() && rec.line >= parts_[k + 1].line) ++k;
            if (!parts_.empty() && rec.line >= parts_[k].line) parts_[k].end_line = rec.line;
        }
        for (auto& p : parts_) p.end_line = std::max(p.end_line, p.line);
        for (int t : table_part_) ++parts_[static_cast<std::size_t>(t) - 1].tables;
        for (std::size_t i = 0; i < section_part_.size(); ++i) {
            auto& p = parts_[static_cast<std::size_t>(section_part_[i]) - 1];
            ++p.sections;
            p.items += out_->sections[i].items.size();
        }
        out_->parts = parts_;
    }

    // Drops every other part's tables, sections, unplaced lines and warnings; reports the
    // appendices left out.
    void keep_part(int part) {
        ImportedRoadmap& o = *out_;
        o.part = part;
        std::vector<int> table_map(o.table_info.size() + 1, 0);
        std::vector<ImportedTable> tables;
        for (std::size_t t = 0; t < o.table_info.size(); ++t)
            if (table_part_[t] == part) {
                tables.push_back(std::move(o.table_info[t]));
                table_map[t + 1] = static_cast<int>(tables.size());
            }
        o.table_info = std::move(tables);
        o.tables = static_cast<int>(o.table_info.size());
        std::vector<ImportedSection> sections;
        for (std::size_t s = 0; s < o.sections.size(); ++s)
            if (section_part_[s] == part) {
                o.sections[s].table = table_map[static_cast<std::size_t>(o.sections[s].table)];
                sections.push_back(std::move(o.sections[s]));
            }
        o.sections = std::move(sections);
        std::vector<UnplacedLine> unplaced;
        for (std::size_t u = 0; u < o.unplaced.size(); ++u)
            if (unplaced_part_[u] == part) unplaced.push_back(std::move(o.unplaced[u]));
        o.unplaced = std::move(unplaced);
        std::vector<ImportWarning> warnings;
        for (std::size_t w = 0; w < o.warnings.size(); ++w)
            if (warning_part_[w] == part) warnings.push_back(std::move(o.warnings[w]));
        o.warnings = std::move(warnings);
        if (part > 1) {
            const auto& p = parts_[static_cast<std::size_t>(part) - 1];
            if (!p.caption.empty()) {
                o.title = p.caption;
                o.title_line = p.line;
            }
        }
        for (const auto& p : parts_) {
            if (p.number == part || p.number == 1) continue;
            const std::string what = p.caption.empty() ? std::string("a stage template table")
                                                       : quote_title(p.caption);
            const std::string lines = std::to_string(p.line) + "–" + std::to_string(p.end_line);
            const std::string counts = std::to_string(p.sections) + " section(s), " + std::to_string(p.items) + " item(s)";
            const std::string counts_ru = "разделов: " + std::to_string(p.sections) + ", мероприятий: " + std::to_string(p.items);
            o.warnings.push_back(ImportWarning{
                p.line, "appendix-not-imported",
                "Lines " + lines + " are an appendix after the plan (" + what + ", " + counts +
                    "): not imported as the plan's items. Import it on its own with part=" + std::to_string(p.number) + ".",
                "Строки " + lines + " — приложение после плана (" +
                    (p.caption.empty() ? std::string("таблица этапов") : quote_title(p.caption)) + "; " + counts_ru +
                    "): в мероприятия плана не включены. Загрузить его отдельно: part=" + std::to_string(p.number) + "."});
        }
    }

    // Doubts visible once the part is assembled: items numbered alike, sections left empty.
    void review_structure() {
        ImportedRoadmap& o = *out_;
        struct Seen {
            int line;
            std::string number;
        };
        std::unordered_map<std::string, Seen> seen;
        for (std::size_t k = 0; k < o.sections.size(); ++k) {
            const auto& s = o.sections[k];
            if (s.items.empty()) {
                const std::string name = s.number.empty() ? quote_title(s.title) : "«" + s.number + "» " + quote_title(s.title);
                const ImportedSection* next = k + 1 < o.sections.size() && o.sections[k + 1].table == s.table
                                                  ? &o.sections[k + 1]
                                                  : nullptr;
                if (next) {
                    const std::string nn = next->number.empty() ? quote_title(next->title) : "«" + next->number + "»";
                    o.warnings.push_back(ImportWarning{
                        s.line, "empty-section",
                        "Section " + name + " has no items: the heading " + nn + " right under it (line " +
                            std::to_string(next->line) + ") starts a section of its own; nested headings are kept flat.",
                        "В разделе " + name + " нет мероприятий: заголовок " + nn + " сразу под ним (строка " +
                            std::to_string(next->line) + ") открывает отдельный раздел; вложенные заголовки "
                            "сохранены на одном уровне."});
                } else {
                    o.warnings.push_back(ImportWarning{s.line, "empty-section", "Section " + name + " has no items.",
                                                       "В разделе " + name + " нет мероприятий."});
                }
            }
            for (const auto& it : s.items) {
                const std::string key = number_key(it.number);
                if (key.empty()) continue;
                auto prev = seen.find(key);
                if (prev != seen.end()) {
                    o.warnings.push_back(ImportWarning{
                        it.line, "duplicate-number",
                        "Item number «" + it.number + "» repeats item «" + prev->second.number + "» on line " +
                            std::to_string(prev->second.line) + ".",
                        "Номер мероприятия «" + it.number + "» повторяет номер «" + prev->second.number +
                            "» в строке " + std::to_string(prev->second.line) + "."});
                } else {
                    seen.emplace(key, Seen{it.line, it.number});
                }
            }
        }
    }

    void start_table(const Record& rec, const Header& h) {
        in_table_ = true;
        header_roles_ = h.roles;
        header_names_ = rec.cells;
        header_cols_.resize(h.roles.size());
        for (std::size_t k = 0; k < header_cols_.size(); ++k) header_cols_[k] = k;
        cols_ = header_cols_;
        template_ = h.stage_template;
        has_number_col_ = std::find(header_roles_.begin(), header_roles_.end(), Role::number) != header_roles_.end();
        expect_numbering_ = true;
        section_ = -1;
        item_open_ = false;
        placed_in_table_ = false;
        ImportedTable t;
        t.line = rec.line;
        t.columns = rec.cells;
        while (!t.columns.empty() && t.columns.back().empty()) t.columns.pop_back();
        t.stage_template = template_;
        out_->table_info.push_back(std::move(t));
        table_part_.push_back(current_part());
        out_->tables = static_cast<int>(out_->table_info.size());
    }

    // n of the base columns: those up to the last number/title column stay on the left, the rest
    // are aligned to the right (the cells merged away in Word are the middle ones).
    std::vector<std::size_t> aligned(const std::vector<std::size_t>& base, std::size_t n) const {
        if (n >= base.size()) return base;
        std::size_t split = 0;
        for (std::size_t k = 0; k < base.size(); ++k) {
            const Role r = header_roles_[base[k]];
            if (r == Role::number || r == Role::title || r == Role::stage_title) split = k + 1;
        }
        split = std::min(split, n);
        std::vector<std::size_t> out(n);
        for (std::size_t k = 0; k < n; ++k) out[k] = k < split ? base[k] : base[k + (base.size() - n)];
        return out;
    }

    void unplaced(const Record& rec, std::string reason, std::string code) {
        out_->unplaced.push_back(UnplacedLine{rec.line, truncate_utf8(rec.raw, 300), std::move(reason), std::move(code)});
        unplaced_part_.push_back(current_part());
    }

    static bool only_first_cell(const Record& rec) {
        if (rec.cells.empty() || rec.cells[0].empty()) return false;
        for (std::size_t k = 1; k < rec.cells.size(); ++k)
            if (!rec.cells[k].empty()) return false;
        return true;
    }

    std::size_t number_column() const {
        for (std::size_t k = 0; k < header_roles_.size(); ++k)
            if (header_roles_[k] == Role::number) return k;
        return npos;
    }

    void place(const Record& rec, std::size_t idx) {
        const bool first_row = expect_numbering_;
        expect_numbering_ = false;
        if (first_row && is_numbering_row(rec.cells)) return;  // «1 2 3 4 5» under the header
        if (is_separator_row(rec.cells)) {
            unplaced(rec, "A separator row with no text.", "separator");
            return;
        }
        const std::size_t n = rec.cells.size();
        if (n == 1) {
            // A line without cells: a section if the table goes on right after it, else stray text.
            const std::size_t j = next_nb_[idx + 1];
            const bool table_goes_on = j < r_.size() && r_[j].cells.size() >= 2 && !detect_header(r_[j].cells);
            if (!table_goes_on) {
                unplaced(rec, "Text outside a table (not a table row).", "outside-table");
                return;
            }
            section_from_text(rec, rec.cells[0]);
            return;
        }
        if (only_first_cell(rec)) {
            // A section row of another width, after rows of this table: a headerless table going on
            // under the same header (merged cells), aligned to the right like other short rows.
            if (placed_in_table_ && n <= header_cols_.size() && n != cols_.size()) start_headerless_table(rec, n);
            section_from_text(rec, rec.cells[0]);
            return;
        }
        Row row;
        if (!map_row(rec, row)) return;
        if (template_) {
            place_template(rec, row);
            return;
        }
        if (!has_number_col_) {
            if (!row.title.empty() && !row.has_other()) section_from_text(rec, row.title);
            else if (!row.title.empty()) add_item(rec, row);
            else continuation(rec, row);
            return;
        }
        if (row.number.empty()) {
            continuation(rec, row);
            return;
        }
        if (row.title.empty() && !row.has_other()) {
            unplaced(rec, "A row with a number and no text.", "number-without-text");
            return;
        }
        if (!row.has_other() && is_section_number(row.number, idx)) {
            add_section(rec, row.number, row.title);
            return;
        }
        if (row.title.empty()) {
            // «1.1. Текст» written in the number cell, the title cell left empty.
            if (auto ln = leading_number(row.number)) {
                row.number = ln->first;
                row.title = ln->second;
            }
        }
        add_item(rec, row);
    }

    void start_headerless_table(const Record& rec, std::size_t n) {
        cols_ = aligned(header_cols_, n);
        ImportedTable t;
        t.line = rec.line;
        for (auto c : cols_) t.columns.push_back(header_names_[c]);
        t.stage_template = template_;
        t.headerless = true;
        out_->table_info.push_back(std::move(t));
        table_part_.push_back(current_part());
        out_->tables = static_cast<int>(out_->table_info.size());
        section_ = -1;
        item_open_ = false;
    }

    // Maps the record's cells to columns; false (and unplaced) when extra cells carry text.
    bool map_row(const Record& rec, Row& row) {
        const std::size_t n = rec.cells.size();
        const std::vector<std::size_t>& base = n <= cols_.size() ? cols_ : header_cols_;
        std::vector<std::size_t> cols;
        if (n < base.size()) {
            if (rec.cells.back().empty()) {
                cols = aligned(base, n);  // merged cells: the row still ends with an (empty) last cell
            } else {
                cols.assign(base.begin(), base.begin() + static_cast<std::ptrdiff_t>(n));  // trailing cells left out
            }
        } else {
            cols = base;
            for (std::size_t k = cols.size(); k < n; ++k) {
                if (!rec.cells[k].empty()) {
                    unplaced(rec,
                             "The row has " + std::to_string(n) + " cells but the table has " +
                                 std::to_string(cols.size()) + " columns, and the extra cells are not empty.",
                             "too-many-cells");
                    return false;
                }
            }
        }
        auto put = [](std::string& field, const std::string& text) {
            if (text.empty()) return;
            if (!field.empty()) field += '\n';
            field += text;
        };
        for (std::size_t k = 0; k < cols.size(); ++k) {
            const std::string& c = rec.cells[k];
            if (c.empty()) continue;
            switch (header_roles_[cols[k]]) {
                case Role::number: put(row.number, c); break;
                case Role::title: put(row.title, c); break;
                case Role::stage_title: put(row.stage_title, c); break;
                case Role::deadline: put(row.deadline, c); break;
                case Role::responsible: put(row.responsible, c); break;
                case Role::result: put(row.result, c); break;
                case Role::indicators: put(row.indicators, c); break;
                case Role::unknown: {
                    const std::string& name = header_names_[cols[k]];
                    put(row.notes, name.empty() ? c : name + ": " + c);
                    break;
                }
            }
        }
        return true;
    }

    // A number + title row with no other cells heads a section when it is roman, or when the next
    // row is numbered under it («1» then «1.1»).
    bool is_section_number(const std::string& number, std::size_t idx) const {
        if (is_roman(number)) return true;
        if (!is_top_level_arabic(number)) return false;
        const std::size_t j = next_nb_[idx + 1];
        if (j >= r_.size()) return false;
        const std::size_t col = number_column();
        if (col == npos || col >= r_[j].cells.size()) return false;
        std::string_view base = number;
        if (base.back() == '.' || base.back() == ')') base.remove_suffix(1);
        const std::string_view next = r_[j].cells[col];
        return next.size() > base.size() + 1 && next.compare(0, base.size(), base) == 0 && next[base.size()] == '.' &&
               next[base.size() + 1] >= '0' && next[base.size() + 1] <= '9';
    }

    void place_template(const Record& rec, const Row& row) {
        if (!row.number.empty() || !row.stage_title.empty()) {
            add_section(rec, row.number, row.stage_title);
            if (!row.title.empty() || row.has_other()) add_item(rec, row);
            return;
        }
        continuation(rec, row);
    }

    void section_from_text(const Record& rec, const std::string& text) {
        if (is_number_token(text)) {
            unplaced(rec, "A row with a number and no text.", "number-without-text");
            return;
        }
        if (auto ln = leading_number(text)) {
            add_section(rec, ln->first, ln->second);
        } else {
            add_section(rec, "", text);
        }
    }

    void add_section(const Record& rec, const std::string& number, const std::string& text) {
        ImportedSection s;
        s.number = number;
        auto [title, description] = split_section_title(text);
        s.title = std::move(title);
        s.description = std::move(description);
        s.line = rec.line;
        s.table = out_->tables;
        out_->sections.push_back(std::move(s));
        section_part_.push_back(current_part());
        section_ = static_cast<int>(out_->sections.size()) - 1;
        item_open_ = false;
        placed_in_table_ = true;
    }

    void add_item(const Record& rec, const Row& row) {
        if (section_ < 0) {
            ImportedSection implicit;
            implicit.line = rec.line;
            implicit.table = out_->tables;
            out_->sections.push_back(std::move(implicit));
            section_part_.push_back(current_part());
            section_ = static_cast<int>(out_->sections.size()) - 1;
        }
        ImportedItem it;
        it.number = row.number;
        it.title = row.title;
        it.deadline_text = row.deadline;
        it.responsible = row.responsible;
        it.expected_result = row.result;
        it.indicators = row.indicators;
        it.notes = row.notes;
        it.line = rec.line;
        it.end_line = rec.line;
        out_->sections[static_cast<std::size_t>(section_)].items.push_back(std::move(it));
        ++part_items_;
        item_open_ = true;
        placed_in_table_ = true;
    }

    void continuation(const Record& rec, const Row& row) {
        if (!item_open_ || section_ < 0 || out_->sections[static_cast<std::size_t>(section_)].items.empty()) {
            unplaced(rec, "A continuation row (empty number cell) with no item above it to continue.",
                     "continuation-without-item");
            return;
        }
        ImportedItem& it = out_->sections[static_cast<std::size_t>(section_)].items.back();
        const std::string which = it.number.empty() ? quote_title(it.title) : "«" + it.number + "»";
        warn(rec.line, "continuation-joined",
             "A row without a number was joined to item " + which + " on line " + std::to_string(it.line) + ".",
             "Строка без номера присоединена к мероприятию " + which + " из строки " + std::to_string(it.line) + ".");
        append_fragment(it.title, row.title);
        append_fragment(it.deadline_text, row.deadline);
        append_fragment(it.responsible, row.responsible);
        append_fragment(it.expected_result, row.result);
        append_fragment(it.indicators, row.indicators);
        if (!row.notes.empty()) {
            if (!it.notes.empty()) it.notes += '\n';
            it.notes += row.notes;
        }
        it.end_line = rec.line;
    }

    // The last «Дорожная карта…»/«План…» paragraph before the first header.
    void extract_title(std::size_t first_header) {
        std::optional<std::string> title;
        int title_line = 0;
        std::size_t i = 0;
        while (i < first_header) {
            if (r_[i].blank) {
                ++i;
                continue;
            }
            const int para_line = r_[i].line;
            std::vector<std::string> para;
            while (i < first_header && !r_[i].blank) {
                std::string text;
                for (const auto& c : r_[i].cells) {
                    if (c.empty()) continue;
                    if (!text.empty()) text += ' ';
                    text += c;
                }
                para.push_back(std::move(text));
                ++i;
            }
            if (!is_title_start(fold_ru(collapse_spaces(strip_stars(para[0]))))) continue;
            // A bold heading («**…**») ends where the bold ends.
            const bool bold = para[0].rfind("**", 0) == 0;
            std::string joined;
            for (std::size_t k = 0; k < para.size() && k < 12; ++k) {
                if (!joined.empty()) joined += ' ';
                joined += para[k];
                const std::string_view body = k == 0 ? std::string_view(para[0]).substr(2) : std::string_view(para[k]);
                if (bold && body.find("**") != npos) break;
            }
            title = truncate_utf8(collapse_spaces(strip_stars(joined)), 1000);
            title_line = para_line;
        }
        out_->title = std::move(title);
        out_->title_line = title ? title_line : 0;
    }

    void assign_stages() {
        int roman = -1;
        int table = -1;
        auto& secs = out_->sections;
        for (std::size_t k = 0; k < secs.size(); ++k) {
            auto& s = secs[k];
            if (s.table != table) {
                table = s.table;
                roman = -1;
            }
            const bool tmpl = s.table >= 1 && static_cast<std::size_t>(s.table) <= out_->table_info.size() &&
                              out_->table_info[static_cast<std::size_t>(s.table) - 1].stage_template;
            s.stage.reset();
            if (tmpl) {
                std::string_view num = s.number;
                if (!num.empty() && (num.back() == '.' || num.back() == ')')) num.remove_suffix(1);
                if (num.size() == 1 && num[0] >= '1' && num[0] <= '7') s.stage = num[0] - '0';
            }
            if (!s.stage) s.stage = detect_stage(s.title);
            if (is_roman(s.number)) {
                roman = static_cast<int>(k);
            } else if (!s.stage && roman >= 0 && is_arabic_number(s.number)) {
                s.stage = secs[static_cast<std::size_t>(roman)].stage;
            }
            for (auto& it : s.items) it.stage = s.stage ? s.stage : detect_stage(it.title);
        }
    }
};

[[noreturn]] void unreadable(std::string detail) { throw bad_request(std::string(kSlug), std::move(detail)); }

std::string no_header_detail(TableFormat format) {
    return std::string("No roadmap table header found: expected a row naming the activity column («Наименование "
                       "мероприятия», «Мероприятие», «Содержание»…) and at least one more known column («№ п/п», "
                       "«Срок реализации», «Ответственный исполнитель», «Результат, вид документа», «Показатели "
                       "эффективности»)") +
           (format == TableFormat::tsv ? ", with cells separated by tabs." : ", with cells separated by ',' or ';'.");
}

}  // namespace

// ---------------------------------------------------------------- public

std::string clean_cell(std::string_view in) {
    std::string raw;
    raw.reserve(in.size());
    std::string run;
    int list_depth = 0;
    // Cached next '>' and '<' positions keep tag scanning linear on any input.
    std::size_t gt_cache = 0, lt_cache = 0;
    bool gt_valid = false, lt_valid = false;
    auto next_of = [&](char ch, std::size_t from, std::size_t& cache, bool& valid) {
        if (valid && (cache == npos || cache >= from)) return cache;
        cache = in.find(ch, from);
        valid = true;
        return cache;
    };
    auto flush = [&] {
        flush_text(raw, run, list_depth > 0);
        run.clear();
    };
    for (std::size_t i = 0; i < in.size();) {
        const char c = in[i];
        if (c == '<' && i + 1 < in.size()) {
            const char c1 = in[i + 1];
            const bool tag_start = (c1 >= 'a' && c1 <= 'z') || (c1 >= 'A' && c1 <= 'Z') || c1 == '/' || c1 == '!' || c1 == '?';
            if (tag_start) {
                const std::size_t gt = next_of('>', i + 1, gt_cache, gt_valid);
                const std::size_t lt = next_of('<', i + 1, lt_cache, lt_valid);
                if (gt != npos && (lt == npos || lt > gt)) {
                    flush();
                    switch (tag_effect(in.substr(i + 1, gt - i - 1))) {
                        case TagEffect::none: break;
                        case TagEffect::space: raw += ' '; break;
                        case TagEffect::line_break: raw += '\n'; break;
                        case TagEffect::list_open:
                            ++list_depth;
                            raw += '\n';
                            break;
                        case TagEffect::list_close:
                            if (list_depth > 0) --list_depth;
                            raw += '\n';
                            break;
                        case TagEffect::list_item: raw += "\n- "; break;
                    }
                    i = gt + 1;
                    continue;
                }
            }
        }
        if (c == '&') {
            if (auto e = decode_entity(in, i)) {
                run += e->first;
                i += e->second;
                continue;
            }
        }
        run += c;
        ++i;
    }
    flush();
    return normalise_lines(raw);
}

std::optional<int> detect_stage(std::string_view title) {
    if (title.empty()) return std::nullopt;
    const std::string f = fold_ru(title);
    std::optional<int> found;
    for (const auto& sk : kStageKeywords) {
        bool hit = false;
        for (auto w : sk.words)
            if (!w.empty() && f.find(w) != std::string::npos) hit = true;
        if (!hit) continue;
        if (found) return std::nullopt;  // names two stages
        found = sk.stage;
    }
    return found;
}

std::vector<std::string> split_list_entries(std::string_view cleaned) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= cleaned.size()) {
        const auto nl = cleaned.find('\n', pos);
        std::string_view line = trim_view(cleaned.substr(pos, nl == npos ? npos : nl - pos));
        if (line.substr(0, 2) == "- ") line.remove_prefix(2);
        std::string e = strip_entry(line);
        if (!e.empty()) out.push_back(std::move(e));
        if (nl == npos) break;
        pos = nl + 1;
    }
    return out;
}

ImportedRoadmap parse_roadmap_table(std::string_view input, TableFormat format, const ImportOptions& options) {
    if (input.size() > max_import_bytes)
        throw Error(ErrorKind::too_large, "import-too-large",
                    "The import is larger than " + std::to_string(max_import_bytes / (1024 * 1024)) + " MiB.");
    if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
    if (trim_view(input).empty()) unreadable("The import is empty: there is no table to read.");
    if (const auto nul = input.find('\0'); nul != npos)
        unreadable("The import contains NUL bytes (line " + std::to_string(line_of_offset(input, nul)) +
                   "): it looks like a binary file (.docx, .xlsx, .pdf?). Send the table as UTF-8 text, "
                   "tab-separated or CSV.");
    if (const auto bad = invalid_utf8_at(input); bad != npos)
        unreadable("The import is not valid UTF-8 (line " + std::to_string(line_of_offset(input, bad)) +
                   ", byte " + std::to_string(bad + 1) +
                   "). Save the table as UTF-8 (a Windows-1251 file must be converted first).");

    ImportedRoadmap out;
    if (format == TableFormat::tsv) {
        const auto records = split_tsv(input);
        Builder b(records);
        if (!b.run(out, options)) unreadable(no_header_detail(format));
        return out;
    }

    // CSV: try both separators; keep the one whose header names more known columns.
    struct Attempt {
        char delim;
        CsvResult parsed;
        std::size_t known = 0;
        std::size_t cells = 0;
        bool header = false;
    };
    std::array<Attempt, 2> attempts{Attempt{';', parse_csv(input, ';')}, Attempt{',', parse_csv(input, ',')}};
    for (auto& a : attempts) {
        for (const auto& rec : a.parsed.records) {
            if (rec.blank) continue;
            if (auto h = detect_header(rec.cells)) {
                a.header = true;
                a.known = static_cast<std::size_t>(
                    std::count_if(h->roles.begin(), h->roles.end(), [](Role r) { return r != Role::unknown; }));
                a.cells = rec.cells.size();
                break;
            }
        }
    }
    const Attempt* best = nullptr;
    for (const auto& a : attempts) {
        if (!a.header) continue;
        if (!best || a.known > best->known || (a.known == best->known && a.cells > best->cells)) best = &a;
    }
    if (!best) {
        for (const auto& a : attempts)
            if (a.parsed.error) unreadable(*a.parsed.error);
        unreadable(no_header_detail(format));
    }
    if (best->parsed.error) unreadable(*best->parsed.error);
    out.csv_delimiter = best->delim;
    Builder b(best->parsed.records);
    if (!b.run(out, options)) unreadable(no_header_detail(format));
    return out;
}

}  // namespace domain
