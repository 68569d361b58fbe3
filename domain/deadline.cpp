#include "deadline.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <utility>

#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace domain {

std::string_view to_string(ScheduleKind k) noexcept {
    switch (k) {
        case ScheduleKind::window:
            return "window";
        case ScheduleKind::recurring:
            return "recurring";
        case ScheduleKind::whole_period:
            return "whole_period";
        case ScheduleKind::count_per_year:
            return "count_per_year";
        case ScheduleKind::unscheduled:
            return "unscheduled";
    }
    return "unscheduled";
}

namespace {

constexpr std::size_t kMaxTokens = 256;
constexpr std::size_t kMaxWindows = 5000;
constexpr int kMinTextYear = 1900, kMaxTextYear = 2100;  // years accepted inside texts
constexpr int kMinPeriodYear = 1900, kMaxPeriodYear = 2200;

// ---------------------------------------------------------------- characters

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

// Valid UTF-8 for a human-readable reason: bad bytes → U+FFFD, whitespace collapsed,
// at most max_cps code points.
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

// ---------------------------------------------------------------- tokens

enum class T : std::uint8_t { word, num, date, dash, comma, semi, colon, lparen, rparen, slash, other };

struct Tok {
    T t = T::other;
    std::string s;            // word: lower-cased, ё folded to е; num: the digits
    int v = 0;                // num: value (saturated)
    int nd = 0;               // num: digit count
    int d = 0, m = 0, y = 0;  // date: day, month, year (0 when absent)
};

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

// Tokenises a text; false when it has too many tokens.
bool tokenize(std::string_view s, std::vector<Tok>& out) {
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        Tok t;
        t.t = T::word;
        t.s = std::move(word);
        word.clear();
        out.push_back(std::move(t));
    };
    auto push = [&](T kind) {
        flush();
        Tok t;
        t.t = kind;
        out.push_back(std::move(t));
    };
    std::size_t i = 0;
    while (i < s.size()) {
        if (out.size() > kMaxTokens) return false;
        const char ch = s[i];
        if (is_digit(ch)) {
            flush();
            Tok t;
            if (const std::size_t len = scan_date(s, i, t)) {
                out.push_back(std::move(t));
                i += len;
                continue;
            }
            t.t = T::num;
            while (i < s.size() && is_digit(s[i])) {
                if (t.nd < 12) t.s += s[i];
                if (t.v < 100000000) t.v = t.v * 10 + (s[i] - '0');
                ++t.nd;
                ++i;
            }
            out.push_back(std::move(t));
            continue;
        }
        if (ch == '<') {  // a simple HTML tag such as <p>, </b>, <br/>
            std::size_t j = i + 1;
            if (j < s.size() && (s[j] == '/' || (s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z'))) {
                while (j < s.size() && j - i < 64 && s[j] != '>' && s[j] != '<') ++j;
                if (j < s.size() && s[j] == '>') {
                    flush();
                    i = j + 1;
                    continue;
                }
            }
        }
        if (ch == '&') {  // an HTML entity such as &nbsp;
            std::size_t j = i + 1;
            while (j < s.size() && j - i < 10 && ((s[j] >= 'a' && s[j] <= 'z') || s[j] == '#' || is_digit(s[j]))) ++j;
            if (j < s.size() && j > i + 1 && s[j] == ';') {
                flush();
                i = j + 1;
                continue;
            }
        }
        const auto d = decode_utf8(s, i);
        i += d.len;
        const char32_t c = d.cp;
        if (is_letter(c)) {
            if (word.size() < 64) append_utf8(word, fold_ru(c));  // lower case, ё → е
            continue;
        }
        if (is_space(c) || c == '.' || is_skippable(c)) {
            flush();
            continue;
        }
        if (is_dash(c))
            push(T::dash);
        else if (c == ',')
            push(T::comma);
        else if (c == ';')
            push(T::semi);
        else if (c == ':')
            push(T::colon);
        else if (c == '(' || c == '[' || c == '{')
            push(T::lparen);
        else if (c == ')' || c == ']' || c == '}')
            push(T::rparen);
        else if (c == '/' || c == '\\')
            push(T::slash);
        else
            push(T::other);
    }
    flush();
    return out.size() <= kMaxTokens;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    return std::find(set.begin(), set.end(), w) != set.end();
}

// ---------------------------------------------------------------- months

int month_of(std::string_view w) {
    struct Stem {
        std::string_view stem;
        int m;
        bool soft;
    };
    static constexpr std::array<Stem, 11> stems{{{"январ", 1, true},
                                                 {"феврал", 2, true},
                                                 {"март", 3, false},
                                                 {"апрел", 4, true},
                                                 {"июн", 6, true},
                                                 {"июл", 7, true},
                                                 {"август", 8, false},
                                                 {"сентябр", 9, true},
                                                 {"октябр", 10, true},
                                                 {"ноябр", 11, true},
                                                 {"декабр", 12, true}}};
    for (const auto& st : stems) {
        if (!starts_with(w, st.stem)) continue;
        const auto end = w.substr(st.stem.size());
        if (st.soft ? in(end, {"ь", "я", "е", "ю", "ем"}) : in(end, {"", "а", "е", "у", "ом"})) return st.m;
    }
    if (in(w, {"май", "мая", "мае", "маю", "маем"})) return 5;
    struct Abbr {
        std::string_view a;
        int m;
    };
    static constexpr std::array<Abbr, 16> abbrs{{{"янв", 1},
                                                 {"фев", 2},
                                                 {"февр", 2},
                                                 {"мар", 3},
                                                 {"апр", 4},
                                                 {"июн", 6},
                                                 {"июл", 7},
                                                 {"авг", 8},
                                                 {"сен", 9},
                                                 {"сент", 9},
                                                 {"окт", 10},
                                                 {"ноя", 11},
                                                 {"нояб", 11},
                                                 {"дек", 12},
                                                 {"сентяб", 9},
                                                 {"октяб", 10}}};
    for (const auto& a : abbrs)
        if (w == a.a) return a.m;
    return 0;
}

int ordinal_word(std::string_view w) {
    struct O {
        std::string_view stem;
        int n;
    };
    static constexpr std::array<O, 5> ords{{{"перв", 1}, {"втор", 2}, {"трет", 3}, {"четверт", 4}, {"пят", 5}}};
    for (const auto& o : ords) {
        if (!starts_with(w, o.stem)) continue;
        const auto end = w.substr(o.stem.size());
        if (in(end, {"ый", "ая", "ое", "ого", "ой", "ом", "ую", "ий", "ья", "ье", "ьего", "ьей", "ьем", "ью", "ым"}))
            return o.n;
    }
    if (in(w, {"i"})) return 1;
    if (in(w, {"ii"})) return 2;
    if (in(w, {"iii"})) return 3;
    if (in(w, {"iv"})) return 4;
    return 0;
}

int count_word(std::string_view w) {
    if (in(w, {"один", "одного", "одному", "однажды"})) return 1;
    if (in(w, {"два", "две", "двух"})) return 2;
    if (in(w, {"три", "трех"})) return 3;
    if (in(w, {"четыре", "четырех"})) return 4;
    if (in(w, {"пять", "пяти"})) return 5;
    if (in(w, {"шесть", "шести"})) return 6;
    if (w == "десять") return 10;
    if (w == "двенадцать") return 12;
    return 0;
}

// ---------------------------------------------------------------- dates

// Local helpers so the grammar needs only the inline part of date.hpp.
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int eom(int y, int m) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[std::size_t(m - 1)];
}
std::optional<Date> make(int y, int m, int d) {
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > eom(y, m)) return std::nullopt;
    return Date{y, unsigned(m), unsigned(d)};
}
std::optional<DateRange> intersect(const DateRange& a, const DateRange& b) {
    DateRange r{std::max(a.start, b.start), std::min(a.end, b.end)};
    if (r.start > r.end) return std::nullopt;
    return r;
}
bool contains(const DateRange& outer, const DateRange& inner) {
    return outer.start <= inner.start && inner.end <= outer.end;
}
long distance(const DateRange& a, const DateRange& b) {
    if (a.end < b.start) return (b.start.days() - a.end.days()).count();
    if (b.end < a.start) return (a.start.days() - b.end.days()).count();
    return 0;
}
bool school_aligned(const DateRange& p) { return p.start.month() == 8 || p.start.month() == 9; }

// ---------------------------------------------------------------- items

