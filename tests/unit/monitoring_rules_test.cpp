// The monitoring and bases rules on their own: the standard form, values by type, derived
// shares, plausibility rules, consent, pair checks, counts from the bases, completeness.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/bases.hpp"
#include "domain/monitoring.hpp"

using namespace domain;

namespace {

// A stored time from its text (domain/instant.hpp).
domain::Instant at(const char* text) { return *domain::Instant::parse_rfc3339(text); }

Date day(const char* iso) { return *Date::parse_iso(iso); }

Campaign standard_campaign() {
    Campaign c;
    c.id = CampaignId{"c"};
    c.reporting_date = day("2025-05-20");
    c.due_date = day("2025-05-31");
    c.lock_date = day("2025-06-10");
    Validator v;
    c.indicators = build_form({{"volunteers", "Волонтёры", IndicatorType::integer, true},
                               {"comment", "Комментарий", IndicatorType::text, false}},
                              v);
    EXPECT_TRUE(v.ok());
    return c;
}

std::vector<FieldError> value_errors(const Values& values) {
    Validator v;
    validate_values(standard_campaign(), values, v);
    try {
        v.throw_if_failed();
    } catch (const Error& e) {
        return e.fields();
    }
    return {};
}

TEST(StandardForm, HasEveryCodeOfDomainMd) {
    std::vector<std::string> codes;
    for (auto& i : standard_indicators()) codes.push_back(i.code);
    for (auto* code : {"students_10_18", "mentees_students_10_18", "teachers_total", "young_teachers",
                       "mentees_young_teachers", "mentors_total", "mentees_total", "pairs_total", "programs_total",
                       "surveyed", "satisfied", "share_students_10_18_pct", "share_young_teachers_pct", "satisfaction_pct",
                       "has_order", "has_regulation", "has_program", "has_site_page"})
        EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end()) << code;
    EXPECT_TRUE(find_standard_indicator("share_students_10_18_pct")->derived);
    EXPECT_EQ(*find_standard_indicator("share_young_teachers_pct")->target, 70.0);
    EXPECT_TRUE(find_standard_indicator("mentors_total")->from_bases);
    EXPECT_FALSE(find_standard_indicator("students_10_18")->from_bases);
}

TEST(StandardForm, CampaignsAddTheirOwnAndMayChangeRequiredOnly) {
    struct Case {
        const char* description;
        std::vector<IndicatorInput> extra;
        std::string error_pointer;  // empty: valid
    };
    std::vector<Case> cases = {
        {"an own integer indicator", {{"volunteers", "Волонтёры", IndicatorType::integer, true}}, ""},
        {"a standard one made optional", {{"surveyed", std::nullopt, std::nullopt, false}}, ""},
        {"a standard one sent back as served", {{"teachers_total", "Педагогические работники", IndicatorType::integer, true}}, ""},
        {"a standard one retyped", {{"teachers_total", std::nullopt, IndicatorType::text, std::nullopt}}, "/indicators/0"},
        {"a derived share made required", {{"satisfaction_pct", std::nullopt, std::nullopt, true}}, "/indicators/0/required"},
        {"an own one without a type", {{"x", "X", std::nullopt, std::nullopt}}, "/indicators/0/type"},
        {"an own one without a title", {{"x", std::nullopt, IndicatorType::text, std::nullopt}}, "/indicators/0/title"},
        {"a code with capitals", {{"Bad", "X", IndicatorType::text, std::nullopt}}, "/indicators/0/code"},
        {"a code twice", {{"x", "X", IndicatorType::text, {}}, {"x", "X", IndicatorType::text, {}}}, "/indicators/1/code"},
    };
    for (auto& c : cases) {
        Validator v;
        auto form = build_form(c.extra, v);
        std::vector<FieldError> errors;
        try {
            v.throw_if_failed();
        } catch (const Error& e) {
            errors = e.fields();
        }
        if (c.error_pointer.empty()) {
            EXPECT_TRUE(errors.empty()) << c.description << ": " << (errors.empty() ? "" : errors[0].message);
        } else {
            ASSERT_FALSE(errors.empty()) << c.description;
            EXPECT_EQ(errors[0].pointer, c.error_pointer) << c.description;
        }
    }
    Validator v;
    auto form = build_form({{"surveyed", std::nullopt, std::nullopt, true}, {"own", "Своё", IndicatorType::decimal, false}}, v);
    auto back = form_inputs(form);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].code, "surveyed");
    EXPECT_EQ(back[1].code, "own");
}

