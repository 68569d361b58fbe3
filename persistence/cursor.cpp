#include "persistence/cursor.hpp"

#include "domain/errors.hpp"
#include "domain/validation.hpp"

namespace persistence {
namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string b64url(std::string_view in) {
    std::string out;
    unsigned val = 0;
    int bits = -6;
    for (unsigned char c : in) {
        val = (val << 8) + c;
        bits += 8;
        while (bits >= 0) {
            out.push_back(kAlphabet[(val >> bits) & 0x3F]);
            bits -= 6;
        }
    }
    if (bits > -6) out.push_back(kAlphabet[((val << 8) >> (bits + 8)) & 0x3F]);
    return out;
}

std::optional<std::string> unb64url(std::string_view in) {
    std::string out;
    unsigned val = 0;
    int bits = -8;
    for (char c : in) {
        const char* p = nullptr;
        for (const char* a = kAlphabet; *a; ++a)
            if (*a == c) p = a;
        if (!p) return std::nullopt;
        val = (val << 6) + unsigned(p - kAlphabet);
        bits += 6;
        if (bits >= 0) {
            out.push_back(char((val >> bits) & 0xFF));
            bits -= 8;
        }
    }
    return out;
}

[[noreturn]] void bad_cursor() {
    throw domain::bad_request("bad-cursor", "The cursor is not one this server gave out; start from the first page.");
}
}  // namespace

std::string encode_cursor(std::string_view key, std::string_view id) {
    std::string raw(key);
    raw.push_back('\x1f');
    raw.append(id);
    return b64url(raw);
}

std::pair<std::string, std::string> decode_cursor(std::string_view cursor) {
    if (cursor.size() > 4096) bad_cursor();
    auto raw = unb64url(cursor);
    if (!raw) bad_cursor();
    auto sep = raw->rfind('\x1f');
    if (sep == std::string::npos) bad_cursor();
    std::string key = raw->substr(0, sep), id = raw->substr(sep + 1);
    if (!domain::is_uuid(id) || !domain::is_valid_utf8(key)) bad_cursor();
    return {key, id};
}

std::string encode_number_cursor(long long n) { return b64url("#" + std::to_string(n)); }

long long decode_number_cursor(std::string_view cursor) {
    if (cursor.size() > 64) bad_cursor();
    auto raw = unb64url(cursor);
    if (!raw || raw->size() < 2 || raw->front() != '#') bad_cursor();
    long long n = 0;
    for (char c : raw->substr(1)) {
        if (c < '0' || c > '9' || n > 100000000000000LL) bad_cursor();
        n = n * 10 + (c - '0');
    }
    return n;
}

}  // namespace persistence