// A span of a template year: months m1..m2, days d1..d2 (d1 0 = 1st, d2 0 = end of month);
// y1/y2 0 = not given. `clamp`: d2 may run past the month's end (weeks, decades).
struct Item {
    bool deadline = false;  // «до X»: the end is the due date
    int m1 = 0, d1 = 0, y1 = 0;
    int m2 = 0, d2 = 0, y2 = 0;
    bool clamp = false;
    bool whole_year = false;  // a (school) year item: «2024 г.», «2023-2024 уч.г.»
    [[nodiscard]] int key1() const { return m1 * 100 + (d1 ? d1 : 1); }
    [[nodiscard]] int key2() const { return m2 * 100 + (d2 ? std::min(d2, 31) : 31); }
    [[nodiscard]] bool has_year() const { return y1 != 0 || y2 != 0; }
    // Fill the missing year of a range from the other end.
    void complete_years() {
        if (y1 && !y2) y2 = key2() >= key1() ? y1 : y1 + 1;
        if (y2 && !y1) y1 = key2() >= key1() ? y2 : y2 - 1;
    }
};

struct Point {
    int m = 0, y = 0;
    int d1 = 0, d2 = 0;  // 0: month level
    bool clamp = false;
};

Item span_of(const Point& a, const Point& b) {
    Item it;
    it.m1 = a.m;
    it.d1 = a.d1;
    it.y1 = a.y;
    it.m2 = b.m;
    it.d2 = b.d2;
    it.y2 = b.y;
    it.clamp = a.clamp || b.clamp;
    return it;
}

enum class BuildError { none, no_such_date, reversed };

std::optional<DateRange> build(const Item& it, int y1, int y2, BuildError& err) {
    err = BuildError::none;
    const int sd = it.d1 ? it.d1 : 1;
    if (y1 < 1 || y2 < 1 || y1 > 9999 || y2 > 9999) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    auto s = make(y1, it.m1, sd);
    if (!s) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    if (it.m2 < 1 || it.m2 > 12) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    const int last = eom(y2, it.m2);
    int ed = it.d2 ? it.d2 : last;
    if (it.clamp && ed > last) ed = last;
    auto e = make(y2, it.m2, ed);
    if (!e) {
        err = BuildError::no_such_date;
        return std::nullopt;
    }
    if (*s > *e) {
        err = BuildError::reversed;
        return std::nullopt;
    }
    return DateRange{*s, *e};
}

int end_year(const Item& it, int y1) { return it.y2 ? it.y2 : (it.key2() >= it.key1() ? y1 : y1 + 1); }

std::string build_error_text(BuildError e) {
    return e == BuildError::reversed ? "the window ends before it starts" : "date does not exist";
}

// ---------------------------------------------------------------- schedules

Schedule unscheduled(std::string reason) {
    Schedule s;
    s.kind = ScheduleKind::unscheduled;
    s.reason = std::move(reason);
    return s;
}

