#pragma once
// YAML as strict parsers read it. yaml-cpp keeps a mapping's repeated keys (a lookup finds
// the first, iteration sees both), which YAML forbids: a file with one is refused by strict
// parsers and read differently by lenient ones. load_strict refuses it.
#include <stdexcept>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace testsupport {

struct DuplicateKey {
    std::string path;  // the mapping's place, e.g. "/components/schemas"
    std::string key;
    int line = 0;        // 1-based, of the repeated key
    int first_line = 0;  // 1-based, of its first occurrence
};

// Every key that a mapping of the tree repeats (scalar keys, compared by their text, as
// in JSON: 200 and '200' are the same key).
std::vector<DuplicateKey> duplicate_keys(const YAML::Node& root);

struct DuplicateKeyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// YAML::Load, then DuplicateKeyError naming every repeated key and its lines.
YAML::Node load_strict(const std::string& text);

}  // namespace testsupport
