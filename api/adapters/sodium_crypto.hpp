#pragma once
// Passwords (Argon2id), random tokens and SHA-256 through libsodium. At most two
// password hashes run at once, so a flood of sign-ins cannot starve the server.
#include <condition_variable>
#include <mutex>

#include "domain/identity.hpp"

namespace api {

class SodiumCrypto final : public domain::Crypto {
public:
    // `fast` lowers Argon2id's cost for tests only (still Argon2id).
    explicit SodiumCrypto(bool fast = false);
    std::string hash_password(const std::string& password) override;
    bool verify_password(const std::string& hash, const std::string& password) override;
    std::string random_token(std::size_t bytes) override;
    std::string sha256_hex(const std::string& data) override;
    bool equal_constant_time(const std::string& a, const std::string& b) override;

    static constexpr int max_concurrent_hashes = 2;

private:
    class Slot;
    bool fast_;
    std::mutex mu_;
    std::condition_variable cv_;
    int running_ = 0;
};

}  // namespace api