void normalize(std::vector<DateRange>& w) {
    std::sort(w.begin(), w.end(), [](const DateRange& a, const DateRange& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    w.erase(std::unique(w.begin(), w.end()), w.end());
}

Schedule with_windows(ScheduleKind k, std::vector<DateRange> w) {
    normalize(w);
    Schedule s;
    s.kind = k;
    s.windows = std::move(w);
    return s;
}

enum class Unit { year, half, quarter, month, week, day };

struct YearSpec {
    int y1 = 0, y2 = 0;
    bool school = false;
    [[nodiscard]] bool single_calendar() const { return !school && y1 == y2; }
    [[nodiscard]] DateRange range() const {
        if (school) return DateRange{Date{y1, 9, 1}, Date{y2, 8, 31}};
        return DateRange{Date{y1, 1, 1}, Date{y2, 12, 31}};
    }
};

bool whole_period_phrase(const std::vector<Tok>& toks);

class Parser {
public:
    Parser(std::vector<Tok> toks, const DateRange& period, const DeadlineOptions& opt)
        : t_(std::move(toks)), p_(period), opt_(opt) {}

    std::optional<Schedule> run();

private:
    std::vector<Tok> t_;
    DateRange p_;
    DeadlineOptions opt_;
    std::size_t i_ = 0;

    [[nodiscard]] bool done() const { return i_ >= t_.size(); }
    [[nodiscard]] const Tok* peek(std::size_t k = 0) const { return i_ + k < t_.size() ? &t_[i_ + k] : nullptr; }
    [[nodiscard]] std::string_view wd(std::size_t k = 0) const {
        const Tok* t = peek(k);
        return t && t->t == T::word ? std::string_view{t->s} : std::string_view{};
    }
    bool word(std::string_view w) {
        if (wd() == w && !w.empty()) {
            ++i_;
            return true;
        }
        return false;
    }
    bool any(std::initializer_list<std::string_view> ws) {
        const auto w = wd();
        if (!w.empty() && in(w, ws)) {
            ++i_;
            return true;
        }
        return false;
    }
    bool seq(std::initializer_list<std::string_view> ws) {
        std::size_t k = 0;
        for (auto w : ws)
            if (wd(k++) != w) return false;
        i_ += ws.size();
        return true;
    }
    bool kind(T k) {
        if (peek() && peek()->t == k) {
            ++i_;
            return true;
        }
        return false;
    }

    std::optional<YearSpec> year_spec();
    bool year_suffix();
    std::optional<int> ordinal();
    bool attach_year(Point& pt);
    std::optional<Point> point();
    bool day_range(Item& out);
    std::optional<Item> item();
    bool item_list(std::vector<Item>& out);
    std::optional<std::pair<int, Unit>> count_phrase();
    std::optional<Unit> family();

    // Builders.
    std::optional<int> choose_year(const Item& it, BuildError& err) const;
    std::optional<Schedule> resolve_list(std::vector<Item> items);
    std::optional<Schedule> resolve_recurring(const std::vector<Item>& items);
    std::optional<Schedule> year_window(const YearSpec& ys) const;
    Schedule units(Unit u, int n) const;
    std::vector<DateRange> per_year() const;
    std::vector<DateRange> quarters(QuarterMode mode) const;
    std::vector<DateRange> halves(bool school) const;
    std::vector<DateRange> months() const;
    std::optional<Schedule> parse_rest_as_recurring();
    std::optional<Schedule> monthly();
    std::optional<Schedule> school_year_edge();
    std::optional<Schedule> then_yearly();
    std::optional<Schedule> open_start();
};

// «2024», «2024 г.», «2024 года», «2023-2024 уч.г.», «2020-2021 учебного года», «2022-2024 гг.»
std::optional<YearSpec> Parser::year_spec() {
    const std::size_t save = i_;
    const Tok* t = peek();
    if (!t || t->t != T::num || t->nd != 4 || t->v < kMinTextYear || t->v > kMaxTextYear) return std::nullopt;
    YearSpec ys;
    ys.y1 = ys.y2 = t->v;
    ++i_;
    bool range = false;
    if (const Tok* sep = peek(); sep && (sep->t == T::dash || sep->t == T::slash)) {
        if (const Tok* t2 = peek(1); t2 && t2->t == T::num) {
            if (t2->nd == 4 && t2->v > ys.y1 && t2->v <= ys.y1 + 50 && t2->v <= kMaxTextYear) {
                ys.y2 = t2->v;
                range = true;
                i_ += 2;
            } else if (t2->nd == 2 && t2->v == (ys.y1 + 1) % 100) {
                ys.y2 = ys.y1 + 1;
                range = true;
                i_ += 2;
            }
        }
    }
    enum class Suf { none, calendar, school } suf = Suf::none;
    if (any({"уч", "учеб", "уг"})) {
        any({"г", "год", "года", "году", "гг", "годы"});
        suf = Suf::school;
    } else if (wd() == "у" && wd(1) == "г") {
        i_ += 2;
        suf = Suf::school;
    } else if (any({"учебного", "учебный", "учебном", "учебному", "учебных", "учебные"})) {
        any({"года", "год", "году", "годов", "годы", "годах"});
        suf = Suf::school;
    } else if (any({"календарного", "календарный", "календарном", "календарных"})) {
        any({"года", "год", "году", "годов", "годы"});
        suf = Suf::calendar;
    } else if (word("г")) {
        word("г");
        suf = Suf::calendar;
        if (any({"уч", "у"})) {
            word("г");
            suf = Suf::school;
        }
    } else if (any({"гг", "год", "года", "году", "годы", "годов", "годах", "годам"})) {
        suf = Suf::calendar;
    }
    if (suf == Suf::school) {
        ys.school = true;
        if (!range) ys.y2 = ys.y1 + 1;
    } else if (suf == Suf::none && range) {
        ys.school = ys.y2 == ys.y1 + 1;
    }
    if (ys.y2 < ys.y1) {
        i_ = save;
        return std::nullopt;
    }
    return ys;
}

// Year words after a dd.mm.yyyy date: «30.08.2024 г.»
bool Parser::year_suffix() { return any({"г", "года", "год", "году"}); }

// 1..5 as «1», «1-я», «первая», «I».
std::optional<int> Parser::ordinal() {
    const Tok* t = peek();
    if (!t) return std::nullopt;
    if (t->t == T::num && t->nd <= 2 && t->v >= 1 && t->v <= 5) {
        ++i_;
        if (peek() && peek()->t == T::dash &&
            in(wd(1), {"я", "ая", "й", "ый", "ой", "го", "ого", "ю", "ую", "е", "ое", "м", "ом"}))
            i_ += 2;
        return t->v;
    }
    if (t->t == T::word) {
        if (int n = ordinal_word(t->s)) {
            ++i_;
            return n;
        }
    }
    return std::nullopt;
}

// An optional year after a month: a calendar year, or a school year that picks the month's
// occurrence in it. False (and no tokens consumed) on a year spec that cannot apply.
bool Parser::attach_year(Point& pt) {
    const std::size_t save = i_;
    auto ys = year_spec();
    if (!ys) return true;
    if (ys->single_calendar()) {
        pt.y = ys->y1;
        return true;
    }
    if (ys->school && ys->y2 == ys->y1 + 1) {
        pt.y = pt.m >= 9 ? ys->y1 : ys->y2;
        return true;
    }
    i_ = save;
    return false;
}

std::optional<Point> Parser::point() {
    const std::size_t save = i_;
    auto fail = [&]() -> std::optional<Point> {
        i_ = save;
        return std::nullopt;
    };
    const Tok* t = peek();
    if (!t) return std::nullopt;
    Point pt;
    if (t->t == T::date) {
        pt.d1 = pt.d2 = t->d;
        pt.m = t->m;
        pt.y = t->y;
        ++i_;
        if (pt.y)
            year_suffix();
        else if (!attach_year(pt))
            return fail();
        return pt;
    }
    // «последняя неделя мая» (its last seven days, cut at the month's end)
    if (any({"последняя", "последней", "последнюю", "последние"})) {
        if (any({"неделя", "недели", "неделе", "неделю", "нед", "дни", "декада", "декады", "декаде", "декаду"})) {
            const bool decade = starts_with(t_[i_ - 1].s, "декад");
            const int m = month_of(wd());
            if (!m) return fail();
            ++i_;
            pt.m = m;
            pt.d1 = decade ? 21 : 25;
            pt.d2 = 31;
            pt.clamp = true;
            if (!attach_year(pt)) return fail();
            return pt;
        }
        return fail();
    }
    // «1 неделя февраля», «первая неделя февраля», «в первую неделю февраля»
    if (auto n = ordinal()) {
        // «первая половина октября»: days 1-15; «вторая половина сентября»: 16-end
        if (*n <= 2 && any({"половина", "половины", "половине", "половину"})) {
            const int m = month_of(wd());
            if (!m) return fail();
            ++i_;
            pt.m = m;
            pt.d1 = *n == 1 ? 1 : 16;
            pt.d2 = *n == 1 ? 15 : 31;
            pt.clamp = true;
            if (!attach_year(pt)) return fail();
            return pt;
        }
        // «первая декада сентября», «I декада октября»: days 1-10, 11-20, 21-end
        if (*n <= 3 && any({"декада", "декады", "декаде", "декаду"})) {
            const int m = month_of(wd());
            if (!m) return fail();
            ++i_;
            pt.m = m;
            pt.d1 = 10 * (*n - 1) + 1;
            pt.d2 = *n == 3 ? 31 : 10 * *n;
            pt.clamp = true;
            if (!attach_year(pt)) return fail();
            return pt;
        }
        if (any({"неделя", "недели", "неделе", "неделю", "нед"})) {
            const int m = month_of(wd());
            if (!m) return fail();
            ++i_;
            pt.m = m;
            pt.d1 = 7 * (*n - 1) + 1;
            pt.d2 = 7 * *n;
            if (*n == 5) pt.d2 = 31;
            pt.clamp = true;
            if (!attach_year(pt)) return fail();
            return pt;
        }
        i_ = save;
    }
    // «1 октября 2024»
    if (t->t == T::num && t->nd <= 2 && t->v >= 1 && t->v <= 31) {
        const int m = month_of(wd(1));
        if (!m) return fail();
        i_ += 2;
        pt.m = m;
        pt.d1 = pt.d2 = t->v;
        if (!attach_year(pt)) return fail();
        return pt;
    }
    // «начало/середина/конец сентября»
    int part = 0;
    if (any({"начало", "начала", "начале"}))
        part = 1;
    else if (any({"середина", "середины", "середине"}))
        part = 2;
    else if (any({"конец", "конца", "конце"}))
        part = 3;
    const int m = month_of(wd());
    if (!m) return fail();
    ++i_;
    pt.m = m;
    if (part) {
        pt.d1 = 10 * (part - 1) + 1;
        pt.d2 = part == 3 ? 31 : 10 * part;
        pt.clamp = true;
    }
    if (!attach_year(pt)) return fail();
    return pt;
}

// «1-15 сентября 2024», «1 по 15 сентября» (after «с»)
bool Parser::day_range(Item& out) {
    const std::size_t save = i_;
    const Tok* a = peek();
    if (!a || a->t != T::num || a->nd > 2 || a->v < 1 || a->v > 31) return false;
    ++i_;
    if (!kind(T::dash) && !any({"по", "до"})) {
        i_ = save;
        return false;
    }
    const Tok* b = peek();
    if (!b || b->t != T::num || b->nd > 2 || b->v < 1 || b->v > 31) {
        i_ = save;
        return false;
    }
    ++i_;
    const int m = month_of(wd());
    if (!m) {
        i_ = save;
        return false;
    }
    ++i_;
    Point pt;
    pt.m = m;
    if (!attach_year(pt)) {
        i_ = save;
        return false;
    }
    out = Item{};
    out.m1 = out.m2 = m;
    out.d1 = a->v;
    out.d2 = b->v;
    out.y1 = out.y2 = pt.y;
    return true;
}

std::optional<Item> Parser::item() {
    const std::size_t save = i_;
    auto fail = [&]() -> std::optional<Item> {
        i_ = save;
        return std::nullopt;
    };
    any({"в", "во", "на"});
    (void)(word("течение") || word("протяжении"));  // «ежегодно, в течение сентября»
    // Deadlines: «до 1 октября 2024», «к 1 сентября», «не позднее 30.09.2024», «до конца мая».
    {
        const std::size_t before = i_;
        bool by_end = false;
        if (any({"до", "к", "ко"}) || seq({"не", "позднее"}) || seq({"не", "позже"}) || seq({"срок", "до"}) ||
            seq({"в", "срок", "до"}) || (by_end = word("по"))) {
            if (any({"конца", "концу", "окончания", "окончанию"})) by_end = true;
            const bool by_middle = !by_end && in(wd(), {"середины", "середине"});  // «до середины октября»: the 15th
            if (auto pt = point()) {
                if (by_middle) {
                    pt->d1 = 15;
                    pt->clamp = false;
                }
                Item it;
                it.deadline = true;
                it.m1 = it.m2 = pt->m;
                it.y1 = it.y2 = pt->y;
                it.d1 = 1;  // only the end (the due date) is used
                if (by_end) {
                    it.d2 = pt->d2;  // 0 = end of month
                    it.clamp = pt->clamp;
                } else {
                    it.d2 = pt->d1 ? pt->d1 : 1;
                }
                return it;
            }
            if (auto ys = year_spec()) {  // «до конца 2024 года»
                if (!by_end || !(ys->single_calendar() || ys->school)) return fail();
                Item it;
                it.deadline = true;
                const DateRange r = ys->range();
                it.m1 = it.m2 = int(r.end.month());
                it.d1 = it.d2 = int(r.end.day());
                it.y1 = it.y2 = r.end.year();
                return it;
            }
            return fail();
        }
        i_ = before;
    }
    // «с 1 по 15 сентября», «с 01.09.2024 по 30.09.2024», «с сентября по декабрь»
    if (any({"с", "со"})) {
        Item it;
        if (day_range(it)) return it;
        auto a = point();
        if (!a) return fail();
        if (!any({"по", "до"}) && !kind(T::dash)) return fail();
        auto b = point();
        if (!b) return fail();
        return span_of(*a, *b);
    }
    {
        Item it;
        if (day_range(it)) return it;
    }
    // Years: «2024 г.», «2023-2024 уч.г.»
    if (auto ys = year_spec()) {
        Item it;
        const DateRange r = ys->range();
        it.m1 = int(r.start.month());
        it.d1 = 1;
        it.y1 = r.start.year();
        it.m2 = int(r.end.month());
        it.d2 = int(r.end.day());
        it.y2 = r.end.year();
        it.whole_year = true;
        return it;
    }
    // «I квартал 2024», «2 четверть», «первое полугодие»
    {
        const std::size_t before = i_;
        if (auto n = ordinal()) {
            const auto w = wd();
            Item it;
            bool ok = false;
            bool calendar_by_year = false;
            if ((starts_with(w, "квартал") || w == "кв") && *n <= 4) {
                ++i_;
                const bool school = opt_.kvartal_mode == QuarterMode::school;
                ok = true;
                if (school) {
                    static constexpr int sm[4][2] = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};
                    it.m1 = sm[*n - 1][0];
                    it.m2 = sm[*n - 1][1];
                } else {
                    it.m1 = 3 * *n - 2;
                    it.m2 = 3 * *n;
                }
            } else if (starts_with(w, "четверт") && *n <= 4) {
                ++i_;
                ok = true;
                if (opt_.quarter_mode == QuarterMode::school) {
                    static constexpr int sm[4][2] = {{9, 10}, {11, 12}, {1, 3}, {4, 5}};
                    it.m1 = sm[*n - 1][0];
                    it.m2 = sm[*n - 1][1];
                } else {
                    it.m1 = 3 * *n - 2;
                    it.m2 = 3 * *n;
                }
            } else if (starts_with(w, "полугод") && *n <= 2) {
                ++i_;
                ok = true;
                calendar_by_year = true;
            }
            if (ok) {
                const std::size_t ybefore = i_;
                auto ys = year_spec();
                if (calendar_by_year) {
                    const bool school = ys ? ys->school : school_aligned(p_);
                    if (school) {
                        it.m1 = *n == 1 ? 9 : 1;
                        it.m2 = *n == 1 ? 12 : 5;
                    } else {
                        it.m1 = *n == 1 ? 1 : 7;
                        it.m2 = *n == 1 ? 6 : 12;
                    }
                }
                if (ys) {
                    if (ys->single_calendar()) {
                        it.y1 = ys->y1;
                    } else if (ys->school && ys->y2 == ys->y1 + 1) {
                        it.y1 = it.m1 >= 9 ? ys->y1 : ys->y2;
                    } else {
                        i_ = ybefore;
                        return fail();
                    }
                }
                it.complete_years();
                return it;
            }
            i_ = before;
        }
    }
    // «Сентябрь 2024», «Сентябрь - октябрь 2023», «01.09.2024 - 30.09.2024»
    auto a = point();
    if (!a) return fail();
    {
        const std::size_t before = i_;
        if (kind(T::dash) || any({"по"})) {
            if (auto b = point()) return span_of(*a, *b);
        }
        i_ = before;
    }
    return span_of(*a, *a);
}

bool Parser::item_list(std::vector<Item>& out) {
    const std::size_t save = i_;
    auto first = item();
    if (!first) return false;
    out.push_back(*first);
    while (!done()) {
        const std::size_t before = i_;
        while (kind(T::comma) || kind(T::semi) || kind(T::slash) || any({"и", "а", "также", "или"})) {}
        auto next = item();
        if (!next) {
            i_ = before;
            break;
        }
        out.push_back(*next);
        if (out.size() > 64) break;
    }
    if (!done()) {
        i_ = save;
        out.clear();
        return false;
    }
    return true;
}

// «Не менее 3 раз в год», «2 раза в год», «дважды в год», «раз в квартал», «1 раз в месяц»
std::optional<std::pair<int, Unit>> Parser::count_phrase() {
    const std::size_t save = i_;
    auto fail = [&]() -> std::optional<std::pair<int, Unit>> {
        i_ = save;
        return std::nullopt;
    };
    (void)(seq({"не", "менее"}) || seq({"не", "реже"}) || seq({"не", "более"}) || seq({"не", "меньше"}) ||
           seq({"как", "минимум"}) || word("минимум") || seq({"хотя", "бы"}) || word("до"));
    int n = 0;
    const Tok* t = peek();
    if (!t) return fail();
    if (t->t == T::num && t->nd <= 3 && t->v >= 1 && t->v <= 366) {
        n = t->v;
        ++i_;
        if (!any({"раз", "раза"})) return fail();
    } else if (any({"дважды"})) {
        n = 2;
    } else if (any({"трижды"})) {
        n = 3;
    } else if (any({"четырежды"})) {
        n = 4;
    } else if (int c = count_word(wd())) {
        n = c;
        ++i_;
        if (!any({"раз", "раза"})) return fail();
    } else if (any({"раз"})) {
        n = 1;
    } else {
        return fail();
    }
    if (!(seq({"в", "течение"}) || any({"в", "во", "за", "на"}))) return fail();
    any({"каждый", "каждую", "каждое", "каждом", "один", "одну", "одно", "течение"});
    const auto w = wd();
    Unit u;
    if (in(w, {"год", "года", "году"})) {
        ++i_;
        u = Unit::year;
    } else if (in(w, {"учебный", "учебного", "учебном", "календарный", "календарного", "календарном"}) &&
               in(wd(1), {"год", "года", "году"})) {
        i_ += 2;
        u = Unit::year;
    } else if (starts_with(w, "полугод")) {
        ++i_;
        u = Unit::half;
    } else if (starts_with(w, "квартал")) {
        ++i_;
        u = Unit::quarter;
    } else if (starts_with(w, "четверт")) {
        ++i_;
        u = Unit::quarter;
        opt_.kvartal_mode = opt_.quarter_mode;
    } else if (starts_with(w, "месяц")) {
        ++i_;
        u = Unit::month;
    } else if (in(w, {"неделю", "недели", "неделе", "неделя"})) {
        ++i_;
        u = Unit::week;
    } else if (in(w, {"день", "дня", "сутки"})) {
        ++i_;
        u = Unit::day;
    } else
        return fail();
    return std::pair{n, u};
}

// Word-only frequency texts: «Каждую четверть», «Раз в квартал», «ежеквартально»,
// «ежемесячно», «по итогам каждой четверти», «ежегодно», «еженедельно».
std::optional<Unit> Parser::family() {
    std::optional<Unit> unit;
    bool school_word = false;
    for (std::size_t k = 0; k < t_.size(); ++k) {
        const Tok& t = t_[k];
        if (t.t == T::comma) continue;
        // «1 раз в квартал»; a bare «1 квартал» is the first quarter, not a frequency
        if (t.t == T::num && t.v == 1 && t.nd == 1 && k + 1 < t_.size() && t_[k + 1].s == "раз") continue;
        if (t.t != T::word) return std::nullopt;
        const std::string_view w = t.s;
        std::optional<Unit> u;
        if (in(w,
               {"раз",    "в",      "во",         "каждый",    "каждую", "каждой", "каждого",   "каждое",    "каждом",
                "каждые", "каждых", "по",         "итогам",    "итогу",  "конце",  "окончании", "окончанию", "один",
                "одну",   "одно",   "проводится", "проводить", "не",     "реже",   "менее"}))
            continue;
        if (starts_with(w, "квартал") || starts_with(w, "ежекварт") || starts_with(w, "поквартал"))
            u = Unit::quarter;
        else if (starts_with(w, "четверт") || starts_with(w, "ежечетверт")) {
            u = Unit::quarter;
            school_word = true;
        } else if (starts_with(w, "месяц") || starts_with(w, "ежемесяч") || starts_with(w, "помесяч"))
            u = Unit::month;
        else if (starts_with(w, "полугод") || starts_with(w, "ежеполугод"))
            u = Unit::half;
        else if (starts_with(w, "ежегод") || in(w, {"год", "года", "году"}))
            u = Unit::year;
        else if (starts_with(w, "еженедел") || starts_with(w, "недел"))
            u = Unit::week;
        else if (starts_with(w, "ежеднев") || in(w, {"день", "дня"}))
            u = Unit::day;
        else
            return std::nullopt;
        if (unit && *unit != *u) return std::nullopt;
        unit = u;
    }
    if (school_word) opt_.kvartal_mode = opt_.quarter_mode;
    return unit;
}

// ---------------------------------------------------------------- builders

std::optional<int> Parser::choose_year(const Item& it, BuildError& err) const {
    const int from = p_.start.year() - 1, to = p_.end.year();
    BuildError first_err = BuildError::none;
    std::optional<int> overlapping;
    for (int y = from; y <= to; ++y) {
        BuildError e;
        auto r = build(it, y, end_year(it, y), e);
        if (!r) {
            if (first_err == BuildError::none) first_err = e;
            continue;
        }
        if (contains(p_, *r)) return y;
        if (!overlapping && intersect(p_, *r)) overlapping = y;
    }
    if (overlapping) return overlapping;
    std::optional<int> best;
    long best_d = 0;
    for (int y = from; y <= to + 1; ++y) {
        BuildError e;
        auto r = build(it, y, end_year(it, y), e);
        if (!r) {
            if (first_err == BuildError::none) first_err = e;
            continue;
        }
        const long d = distance(*r, p_);
        if (!best || d < best_d) {
            best = y;
            best_d = d;
        }
    }
    if (!best) err = first_err == BuildError::none ? BuildError::no_such_date : first_err;
    return best;
}

std::optional<Schedule> Parser::resolve_list(std::vector<Item> items) {
    for (auto& it : items) it.complete_years();
    // A bare calendar year closing a list of yearless items is their year: «до 1 октября; 2024»
    // (a cell split over two lines), «сентябрь, октябрь; 2024».
    if (items.size() > 1 && items.back().whole_year && items.back().y1 == items.back().y2 && items.back().m1 == 1 &&
        std::none_of(items.begin(), items.end() - 1, [](const Item& it) { return it.has_year(); })) {
        const int y = items.back().y1;
        items.pop_back();
        items.back().y1 = y;
        items.back().complete_years();
    }
    // Missing years from the next item that has one, then from the previous one (a whole-year
    // item is no anchor: it says nothing about the months around it).
    for (std::size_t k = items.size(); k-- > 1;) {
        Item& prev = items[k - 1];
        const Item& next = items[k];
        if (prev.has_year() || !next.has_year() || next.whole_year) continue;
        prev.y2 = prev.key2() <= next.key1() || prev.key1() <= next.key1() ? next.y1 : next.y1 - 1;
        prev.y1 = 0;
        prev.complete_years();
    }
    for (std::size_t k = 1; k < items.size(); ++k) {
        Item& cur = items[k];
        const Item& prev = items[k - 1];
        if (cur.has_year() || !prev.has_year() || prev.whole_year) continue;
        cur.y1 = cur.key1() >= prev.key1() ? prev.y2 : prev.y2 + 1;
        cur.complete_years();
    }
    std::vector<DateRange> out;
    for (const auto& it : items) {
        BuildError err = BuildError::none;
        int y1 = it.y1;
        if (!it.has_year()) {
            auto y = choose_year(it, err);
            if (!y) return unscheduled(build_error_text(err));
            y1 = *y;
        }
        auto r = build(it, y1, it.y2 ? it.y2 : end_year(it, y1), err);
        if (!r) return unscheduled(build_error_text(err));
        if (it.deadline) {
            out.push_back(r->end < p_.start ? DateRange{r->end, r->end} : DateRange{p_.start, r->end});
        } else {
            out.push_back(*r);
        }
    }
    normalize(out);
    const auto k = out.size() == 1 ? ScheduleKind::window : ScheduleKind::recurring;
    return with_windows(k, std::move(out));
}

std::optional<Schedule> Parser::resolve_recurring(const std::vector<Item>& items) {
    std::vector<DateRange> out;
    std::vector<Date> dues;
    for (const auto& it0 : items) {
        Item it = it0;
        it.complete_years();
        if (it.has_year()) {  // an explicit year inside «ежегодно …» stays as written
            BuildError err;
            auto r = build(it, it.y1, it.y2, err);
            if (!r) return unscheduled(build_error_text(err));
            if (it.deadline)
                dues.push_back(r->end);
            else
                out.push_back(*r);
            continue;
        }
        bool any_built = false;
        BuildError last = BuildError::none;
        for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
            BuildError err;
            auto r = build(it, y, end_year(it, y), err);
            if (!r) {
                last = err;
                continue;
            }
            any_built = true;
            if (it.deadline) {
                if (r->end >= p_.start && r->end <= p_.end) dues.push_back(r->end);
            } else if (auto c = intersect(*r, p_)) {
                out.push_back(*c);
            }
        }
        if (!any_built) return unscheduled(build_error_text(last));
    }
    std::sort(dues.begin(), dues.end());
    dues.erase(std::unique(dues.begin(), dues.end()), dues.end());
    Date from = p_.start;
    for (const Date& d : dues) {
        out.push_back(DateRange{std::min(from, d), d});
        from = d.plus_days(1);
    }
    if (out.empty()) return unscheduled("no occurrence within the period");
    return with_windows(ScheduleKind::recurring, std::move(out));
}

