// The answer cache: an answer is served only at the version it was stored at, the newest
// wins, and the least recently used leave first when the byte budget is spent.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

#include "api/answer_cache.hpp"

namespace {

TEST(AnswerCache, ServesOnlyTheStoredVersion) {
    api::AnswerCache c;
    EXPECT_FALSE(c.find("k", 0));
    c.put("k", 3, "three");
    EXPECT_EQ(c.find("k", 3), "three");
    EXPECT_FALSE(c.find("k", 4)) << "a newer version: recompute";
    EXPECT_FALSE(c.find("k", 2));
    EXPECT_FALSE(c.find("other", 3));
    EXPECT_EQ(c.hits(), 1u);
    EXPECT_EQ(c.misses(), 4u);
}

TEST(AnswerCache, TheLastAnswerStoredWinsWhateverItsVersion) {
    api::AnswerCache c;
    c.put("k", 5, "five");
    c.put("k", -7, "digest");  // region and national versions are digests: no order
    EXPECT_EQ(c.find("k", -7), "digest");
    EXPECT_FALSE(c.find("k", 5)) << "replaced: the next read at 5 recomputes";
    c.put("k", 6, "six");
    EXPECT_EQ(c.find("k", 6), "six");
    EXPECT_EQ(c.entries(), 1u);
    EXPECT_EQ(c.bytes(), std::string("k").size() + std::string("six").size());
}

TEST(AnswerCache, LeastRecentlyUsedLeaveFirstWithinTheBudget) {
    api::AnswerCache c(400);  // an entry may take at most a quarter: 100 bytes
    std::string body(90, 'x');
    c.put("a", 1, body);
    c.put("b", 1, body);
    c.put("c", 1, body);
    c.put("d", 1, body);
    EXPECT_TRUE(c.find("a", 1));  // a is now the most recently used
    c.put("e", 1, body);          // 5 × 91 > 400: the least recently used (b) leaves
    EXPECT_FALSE(c.find("b", 1));
    EXPECT_TRUE(c.find("a", 1));
    EXPECT_TRUE(c.find("e", 1));
    EXPECT_LE(c.bytes(), 400u);
    c.put("huge", 1, std::string(200, 'y'));  // over a quarter of the budget: not kept
    EXPECT_FALSE(c.find("huge", 1));
}

}  // namespace

namespace {

TEST(AnswerCache, EverythingKeptIsDroppedWhenTheEpochMoves) {
    unsigned long long epoch = 0;
    api::AnswerCache c;
    c.set_epoch_source([&] { return epoch; });
    c.put("a", 1, "one");
    c.put("b", 2, "two");
    EXPECT_EQ(c.find("a", 1), "one");
    epoch = 1;  // connections were lost: the database may have another history now
    EXPECT_FALSE(c.find("a", 1));
    EXPECT_FALSE(c.find("b", 2));
    EXPECT_EQ(c.entries(), 0u);
    c.put("a", 1, "one again");
    EXPECT_EQ(c.find("a", 1), "one again");
}

TEST(AnswerCache, AnAnswerIsKeptBesideTheVersionReadBeforeIt) {
    api::AnswerCache c;
    int computed = 0, version_reads = 0;
    auto read = [&] { return c.answer("k", [&] { ++version_reads; return 7LL; }, [&] { return "body " + std::to_string(++computed); }); };
    EXPECT_EQ(read(), "body 1");
    EXPECT_EQ(read(), "body 1") << "kept at version 7";
    EXPECT_EQ(computed, 1);
    EXPECT_EQ(version_reads, 2) << "the version is read on every request";
}

TEST(AnswerCache, AnAnswerComputedAcrossALostConnectionIsNotKept) {
    unsigned long long epoch = 0;
    api::AnswerCache c;
    c.set_epoch_source([&] { return epoch; });
    int computed = 0;
    // The version is read from one history of the database; the connection is lost while the
    // answer is computed (a failover, a restore) and the retry reads another history.
    auto body = c.answer("k", [&] { return 5LL; }, [&] {
        epoch = 1;
        return "from another history " + std::to_string(++computed);
    });
    EXPECT_EQ(body, "from another history 1") << "answered, not kept";
    EXPECT_FALSE(c.find("k", 5));
    EXPECT_EQ(c.answer("k", [&] { return 5LL; }, [&] { return "again " + std::to_string(++computed); }), "again 2");
    EXPECT_EQ(c.find("k", 5), "again 2") << "with no connection lost, kept";
}

}  // namespace

