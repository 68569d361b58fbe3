// The domain's text utilities (domain/text/): the one UTF-8 codec, Russian lower-casing and
// the one percent-decoder, each against hand-worked bytes.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/text/percent.hpp"
#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace {

using namespace std::string_view_literals;

TEST(Utf8, DecodesOneToFourByteForms) {
    struct Case {
        std::string_view bytes;
        char32_t cp;
        std::size_t len;
    };
    for (const Case& c : {Case{"A", U'A', 1}, Case{"\xD0\xAF", 0x42F, 2}, Case{"\xE2\x82\xAC", 0x20AC, 3},
                          Case{"\xF0\x9F\x98\x80", 0x1F600, 4}, Case{"\xF4\x8F\xBF\xBF", 0x10FFFF, 4}}) {
        const auto d = domain::decode_utf8(c.bytes, 0);
        EXPECT_TRUE(d.ok) << c.bytes;
        EXPECT_EQ(d.cp, c.cp) << c.bytes;
        EXPECT_EQ(d.len, c.len) << c.bytes;
    }
    // In the middle of a text: the offset is where the code point starts.
    const auto d = domain::decode_utf8("ab\xD0\xAF", 2);
    EXPECT_EQ(d.cp, char32_t{0x42F});
    EXPECT_EQ(d.len, 2u);
}

TEST(Utf8, ABadSequenceIsOneReplacementCharacterForOneByte) {
    for (std::string_view bad : {"\x80"sv, "\xC0\x80"sv, "\xC1\xBF"sv, "\xE0\x80\x80"sv, "\xF0\x80\x80\x80"sv,
                                 "\xED\xA0\x80"sv, "\xF4\x90\x80\x80"sv, "\xF5\x80\x80\x80"sv, "\xFF"sv, "\xD0"sv,
                                 "\xE2\x82"sv, "\xD0\x41"sv, "\xE2\x82\x41"sv}) {
        const auto d = domain::decode_utf8(bad, 0);
        EXPECT_FALSE(d.ok) << testing::PrintToString(bad);
        EXPECT_EQ(d.cp, domain::kReplacementChar);
        EXPECT_EQ(d.len, 1u);
        EXPECT_FALSE(domain::is_valid_utf8(bad));
        EXPECT_EQ(domain::invalid_utf8_at(bad), 0u);
    }
}

TEST(Utf8, AppendWritesWhatDecodeReads) {
    for (char32_t cp : {char32_t{0}, char32_t{0x7F}, char32_t{0x80}, char32_t{0x7FF}, char32_t{0x800},
                        char32_t{0xD7FF}, char32_t{0xE000}, char32_t{0xFFFF}, char32_t{0x10000}, char32_t{0x10FFFF}}) {
        std::string s;
        domain::append_utf8(s, cp);
        const auto d = domain::decode_utf8(s, 0);
        EXPECT_TRUE(d.ok) << std::hex << std::uint32_t(cp);
        EXPECT_EQ(d.cp, cp);
        EXPECT_EQ(d.len, s.size());
    }
    std::string s;
    domain::append_utf8(s, 0x42F);
    EXPECT_EQ(s, "\xD0\xAF");
}

TEST(Utf8, ValidityNamesTheFirstBadByte) {
    EXPECT_TRUE(domain::is_valid_utf8(""));
    EXPECT_TRUE(domain::is_valid_utf8("Школа № 5 — 😀"));
    EXPECT_EQ(domain::invalid_utf8_at("Школа № 5"), std::string_view::npos);
    EXPECT_EQ(domain::invalid_utf8_at("ab\xFF" "cd"), 2u);
    EXPECT_EQ(domain::invalid_utf8_at("\xD0\xAF\xD0"), 2u);  // cut in the middle of «Я»
    EXPECT_FALSE(domain::is_valid_utf8("ok\xED\xB0\x80"));   // a lone low surrogate
}