TEST(ReportValues, EachTypeTakesItsOwnValuesAndNotApplicable) {
    struct Case {
        const char* description;
        std::string code;
        Value value;
        bool ok;
    };
    std::vector<Case> cases = {
        {"a count", "mentors_total", Value::of(12), true},
        {"zero is a real answer", "mentors_total", Value::of(0), true},
        {"not applicable fits every type", "students_10_18", Value::not_applicable(), true},
        {"a negative count", "mentors_total", Value::of(-1), false},
        {"a fractional count", "mentors_total", Value::of(2.5), false},
        {"a count as text", "mentors_total", Value::of_text("12"), false},
        {"a yes/no", "has_order", Value::yes_no(true), true},
        {"a yes/no as a number", "has_order", Value::of(1), false},
        {"a derived share entered", "share_students_10_18_pct", Value::of(50), false},
        {"an unknown code", "colour", Value::of(1), false},
        {"the campaign's own integer", "volunteers", Value::of(3), true},
        {"the campaign's own text", "comment", Value::of_text("всё хорошо"), true},
        {"an empty text", "comment", Value::of_text("  "), false},
    };
    for (auto& c : cases) {
        auto errors = value_errors({{c.code, c.value}});
        EXPECT_EQ(errors.empty(), c.ok) << c.description;
        if (!errors.empty()) {
            EXPECT_EQ(errors[0].pointer, "/values/" + c.code) << c.description;
        }
    }
}

TEST(DerivedShares, AreComputedMissingOrNotApplicableNeverASilentZero) {
    struct Case {
        const char* description;
        Values values;
        std::optional<Value> share;  // share_students_10_18_pct
    };
    std::vector<Case> cases = {
        {"both given", {{"mentees_students_10_18", Value::of(175)}, {"students_10_18", Value::of(250)}}, Value::of(70)},
        {"rounded to one decimal", {{"mentees_students_10_18", Value::of(1)}, {"students_10_18", Value::of(3)}}, Value::of(33.3)},
        {"the part missing", {{"students_10_18", Value::of(250)}}, std::nullopt},
        {"the whole missing", {{"mentees_students_10_18", Value::of(5)}}, std::nullopt},
        {"a zero base", {{"mentees_students_10_18", Value::of(0)}, {"students_10_18", Value::of(0)}}, Value::not_applicable()},
        {"not applicable (a kindergarten)",
         {{"mentees_students_10_18", Value::not_applicable()}, {"students_10_18", Value::not_applicable()}},
         Value::not_applicable()},
    };
    for (auto& c : cases) {
        auto d = derive(c.values);
        auto it = d.find("share_students_10_18_pct");
        if (!c.share) {
            EXPECT_EQ(it, d.end()) << c.description;
        } else {
            ASSERT_NE(it, d.end()) << c.description;
            EXPECT_EQ(it->second, *c.share) << c.description;
        }
    }
}

