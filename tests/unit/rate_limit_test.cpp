// The token bucket per credential (api/http/rate_limit.hpp), on a clock the test moves.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "api/http/rate_limit.hpp"

using api::RateLimiter;
using namespace std::chrono_literals;

TEST(RateLimiter, AFullBucketEmptiesThenRefillsEvenly) {
    RateLimiter limiter(60);  // one a second
    auto t = RateLimiter::Clock::time_point{} + 1h;
    for (int i = 0; i < 60; ++i) {
        auto d = limiter.take("user a", t);
        ASSERT_TRUE(d.allowed) << i;
        EXPECT_EQ(d.remaining, 59 - i);
    }
    auto refused = limiter.take("user a", t);
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.remaining, 0);
    EXPECT_EQ(refused.retry_after, 1);
    EXPECT_EQ(refused.reset, 60);  // a minute until full again
    EXPECT_EQ(limiter.header(refused), "limit=60, remaining=0, reset=60");
    EXPECT_EQ(limiter.policy_header(), "60;w=60");
    // Half a second later: still nothing; a second later: one.
    EXPECT_FALSE(limiter.take("user a", t + 500ms).allowed);
    EXPECT_TRUE(limiter.take("user a", t + 1000ms).allowed);
    EXPECT_FALSE(limiter.take("user a", t + 1000ms).allowed);
    // Another credential is not touched, and a quiet one fills up to the limit, no more.
    EXPECT_EQ(limiter.take("key b", t).remaining, 59);
    EXPECT_EQ(limiter.take("user a", t + 1h).remaining, 59);
}

TEST(RateLimiter, RetryAfterSaysWhenOneRequestComesBack) {
    RateLimiter limiter(6);  // one every ten seconds
    auto t = RateLimiter::Clock::time_point{} + 1h;
    for (int i = 0; i < 6; ++i) ASSERT_TRUE(limiter.take("k", t).allowed);
    auto d = limiter.take("k", t + 3s);
    EXPECT_FALSE(d.allowed);
    EXPECT_EQ(d.retry_after, 7);
}

TEST(RateLimiter, ZeroIsOff) {
    RateLimiter limiter(0);
    EXPECT_FALSE(limiter.enabled());
    for (int i = 0; i < 1000; ++i) ASSERT_TRUE(limiter.take("k").allowed);
}

TEST(RateLimiter, ConcurrentTakesNeverAdmitMoreThanTheBucketHolds) {
    RateLimiter limiter(100);
    auto t = RateLimiter::Clock::time_point{} + 1h;
    std::atomic<int> allowed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            for (int j = 0; j < 50; ++j) allowed += limiter.take("shared", t).allowed;
        });
    for (auto& th : threads) th.join();
    EXPECT_EQ(allowed, 100);
}

TEST(RateLimiter, IdleBucketsAreDroppedSoManyCredentialsKeepMemoryBounded) {
    RateLimiter limiter(60);
    auto t = RateLimiter::Clock::time_point{} + 1h;
    // 300,000 one-off credentials, one a millisecond: each bucket is full again a second
    // after its request, and full buckets are swept once a shard holds 4096.
    for (int i = 0; i < 300000; ++i) limiter.take("once " + std::to_string(i), t + std::chrono::milliseconds(i));
    EXPECT_LT(limiter.size(), 32u * 4096u * 2u);
    EXPECT_GT(limiter.size(), 0u);
    // A credential that is still spending keeps its count through a sweep.
    for (int i = 0; i < 10; ++i) limiter.take("busy", t + 300s);
    for (int i = 0; i < 300000; ++i) limiter.take("again " + std::to_string(i), t + 300s + std::chrono::microseconds(i));
    // 60 - 10, then 1.5 refilled in 1.5 s, then this one: 50.5 left.
    EXPECT_EQ(limiter.take("busy", t + 301500ms).remaining, 50);
}