std::optional<Schedule> Parser::year_window(const YearSpec& ys) const {
    const DateRange r = ys.range();
    if (auto c = intersect(r, p_)) return with_windows(ScheduleKind::whole_period, {*c});
    return with_windows(ScheduleKind::window, {r});
}

std::vector<DateRange> Parser::per_year() const {
    std::vector<DateRange> out;
    const bool school = school_aligned(p_);
    for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
        const DateRange r =
            school ? DateRange{Date{y, 9, 1}, Date{y + 1, 8, 31}} : DateRange{Date{y, 1, 1}, Date{y, 12, 31}};
        if (auto c = intersect(r, p_)) out.push_back(*c);
    }
    return out;
}

std::vector<DateRange> Parser::quarters(QuarterMode mode) const {
    std::vector<DateRange> out;
    for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
        std::array<DateRange, 4> q{};
        if (mode == QuarterMode::school) {
            q = {DateRange{Date{y, 9, 1}, Date{y, 10, 31}}, DateRange{Date{y, 11, 1}, Date{y, 12, 31}},
                 DateRange{Date{y + 1, 1, 1}, Date{y + 1, 3, 31}}, DateRange{Date{y + 1, 4, 1}, Date{y + 1, 5, 31}}};
        } else {
            q = {DateRange{Date{y, 1, 1}, Date{y, 3, 31}}, DateRange{Date{y, 4, 1}, Date{y, 6, 30}},
                 DateRange{Date{y, 7, 1}, Date{y, 9, 30}}, DateRange{Date{y, 10, 1}, Date{y, 12, 31}}};
        }
        for (const auto& r : q)
            if (auto c = intersect(r, p_)) out.push_back(*c);
    }
    return out;
}

