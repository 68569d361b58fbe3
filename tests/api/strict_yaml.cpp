#include "tests/api/strict_yaml.hpp"

#include <map>

namespace testsupport {
namespace {

constexpr int kMaxDepth = 512;  // deeper than any real document; stops an alias cycle

void walk(const YAML::Node& node, const std::string& path, int depth, std::vector<DuplicateKey>& out) {
    if (depth > kMaxDepth) throw DuplicateKeyError("YAML nested deeper than " + std::to_string(kMaxDepth) + " at " + path);
    if (node.IsSequence()) {
        int i = 0;
        for (const auto& item : node) walk(item, path + "/" + std::to_string(i++), depth + 1, out);
    } else if (node.IsMap()) {
        std::map<std::string, int> first_line;
        for (const auto& entry : node) {
            const YAML::Node& key = entry.first;
            if (key.IsScalar()) {
                const int line = key.Mark().line + 1;
                auto [at, fresh] = first_line.emplace(key.Scalar(), line);
                if (!fresh) out.push_back({path.empty() ? "/" : path, key.Scalar(), line, at->second});
            }
            walk(entry.second, path + "/" + (key.IsScalar() ? key.Scalar() : std::string("?")), depth + 1, out);
        }
    }
}

}  // namespace

std::vector<DuplicateKey> duplicate_keys(const YAML::Node& root) {
    std::vector<DuplicateKey> out;
    walk(root, "", 0, out);
    return out;
}

YAML::Node load_strict(const std::string& text) {
    YAML::Node root = YAML::Load(text);
    auto dups = duplicate_keys(root);
    if (dups.empty()) return root;
    std::string message = "duplicate mapping key";
    for (auto& d : dups)
        message += "\n  " + d.path + ": '" + d.key + "' on line " + std::to_string(d.line) + ", first on line " +
                   std::to_string(d.first_line);
    throw DuplicateKeyError(message);
}

}  // namespace testsupport
