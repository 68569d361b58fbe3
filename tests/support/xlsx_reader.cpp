#include "tests/support/xlsx_reader.hpp"

#include <zlib.h>

#include <cstdint>
#include <regex>
#include <stdexcept>

namespace testsupport {
namespace {

std::uint32_t u32(const std::string& s, std::size_t at) {
    if (at + 4 > s.size()) throw std::runtime_error("zip: truncated");
    return std::uint32_t(std::uint8_t(s[at])) | std::uint32_t(std::uint8_t(s[at + 1])) << 8 |
           std::uint32_t(std::uint8_t(s[at + 2])) << 16 | std::uint32_t(std::uint8_t(s[at + 3])) << 24;
}
std::uint16_t u16(const std::string& s, std::size_t at) {
    if (at + 2 > s.size()) throw std::runtime_error("zip: truncated");
    return std::uint16_t(std::uint8_t(s[at]) | std::uint8_t(s[at + 1]) << 8);
}

std::string inflate_raw(const std::string& in, std::size_t size) {
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw std::runtime_error("zip: inflateInit2");
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    int rc = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    if (rc != Z_STREAM_END) throw std::runtime_error("zip: inflate failed");
    return out;
}

std::string unescape_xml(std::string s) {
    static const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (auto [from, to] : entities)
        for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1))
            s.replace(at, std::string(from).size(), to);
    return s;
}

int column_index(const std::string& letters) {
    int n = 0;
    for (char c : letters) n = n * 26 + (c - 'A' + 1);
    return n - 1;
}

}  // namespace

std::map<std::string, std::string> unzip(const std::string& zip) {
    // The end of central directory record: the last "PK\5\6".
    auto eocd = zip.rfind(std::string("PK\x05\x06", 4));
    if (eocd == std::string::npos) throw std::runtime_error("zip: no central directory");
    auto entries = u16(zip, eocd + 10);
    std::size_t at = u32(zip, eocd + 16);
    std::map<std::string, std::string> out;
    for (int i = 0; i < entries; ++i) {
        if (u32(zip, at) != 0x02014b50) throw std::runtime_error("zip: bad central header");
        auto method = u16(zip, at + 10);
        std::size_t compressed = u32(zip, at + 20), size = u32(zip, at + 24);
        std::size_t name_len = u16(zip, at + 28), extra_len = u16(zip, at + 30), comment_len = u16(zip, at + 32);
        std::size_t local = u32(zip, at + 42);
        auto name = zip.substr(at + 46, name_len);
        at += 46 + name_len + extra_len + comment_len;
        if (u32(zip, local) != 0x04034b50) throw std::runtime_error("zip: bad local header");
        std::size_t data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        auto raw = zip.substr(data, compressed);
        if (method == 0) out[name] = raw;
        else if (method == 8) out[name] = inflate_raw(raw, size);
        else throw std::runtime_error("zip: unknown method");
    }
    return out;
}

SheetRows xlsx_first_sheet(const std::string& bytes) {
    auto files = unzip(bytes);
    std::vector<std::string> shared;
    static const std::regex si(R"(<si>([\s\S]*?)</si>)"), t(R"(<t[^>]*>([\s\S]*?)</t>)");
    const auto& strings = files["xl/sharedStrings.xml"];
    for (std::sregex_iterator it(strings.begin(), strings.end(), si), end; it != end; ++it) {
        std::string text, item = (*it)[1];
        for (std::sregex_iterator p(item.begin(), item.end(), t); p != end; ++p) text += (*p)[1];
        shared.push_back(unescape_xml(text));
    }
    SheetRows rows;
    const auto& sheet = files["xl/worksheets/sheet1.xml"];
    static const std::regex cell(R"re(<c r="([A-Z]+)([0-9]+)"([^>]*?)(?:/>|>([\s\S]*?)</c>))re"),
        value(R"(<v>([\s\S]*?)</v>)"), inline_text(R"(<t[^>]*>([\s\S]*?)</t>)");
    for (std::sregex_iterator it(sheet.begin(), sheet.end(), cell), end; it != end; ++it) {
        std::string attrs = (*it)[3], inner = (*it)[4];
        std::smatch m;
        std::string text;
        if (attrs.find("t=\"s\"") != std::string::npos && std::regex_search(inner, m, value))
            text = shared.at(std::stoul(m[1]));
        else if (attrs.find("t=\"inlineStr\"") != std::string::npos && std::regex_search(inner, m, inline_text))
            text = unescape_xml(m[1]);
        else if (std::regex_search(inner, m, value))
            text = unescape_xml(m[1]);
        else
            continue;
        rows[std::stoi((*it)[2])][column_index((*it)[1])] = text;
    }
    return rows;
}

}  // namespace testsupport
