// The strict reading the contract test gives openapi.yaml (tests/api/strict_yaml.hpp):
// a repeated mapping key anywhere is refused, with its place and lines.
#include <gtest/gtest.h>

#include "tests/api/strict_yaml.hpp"

using testsupport::DuplicateKeyError;
using testsupport::load_strict;

TEST(StrictYaml, RefusesADocumentWithADuplicateKeyThatYamlCppAccepts) {
    const std::string doc =
        "components:\n"
        "  schemas:\n"
        "    Occurrence:\n"
        "      type: object\n"
        "    Other: { type: string }\n"
        "    Occurrence:\n"
        "      type: array\n";
    // yaml-cpp alone reads it, and a lookup silently finds the first of the two.
    ASSERT_NO_THROW(YAML::Load(doc));
    EXPECT_EQ(YAML::Load(doc)["components"]["schemas"]["Occurrence"]["type"].as<std::string>(), "object");

    try {
        load_strict(doc);
        FAIL() << "a duplicate key was accepted";
    } catch (const DuplicateKeyError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("/components/schemas: 'Occurrence' on line 6, first on line 3"), std::string::npos)
            << what;
    }
}

TEST(StrictYaml, FindsRepeatedKeysInFlowMappingsAndInsideSequences) {
    auto dups = testsupport::duplicate_keys(YAML::Load("a:\n  - { x: 1, y: 2, x: 3 }\n  - { 200: ok, '200': again }\n"));
    ASSERT_EQ(dups.size(), 2u);
    EXPECT_EQ(dups[0].path, "/a/0");
    EXPECT_EQ(dups[0].key, "x");
    EXPECT_EQ(dups[1].path, "/a/1");
    EXPECT_EQ(dups[1].key, "200");  // the same key once the document is JSON
}

TEST(StrictYaml, AcceptsTheSameKeyInDifferentMappings) {
    const std::string doc = "a: { id: 1, name: x }\nb: { id: 2, name: y }\nc: [ { id: 3 }, { id: 4 } ]\n";
    YAML::Node root;
    ASSERT_NO_THROW(root = load_strict(doc));
    EXPECT_EQ(root["b"]["id"].as<int>(), 2);
    EXPECT_TRUE(testsupport::duplicate_keys(root).empty());
}
