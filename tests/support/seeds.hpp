#pragma once
// The seed documents the tests read: the repository's own copies in data/seeds/ (the
// same bytes the binary embeds for the demo). A missing seed fails the test; it is never
// skipped.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace testsupport {

inline std::filesystem::path seeds_dir() { return std::filesystem::path(NASTAVNIK_SOURCE_DIR) / "data" / "seeds"; }

// The path of the seed whose file name starts with `prefix` ("004_").
inline std::filesystem::path seed_path(const std::string& prefix) {
    for (const auto& e : std::filesystem::directory_iterator(seeds_dir()))
        if (e.path().filename().string().rfind(prefix, 0) == 0 && e.path().extension() == ".txt") return e.path();
    throw std::runtime_error("seed " + prefix + " not found in " + seeds_dir().string());
}

inline std::string seed_text(const std::string& prefix) {
    std::ifstream in(seed_path(prefix), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace testsupport