TEST(PlausibilityRules, ExplainThemselvesAndNameTheirIndicator) {
    struct Case {
        const char* description;
        Values values;
        std::string failing_code;  // empty: no failure
        std::string says;          // part of the message
    };
    std::vector<Case> cases = {
        {"parts within wholes", {{"mentees_students_10_18", Value::of(10)}, {"students_10_18", Value::of(100)}}, "", ""},
        {"mentees 10–18 above the students",
         {{"mentees_students_10_18", Value::of(120)}, {"students_10_18", Value::of(100)}},
         "mentees_students_10_18",
         "exceeds"},
        {"young teachers in mentoring above young teachers",
         {{"mentees_young_teachers", Value::of(6)}, {"young_teachers", Value::of(5)}},
         "mentees_young_teachers",
         "(5)"},
        {"young teachers above all teachers", {{"young_teachers", Value::of(50)}, {"teachers_total", Value::of(40)}}, "young_teachers", ""},
        {"satisfied above surveyed", {{"satisfied", Value::of(11)}, {"surveyed", Value::of(10)}}, "satisfied", ""},
        {"surveyed more than the participants",
         {{"surveyed", Value::of(30)}, {"mentors_total", Value::of(5)}, {"mentees_total", Value::of(10)}},
         "surveyed",
         "(15)"},
        {"pairs without a mentor", {{"pairs_total", Value::of(3)}, {"mentors_total", Value::of(0)}}, "mentors_total", "exactly one mentor"},
        {"not applicable is not compared", {{"mentees_students_10_18", Value::of(5)}, {"students_10_18", Value::not_applicable()}}, "", ""},
    };
    for (auto& c : cases) {
        auto f = rule_failures(c.values);
        if (c.failing_code.empty()) {
            EXPECT_TRUE(f.empty()) << c.description << ": " << (f.empty() ? "" : f[0].message);
        } else {
            ASSERT_EQ(f.size(), 1u) << c.description;
            EXPECT_EQ(f[0].code, c.failing_code) << c.description;
            EXPECT_NE(f[0].message.find(c.says), std::string::npos) << c.description << ": " << f[0].message;
        }
    }
}

TEST(PlausibilityRules, RequiredIndicatorsAndBasesDisagreementsAreFlagged) {
    auto c = standard_campaign();
    Values values{{"mentors_total", Value::of(5)}, {"pairs_total", Value::not_applicable()}};
    auto missing = missing_required(c, values);
    auto has = [&](const std::vector<Flag>& f, const std::string& code) {
        return std::any_of(f.begin(), f.end(), [&](auto& x) { return x.code == code; });
    };
    EXPECT_TRUE(has(missing, "volunteers"));
    EXPECT_TRUE(has(missing, "teachers_total"));
    EXPECT_FALSE(has(missing, "mentors_total"));
    EXPECT_FALSE(has(missing, "pairs_total")) << "not applicable answers a required indicator";
    EXPECT_FALSE(has(missing, "surveyed")) << "optional";
    EXPECT_FALSE(has(missing, "share_students_10_18_pct")) << "derived";

    BasesCounts b;
    b.mentors_total = 4;
    b.pairs_total = 2;
    auto flags = bases_flags(values, b, day("2025-05-20"));
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0].code, "mentors_total");
    EXPECT_NE(flags[0].message.find("entered 5"), std::string::npos) << flags[0].message;
    EXPECT_NE(flags[0].message.find("give 4 as of 2025-05-20"), std::string::npos) << flags[0].message;
    EXPECT_EQ(flags[1].code, "pairs_total");
    EXPECT_TRUE(bases_flags(values, std::nullopt, day("2025-05-20")).empty());
}

// ---- people, consent, pairs -------------------------------------------------------------

Person person(PersonCategory cat, std::optional<int> born, std::optional<Consent> consent) {
    Person p;
    p.id = PersonId{"p"};
    p.category = cat;
    p.birth_year = born;
    p.consent = consent;
    p.full_name = "Имя";
    return p;
}

