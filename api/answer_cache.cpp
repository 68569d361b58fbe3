#include "api/answer_cache.hpp"

#include <string>

namespace api {

void AnswerCache::check_epoch_locked() {
    if (!epoch_source_) return;
    auto now = epoch_source_();
    if (now == epoch_) return;
    epoch_ = now;
    lru_.clear();
    index_.clear();
    bytes_ = 0;
}

std::optional<std::string> AnswerCache::find(const std::string& key, long long version) {
    std::lock_guard lock(mu_);
    check_epoch_locked();
    auto it = index_.find(key);
    if (it == index_.end() || it->second->version != version) {
        ++misses_;
        return std::nullopt;
    }
    lru_.splice(lru_.begin(), lru_, it->second);
    ++hits_;
    return it->second->body;
}

void AnswerCache::put(const std::string& key, long long version, std::string body) {
    std::size_t size = key.size() + body.size();
    if (size > max_bytes_ / 4) return;  // one answer never crowds out the rest
    std::lock_guard lock(mu_);
    check_epoch_locked();
    if (auto it = index_.find(key); it != index_.end()) {
        // The last answer stored wins: versions of a region or the country are digests with
        // no order, and an older one overwriting a newer costs one recomputation at most.
        bytes_ -= it->second->key.size() + it->second->body.size();
        lru_.erase(it->second);
        index_.erase(it);
    }
    lru_.push_front({key, version, std::move(body)});
    index_[key] = lru_.begin();
    bytes_ += size;
    evict_locked();
}

void AnswerCache::evict_locked() {
    while (bytes_ > max_bytes_ && !lru_.empty()) {
        auto& last = lru_.back();
        bytes_ -= last.key.size() + last.body.size();
        index_.erase(last.key);
        lru_.pop_back();
    }
}

namespace {
// One flight per key and version: while the answer at one version is being computed, a write
// may move the version, and the readers of the newer one form a flight of their own.
std::string flight_key(const std::string& key, long long version) { return key + '\n' + std::to_string(version); }
}  // namespace

std::pair<std::shared_future<std::string>, AnswerCache::FlightRole> AnswerCache::join_flight(const std::string& key,
                                                                                           long long version) {
    std::lock_guard lock(mu_);
    auto fk = flight_key(key, version);
    if (auto it = flights_.find(fk); it != flights_.end()) return {it->second.future, FlightRole::follower};
    Flight f{version, {}, {}};
    f.future = f.promise.get_future().share();
    auto future = f.future;
    flights_.emplace(std::move(fk), std::move(f));
    return {future, FlightRole::leader};
}

void AnswerCache::land_flight(const std::string& key, long long version, const std::string* body,
                              std::exception_ptr error) {
    std::promise<std::string> promise;
    {
        std::lock_guard lock(mu_);
        auto it = flights_.find(flight_key(key, version));
        if (it == flights_.end()) return;  // cannot happen: the leader lands its own
        promise = std::move(it->second.promise);
        flights_.erase(it);
    }
    if (error)
        promise.set_exception(error);
    else
        promise.set_value(*body);
}

std::size_t AnswerCache::bytes() const {
    std::lock_guard lock(mu_);
    return bytes_;
}

std::size_t AnswerCache::entries() const {
    std::lock_guard lock(mu_);
    return lru_.size();
}

}  // namespace api