std::vector<DateRange> Parser::halves(bool school) const {
    std::vector<DateRange> out;
    for (int y = p_.start.year() - 1; y <= p_.end.year(); ++y) {
        std::array<DateRange, 2> h{};
        if (school)
            h = {DateRange{Date{y, 9, 1}, Date{y, 12, 31}}, DateRange{Date{y + 1, 1, 1}, Date{y + 1, 5, 31}}};
        else
            h = {DateRange{Date{y, 1, 1}, Date{y, 6, 30}}, DateRange{Date{y, 7, 1}, Date{y, 12, 31}}};
        for (const auto& r : h)
            if (auto c = intersect(r, p_)) out.push_back(*c);
    }
    return out;
}

std::vector<DateRange> Parser::months() const {
    std::vector<DateRange> out;
    for (int y = p_.start.year(); y <= p_.end.year(); ++y)
        for (int m = 1; m <= 12; ++m)
            if (auto c = intersect(DateRange{Date{y, unsigned(m), 1}, Date{y, unsigned(m), unsigned(eom(y, m))}}, p_))
                out.push_back(*c);
    return out;
}

Schedule Parser::units(Unit u, int n) const {
    auto count = [&](int times) {
        Schedule s = with_windows(ScheduleKind::count_per_year, per_year());
        s.times_per_year = times;
        return s;
    };
    auto recurring = [](std::vector<DateRange> w) {
        if (w.empty()) return unscheduled("no occurrence within the period");  // summer has no school quarter
        return with_windows(ScheduleKind::recurring, std::move(w));
    };
    switch (u) {
        case Unit::year:
            return count(n);
        case Unit::half:
            return n == 1 ? recurring(halves(school_aligned(p_))) : count(2 * n);
        case Unit::quarter:
            return n == 1 ? recurring(quarters(opt_.kvartal_mode)) : count(4 * n);
        case Unit::month:
            return n == 1 ? recurring(months()) : count(12 * n);
        case Unit::week:
        case Unit::day:
            return with_windows(ScheduleKind::whole_period, {p_});
    }
    return unscheduled("not understood");
}

// The tokens from i_ on as the windows of a yearly recurrence.
std::optional<Schedule> Parser::parse_rest_as_recurring() {
    while (kind(T::colon) || kind(T::dash) || kind(T::comma)) {}
    std::vector<Item> items;
    if (!item_list(items)) return std::nullopt;
    return resolve_recurring(items);
}

