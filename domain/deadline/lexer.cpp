#include "domain/deadline/lexer.hpp"

#include <utility>

#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace domain::deadline {
namespace {

bool is_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x400 && c <= 0x45F); }

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_dash(char32_t c) {
    return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

// Characters that carry no meaning in a deadline: quotes, markdown emphasis, bullets.
bool is_skippable(char32_t c) {
    switch (c) {
        case '"':
        case '\'':
        case '`':
        case '*':
        case '_':
        case '~':
        case 0xAB:
        case 0xBB:
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x2039:
        case 0x203A:
        case 0x2022:
        case 0x2713:
        case 0x2714:
        case 0x25CF:
        case 0x00B7:
            return true;
        default:
            return false;
    }
}

// The token a punctuation character makes: other for anything unknown.
T punctuation(char32_t c) {
    if (is_dash(c)) return T::dash;
    switch (c) {
        case ',':
            return T::comma;
        case ';':
            return T::semi;
        case ':':
            return T::colon;
        case '(':
        case '[':
        case '{':
            return T::lparen;
        case ')':
        case ']':
        case '}':
            return T::rparen;
        case '/':
        case '\\':
            return T::slash;
        default:
            return T::other;
    }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// dd.mm.yyyy, dd.mm.yy or dd.mm at s[i]; on success fills tok and returns its length.
std::size_t scan_date(std::string_view s, std::size_t i, Tok& tok) {
    auto digits = [&](std::size_t p, std::size_t maxn, int& val) -> std::size_t {
        std::size_t n = 0;
        val = 0;
        while (p + n < s.size() && is_digit(s[p + n]) && n <= maxn) val = val * 10 + (s[p + n++] - '0');
        return n;
    };
    int d = 0, m = 0, y = 0;
    std::size_t p = i;
    const std::size_t n1 = digits(p, 2, d);
    if (n1 == 0 || n1 > 2) return 0;
    p += n1;
    if (p >= s.size() || s[p] != '.') return 0;
    ++p;
    const std::size_t n2 = digits(p, 2, m);
    if (n2 == 0 || n2 > 2) return 0;
    p += n2;
    if (d < 1 || d > 31 || m < 1 || m > 12) return 0;
    if (p + 1 < s.size() && s[p] == '.' && is_digit(s[p + 1])) {
        const std::size_t n3 = digits(p + 1, 4, y);
        if (n3 == 2)
            y += 2000;
        else if (n3 != 4 || y < kMinTextYear || y > kMaxTextYear)
            return 0;
        p += 1 + n3;
    } else if (n2 != 2) {
        return 0;  // «1.9» is not a date; «01.09» is
    }
    tok.t = T::date;
    tok.d = d;
    tok.m = m;
    tok.y = y;
    return p - i;
}

// A date or a number at s[i] (a digit): fills tok and returns its length.
std::size_t scan_number(std::string_view s, std::size_t i, Tok& tok) {
    if (const std::size_t len = scan_date(s, i, tok)) return len;
    tok.t = T::num;
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) {
        if (tok.nd < 12) tok.s += s[j];
        if (tok.v < 100000000) tok.v = tok.v * 10 + (s[j] - '0');
        ++tok.nd;
        ++j;
    }
    return j - i;
}

// The length of a simple HTML tag (<p>, </b>, <br/>) or entity (&nbsp;) at s[i], else 0.
std::size_t markup_at(std::string_view s, std::size_t i) {
    if (s[i] == '<') {
        std::size_t j = i + 1;
        if (j < s.size() && (s[j] == '/' || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) {
            while (j < s.size() && j - i < 64 && s[j] != '>' && s[j] != '<') ++j;
            if (j < s.size() && s[j] == '>') return j + 1 - i;
        }
    }
    if (s[i] == '&') {
        std::size_t j = i + 1;
        while (j < s.size() && j - i < 10 && ((s[j] >= 'a' && s[j] <= 'z') || s[j] == '#' || is_digit(s[j]))) ++j;
        if (j < s.size() && j > i + 1 && s[j] == ';') return j + 1 - i;
    }
    return 0;
}

// The tokens as they are read: letters gather into the current word, anything else ends it.
class Tokens {
public:
    explicit Tokens(std::vector<Tok>& out) : out_(out) {}
    void letter(char32_t c) {
        if (word_.size() < 64) append_utf8(word_, fold_ru(c));  // lower case, ё → е
    }
    void end_word() {
        if (word_.empty()) return;
        Tok t;
        t.t = T::word;
        t.s = std::move(word_);
        word_.clear();
        out_.push_back(std::move(t));
    }
    void push(Tok t) {
        end_word();
        out_.push_back(std::move(t));
    }

private:
    std::vector<Tok>& out_;
    std::string word_;
};

}  // namespace

bool tokenize(std::string_view s, std::vector<Tok>& out) {
    Tokens tokens(out);
    std::size_t i = 0;
    while (i < s.size()) {
        if (out.size() > kMaxTokens) return false;
        if (is_digit(s[i])) {
            Tok t;
            i += scan_number(s, i, t);
            tokens.push(std::move(t));
            continue;
        }
        if (const std::size_t len = markup_at(s, i)) {
            tokens.end_word();
            i += len;
            continue;
        }
        const auto d = decode_utf8(s, i);
        i += d.len;
        if (is_letter(d.cp)) {
            tokens.letter(d.cp);
        } else if (is_space(d.cp) || d.cp == '.' || is_skippable(d.cp)) {
            tokens.end_word();
        } else {
            Tok t;
            t.t = punctuation(d.cp);
            tokens.push(std::move(t));
        }
    }
    tokens.end_word();
    return out.size() <= kMaxTokens;
}

std::string sanitize(std::string_view s, std::size_t max_cps) {
    std::string out;
    std::size_t i = 0, cps = 0;
    bool space = false;
    while (i < s.size()) {
        const auto d = decode_utf8(s, i);
        i += d.len;
        const char32_t c = d.cp;
        if (is_space(c) || c < 0x20 || c == 0x7F) {
            space = !out.empty();
            continue;
        }
        if (cps == max_cps) {
            out += "…";
            break;
        }
        if (space) {
            out += ' ';
            space = false;
            ++cps;
        }
        append_utf8(out, c);
        ++cps;
    }
    return out;
}

}  // namespace domain::deadline