TEST(Consent, MinorsNeedAParentsConsent) {
    Date on{2025, 5, 20};
    struct Case {
        const char* description;
        Person p;
        bool ok;
    };
    std::vector<Case> cases = {
        {"an adult's own consent", person(PersonCategory::teacher, 1980, Consent{day("2024-09-01"), ConsentGiver::self}), true},
        {"no consent", person(PersonCategory::teacher, 1980, std::nullopt), false},
        {"a pupil of 12 with a parent's consent", person(PersonCategory::student, 2013, Consent{day("2024-09-01"), ConsentGiver::parent}), true},
        {"a pupil of 12 with their own consent", person(PersonCategory::student, 2013, Consent{day("2024-09-01"), ConsentGiver::self}), false},
        {"turning 18 this year: still possibly a minor", person(PersonCategory::college_student, 2007, Consent{day("2024-09-01"), ConsentGiver::self}), false},
        {"19 this year: an adult", person(PersonCategory::college_student, 2006, Consent{day("2024-09-01"), ConsentGiver::self}), true},
        {"consent dated after the day", person(PersonCategory::teacher, 1980, Consent{day("2025-06-01"), ConsentGiver::self}), false},
    };
    for (auto& c : cases) EXPECT_EQ(!consent_problem(c.p, on).has_value(), c.ok) << c.description;
    auto erased = person(PersonCategory::teacher, std::nullopt, std::nullopt);
    erased.erased_at = at("2025-01-01T00:00:00Z");
    EXPECT_NE(consent_problem(erased, on)->find("erased"), std::string::npos);
}

TEST(Persons, ValidationNamesEachFieldUnderItsPrefix) {
    Date today{2025, 5, 20};
    struct Case {
        const char* description;
        PersonInput in;
        std::string pointer;  // empty: valid
    };
    auto base = [] {
        PersonInput in;
        in.full_name = "Иванов Иван";
        in.category = PersonCategory::student;
        in.birth_year = 2012;
        in.consent = ConsentInput{day("2024-09-01"), ConsentGiver::parent};
        return in;
    };
    std::vector<Case> cases;
    cases.push_back({"a valid pupil", base(), ""});
    {
        auto in = base();
        in.birth_year.reset();
        cases.push_back({"a pupil without a birth year", in, "/items/3/birth_year"});
    }
    {
        auto in = base();
        in.birth_year = 1950;
        cases.push_back({"a pupil born in 1950", in, "/items/3/birth_year"});
    }
    {
        auto in = base();
        in.full_name = "   ";
        cases.push_back({"an empty name", in, "/items/3/full_name"});
    }
    {
        auto in = base();
        in.consent->date = std::nullopt;  // the body's "2025-13-01": no date (api/json/monitoring_json.cpp)
        cases.push_back({"an impossible consent date", in, "/items/3/consent/date"});
    }
    {
        auto in = base();
        in.consent->date = day("2026-01-01");
        cases.push_back({"consent in the future", in, "/items/3/consent/date"});
    }
    for (auto& c : cases) {
        Validator v;
        c.in.validate(v, "/items/3", today);
        std::vector<FieldError> errors;
        try {
            v.throw_if_failed();
        } catch (const Error& e) {
            errors = e.fields();
        }
        if (c.pointer.empty())
            EXPECT_TRUE(errors.empty()) << c.description;
        else {
            ASSERT_EQ(errors.size(), 1u) << c.description;
            EXPECT_EQ(errors[0].pointer, c.pointer) << c.description;
        }
    }
}

