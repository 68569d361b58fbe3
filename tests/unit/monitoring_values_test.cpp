// The values of a monitoring report as read from a request body (api/json/monitoring_json.hpp).
// Found by json_body_fuzzer (tests/fuzz/findings/README.md): a key carrying NUL (or anything
// that is not an indicator code) went through to the domain, and into the error's pointer.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "api/json/monitoring_json.hpp"

using nlohmann::json;

TEST(MonitoringValues, AKeyThatIsNotAnIndicatorCodeIsRefusedAtTheBody) {
    for (const std::string bad : {std::string("mentors\0total", 13), std::string("Mentors"), std::string("1st"),
                                  std::string("a/b"), std::string("a~0"), std::string(65, 'a'), std::string("учителя"),
                                  std::string()}) {
        std::vector<domain::FieldError> errors;
        auto values = api::monitoring::read_values(json{{"values", {{bad, 3}, {"mentors_total", 4}}}}, errors);
        ASSERT_EQ(errors.size(), 1u) << json(bad).dump();
        EXPECT_EQ(errors[0].pointer, "/values");
        EXPECT_NE(errors[0].message.find("not an indicator code"), std::string::npos);
        EXPECT_EQ(values.count(bad), 0u);
        EXPECT_EQ(values.count("mentors_total"), 1u);  // the good ones are still read
    }
}

TEST(MonitoringValues, IndicatorCodesAreRead) {
    std::vector<domain::FieldError> errors;
    auto values = api::monitoring::read_values(
        json{{"values", {{"mentors_total", 4}, {"has_order", true}, {"x", "not_applicable"}, {std::string(64, 'z'), 1}}}},
        errors);
    EXPECT_TRUE(errors.empty()) << errors[0].message;
    EXPECT_EQ(values.size(), 4u);
}
