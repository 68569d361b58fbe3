#include "api/http/rate_limit.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace api {

RateLimiter::Decision RateLimiter::take(const std::string& credential, Clock::time_point now) {
    Decision d;
    if (!enabled()) return d;
    const double capacity = per_minute_, per_second = per_minute_ / 60.0;
    auto& shard = shards_[std::hash<std::string>{}(credential) % kShards];
    std::lock_guard lock(shard.mu);
    auto refill = [&](Bucket& b) {
        double elapsed = std::chrono::duration<double>(now - b.at).count();
        if (elapsed > 0) b.tokens = std::min(capacity, b.tokens + elapsed * per_second);
        b.at = std::max(b.at, now);
    };
    if (shard.buckets.size() >= shard.sweep_at) {
        // Buckets that are full again say nothing a new one would not: drop them. The next
        // sweep waits until the shard has doubled, so sweeping stays O(1) a request on average.
        for (auto it = shard.buckets.begin(); it != shard.buckets.end();) {
            refill(it->second);
            it = it->second.tokens >= capacity ? shard.buckets.erase(it) : std::next(it);
        }
        shard.sweep_at = std::max(kShardEntries, shard.buckets.size() * 2);
    }
    auto [it, fresh] = shard.buckets.try_emplace(credential, Bucket{capacity, now});
    auto& b = it->second;
    if (!fresh) refill(b);
    if (b.tokens >= 1) {
        b.tokens -= 1;
    } else {
        d.allowed = false;
        d.retry_after = std::max(1, static_cast<int>(std::ceil((1 - b.tokens) / per_second)));
    }
    d.remaining = static_cast<int>(std::floor(b.tokens));
    d.reset = static_cast<int>(std::ceil((capacity - b.tokens) / per_second));
    return d;
}

std::size_t RateLimiter::size() {
    std::size_t n = 0;
    for (auto& shard : shards_) {
        std::lock_guard lock(shard.mu);
        n += shard.buckets.size();
    }
    return n;
}

std::string RateLimiter::policy_header() const { return std::to_string(per_minute_) + ";w=60"; }

std::string RateLimiter::header(const Decision& d) const {
    return "limit=" + std::to_string(per_minute_) + ", remaining=" + std::to_string(d.remaining) +
           ", reset=" + std::to_string(d.reset);
}

}  // namespace api