TEST(Pairs, ExactlyOneMentorConsentProgramFormsAndCapacity) {
    Date today{2025, 5, 20};
    auto mentor = person(PersonCategory::teacher, 1980, Consent{day("2024-09-01"), ConsentGiver::self});
    mentor.id = PersonId{"m"};
    auto mentee = person(PersonCategory::student, 2012, Consent{day("2024-09-01"), ConsentGiver::parent});
    mentee.id = PersonId{"s"};
    Program program;
    program.forms = {"student_student"};
    program.start = day("2024-09-01");
    program.end = day("2025-08-31");
    program.capacity = 2;

    PairInput in;
    in.mentor_id = PersonId{"11111111-1111-1111-1111-111111111111"};
    in.mentee_ids = {PersonId{"22222222-2222-2222-2222-222222222222"}};
    in.form = "student_student";
    in.program_id = ProgramId{"33333333-3333-3333-3333-333333333333"};
    in.start_date = day("2024-10-01");
    EXPECT_NO_THROW(in.validate());

    struct Case {
        const char* description;
        std::function<void(PairInput&, PairContext&)> change;
        std::string pointer;
    };
    std::vector<Case> cases = {
        {"everything in order", [](auto&, auto&) {}, ""},
        {"no such mentor", [](auto&, auto& c) { c.mentor.reset(); }, "/mentor_id"},
        {"a mentee without consent", [](auto&, auto& c) { c.mentees[0]->consent.reset(); }, "/mentee_ids/0"},
        {"a minor with their own consent", [](auto&, auto& c) { c.mentees[0]->consent->given_by = ConsentGiver::self; }, "/mentee_ids/0"},
        {"a form outside the program", [](auto& i, auto&) { i.form = "employer_student"; }, "/form"},
        {"a start outside the program", [](auto& i, auto&) { i.start_date = day("2025-09-01"); }, "/start_date"},
        {"the mentor at capacity", [](auto&, auto& c) { c.mentor_pairs_in_program = 2; }, "/mentor_id"},
        {"an existing member erased since", [](auto&, auto& c) {
             c.mentees[0]->erased_at = at("2025-01-01T00:00:00Z");
             c.current_members = {PersonId{"s"}};
         }, ""},
    };
    for (auto& c : cases) {
        auto input = in;
        PairContext ctx{mentor, {mentee}, program, 0, {}};
        c.change(input, ctx);
        try {
            check_pair(input, ctx, today);
            EXPECT_TRUE(c.pointer.empty()) << c.description << ": accepted";
        } catch (const Error& e) {
            ASSERT_FALSE(c.pointer.empty()) << c.description << ": " << e.fields()[0].message;
            EXPECT_EQ(e.fields()[0].pointer, c.pointer) << c.description;
        }
    }

    auto bad = in;
    bad.mentee_ids.clear();
    EXPECT_THROW(bad.validate(), Error) << "a pair needs at least one mentee";
    bad = in;
    bad.mentee_ids.push_back(bad.mentee_ids[0]);
    EXPECT_THROW(bad.validate(), Error) << "a mentee twice";
    bad = in;
    bad.status = PairStatus::completed;
    EXPECT_THROW(bad.validate(), Error) << "a finished pair needs its end date";
}

TEST(BasesCounts, CountActivePairsTheirPeopleAndProgramsAsOfTheDate) {
    BasesSnapshot s;
    s.has_records = true;
    using M = BasesSnapshot::Mentee;
    s.pairs = {
        {PersonId{"t1"}, "student_student", day("2024-09-01"), std::nullopt, {M{PersonId{"a"}, PersonCategory::student, 2012}, M{PersonId{"b"}, PersonCategory::student, 2005}}},
        {PersonId{"t1"}, "student_student", day("2024-09-01"), day("2025-03-01"), {M{PersonId{"c"}, PersonCategory::student, 2012}}},  // ended before
        {PersonId{"t2"}, "teacher_young_specialist", day("2024-10-01"), std::nullopt, {M{PersonId{"y"}, PersonCategory::young_teacher, 1999}}},
        {PersonId{"t3"}, "student_student", day("2025-06-01"), std::nullopt, {M{PersonId{"d"}, PersonCategory::student, 2012}}},  // starts after
        {PersonId{"t2"}, "student_student", day("2025-01-01"), std::nullopt, {M{PersonId{"a"}, PersonCategory::student, 2012}}},  // a again
        {PersonId{"t4"}, "student_student", day("2025-01-01"), std::nullopt, {M{PersonId{"e"}, PersonCategory::student, std::nullopt}}},  // erased pupil
    };
    s.programs = {{day("2024-09-01"), day("2025-08-31")}, {day("2023-09-01"), day("2024-05-31")}};
    auto c = count_bases(s, Date{2025, 5, 20});
    EXPECT_EQ(c.pairs_total, 4);
    EXPECT_EQ(c.mentors_total, 3);   // t1, t2, t4
    EXPECT_EQ(c.mentees_total, 4);   // a, b, y, e
    EXPECT_EQ(c.mentees_students_10_18, 2);  // a (13) and e (age unknown); b is 20
    EXPECT_EQ(c.mentees_young_teachers, 1);
    EXPECT_EQ(c.programs_total, 1);
    EXPECT_EQ(c.pairs_by_form.at("student_student"), 3);
    EXPECT_EQ(c.by_code().at("mentors_total"), 3);
}

