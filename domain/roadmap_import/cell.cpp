// Cleaning a cell of a roadmap table (domain/roadmap_import.hpp, clean_cell): HTML tags and
// entities, lists and bullets, whitespace; and splitting a cleaned list into its entries.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

#include "domain/roadmap_import.hpp"
#include "domain/roadmap_import/text.hpp"
#include "domain/text/utf8.hpp"

namespace domain {
namespace roadmap_import {
namespace {

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

// ---------------------------------------------------------------- tags, lists, whitespace

// The bullet glyph at s[i], if any: its length in bytes.
std::size_t bullet_len(std::string_view s, std::size_t i) {
    static constexpr std::array<std::string_view, 16> glyphs{"-", "✓", "✔", "•", "●", "▪", "◦", "○",
                                                             "·", "\uF0B7", "*", "■", "□", "➢", "►", "◆"};
    if (i >= s.size()) return 0;
    for (auto g : glyphs)  // the lead byte first: most text starts no glyph
        if (g[0] == s[i] && s.substr(i, g.size()) == g) return g.size();
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

// A cell read left to right: text runs (entities decoded) gathered until a tag, whose effect
// (a line break, a list, a list item) goes into the raw text; then the whitespace pass.
class CellReader {
public:
    explicit CellReader(std::string_view in) : in_(in) { raw_.reserve(in.size()); }

    std::string read() {
        for (std::size_t i = 0; i < in_.size();) {
            if (const std::size_t gt = tag_end(i); gt != npos) {
                flush();
                apply(tag_effect(in_.substr(i + 1, gt - i - 1)));
                i = gt + 1;
                continue;
            }
            if (in_[i] == '&') {
                if (auto e = decode_entity(in_, i)) {
                    run_ += e->first;
                    i += e->second;
                    continue;
                }
            }
            run_ += in_[i];
            ++i;
        }
        flush();
        return normalise_lines(raw_);
    }

private:
    std::string_view in_;
    std::string raw_, run_;
    int list_depth_ = 0;
    // Cached next '>' and '<' positions keep tag scanning linear on any input.
    std::size_t gt_cache_ = 0, lt_cache_ = 0;
    bool gt_valid_ = false, lt_valid_ = false;

    std::size_t next_of(char ch, std::size_t from, std::size_t& cache, bool& valid) {
        if (valid && (cache == npos || cache >= from)) return cache;
        cache = in_.find(ch, from);
        valid = true;
        return cache;
    }

    // The '>' of a tag starting at in_[i] («<p>», «</b>», «<!-- -->»), or npos: no other '<' first.
    std::size_t tag_end(std::size_t i) {
        if (in_[i] != '<' || i + 1 >= in_.size()) return npos;
        const char c1 = in_[i + 1];
        const bool tag_start = (c1 >= 'a' && c1 <= 'z') || (c1 >= 'A' && c1 <= 'Z') || c1 == '/' || c1 == '!' || c1 == '?';
        if (!tag_start) return npos;
        const std::size_t gt = next_of('>', i + 1, gt_cache_, gt_valid_);
        const std::size_t lt = next_of('<', i + 1, lt_cache_, lt_valid_);
        return gt != npos && (lt == npos || lt > gt) ? gt : npos;
    }

    void flush() {
        flush_text(raw_, run_, list_depth_ > 0);
        run_.clear();
    }

    void apply(TagEffect effect) {
        switch (effect) {
            case TagEffect::none: break;
            case TagEffect::space: raw_ += ' '; break;
            case TagEffect::line_break: raw_ += '\n'; break;
            case TagEffect::list_open:
                ++list_depth_;
                raw_ += '\n';
                break;
            case TagEffect::list_close:
                if (list_depth_ > 0) --list_depth_;
                raw_ += '\n';
                break;
            case TagEffect::list_item: raw_ += "\n- "; break;
        }
    }
};

}  // namespace
}  // namespace roadmap_import

std::string clean_cell(std::string_view in) { return roadmap_import::CellReader(in).read(); }

std::vector<std::string> split_list_entries(std::string_view cleaned) {
    using roadmap_import::npos;
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= cleaned.size()) {
        const auto nl = cleaned.find('\n', pos);
        std::string_view line = roadmap_import::trim_view(cleaned.substr(pos, nl == npos ? npos : nl - pos));
        if (line.substr(0, 2) == "- ") line.remove_prefix(2);
        std::string e = roadmap_import::strip_entry(line);
        if (!e.empty()) out.push_back(std::move(e));
        if (nl == npos) break;
        pos = nl + 1;
    }
    return out;
}

}  // namespace domain
