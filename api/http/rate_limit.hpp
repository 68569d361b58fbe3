#pragma once
// A request rate limit per credential (a person's sessions, or an API key): a token bucket
// per credential, `per_minute` deep and refilled at per_minute / 60 a second. Kept in this
// process (the limit is per instance): sharded, so that concurrent requests of different
// credentials rarely meet on one lock. Answers carry the IETF RateLimit fields
// (draft-ietf-httpapi-ratelimit-headers-07: `RateLimit-Policy: 600;w=60` and
// `RateLimit: limit=600, remaining=N, reset=S`).
#include <array>
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace api {

class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;
    explicit RateLimiter(int per_minute) : per_minute_(per_minute > 0 ? per_minute : 0) {}
    [[nodiscard]] bool enabled() const { return per_minute_ > 0; }
    [[nodiscard]] int per_minute() const { return per_minute_; }

    struct Decision {
        bool allowed = true;
        int remaining = 0;    // whole requests left now
        int reset = 0;        // seconds until the bucket is full again
        int retry_after = 0;  // when refused: seconds until one request is allowed
    };
    // Takes one request from the credential's bucket, or refuses it when the bucket is empty.
    Decision take(const std::string& credential, Clock::time_point now = Clock::now());

    // Buckets kept now (every shard).
    [[nodiscard]] std::size_t size();

    // The header values for a decision.
    [[nodiscard]] std::string policy_header() const;
    [[nodiscard]] std::string header(const Decision& d) const;

private:
    static constexpr std::size_t kShards = 32;
    static constexpr std::size_t kShardEntries = 4096;  // idle buckets are dropped beyond this
    struct Bucket {
        double tokens = 0;
        Clock::time_point at;
    };
    struct Shard {
        std::mutex mu;
        std::unordered_map<std::string, Bucket> buckets;
        std::size_t sweep_at = kShardEntries;  // the size at which idle buckets are swept next
    };
    int per_minute_;
    std::array<Shard, kShards> shards_;
};

}  // namespace api
