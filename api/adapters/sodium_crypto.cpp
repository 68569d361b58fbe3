#include "api/adapters/sodium_crypto.hpp"

#include <sodium.h>

#include <stdexcept>

namespace api {

class SodiumCrypto::Slot {
public:
    explicit Slot(SodiumCrypto& c) : c_(c) {
        std::unique_lock lock(c_.mu_);
        c_.cv_.wait(lock, [&] { return c_.running_ < max_concurrent_hashes; });
        ++c_.running_;
    }
    ~Slot() {
        std::lock_guard lock(c_.mu_);
        --c_.running_;
        c_.cv_.notify_one();
    }

private:
    SodiumCrypto& c_;
};

SodiumCrypto::SodiumCrypto(bool fast) : fast_(fast) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string SodiumCrypto::hash_password(const std::string& password) {
    Slot slot(*this);
    char out[crypto_pwhash_STRBYTES];
    auto ops = fast_ ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    auto mem = fast_ ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("password hashing ran out of memory");
    return out;
}

bool SodiumCrypto::verify_password(const std::string& hash, const std::string& password) {
    if (hash.size() >= crypto_pwhash_STRBYTES) return false;
    Slot slot(*this);
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string SodiumCrypto::random_token(std::size_t bytes) {
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), raw.size());
    std::string out(sodium_base64_ENCODED_LEN(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    out.resize(out.find('\0'));
    return out;
}

std::string SodiumCrypto::sha256_hex(const std::string& data) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool SodiumCrypto::equal_constant_time(const std::string& a, const std::string& b) {
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace api