// Monthly with a day of the month, or within a span of months: «до 5 числа каждого месяца»,
// «ежемесячно, до 5 числа», «ежемесячно до 10-го числа», «до 15 числа» (a day without a month
// is a day of every month), «5 числа каждого месяца», «ежемесячно (сентябрь-май)», «ежемесячно
// с сентября по май до 5 числа». With a day: the dues are that day of every month of the
// period (the month's last day when shorter), and «до»/«к»/«не позднее» windows run from the
// day after the previous due (or the period's start); without «до» the window is the day
// itself. Without a day: each month of the span, clipped to the period.
std::optional<Schedule> Parser::monthly() {
    bool every_month = false, by = false;
    int day = 0;
    std::vector<Tok> rest;
    for (std::size_t k = 0; k < t_.size(); ++k) {
        const Tok& t = t_[k];
        const std::string_view w = t.t == T::word ? std::string_view(t.s) : std::string_view();
        auto w_at = [&](std::size_t j) {
            return j < t_.size() && t_[j].t == T::word ? std::string_view(t_[j].s) : std::string_view();
        };
        if (starts_with(w, "ежемесячн") || starts_with(w, "помесячн")) {
            every_month = true;
            continue;
        }
        if (in(w, {"каждого", "каждый", "каждом", "каждое"}) && starts_with(w_at(k + 1), "месяц")) {
            every_month = true;
            ++k;
            continue;
        }
        // «(не реже) 1 раз(а) в месяц»
        {
            std::size_t j = k;
            if (w == "не" && in(w_at(k + 1), {"реже", "менее"})) j += 2;
            if (j < t_.size() && t_[j].t == T::num && t_[j].v == 1) ++j;
            else if (in(w_at(j), {"один", "одного"})) ++j;
            if (in(w_at(j), {"раз", "раза"}) && in(w_at(j + 1), {"в", "за"}) && starts_with(w_at(j + 2), "месяц")) {
                every_month = true;
                k = j + 2;
                continue;
            }
        }
        if (t.t == T::num && t.nd <= 2 && t.v >= 1 && t.v <= 31 && !day) {
            std::size_t j = k + 1;
            if (j + 1 < t_.size() && t_[j].t == T::dash && in(w_at(j + 1), {"го", "е", "ого", "ое", "й"})) j += 2;
            else if (in(w_at(j), {"го", "ого"})) j += 1;
            const bool numbered = in(w_at(j), {"числа", "число", "чис", "числу"});
            // «ежемесячно до 5»: a bare day after «до» in a monthly text
            const bool bare = !numbered && j >= t_.size() && k > 0 && in(w_at(k - 1), {"до", "к", "позднее"});
            if (numbered || bare) {
                day = t.v;
                if (k > 0 && in(w_at(k - 1), {"до", "к", "ко", "позднее", "позже"})) by = true;
                while (!rest.empty() && rest.back().t == T::word &&
                       in(rest.back().s, {"до", "к", "ко", "не", "позднее", "позже", "срок", "в"}))
                    rest.pop_back();
                k = numbered ? j : j - 1;
                if (in(w_at(k + 1), {"месяца", "месяц"})) ++k;  // «до 5 числа месяца»
                continue;
            }
        }
        rest.push_back(t);
    }
    if (!day && !every_month) return std::nullopt;
    // What is left: nothing, or the months it runs in; a few connecting words allowed.
    std::vector<Tok> months_toks;
    for (auto& t : rest) {
        if (t.t == T::comma || t.t == T::lparen || t.t == T::rparen || t.t == T::colon || t.t == T::semi) continue;
        if (t.t == T::word && in(t.s, {"следующего", "следующий", "за", "отчетным", "отчетный", "месяцем", "месяца",
                                       "проводится", "ежегодно"}))
            continue;
        months_toks.push_back(t);
    }
    if (day && months_toks.empty()) every_month = true;  // «до 15 числа»: a day without a month
    if (!every_month) return std::nullopt;
    std::vector<bool> allowed(13, true);
    DateRange limit = p_;
    if (!months_toks.empty()) {
        while (!months_toks.empty() && months_toks.front().t == T::dash) months_toks.erase(months_toks.begin());
        if (!months_toks.empty() && months_toks.front().t == T::word &&
            in(months_toks.front().s, {"в", "течение", "на", "протяжении"})) {
            // «ежемесячно в течение учебного года»: the whole period; «в течение 2024-2025
            // учебного года, ежемесячно»: the months of that span
            std::vector<Tok> probe(months_toks.begin(), months_toks.end());
            if (!whole_period_phrase(probe)) {
                auto span = Parser(probe, p_, opt_).run();
                if (!span || span->windows.size() != 1 ||
                    (span->kind != ScheduleKind::whole_period && span->kind != ScheduleKind::window))
                    return std::nullopt;
                auto c = intersect(span->windows[0], p_);
                if (!c) return unscheduled("no occurrence within the period");
                limit = *c;
            }
        } else {
            Parser sub(months_toks, p_, opt_);
            std::vector<Item> items;
            if (!sub.item_list(items) || items.size() != 1 || items[0].deadline || items[0].d1 || items[0].d2)
                return std::nullopt;
            if (items[0].has_year()) {  // «ежемесячно с сентября 2024 по май 2025»: the months of that span
                Item it = items[0];
                it.complete_years();
                BuildError err;
                auto span = build(it, it.y1, it.y2, err);
                if (!span) return unscheduled(build_error_text(err));
                auto c = intersect(*span, p_);
                if (!c) return unscheduled("no occurrence within the period");
                limit = *c;
            }
            std::fill(allowed.begin(), allowed.end(), false);
            for (int m = items[0].m1;; m = m % 12 + 1) {
                allowed[static_cast<std::size_t>(m)] = true;
                if (m == items[0].m2) break;
            }
        }
    }
    std::vector<DateRange> out;
    Date from = limit.start;
    for (int y = limit.start.year(); y <= limit.end.year(); ++y)
        for (int m = 1; m <= 12; ++m) {
            if (!allowed[static_cast<std::size_t>(m)]) continue;
            const DateRange month{Date{y, unsigned(m), 1}, Date{y, unsigned(m), unsigned(eom(y, m))}};
            if (!day) {
                if (auto c = intersect(month, limit)) out.push_back(*c);
                continue;
            }
            const Date due{y, unsigned(m), unsigned(std::min(day, eom(y, m)))};
            if (due < limit.start || due > limit.end) continue;
            if (by) {
                out.push_back(DateRange{std::min(from, due), due});
                from = due.plus_days(1);
            } else {
                out.push_back(DateRange{due, due});
            }
        }
    if (out.empty()) return unscheduled("no occurrence within the period");
    return with_windows(ScheduleKind::recurring, std::move(out));
}

// The school year's edges, every school year of the period (or the one named): «в конце
// учебного года», «конец учебного года», «по окончании/по итогам/по завершении учебного года»
// → 15-31 May (lessons end by 31 May, most schools' last weeks); «до конца/к концу/до
// окончания учебного года» → due by 31 May; «в начале учебного года» → September.
std::optional<Schedule> Parser::school_year_edge() {
    i_ = 0;
    int edge = 0;  // 1 end, 2 by the end, 3 start, 4 by the start
    any({"ежегодно"});
    while (kind(T::comma) || kind(T::dash)) {}
    if (seq({"до", "начала"}) || seq({"к", "началу"}) || seq({"до", "старта"}))
        edge = 4;
    else if (seq({"в", "конце"}) || word("конец") || seq({"на", "конец"}) || seq({"по", "окончании"}) ||
        seq({"по", "завершении"}) || seq({"по", "итогам"}) || seq({"после", "окончания"}) || seq({"после", "завершения"}))
        edge = 1;
    else if (seq({"до", "конца"}) || seq({"к", "концу"}) || seq({"до", "окончания"}) || seq({"до", "завершения"}))
        edge = 2;
    else if (seq({"в", "начале"}) || word("начало") || seq({"с", "начала"}) || seq({"на", "начало"}))
        edge = 3;
    if (!edge) return std::nullopt;
    // «в начале и в конце учебного года»: both edges
    bool and_end = false;
    if (edge == 3 && (seq({"и", "в", "конце"}) || seq({"и", "конце"}) || seq({"и", "конец"}))) and_end = true;
    any({"каждого", "текущего", "данного"});
    std::optional<YearSpec> named;
    if (any({"учебного", "уч"}) || (wd() == "у" && wd(1) == "г")) {
        if (wd() == "у") i_ += 2;
        else if (!any({"года", "год", "г"})) return std::nullopt;
    } else if (auto ys = year_spec(); ys && ys->school) {
        named = ys;
    } else {
        return std::nullopt;
    }
    if (!done()) {
        if (!named) {
            if (auto ys = year_spec(); ys && ys->school) named = ys;  // «в конце учебного года 2024-2025»
        }
        while (kind(T::comma) || kind(T::semi)) {}
        if (!done() && !any({"ежегодно"})) return std::nullopt;
        if (!done()) return std::nullopt;
    }
    Item it;
    if (edge == 4) {  // by the day before 1 September
        it.deadline = true;
        it.m1 = it.m2 = 8;
        it.d1 = 1;
        it.d2 = 31;
    } else if (edge == 3) {
        it.m1 = it.m2 = 9;
    } else if (edge == 1) {
        it.m1 = it.m2 = 5;
        it.d1 = 15;
        it.d2 = 31;
    } else {
        it.deadline = true;
        it.m1 = it.m2 = 5;
        it.d1 = 1;
        it.d2 = 31;
    }
    std::vector<Item> items{it};
    if (and_end) {
        Item end;
        end.m1 = end.m2 = 5;
        end.d1 = 15;
        end.d2 = 31;
        items.push_back(end);
    }
    if (named) {
        items[0].y1 = items[0].y2 = named->y2 - (edge >= 3 ? 1 : 0);
        if (and_end) items[1].y1 = items[1].y2 = named->y2;
        return resolve_list(items);
    }
    return resolve_recurring(items);
}

