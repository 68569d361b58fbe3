// MonitoringService (domain/monitoring.cpp) against in-memory fakes of its ports
// (tests/service/fakes/monitoring_repository.hpp) on a clock the test sets: which
// organisations a campaign expects, the report's preconditions (create, If-Match, stale),
// its workflow (draft → submitted → accepted / returned), the lock date, and what the bases
// pre-fill.
#include <gtest/gtest.h>

#include "domain/errors.hpp"
#include "domain/monitoring.hpp"
#include "domain_error.hpp"
#include "fakes/monitoring_repository.hpp"

namespace {

using namespace domain;
using servicetest::error_of;
using servicetest::names;

const DistrictId kDistrict{"d1000000-0000-4000-8000-000000000001"};
const OrganizationId kSchool{"0a000000-0000-4000-8000-00000000000a"};
const OrganizationId kGarden{"0b000000-0000-4000-8000-00000000000b"};
const OrganizationId kClosed{"0c000000-0000-4000-8000-00000000000c"};
const OrganizationId kLater{"0d000000-0000-4000-8000-00000000000d"};  // opened after the campaign started

Date day(const char* iso) { return *Date::parse_iso(iso); }

// Every required value of the standard form, consistent with the rules.
Values complete() {
    Values v;
    for (auto [code, n] : {std::pair{"students_10_18", 200}, {"mentees_students_10_18", 150}, {"teachers_total", 40},
                           {"young_teachers", 5}, {"mentees_young_teachers", 4}, {"mentors_total", 12},
                           {"mentees_total", 154}, {"pairs_total", 60}, {"programs_total", 2}})
        v[code] = Value::of(n);
    for (auto code : {"has_order", "has_regulation", "has_program", "has_site_page"}) v[code] = Value::yes_no(true);
    return v;
}

class MonitoringServiceTest : public ::testing::Test {
protected:
    Date today = day("2025-05-10");
    fakes::MonitoringRepository repo{today};
    fakes::BasesSnapshots bases;
    MonitoringService service{repo, bases, [this] { return today; }};
    const ReportActor curator{"user:curator", false};
    const ReportActor coordinator{"user:coordinator", true};
    const std::optional<ExpectedVersion> none{};

