#pragma once
// Computed answers kept beside the district version they were read at (V0006,
// district_versions): served again while the version stands, recomputed once anything the
// answer depends on has changed and committed. Least recently used entries leave first.
// The version lives in the database, so several server instances stay correct.
#include <atomic>
#include <cstddef>
#include <functional>
#include <future>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace api {

class AnswerCache {
public:
    explicit AnswerCache(std::size_t max_bytes = 32u << 20) : max_bytes_(max_bytes) {}
    // A number that changes when what was kept may be from another history of the database
    // (connections lost: a restart, a failover, a restore, where versions may count again
    // through numbers already seen); every answer kept is dropped when it moves.
    void set_epoch_source(std::function<unsigned long long()> epoch) { epoch_source_ = std::move(epoch); }

    // The body stored for `key` at exactly `version`; nullopt otherwise (a miss).
    std::optional<std::string> find(const std::string& key, long long version);
    void put(const std::string& key, long long version, std::string body);
    // The body kept for `key` at the version read_version() answers, or compute()'s, kept
    // beside that version and returned. read_version() is called first (so the answer is at
    // least as new as its version); what is computed is kept only when no connection was lost
    // from before the version was read until after the answer (a failover or restore in
    // between could pair an answer from one history of the database with a version of another).
    //
    // Concurrent misses of one key at one version compute it once: the first computes, the
    // others wait for its answer (or its error). After a write moves a district's version,
    // every dashboard polling it misses at the same moment; without this each of them would
    // run the same statements at once, on the same cores.
    template <class ReadVersion, class Compute>
    std::string answer(const std::string& key, ReadVersion read_version, Compute compute) {
        if (max_bytes_ == 0) return compute();  // nothing kept (ANSWER_CACHE_MB=0): every answer computed
        auto before = epoch_source_ ? epoch_source_() : 0;
        long long version = read_version();
        if (auto hit = find(key, version)) return std::move(*hit);
        auto [flight, role] = join_flight(key, version);
        if (role == FlightRole::follower) return flight.get();  // rethrows the leader's error
        std::string body;
        try {
            body = compute();
        } catch (...) {
            land_flight(key, version, nullptr, std::current_exception());
            throw;
        }
        if ((epoch_source_ ? epoch_source_() : 0) == before) put(key, version, body);
        land_flight(key, version, &body, nullptr);
        return body;
    }

    [[nodiscard]] std::size_t bytes() const;
    [[nodiscard]] std::size_t entries() const;
    [[nodiscard]] unsigned long long hits() const { return hits_; }
    [[nodiscard]] unsigned long long misses() const { return misses_; }

private:
    struct Entry {
        std::string key;
        long long version;
        std::string body;
    };
    void evict_locked();
    void check_epoch_locked();
    // The computation of (key, version) under way: joined (follower) or started (leader).
    enum class FlightRole { leader, follower };
    std::pair<std::shared_future<std::string>, FlightRole> join_flight(const std::string& key, long long version);
    void land_flight(const std::string& key, long long version, const std::string* body, std::exception_ptr error);

    mutable std::mutex mu_;
    std::list<Entry> lru_;  // most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> index_;
    std::size_t bytes_ = 0;
    std::size_t max_bytes_;
    std::atomic<unsigned long long> hits_{0}, misses_{0};
    std::function<unsigned long long()> epoch_source_;
    unsigned long long epoch_ = 0;
    struct Flight {
        long long version;
        std::promise<std::string> promise;
        std::shared_future<std::string> future;
    };
    std::unordered_map<std::string, Flight> flights_;  // by key and version; under mu_
};

}  // namespace api
