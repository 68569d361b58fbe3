#include "api/json/json_writer.hpp"

#include <charconv>
#include <cmath>

namespace api {

JsonWriter& JsonWriter::begin_object() {
    separate();
    out_ += '{';
    comma_ = false;
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    out_ += '}';
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    separate();
    out_ += '[';
    comma_ = false;
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    out_ += ']';
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
    separate();
    out_ += '"';
    append_escaped(out_, k);
    out_ += "\":";
    comma_ = false;  // the value follows without one
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
    separate();
    out_ += '"';
    append_escaped(out_, s);
    out_ += '"';
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::number(std::int64_t v) {
    separate();
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::number(double v) {
    separate();
    append_double(out_, v);
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::boolean(bool v) {
    separate();
    out_ += v ? "true" : "false";
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    out_ += "null";
    comma_ = true;
    return *this;
}

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// A byte copied as it is (ASCII that needs no escape).
bool plain(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

void append_control(std::string& out, unsigned char c) {
    switch (c) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: {
            static constexpr char hex[] = "0123456789abcdef";
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(esc, sizeof esc);
        }
    }
}

// The length of the well-formed UTF-8 sequence a lead byte starts (RFC 3629: no overlong
// forms, surrogates or code points above U+10FFFF) and the range its second byte must lie in;
// 0 for a byte that starts none.
struct Lead {
    int len;
    unsigned char lo, hi;
};
Lead lead(unsigned char c) {
    if (c >= 0xC2 && c <= 0xDF) return {2, 0x80, 0xBF};
    if (c == 0xE0) return {3, 0xA0, 0xBF};
    if (c == 0xED) return {3, 0x80, 0x9F};
    if (c >= 0xE1 && c <= 0xEF) return {3, 0x80, 0xBF};
    if (c == 0xF0) return {4, 0x90, 0xBF};
    if (c >= 0xF1 && c <= 0xF3) return {4, 0x80, 0xBF};
    if (c == 0xF4) return {4, 0x80, 0x8F};
    return {0, 0, 0};
}

}  // namespace

// Invalid UTF-8 as nlohmann's error_handler_t::replace treats it: a byte that starts no
// sequence becomes one U+FFFD; a sequence cut short by a byte that does not continue it becomes
// one U+FFFD and that byte is read again; a sequence cut short by the end becomes one U+FFFD.
void JsonWriter::append_escaped(std::string& out, std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t run = i;
        while (run < n && plain(p[run])) ++run;
        if (run > i) out.append(s.data() + i, run - i);
        i = run;
        if (i == n) break;
        const unsigned char c = p[i];
        if (c < 0x80) {  // a quote, a backslash or a control character
            append_control(out, c);
            ++i;
            continue;
        }
        const Lead l = lead(c);
        if (l.len == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        std::size_t j = 1;
        for (; j < static_cast<std::size_t>(l.len); ++j) {
            if (i + j >= n) break;
            const unsigned char lo = j == 1 ? l.lo : 0x80, hi = j == 1 ? l.hi : 0xBF;
            if (p[i + j] < lo || p[i + j] > hi) break;
        }
        if (j == static_cast<std::size_t>(l.len)) {
            out.append(s.data() + i, j);
        } else {
            out += kReplacement;
        }
        i += j;
    }
}

// nlohmann's layout (detail/conversions/to_chars.hpp, format_buffer) of the shortest digits
// that read back as v: fixed point while the decimal point falls within 15 digits of the
// start ("100.0", "0.5", "0.0001"), else d.ddde±XX.
void JsonWriter::append_double(std::string& out, double v) {
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    if (std::signbit(v)) {
        out += '-';
        v = -v;
    }
    if (v == 0) {
        out += "0.0";
        return;
    }
    char sci[32];
    auto r = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific);  // d.ddde±XX
    char digits[20];
    int k = 0;
    const char* p = sci;
    for (; p < r.ptr && *p != 'e'; ++p)
        if (*p != '.') digits[k++] = *p;
    ++p;  // 'e'
    if (*p == '+') ++p;
    int exponent = 0;
    std::from_chars(p, r.ptr, exponent);
    const int point = exponent + 1;  // the decimal point's place after the first digit
    constexpr int min_exp = -4, max_exp = 15;
    if (k <= point && point <= max_exp) {
        out.append(digits, static_cast<std::size_t>(k));
        out.append(static_cast<std::size_t>(point - k), '0');
        out += ".0";
    } else if (0 < point && point <= max_exp) {
        out.append(digits, static_cast<std::size_t>(point));
        out += '.';
        out.append(digits + point, static_cast<std::size_t>(k - point));
    } else if (min_exp < point && point <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-point), '0');
        out.append(digits, static_cast<std::size_t>(k));
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits + 1, static_cast<std::size_t>(k - 1));
        }
        out += 'e';
        int e = point - 1;
        out += e < 0 ? '-' : '+';
        if (e < 0) e = -e;
        if (e < 10) out += '0';
        char buf[8];
        auto re = std::to_chars(buf, buf + sizeof buf, e);
        out.append(buf, re.ptr);
    }
}

}  // namespace api