    void SetUp() override {
        repo.set_organizations(kDistrict, {{kSchool, "МБОУ СОШ № 1", OrganizationType::school, false},
                                           {kGarden, "МБДОУ детский сад № 5", OrganizationType::kindergarten, false},
                                           {kClosed, "МБОУ СОШ № 9", OrganizationType::school, true}});
    }
    Campaign campaign() {
        CampaignInput in;
        in.title = "Мониторинг ЦМН, май";
        in.reporting_date = day("2025-05-20");
        in.due_date = day("2025-05-31");
        in.lock_date = day("2025-06-10");
        return service.create_campaign(kDistrict, in);
    }
    static std::optional<ExpectedVersion> at(int v) { return ExpectedVersion{v}; }
};

TEST_F(MonitoringServiceTest, ACampaignExpectsEveryActiveOrganisationByDefault) {
    auto c = campaign();
    EXPECT_EQ(c.organization_ids, (std::vector<OrganizationId>{kSchool, kGarden}));
    EXPECT_FALSE(c.indicators.empty()) << "the standard form";
    EXPECT_EQ(service.campaign(kDistrict, c.id).title, "Мониторинг ЦМН, май");
    EXPECT_EQ(error_of([&] { service.campaign(DistrictId{"d2000000-0000-4000-8000-000000000002"}, c.id); }).kind(), ErrorKind::not_found);
}

TEST_F(MonitoringServiceTest, ACampaignsDatesComeInOrderAndItsOrganisationsAreTheDistricts) {
    CampaignInput in;
    in.title = "Мониторинг";
    in.reporting_date = day("2025-05-20");
    in.due_date = day("2025-05-01");   // before the reporting date
    in.lock_date = day("2025-04-01");  // before the due date
    in.organization_ids = std::vector<OrganizationId>{kSchool, OrganizationId{"0e000000-0000-4000-8000-00000000000e"}, kSchool};
    auto e = error_of([&] { service.create_campaign(kDistrict, in); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/due_date"));
    EXPECT_TRUE(names(e, "/lock_date"));
    EXPECT_TRUE(names(e, "/organization_ids/1")) << "not an organisation of this district";
    EXPECT_TRUE(names(e, "/organization_ids/2")) << "named twice";
    EXPECT_TRUE(service.campaigns(kDistrict, {}).items.empty());
}

TEST_F(MonitoringServiceTest, AReportIsCreatedOnceAndThenChangedOnlyFromItsCurrentVersion) {
    auto c = campaign();
    auto first = service.put_report(kDistrict, c.id, kSchool, none, {{"students_10_18", Value::of(200)}}, curator);
    ASSERT_TRUE(first.report);
    EXPECT_EQ(first.report->status, ReportStatus::draft);
    EXPECT_EQ(first.report->version, 1);

    auto again = error_of([&] { service.put_report(kDistrict, c.id, kSchool, none, complete(), curator); });
    EXPECT_EQ(again.kind(), ErrorKind::precondition_required) << "an existing report is never overwritten blind";
    auto create_only = error_of([&] { service.put_report(kDistrict, c.id, kSchool, at(1), complete(), curator, true); });
    EXPECT_EQ(create_only.slug(), "report-exists");
    auto second = service.put_report(kDistrict, c.id, kSchool, at(1), complete(), curator);
    EXPECT_EQ(second.report->version, 2);
    auto stale = error_of([&] { service.put_report(kDistrict, c.id, kSchool, at(1), {}, curator); });
    EXPECT_EQ(stale.kind(), ErrorKind::precondition_failed);
    EXPECT_EQ(service.report(kDistrict, c.id, kSchool).report->values, complete());

    // If-Match on a report that does not exist cannot match.
    EXPECT_EQ(error_of([&] { service.put_report(kDistrict, c.id, kGarden, at(1), {}, curator); }).kind(),
              ErrorKind::precondition_failed);
    EXPECT_FALSE(service.report(kDistrict, c.id, kGarden).report);
}

TEST_F(MonitoringServiceTest, ValuesMustFitTheForm) {
    auto c = campaign();
    Values bad = {{"no_such_indicator", Value::of(1)},
                  {"share_students_10_18_pct", Value::of(75)},  // derived: computed, never entered
                  {"students_10_18", Value::of(-3)},
                  {"has_order", Value::of(1)}};
    auto e = error_of([&] { service.put_report(kDistrict, c.id, kSchool, none, bad, curator); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    for (auto p : {"/values/no_such_indicator", "/values/share_students_10_18_pct", "/values/students_10_18", "/values/has_order"})
        EXPECT_TRUE(names(e, p)) << p;
    EXPECT_FALSE(service.report(kDistrict, c.id, kSchool).report);
}

TEST_F(MonitoringServiceTest, SubmittingChecksEveryRequiredValueAndRule) {
    auto c = campaign();
    auto values = complete();
    values.erase("programs_total");
    values["mentees_students_10_18"] = Value::of(500);  // more than the 200 pupils of 10–18
    service.put_report(kDistrict, c.id, kSchool, none, values, curator);
    auto e = error_of([&] { service.submit(kDistrict, c.id, kSchool, none, curator); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/values/programs_total"));
    EXPECT_TRUE(names(e, "/values/mentees_students_10_18"));
    EXPECT_EQ(service.report(kDistrict, c.id, kSchool).report->status, ReportStatus::draft);
}

TEST_F(MonitoringServiceTest, TheWorkflowIsSubmitThenAcceptOrReturnWithAComment) {
    auto c = campaign();
    EXPECT_EQ(error_of([&] { service.submit(kDistrict, c.id, kSchool, none, curator); }).slug(), "report-not-started");
    service.put_report(kDistrict, c.id, kSchool, none, complete(), curator);
    EXPECT_EQ(error_of([&] { service.accept(kDistrict, c.id, kSchool, none, coordinator); }).slug(), "report-draft");

    auto submitted = service.submit(kDistrict, c.id, kSchool, at(1), curator);
    EXPECT_EQ(submitted.report->status, ReportStatus::submitted);
    EXPECT_EQ(submitted.report->submitted_by, "user:curator");
    EXPECT_FALSE(submitted.late);
    EXPECT_EQ(error_of([&] { service.put_report(kDistrict, c.id, kSchool, at(2), complete(), curator); }).slug(),
              "report-submitted") << "a submitted report changes only after it is returned";
    EXPECT_EQ(error_of([&] { service.submit(kDistrict, c.id, kSchool, none, curator); }).slug(), "report-submitted");

    auto no_comment = error_of([&] { service.return_report(kDistrict, c.id, kSchool, none, "   ", coordinator); });
    EXPECT_TRUE(names(no_comment, "/comment"));
    auto returned = service.return_report(kDistrict, c.id, kSchool, at(2), "Уточните число пар", coordinator);
    EXPECT_EQ(returned.report->status, ReportStatus::returned);
    EXPECT_EQ(returned.report->return_comment, "Уточните число пар");
    EXPECT_FALSE(returned.report->reopened) << "returned before the lock date";

    service.put_report(kDistrict, c.id, kSchool, at(3), complete(), curator);
    service.submit(kDistrict, c.id, kSchool, none, curator);
    auto accepted = service.accept(kDistrict, c.id, kSchool, none, coordinator);
    EXPECT_EQ(accepted.report->status, ReportStatus::accepted);
    EXPECT_EQ(accepted.report->accepted_by, "user:coordinator");
    EXPECT_EQ(error_of([&] { service.accept(kDistrict, c.id, kSchool, at(1), coordinator); }).kind(),
              ErrorKind::precondition_failed);
}

TEST_F(MonitoringServiceTest, AfterTheLockDateOnlyTheCoordinatorActsUntilAReturnReopensTheReport) {
    auto c = campaign();
    service.put_report(kDistrict, c.id, kSchool, none, complete(), curator);
    today = day("2025-06-11");  // past the lock date
    auto locked = error_of([&] { service.put_report(kDistrict, c.id, kSchool, ExpectedVersion{}, complete(), curator); });
    EXPECT_EQ(locked.slug(), "report-locked");
    EXPECT_TRUE(service.report(kDistrict, c.id, kSchool).locked);
    EXPECT_TRUE(service.report(kDistrict, c.id, kSchool).overdue);

    auto by_coordinator = service.submit(kDistrict, c.id, kSchool, none, coordinator);
    EXPECT_TRUE(by_coordinator.late) << "first submitted after the due date";
    auto reopened = service.return_report(kDistrict, c.id, kSchool, none, "Исправьте после проверки", coordinator);
    EXPECT_TRUE(reopened.report->reopened);
    EXPECT_FALSE(reopened.locked);
    auto edited = service.put_report(kDistrict, c.id, kSchool, ExpectedVersion{}, complete(), curator);
    EXPECT_EQ(edited.report->status, ReportStatus::draft);
    auto resubmitted = service.submit(kDistrict, c.id, kSchool, none, curator);
    EXPECT_FALSE(resubmitted.report->reopened) << "submitting closes it again";
    EXPECT_TRUE(resubmitted.late) << "lateness is the first submission's";
}

TEST_F(MonitoringServiceTest, AnOrganisationIsAddedOnceAndRemovedOnlyWithoutAReport) {
    auto c = campaign();
    auto not_expected = error_of([&] { service.report(kDistrict, c.id, kLater); });
    EXPECT_EQ(not_expected.slug(), "organization-not-in-campaign");
    EXPECT_EQ(error_of([&] { service.add_organization(kDistrict, c.id, kLater); }).kind(), ErrorKind::validation)
        << "not (yet) an organisation of the district";

    repo.set_organizations(kDistrict, {{kSchool, "СОШ № 1", OrganizationType::school, false},
                                       {kGarden, "Детский сад № 5", OrganizationType::kindergarten, false},
                                       {kClosed, "СОШ № 9", OrganizationType::school, true},
                                       {kLater, "СОШ № 10", OrganizationType::school, false}});
    auto added = service.add_organization(kDistrict, c.id, kLater);
    EXPECT_TRUE(added.changed);
    EXPECT_TRUE(added.campaign.expects(kLater));
    auto retried = service.add_organization(kDistrict, c.id, kLater);
    EXPECT_FALSE(retried.changed);
    EXPECT_EQ(retried.campaign.version, added.campaign.version) << "a retry changes nothing";
    EXPECT_EQ(error_of([&] { service.add_organization(kDistrict, c.id, kClosed); }).kind(), ErrorKind::validation);

    service.put_report(kDistrict, c.id, kSchool, none, complete(), curator);
    EXPECT_EQ(error_of([&] { service.remove_organization(kDistrict, c.id, kSchool); }).slug(), "organization-has-report");
    auto removed = service.remove_organization(kDistrict, c.id, kGarden);
    EXPECT_FALSE(removed.expects(kGarden));

    today = day("2025-06-11");
    EXPECT_EQ(error_of([&] { service.remove_organization(kDistrict, c.id, kLater); }).slug(), "campaign-locked");
    EXPECT_TRUE(service.campaign(kDistrict, c.id).expects(kLater));
}

TEST_F(MonitoringServiceTest, TheBasesPrefillAReportNotStartedAndDisagreementsAreFlagged) {
    auto c = campaign();
    BasesSnapshot s;
    s.has_records = true;
    s.programs.push_back({day("2024-09-01"), day("2025-08-31")});
    const PersonId mentor{"mentor-1"}, mentee1{"mentee-1"}, mentee2{"mentee-2"};
    s.pairs.push_back({mentor, "teacher_student", day("2024-10-01"), std::nullopt, {{mentee1, PersonCategory::student, 2012}}});
    s.pairs.push_back({mentor, "teacher_student", day("2024-10-01"), std::nullopt, {{mentee2, PersonCategory::student, 2011}}});
    bases.set(kDistrict, kSchool, s);

    auto fresh = service.report(kDistrict, c.id, kSchool);
    EXPECT_FALSE(fresh.report);
    ASSERT_TRUE(fresh.bases);
    EXPECT_EQ(fresh.values.at("pairs_total"), Value::of(2));
    EXPECT_EQ(fresh.values.at("mentors_total"), Value::of(1));
    EXPECT_EQ(fresh.values.at("mentees_total"), Value::of(2));
    EXPECT_EQ(fresh.values.at("programs_total"), Value::of(1));

    auto entered = complete();  // 60 pairs and 12 mentors, where the bases know 2 and 1
    auto view = service.put_report(kDistrict, c.id, kSchool, none, entered, curator);
    EXPECT_EQ(view.values, entered) << "what was entered wins over the bases";
    bool flagged = false;
    for (auto& f : view.flags) flagged |= f.kind == "bases" && f.code == "pairs_total";
    EXPECT_TRUE(flagged) << "the entered pairs disagree with the bases";
    EXPECT_FALSE(service.report(kDistrict, c.id, kGarden).bases) << "an organisation without records has no counts";
}

TEST_F(MonitoringServiceTest, TheListAndTheCompletenessCountWhatWasSubmitted) {
    auto c = campaign();
    service.put_report(kDistrict, c.id, kSchool, none, complete(), curator);
    service.submit(kDistrict, c.id, kSchool, none, curator);
    auto list = service.reports(kDistrict, c.id, std::nullopt);
    ASSERT_EQ(list.size(), 2u) << "the closed school is not expected";
    for (auto& item : list) {
        if (item.organization_id == kSchool) {
            EXPECT_EQ(item.status, ReportStatus::submitted);
        } else {
            EXPECT_FALSE(item.status) << "not started";
            EXPECT_FALSE(item.overdue) << "not due yet";
        }
    }
    auto done = service.completeness(kDistrict, c.id);
    EXPECT_EQ(done.totals.expected, 2);
    EXPECT_EQ(done.totals.submitted, 1);
    EXPECT_EQ(done.totals.on_time, 1);
    EXPECT_EQ(done.totals.missing, 1);

    today = day("2025-06-01");
    auto later = service.reports(kDistrict, c.id, kGarden);
    ASSERT_EQ(later.size(), 1u);
    EXPECT_TRUE(later[0].overdue);
}

}  // namespace