// Concurrent misses of one key at one version: one computation, every caller gets its answer.
TEST(AnswerCache, ConcurrentMissesOfOneVersionComputeOnce) {
    api::AnswerCache c;
    std::atomic<int> computations{0};
    std::promise<void> release;
    auto released = release.get_future().share();
    std::atomic<int> started{0};
    auto ask = [&] {
        started++;
        return c.answer("district:a", [] { return 7LL; }, [&] {
            computations++;
            released.wait();  // the leader holds until every caller has asked
            return std::string("body-7");
        });
    };
    std::vector<std::future<std::string>> answers;
    for (int i = 0; i < 6; ++i) answers.push_back(std::async(std::launch::async, ask));
    while (started < 6) std::this_thread::yield();
    // every caller is either the leader (inside compute) or waiting on it; give the
    // followers a moment to join before the leader lands
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    release.set_value();
    for (auto& a : answers) EXPECT_EQ(a.get(), "body-7");
    EXPECT_EQ(computations.load(), 1);
    EXPECT_EQ(c.find("district:a", 7).value_or(""), "body-7");
}

// The leader's error reaches its followers, and the next miss computes again.
TEST(AnswerCache, ALeadersErrorReachesItsFollowersAndIsNotKept) {
    api::AnswerCache c;
    std::promise<void> release;
    auto released = release.get_future().share();
    std::atomic<bool> leader_in{false};
    auto leader = std::async(std::launch::async, [&] {
        return c.answer("k", [] { return 1LL; }, [&]() -> std::string {
            leader_in = true;
            released.wait();
            throw std::runtime_error("database gone");
        });
    });
    while (!leader_in) std::this_thread::yield();
    std::atomic<int> follower_computed{0};
    auto follower = std::async(std::launch::async, [&] {
        return c.answer("k", [] { return 1LL; }, [&] {
            follower_computed++;
            return std::string("x");
        });
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    release.set_value();
    EXPECT_THROW(leader.get(), std::runtime_error);
    EXPECT_THROW(follower.get(), std::runtime_error);
    EXPECT_EQ(follower_computed.load(), 0);
    EXPECT_EQ(c.answer("k", [] { return 1LL; }, [] { return std::string("again"); }), "again");
}

// With nothing kept (ANSWER_CACHE_MB=0) every call computes: no version read, no sharing.
TEST(AnswerCache, WithNoBudgetEveryCallComputes) {
    api::AnswerCache c(0);
    int versions = 0, computations = 0;
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(c.answer("k", [&] { ++versions; return 1LL; }, [&] { ++computations; return std::string("b"); }), "b");
    EXPECT_EQ(versions, 0);
    EXPECT_EQ(computations, 3);
}

// A write moved the version while the old one was being computed: the readers of the new
// version share one computation of their own (they neither wait for the old one nor each
// compute alone).
TEST(AnswerCache, ReadersOfANewerVersionShareAFlightOfTheirOwn) {
    api::AnswerCache c;
    std::promise<void> release_old, release_new;
    auto old_released = release_old.get_future().share();
    auto new_released = release_new.get_future().share();
    std::atomic<bool> old_in{false};
    std::atomic<int> new_computations{0}, new_started{0};
    auto old_reader = std::async(std::launch::async, [&] {
        return c.answer("d", [] { return 1LL; }, [&] {
            old_in = true;
            old_released.wait();
            return std::string("v1");
        });
    });
    while (!old_in) std::this_thread::yield();
    std::vector<std::future<std::string>> new_readers;
    for (int i = 0; i < 4; ++i)
        new_readers.push_back(std::async(std::launch::async, [&] {
            new_started++;
            return c.answer("d", [] { return 2LL; }, [&] {
                new_computations++;
                new_released.wait();
                return std::string("v2");
            });
        }));
    while (new_started < 4) std::this_thread::yield();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    release_new.set_value();
    for (auto& r : new_readers) EXPECT_EQ(r.get(), "v2");
    EXPECT_EQ(new_computations.load(), 1);
    release_old.set_value();
    EXPECT_EQ(old_reader.get(), "v1");
}
