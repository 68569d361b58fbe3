#pragma once
// The seed documents of data/seeds/ (five real roadmaps), embedded in the binary at build
// time by cmake/embed_seeds.cmake: the demo district reads them from here, never from a
// folder outside the installation.
#include <optional>
#include <string_view>
#include <vector>

namespace api {

struct EmbeddedSeed {
    std::string_view name;   // the file name, e.g. 004_4839086524111ee6.txt
    std::string_view bytes;  // the file as it is in data/seeds/
};

const std::vector<EmbeddedSeed>& embedded_seeds();

// The seed whose file name starts with `prefix` ("004_"), if the build embedded one.
inline std::optional<std::string_view> embedded_seed(std::string_view prefix) {
    for (const auto& s : embedded_seeds())
        if (s.name.substr(0, prefix.size()) == prefix) return s.bytes;
    return std::nullopt;
}

}  // namespace api
