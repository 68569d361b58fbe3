// api::JsonWriter (api/json/json_writer.hpp): commas and nesting, strings escaped and numbers
// written as nlohmann::json's dump(-1, ' ', false, error_handler_t::replace) writes them.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "api/json/json_writer.hpp"

namespace {

using api::JsonWriter;
using nlohmann::json;

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string written_string(std::string_view s) {
    JsonWriter w;
    w.string(s);
    return w.take();
}

std::string written_double(double v) {
    JsonWriter w;
    w.number(v);
    return w.take();
}

TEST(JsonWriter, PutsCommasBetweenMembersAndElementsAtEveryDepth) {
    JsonWriter w;
    w.begin_object();
    w.key("a").number(1);
    w.key("b").begin_array().number(1).string("x").null().boolean(true).boolean(false).end_array();
    w.key("c").begin_object().end_object();
    w.key("d").begin_array().end_array();
    w.key("e").begin_array().begin_object().key("f").null().end_object().begin_array().end_array().end_array();
    w.key("g").begin_object().key("h").begin_object().key("i").number(-2).end_object().key("j").number(0).end_object();
    w.end_object();
    EXPECT_EQ(w.str(), R"({"a":1,"b":[1,"x",null,true,false],"c":{},"d":[],"e":[{"f":null},[]],"g":{"h":{"i":-2},"j":0}})");
    EXPECT_EQ(w.str(), dumped(json::parse(w.str())));
}

TEST(JsonWriter, WritesTopLevelScalarsAndEmptyContainers) {
    EXPECT_EQ(JsonWriter().begin_array().end_array().str(), "[]");
    EXPECT_EQ(JsonWriter().begin_object().end_object().str(), "{}");
    EXPECT_EQ(JsonWriter().null().str(), "null");
    EXPECT_EQ(JsonWriter().number(7).str(), "7");
}

TEST(JsonWriter, OptionalsAreTheirValueOrNull) {
    JsonWriter w;
    w.begin_array();
    w.string(std::optional<std::string>{"x"}).string(std::optional<std::string>{});
    w.boolean(std::optional<bool>{false}).boolean(std::optional<bool>{});
    w.number(std::optional<double>{82.4}).number(std::optional<double>{});
    w.end_array();
    EXPECT_EQ(w.str(), R"(["x",null,false,null,82.4,null])");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharactersAsNlohmannDoes) {
    EXPECT_EQ(written_string(R"(say "hi" \ bye)"), R"("say \"hi\" \\ bye")");
    EXPECT_EQ(written_string("\b\f\n\r\t"), R"("\b\f\n\r\t")");
    EXPECT_EQ(written_string(std::string("a\0b", 3)), R"("a\u0000b")");
    EXPECT_EQ(written_string("\x01\x1f\x0b\x1b"), R"("\u0001\u001f\u000b\u001b")") << "lowercase hex";
    EXPECT_EQ(written_string("\x7f/"), "\"\x7f/\"") << "DEL and the solidus pass through";
    for (int c = 0; c < 0x80; ++c) {
        std::string s(1, static_cast<char>(c));
        EXPECT_EQ(written_string(s), dumped(json(s))) << "byte " << c;
    }
}

TEST(JsonWriter, PassesValidUtf8Through) {
    const std::string text = "Школа № 5 «Радуга» — ёж, €, 𝄞, 中文";
    EXPECT_EQ(written_string(text), "\"" + text + "\"");
    EXPECT_EQ(written_string(text), dumped(json(text)));
}

TEST(JsonWriter, ReplacesInvalidUtf8AsNlohmannsReplaceHandlerDoes) {
    const std::string fffd = "\xEF\xBF\xBD";
    EXPECT_EQ(written_string("a\xFFz"), "\"a" + fffd + "z\"");
    EXPECT_EQ(written_string("a\xD0"), "\"a" + fffd + "\"") << "cut short by the end";
    EXPECT_EQ(written_string("\xE2\x82z"), "\"" + fffd + "z\"") << "cut short by a byte that is read again";
    EXPECT_EQ(written_string("\xE2\x82\xD0\xB6"), "\"" + fffd + "ж\"");
    EXPECT_EQ(written_string("\xC0\xAF"), "\"" + fffd + fffd + "\"") << "overlong";
    EXPECT_EQ(written_string("\xED\xA0\x80"), "\"" + fffd + fffd + fffd + "\"") << "a surrogate";
    EXPECT_EQ(written_string("\xF4\x90\x80\x80"), "\"" + fffd + fffd + fffd + fffd + "\"") << "above U+10FFFF";
    for (std::string s : {"\x80", "\xC2", "\xE0\x80\x80", "\xE0\xA0", "\xF0\x8F\xBF\xBF", "\xF0\x90\x80", "\xF5\x80",
                          "ok\xE2\x82\xAC\xE2\x82", "\"\xD0\"\\\xD0\n"})
        EXPECT_EQ(written_string(s), dumped(json(s))) << s;
}

TEST(JsonWriter, EscapesLikeNlohmannForRandomBytes) {
    std::mt19937 gen(15);
    const std::string alphabet = std::string("aZ \"\\\n\x01\x7f", 8) + "\x80\xBF\xC2\xD0\xE0\xE2\xED\xF0\xF4\xFF\xA0\x9F\x8F\x90";
    for (int round = 0; round < 20000; ++round) {
        std::string s(gen() % 12, ' ');
        for (auto& c : s) c = alphabet[gen() % alphabet.size()];
        ASSERT_EQ(written_string(s), dumped(json(s))) << json(s).dump(-1, ' ', true, json::error_handler_t::replace);
    }
}

TEST(JsonWriter, KeysAreEscapedToo) {
    JsonWriter w;
    w.begin_object().key("a\"b\n").number(1).end_object();
    EXPECT_EQ(w.str(), R"({"a\"b\n":1})");
}

