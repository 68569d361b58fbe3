// RFC 3339 instants for `known_at` (domain/instant.hpp).
#include <gtest/gtest.h>

#include <utility>
#include <vector>

#include "domain/instant.hpp"

using domain::Instant;

TEST(Instant, ReadsRfc3339AndWritesUtc) {
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01T10:00:00Z")->utc(), "2026-11-01T10:00:00Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01t10:00:00z")->utc(), "2026-11-01T10:00:00Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01T10:00:00+03:00")->utc(), "2026-11-01T07:00:00Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01T01:30:00+03:00")->utc(), "2026-10-31T22:30:00Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-12-31T23:00:00-02:00")->utc(), "2027-01-01T01:00:00Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01T10:00:00.25Z")->utc(), "2026-11-01T10:00:00.25Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01T10:00:00.000001Z")->utc(), "2026-11-01T10:00:00.000001Z");
    EXPECT_EQ(Instant::parse_rfc3339("2026-11-01T01:30:00+03:00")->utc_date(), domain::Date(2026, 10, 31));
    EXPECT_LT(*Instant::parse_rfc3339("2026-11-01T10:00:00Z"), *Instant::parse_rfc3339("2026-11-01T10:00:00.5Z"));
}

TEST(Instant, RefusesAnythingElse) {
    for (auto bad : {"", "2026-11-01", "2026-11-01T10:00:00", "2026-11-01 10:00:00Z", "2026-11-01T10:00Z",
                     "2026-02-30T10:00:00Z", "2026-11-01T24:00:00Z", "2026-11-01T10:60:00Z", "2026-11-01T10:00:60Z",
                     "2026-11-01T10:00:00.Z", "2026-11-01T10:00:00.1234567Z", "2026-11-01T10:00:00+3:00",
                     "2026-11-01T10:00:00+03:00x", "2026-11-01T10:00:00ZZ", "2026-11-01T10:00:00+0300",
                     "yesterday", "2026-11-01T1a:00:00Z"})
        EXPECT_FALSE(Instant::parse_rfc3339(bad).has_value()) << bad;
}

// Stored times are written as the database writes them (to_char … .MS"Z"): always three
// digits of milliseconds, so an answer's created_at reads the same whichever way it came.
TEST(Instant, WritesStoredTimesWithMilliseconds) {
    for (auto [in, out] : std::vector<std::pair<const char*, const char*>>{
             {"2026-11-01T07:00:00.120Z", "2026-11-01T07:00:00.120Z"},
             {"2026-11-01T07:00:00Z", "2026-11-01T07:00:00.000Z"},
             {"2026-11-01T07:00:00.123456Z", "2026-11-01T07:00:00.123Z"},
             {"2026-12-31T23:59:59.999+03:00", "2026-12-31T20:59:59.999Z"},
             {"1999-01-01T00:00:00.5Z", "1999-01-01T00:00:00.500Z"}})
        EXPECT_EQ(Instant::parse_rfc3339(in)->utc_millis(), out) << in;
}
