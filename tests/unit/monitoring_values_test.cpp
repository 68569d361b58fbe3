// The values of a monitoring report as read from a request body (api/json/monitoring_json.hpp).
// Found by json_body_fuzzer (tests/fuzz/findings/README.md): a key carrying NUL (or anything
// that is not an indicator code) went through to the domain, and into the error's pointer.
#include <gtest/gtest.h>

#include <functional>

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

namespace {
std::vector<std::string> problems(const std::function<void()>& validate) {
    std::vector<std::string> out;
    try {
        validate();
    } catch (const domain::Error& e) {
        for (auto& f : e.fields()) out.push_back(f.pointer + ": " + f.message);
    }
    return out;
}
}  // namespace

// Dates are parsed once, where the body is read; a text that is no date reaches the domain as
// "no date" and is named there with every other invalid field (one 422 names them all), with
// the pointers and messages it always had (a program's period under /start and /end).
TEST(MonitoringBodies, DatesAreParsedWhereTheBodyIsReadAndNamedWithTheOtherFields) {
    namespace mj = api::monitoring;
    std::vector<domain::FieldError> errors;
    auto person = mj::read_person(json{{"full_name", " "}, {"category", "student"}, {"birth_year", 2012},
                                       {"consent", {{"date", "2025-13-01"}, {"given_by", "parent"}}}},
                                  "/items/3", errors);
    ASSERT_TRUE(errors.empty());
    ASSERT_TRUE(person.consent);
    EXPECT_FALSE(person.consent->date);
    EXPECT_EQ(problems([&] {
                  domain::Validator v;
                  person.validate(v, "/items/3", domain::Date{2025, 5, 20});
                  v.throw_if_failed();
              }),
              (std::vector<std::string>{"/items/3/full_name: must not be empty",
                                        "/items/3/consent/date: must be a date (YYYY-MM-DD)"}));

    auto program = mj::read_program(
        json{{"title", "П"}, {"forms", {"student_student"}}, {"period", {{"start", "2024-9-1"}, {"end", "x"}}}}, errors);
    ASSERT_TRUE(errors.empty());
    EXPECT_EQ(problems([&] { program.validate(); }),
              (std::vector<std::string>{"/start: must be a date (YYYY-MM-DD)", "/end: must be a date (YYYY-MM-DD)"}));

    const std::string id = "11111111-1111-1111-1111-111111111111";
    auto bad = mj::read_pair(json{{"mentor_id", "m"}, {"mentee_ids", {id, "s"}}, {"form", "x"}, {"program_id", "p"},
                                  {"start_date", "2024-02-30"}, {"end_date", "soon"}},
                             errors);
    ASSERT_TRUE(errors.empty());
    EXPECT_EQ(problems([&] { bad.validate(); }),
              (std::vector<std::string>{"/mentor_id: must be a mentor id (UUID): a pair or group has exactly one mentor",
                                        "/mentee_ids/1: must be a mentee id (UUID)",
                                        "/form: is not a mentoring form (see /api/v1/mentoring-forms)",
                                        "/program_id: must be a program id (UUID) or null",
                                        "/start_date: must be a date (YYYY-MM-DD)",
                                        "/end_date: must be a date (YYYY-MM-DD) or null"}));
    auto pair = mj::read_pair(json{{"mentor_id", id}, {"mentee_ids", {id}}, {"form", "student_student"},
                                   {"program_id", nullptr}, {"start_date", "2024-10-01"}, {"end_date", nullptr}},
                              errors);
    ASSERT_TRUE(errors.empty());
    EXPECT_NO_THROW(pair.validate());
    EXPECT_EQ(pair.mentor_id.str(), id);
    EXPECT_FALSE(pair.program_id);
    EXPECT_EQ(pair.start_date, (domain::Date{2024, 10, 1}));
    EXPECT_FALSE(pair.end_date) << "null: no end date";

    auto patch = mj::read_campaign_patch(json{{"due_date", "31.05.2025"}}, errors);
    ASSERT_TRUE(errors.empty());
    ASSERT_TRUE(patch.due_date);
    EXPECT_FALSE(*patch.due_date);
    EXPECT_FALSE(patch.lock_date) << "absent";
}