// A first date, then every year: «Сентябрь 2024, далее ежегодно», «до 1 октября 2023 г. и
// далее ежегодно», «октябрь, далее - ежегодно», «май 2024 г., затем ежегодно». The first
// window is repeated a year later, and so on, over the period; the repeats outside the period
// are dropped (the first one too, unless nothing is left, when it stays as written).
std::optional<Schedule> Parser::then_yearly() {
    std::size_t end = t_.size();
    auto w_at = [&](std::size_t j) { return j < t_.size() && t_[j].t == T::word ? std::string_view(t_[j].s) : std::string_view(); };
    if (end == 0) return std::nullopt;
    std::size_t cut = end;
    if (in(w_at(end - 1), {"ежегодно", "ежегодное", "ежегодный"})) cut = end - 1;
    else if (end >= 2 && in(w_at(end - 2), {"каждый", "каждого"}) && in(w_at(end - 1), {"год", "года"})) cut = end - 2;
    else if (end >= 4 && w_at(end - 3) == "раз" && in(w_at(end - 2), {"в", "за"}) && w_at(end - 1) == "год" &&
             in(w_at(end - 4), {"далее", "затем"}))  // «…, далее раз в год»
        cut = end - 3;
    else if (end >= 5 && t_[end - 4].t == T::num && t_[end - 4].v == 1 && w_at(end - 3) == "раз" &&
             in(w_at(end - 2), {"в", "за"}) && w_at(end - 1) == "год" && in(w_at(end - 5), {"далее", "затем"}))
        cut = end - 4;  // «…, далее 1 раз в год»
    else {
        // «До 1 октября 2024 г., далее – ежегодно до 1 октября»: the tail restates the head yearly
        for (std::size_t k = 1; k + 1 < end; ++k) {
            if (w_at(k) != "ежегодно") continue;
            std::size_t j = k;
            while (j > 0 && (t_[j - 1].t == T::dash || t_[j - 1].t == T::comma)) --j;
            if (!in(w_at(j - 1), {"далее", "затем", "дальнейшем"})) continue;
            Parser tail(std::vector<Tok>(t_.begin() + static_cast<std::ptrdiff_t>(k + 1), t_.end()), p_, opt_);
            std::vector<Item> tail_items;
            if (!tail.item_list(tail_items)) return std::nullopt;
            for (auto& ti : tail_items)
                if (ti.has_year()) return std::nullopt;
            cut = k;
            end = k + 1;
            break;
        }
        if (cut == t_.size()) return std::nullopt;
    }
    bool marker = false;
    while (cut > 0) {
        const Tok& t = t_[cut - 1];
        if (t.t == T::dash || t.t == T::comma || t.t == T::colon || t.t == T::semi) {
            --cut;
            continue;
        }
        if (t.t == T::word && in(t.s, {"далее", "затем", "потом", "впоследствии", "и", "а", "также"})) {
            marker = true;
            --cut;
            continue;
        }
        if (t.t == T::word && t.s == "дальнейшем" && cut >= 2 && w_at(cut - 2) == "в") {
            marker = true;
            cut -= 2;
            continue;
        }
        break;
    }
    (void)marker;  // «Август, ежегодно», «Сентябрь 2024 ежегодно»: the repeat needs no «далее»
    if (cut == 0) return std::nullopt;
    Parser head(std::vector<Tok>(t_.begin(), t_.begin() + static_cast<std::ptrdiff_t>(cut)), p_, opt_);
    std::vector<Item> items;
    if (!head.item_list(items)) return std::nullopt;
    std::vector<Item> repeated;
    for (auto it : items) {
        it.complete_years();
        if (!it.has_year() || it.whole_year) {
            repeated.push_back(it);
            continue;
        }
        std::vector<Item> copies;
        for (int k = 0; it.y1 + k <= p_.end.year() + 1 && k <= 60; ++k) {
            Item c = it;
            c.y1 += k;
            c.y2 += k;
            BuildError err;
            auto r = build(c, c.y1, c.y2, err);
            if (!r) continue;
            const bool inside = it.deadline ? (r->end >= p_.start && r->end <= p_.end) : intersect(*r, p_).has_value();
            if (inside) copies.push_back(c);
        }
        if (copies.empty()) copies.push_back(it);
        for (auto& c : copies) repeated.push_back(c);
    }
    return resolve_recurring(repeated);
}

// From a start on: «с 01.09.2024», «начиная с сентября 2024 г.» → from that start to the
// period's end; «ежегодно, начиная с сентября 2024 г.», «с сентября 2024 г. ежегодно» → that
// window and its yearly repeats (as «Сентябрь 2024, далее ежегодно»).
std::optional<Schedule> Parser::open_start() {
    i_ = 0;
    bool yearly = false;
    if (any({"ежегодно"})) {
        yearly = true;
        while (kind(T::comma) || kind(T::dash)) {}
    }
    const bool starting = word("начиная");
    if (!any({"с", "со"})) return std::nullopt;
    if (!starting && !yearly && done()) return std::nullopt;
    auto pt = point();
    if (!pt || !pt->y) return std::nullopt;
    while (kind(T::comma) || kind(T::dash)) {}
    if (any({"ежегодно"}) || seq({"и", "далее", "ежегодно"})) yearly = true;
    if (!done()) return std::nullopt;
    Item it = span_of(*pt, *pt);
    if (yearly) {
        std::vector<Tok> head(t_.begin(), t_.end());
        std::vector<Tok> rebuilt;
        // the same as «<point>, далее ежегодно»
        Tok dalee;
        dalee.t = T::word;
        dalee.s = "далее";
        Tok every;
        every.t = T::word;
        every.s = "ежегодно";
        std::size_t from = 0;
        while (from < head.size() && !(head[from].t == T::word && in(head[from].s, {"с", "со"}))) ++from;
        for (std::size_t k = from + 1; k < head.size(); ++k) {
            if (head[k].t == T::word && head[k].s == "ежегодно") break;
            if (head[k].t == T::comma || head[k].t == T::dash) continue;
            if (head[k].t == T::word && in(head[k].s, {"и", "далее"})) continue;
            rebuilt.push_back(head[k]);
        }
        rebuilt.push_back(dalee);
        rebuilt.push_back(every);
        return Parser(rebuilt, p_, opt_).then_yearly();
    }
    BuildError err;
    auto r = build(it, it.y1, end_year(it, it.y1), err);
    if (!r) return unscheduled(build_error_text(err));
    if (r->start > p_.end) return with_windows(ScheduleKind::window, {DateRange{r->start, r->start}});
    return with_windows(ScheduleKind::window, {DateRange{r->start, p_.end}});
}

// «I и II полугодие», «1, 2 четверть», «по итогам I и II полугодия» → each ordinal with its unit:
// «I полугодие и II полугодие».
void spread_ordinal_units(std::vector<Tok>& t) {
    auto ordinal_at = [&](std::size_t k) {
        if (k >= t.size()) return false;
        if (t[k].t == T::num) return t[k].nd == 1 && t[k].v >= 1 && t[k].v <= 4;
        return t[k].t == T::word && ordinal_word(t[k].s) != 0;
    };
    auto unit_at = [&](std::size_t k) {
        return k < t.size() && t[k].t == T::word &&
               (starts_with(t[k].s, "полугод") || starts_with(t[k].s, "четверт") || starts_with(t[k].s, "квартал") ||
                t[k].s == "кв");
    };
    for (std::size_t k = 0; k < t.size(); ++k) {
        if (!ordinal_at(k)) continue;
        std::size_t j = k;  // the run of ordinals «I и II», «1, 2 и 3»
        std::vector<std::size_t> ords{k};
        while (j + 2 < t.size() + 1 && j + 1 < t.size() &&
               (t[j + 1].t == T::comma || (t[j + 1].t == T::word && t[j + 1].s == "и")) && ordinal_at(j + 2)) {
            j += 2;
            ords.push_back(j);
        }
        if (ords.size() < 2 || !unit_at(j + 1)) continue;
        const Tok unit = t[j + 1];
        std::vector<Tok> out(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(k));
        for (std::size_t q = 0; q < ords.size(); ++q) {
            if (q) {
                Tok sep;
                sep.t = T::comma;
                out.push_back(sep);
            }
            out.push_back(t[ords[q]]);
            out.push_back(unit);
        }
        out.insert(out.end(), t.begin() + static_cast<std::ptrdiff_t>(j + 2), t.end());
        t = std::move(out);
        return;
    }
}

