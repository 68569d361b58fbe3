#include <gtest/gtest.h>

#include "api/http/http.hpp"

using namespace api;

TEST(Router, MatchesTemplatesAndDecodesParameters) {
    Router r;
    int hit = 0;
    r.add("GET", "/api/v1/districts/{d}/organizations/{o}", [&](Request&) { hit = 1; return Response{}; });
    r.add("PATCH", "/api/v1/districts/{d}/organizations/{o}", [&](Request&) { hit = 2; return Response{}; });
    auto m = r.match("GET", "/api/v1/districts/abc/organizations/x%20y");
    ASSERT_NE(m.handler, nullptr);
    EXPECT_EQ(m.route, "/api/v1/districts/{d}/organizations/{o}");
    EXPECT_EQ(m.params["d"], "abc");
    EXPECT_EQ(m.params["o"], "x y");
}

TEST(Router, SaysWhichMethodsAPathAllows) {
    Router r;
    r.add("GET", "/a/{x}", [](Request&) { return Response{}; });
    r.add("PATCH", "/a/{x}", [](Request&) { return Response{}; });
    auto m = r.match("PUT", "/a/1");
    EXPECT_EQ(m.handler, nullptr);
    EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "PATCH"}));
    auto none = r.match("GET", "/b");
    EXPECT_EQ(none.handler, nullptr);
    EXPECT_TRUE(none.allowed.empty());
}

TEST(Query, DecodesPercentAndPlusAndKeepsTheLastValue) {
    auto q = parse_query("q=%D1%88%D0%BA+1&limit=5&limit=7&flag");
    EXPECT_EQ(q["q"], "шк 1");
    EXPECT_EQ(q["limit"], "7");
    EXPECT_EQ(q["flag"], "");
}