TEST(Utf8, LengthCountsCodePoints) {
    EXPECT_EQ(domain::utf8_length(""), 0u);
    EXPECT_EQ(domain::utf8_length("abc"), 3u);
    EXPECT_EQ(domain::utf8_length("Школа"), 5u);
    EXPECT_EQ(domain::utf8_length("€😀"), 2u);
}

TEST(Utf8, TruncateCutsWholeCodePointsAndSaysSo) {
    EXPECT_EQ(domain::truncate_utf8("Школа № 5", 5), "Школа…");
    EXPECT_EQ(domain::truncate_utf8("Школа", 5), "Школа");
    EXPECT_EQ(domain::truncate_utf8("Школа", 9), "Школа");
    EXPECT_EQ(domain::truncate_utf8("", 0), "");
    EXPECT_EQ(domain::truncate_utf8("ab", 0), "…");
    EXPECT_EQ(domain::truncate_utf8("a\xFF\xFF" "b", 2), "a\xFF…");  // a bad byte counts as one
}

TEST(Russian, LowerCasesAsciiAndCyrillicOnly) {
    EXPECT_EQ(domain::lower_ru("ШКОЛА Ёлка ABC Ђ Ä 1"), "школа ёлка abc ђ Ä 1");
    EXPECT_EQ(domain::lower_ru(char32_t{0x42F}), char32_t{0x44F});  // Я → я
    EXPECT_EQ(domain::lower_ru(char32_t{0x44F}), char32_t{0x44F});
    EXPECT_EQ(domain::lower_ru("A\xFF"), "a\xEF\xBF\xBD");  // a bad byte → U+FFFD
}

TEST(Russian, FoldWritesYoAsYe) {
    EXPECT_EQ(domain::fold_ru("Ёлка, ёж, ВСЁ"), "елка, еж, все");
    EXPECT_EQ(domain::fold_ru(char32_t{0x401}), char32_t{0x435});  // Ё → е
    EXPECT_EQ(domain::fold_ru("Счет"), "счет");
}

TEST(Percent, DecodesEscapesAndOptionallyPlus) {
    EXPECT_EQ(domain::percent_decode("%D1%88%D0%BA+1"), "шк+1");
    EXPECT_EQ(domain::percent_decode("%D1%88%D0%BA+1", true), "шк 1");
    EXPECT_EQ(domain::percent_decode("a%2fb%2Fc"), "a/b/c");
    EXPECT_EQ(domain::percent_decode("%2541"), "%41");  // decoded once, never twice
    EXPECT_EQ(domain::percent_decode("x%00y"), std::string("x\0y", 3));
}

TEST(Percent, LenientKeepsABadEscapeAsWritten) {
    for (std::string_view s : {"%", "100%", "%4", "%zz", "%g1", "a%%b"}) EXPECT_EQ(domain::percent_decode(s), s) << s;
    EXPECT_EQ(domain::percent_decode("%%41"), "%A");
}

TEST(Percent, StrictRefusesABadEscape) {
    EXPECT_EQ(domain::percent_decode_strict("own%40er"), "own@er");
    EXPECT_EQ(domain::percent_decode_strict("a+b"), "a+b");
    EXPECT_EQ(domain::percent_decode_strict(""), "");
    for (std::string_view s : {"%", "100%", "%4", "%zz", "d%z1"}) EXPECT_FALSE(domain::percent_decode_strict(s).has_value()) << s;
}

TEST(Percent, EncodeKeepsOnlyUnreservedBytesAndDecodesBack) {
    EXPECT_EQ(domain::percent_encode("AZaz09-_.~"), "AZaz09-_.~");
    EXPECT_EQ(domain::percent_encode("a b&c=d/e+f%"), "a%20b%26c%3Dd%2Fe%2Bf%25");
    EXPECT_EQ(domain::percent_encode("шк"), "%D1%88%D0%BA");
    for (std::string_view s : {"", "Школа № 5 & co", "100%", "a+b c", "\x01\xFF"})
        EXPECT_EQ(domain::percent_decode(domain::percent_encode(s), true), s) << s;
}

}  // namespace