TEST(JsonWriter, WritesIntegersPlain) {
    JsonWriter w;
    w.begin_array().number(0).number(-1).number(2147483647).number(std::numeric_limits<std::int64_t>::min());
    w.number(std::numeric_limits<std::int64_t>::max()).end_array();
    EXPECT_EQ(w.str(), "[0,-1,2147483647,-9223372036854775808,9223372036854775807]");
}

TEST(JsonWriter, WritesDoublesAsNlohmannDoes) {
    EXPECT_EQ(written_double(100.0), "100.0");
    EXPECT_EQ(written_double(0.0), "0.0");
    EXPECT_EQ(written_double(-0.0), "-0.0");
    EXPECT_EQ(written_double(0.5), "0.5");
    EXPECT_EQ(written_double(82.4), "82.4");
    EXPECT_EQ(written_double(-3.25), "-3.25");
    EXPECT_EQ(written_double(100.0 / 3), "33.333333333333336");
    EXPECT_EQ(written_double(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(written_double(0.0001), "0.0001");
    EXPECT_EQ(written_double(0.00001), "1e-05");
    EXPECT_EQ(written_double(1e15), "1e+15");
    EXPECT_EQ(written_double(123456789012345.0), "123456789012345.0");
    EXPECT_EQ(written_double(1234567890123456.0), "1.234567890123456e+15");
    EXPECT_EQ(written_double(1.5e300), "1.5e+300");
    EXPECT_EQ(written_double(5e-324), "5e-324");
    for (double v : {100.0, 0.0, -0.0, 0.5, 82.4, 100.0 / 3, 0.0001, 0.00001, 1e15, 123456789012345.0,
                     1234567890123456.0, 1.5e300, 5e-324, 1.7976931348623157e308, 2.5e-5, 12345678901234.5})
        EXPECT_EQ(written_double(v), dumped(json(v))) << v;
}

TEST(JsonWriter, WritesNotANumberAndInfinitiesAsNull) {
    for (double v : {std::nan(""), std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()}) {
        EXPECT_EQ(written_double(v), "null");
        EXPECT_EQ(written_double(v), dumped(json(v)));
    }
}

// Every percentage the answers carry (domain::percent: one decimal, 0 to 100), every number of
// tenths below 10 000 and of hundredths below 1 000, and a sample up to 1 000 000: byte for byte
// nlohmann's text.
TEST(JsonWriter, WritesEveryTenthAndHundredthAsNlohmannDoes) {
    for (long t = 0; t <= 10'000'000; t += (t < 100'000 ? 1 : 7)) {
        const double tenths = static_cast<double>(t) / 10.0, hundredths = static_cast<double>(t) / 100.0;
        ASSERT_EQ(written_double(tenths), dumped(json(tenths))) << t;
        ASSERT_EQ(written_double(hundredths), dumped(json(hundredths))) << t;
    }
}

// Any double: the shortest digits that read back as it (std::to_chars). nlohmann's Grisu2 is
// not always the shortest or the closest of them (about 4 in 10 000 random 17-digit doubles
// differ in the last digit), so this compares the values, not the text.
TEST(JsonWriter, AnyFiniteDoubleReadsBackAsItself) {
    std::mt19937_64 gen(15);
    for (int round = 0; round < 200000; ++round) {
        const std::uint64_t bits = gen();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v)) continue;
        const auto text = written_double(v);
        ASSERT_EQ(json::parse(text).get<double>(), v) << text;
        ASSERT_EQ(json::parse(text), json::parse(dumped(json(v))));
        ASSERT_LE(text.size(), dumped(json(v)).size()) << "never longer than nlohmann's";
    }
}

}  // namespace