std::optional<Schedule> Parser::run() {
    if (t_.empty()) return std::nullopt;
    spread_ordinal_units(t_);
    if (auto s = open_start()) return s;
    if (auto s = then_yearly()) return s;
    if (auto s = monthly()) return s;
    if (auto s = school_year_edge()) return s;
    // Frequency words only.
    if (auto u = family()) return units(*u, 1);
    // «Не менее 3 раз в год», «2 раза в год май, ноябрь»
    i_ = 0;
    if (auto c = count_phrase()) {
        if (done()) return units(c->second, c->first);
        if (c->second != Unit::year) return std::nullopt;
        return parse_rest_as_recurring();
    }
    // «Ежегодно в мае, августе», «Ежегодно сентябрь-октябрь», «май, ноябрь ежегодно»
    i_ = 0;
    if (any({"ежегодно", "ежегодный", "ежегодная"}) || seq({"каждый", "год"}) || seq({"каждого", "года"})) {
        return parse_rest_as_recurring();
    }
    if (t_.size() > 1 && in(t_.back().s, {"ежегодно"}) && t_.back().t == T::word) {
        t_.pop_back();
        i_ = 0;
        auto r = parse_rest_as_recurring();
        return r;
    }
    // «В течение 2020-2021 учебного года», «в течение сентября», «за 2024 год»
    i_ = 0;
    if (seq({"в", "течение"}) || seq({"на", "протяжении"}) || seq({"в", "период"}) || word("за")) {
        const std::size_t after = i_;
        any({"всего", "весь", "всей", "целого"});
        if (auto ys = year_spec(); ys && done()) return year_window(*ys);
        i_ = after;
        std::vector<Item> items;
        if (!item_list(items)) return std::nullopt;
        return resolve_list(std::move(items));
    }
    // A single year item: «2024 г.», «в 2024 году», «2023-2024 уч.г.»
    i_ = 0;
    any({"в", "на"});
    if (auto ys = year_spec(); ys && done()) return year_window(*ys);
    // Plain dates, months, ranges and lists.
    i_ = 0;
    std::vector<Item> items;
    if (item_list(items)) return resolve_list(std::move(items));
    // «по итогам I полугодия», «в конце 2 четверти», «по окончании I полугодия 2024/2025 уч. г.»:
    // the period named (a quarter's, a half-year's end is read as the whole of it).
    i_ = 0;
    const bool end_of = seq({"в", "конце"}) || word("конец") || seq({"на", "конец"});
    if (end_of || seq({"по", "итогам"}) || seq({"по", "окончании"}) || seq({"по", "завершении"})) {
        items.clear();
        if (!item_list(items)) return std::nullopt;
        // «в конце 2024 года»: its December
        if (end_of && items.size() == 1 && items[0].whole_year && items[0].y1 == items[0].y2 && items[0].m1 == 1 &&
            items[0].m2 == 12)
            items[0].m1 = 12;
        return resolve_list(std::move(items));
    }
    return std::nullopt;
}

// ---------------------------------------------------------------- phrase checks

std::vector<std::string_view> words_of(const std::vector<Tok>& toks) {
    std::vector<std::string_view> w;
    for (const auto& t : toks)
        if (t.t == T::word) w.push_back(t.s);
    return w;
}

bool has_seq(const std::vector<std::string_view>& w, std::initializer_list<std::string_view> s) {
    if (w.size() < s.size()) return false;
    for (std::size_t i = 0; i + s.size() <= w.size(); ++i) {
        std::size_t k = 0;
        for (auto x : s) {
            if (w[i + k] != x) break;
            ++k;
        }
        if (k == s.size()) return true;
    }
    return false;
}

// «В течение года», «в течение всего периода реализации», «Весь период», «На регулярной
// основе», «постоянно», «в течение всего года».
bool whole_period_phrase(const std::vector<Tok>& toks) {
    std::vector<std::string_view> w;
    for (const auto& t : toks) {
        if (t.t == T::comma) continue;
        if (t.t != T::word) return false;
        if (in(t.s, {"всего", "весь", "всей", "целого", "всех", "текущего", "текущий", "данного"})) continue;
        w.push_back(t.s);
    }
    while (!w.empty() && in(w.back(), {"реализации", "дорожной", "карты", "программы", "программ", "проекта",
                                       "действия", "наставничества", "целевой", "модели", "плана", "мероприятий"}))
        w.pop_back();
    std::string joined;
    for (auto x : w) {
        if (!joined.empty()) joined += ' ';
        joined += x;
    }
    if (joined.rfind("ежегодно ", 0) == 0) joined = joined.substr(std::string_view("ежегодно ").size());
    return in(joined, {"в течение года",
                       "в течение учебного года",
                       "в течение календарного года",
                       "в течение периода",
                       "в течение срока",
                       "в течение",
                       "в течение учебного периода",
                       "на протяжении года",
                       "на протяжении учебного года",
                       "на протяжении периода",
                       "на протяжении срока",
                       "на протяжении",
                       "период",
                       "год",
                       "учебный год",
                       "в период",
                       "в течении года",
                       "в течении периода",
                       "на регулярной основе",
                       "на постоянной основе",
                       "постоянно",
                       "регулярно",
                       "систематически",
                       "круглогодично",
                       "в течение года постоянно",
                       "постоянно в течение года",
                       "регулярно в течение года",
                       "в течение года регулярно"});
}

// Phrases that leave the date to someone else.
std::optional<std::string> unscheduled_marker(const std::vector<Tok>& toks) {
    const auto w = words_of(toks);
    if (has_seq(w, {"по", "запросу"}) || has_seq(w, {"по", "запросам"}) || has_seq(w, {"по", "требованию"}) ||
        has_seq(w, {"по", "заявке"}) || has_seq(w, {"по", "заявкам"}))
        return "по запросу: no automatic due date";
    if (has_seq(w, {"по", "мере"}) || has_seq(w, {"по", "необходимости"}) || has_seq(w, {"при", "необходимости"}))
        return "по мере необходимости: no automatic due date";
    if (has_seq(w, {"по", "плану"}) || has_seq(w, {"по", "планам"}) || has_seq(w, {"согласно", "плану"}) ||
        has_seq(w, {"по", "отдельному"}) || has_seq(w, {"по", "графику"}) || has_seq(w, {"согласно", "графику"}))
        return "по плану другой организации: no automatic due date";
    if (has_seq(w, {"в", "соответствии"}) || has_seq(w, {"согласно"}) || has_seq(w, {"в", "сроки"}) ||
        has_seq(w, {"в", "установленные", "сроки"}) || has_seq(w, {"по", "срокам"}))
        return "в соответствии со сроками другого документа: no automatic due date";
    if (has_seq(w, {"отчетный"}) || has_seq(w, {"отчетные"}) || has_seq(w, {"отчетного"}))
        return "в отчетный период: depends on an external reporting calendar";
    if (has_seq(w, {"по", "согласованию"}) || has_seq(w, {"по", "приглашению"}) || has_seq(w, {"по", "решению"}) ||
        has_seq(w, {"по", "распоряжению"}))
        return "по согласованию: no automatic due date";
    return std::nullopt;
}

bool placeholder(const std::vector<Tok>& toks) {
    for (const auto& t : toks) {
        if (t.t == T::dash || t.t == T::slash || t.t == T::comma || t.t == T::semi || t.t == T::colon) continue;
        if (t.t == T::word && in(t.s, {"нет", "х", "x", "не", "установлен", "указан", "определен", "тбд", "tbd"}))
            continue;
        return false;
    }
    return true;
}

Schedule parse_impl(std::string_view text, const DateRange& period, const DeadlineOptions& opt) {
    if (!period.start.ok() || !period.end.ok() || period.start > period.end || period.start.year() < kMinPeriodYear ||
        period.end.year() > kMaxPeriodYear)
        return unscheduled("invalid period");
    if (text.size() > kMaxDeadlineTextBytes) return unscheduled("deadline text too long");
    std::vector<Tok> toks;
    if (!tokenize(text, toks)) return unscheduled("deadline text too long");
    // Trailing punctuation.
    while (!toks.empty() && (toks.back().t == T::comma || toks.back().t == T::semi || toks.back().t == T::colon))
        toks.pop_back();
    if (toks.empty()) return unscheduled("empty deadline");
    if (placeholder(toks)) return unscheduled("no deadline given");

    // Split the parenthesised qualifiers off the main text.
    std::vector<Tok> main, quals, all;
    int depth = 0;
    for (auto& t : toks) {
        if (t.t == T::lparen) {
            ++depth;
            continue;
        }
        if (t.t == T::rparen) {
            if (depth > 0) --depth;
            continue;
        }
        (depth > 0 ? quals : main).push_back(t);
        all.push_back(std::move(t));
    }
    if (!main.empty() && whole_period_phrase(main)) return with_windows(ScheduleKind::whole_period, {period});
    if (auto why = unscheduled_marker(main)) return unscheduled(*why);
    auto capped = [](Schedule s) {
        return s.windows.size() > kMaxWindows ? unscheduled("too many occurrences in the period") : s;
    };
    if (auto s = Parser(all, period, opt).run()) return capped(std::move(*s));
    if (!quals.empty() && !main.empty()) {
        if (auto s = Parser(main, period, opt).run()) return capped(std::move(*s));
    }
    if (auto why = unscheduled_marker(quals)) return unscheduled(*why);
    if (main.empty() && whole_period_phrase(quals)) return with_windows(ScheduleKind::whole_period, {period});
    return unscheduled("not understood: " + sanitize(text, 80));
}

}  // namespace

Schedule parse_deadline(std::string_view text, const DateRange& period, const DeadlineOptions& opt) noexcept {
    try {
        return parse_impl(text, period, opt);
    } catch (...) {
        Schedule s;
        s.reason = "internal error while reading the deadline";
        return s;
    }
}

}  // namespace domain
