// RFC 3339 instants for `known_at` (domain/instant.hpp).
#include <gtest/gtest.h>

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