TEST(Completeness, ClosedOrganisationsLeaveBothSidesAndLateIsAfterTheDueDate) {
    Campaign c;
    c.due_date = day("2025-05-31");
    const OrganizationId a{"a"}, b{"b"}, c_{"c"}, d{"d"}, e{"e"}, f{"f"}, z{"z"};
    c.organization_ids = {a, b, c_, d, e, f};
    std::vector<OrganizationBrief> orgs = {{a, "A", OrganizationType::school, false}, {b, "B", OrganizationType::school, false},
                                           {c_, "C", OrganizationType::kindergarten, false}, {d, "D", OrganizationType::school, true},
                                           {e, "E", OrganizationType::college, false}, {f, "F", OrganizationType::school, false},
                                           {z, "Z", OrganizationType::school, false}};
    std::vector<ReportBrief> reports = {
        {a, ReportStatus::accepted, at("2025-05-30T10:00:00.000Z"), at("2025-05-30T10:00:00.000Z"), 3},
        {b, ReportStatus::submitted, at("2025-06-02T10:00:00.000Z"), at("2025-06-02T10:00:00.000Z"), 2},
        {c_, ReportStatus::draft, std::nullopt, std::nullopt, 1},
        {d, ReportStatus::submitted, at("2025-05-01T10:00:00.000Z"), at("2025-05-01T10:00:00.000Z"), 2},
        {e, ReportStatus::returned, at("2025-05-20T10:00:00.000Z"), at("2025-05-20T10:00:00.000Z"), 4},
    };
    auto x = completeness(c, orgs, reports);
    EXPECT_EQ(x.totals.expected, 5) << "d is closed, z is not expected";
    EXPECT_EQ(x.closed_excluded, 1);
    EXPECT_EQ(x.totals.submitted, 2);
    EXPECT_EQ(x.totals.accepted, 1);
    EXPECT_EQ(x.totals.on_time, 1);
    EXPECT_EQ(x.totals.late, 1);
    EXPECT_EQ(x.totals.missing, 3) << "a draft, a returned report and no report";
    EXPECT_EQ(*x.totals.pct(), 40.0);
    EXPECT_EQ(x.by_type.at("school").expected, 3);
    EXPECT_EQ(x.by_type.at("school").submitted, 2);
    EXPECT_EQ(x.by_type.at("kindergarten").missing, 1);
    EXPECT_FALSE(x.by_type.count("closed"));
}

TEST(Campaigns, DatesMustBeInOrder) {
    Campaign c;
    c.title = "Май";
    c.reporting_date = day("2025-05-20");
    c.due_date = day("2025-05-10");
    c.lock_date = day("2025-05-01");
    c.organization_ids = {OrganizationId{"11111111-1111-1111-1111-111111111111"}};
    Validator v;
    validate_campaign(c, v);
    try {
        v.throw_if_failed();
        FAIL() << "accepted dates out of order";
    } catch (const Error& e) {
        ASSERT_EQ(e.fields().size(), 2u);
        EXPECT_EQ(e.fields()[0].pointer, "/due_date");
        EXPECT_EQ(e.fields()[1].pointer, "/lock_date");
    }
}

}  // namespace
