// ComplianceService and NationalComplianceService (domain/compliance.cpp,
// domain/compliance_stages.cpp, domain/national_compliance.cpp) against the in-memory
// repositories and read scopes (tests/service/fakes/compliance_repository.hpp): how a district's
// answer is put together from what the repository reads (totals, types, the filter, the oldest
// overdue occurrences, monitoring), an organisation's answer, a trend, the stages, the region's
// and the nation's roll-ups, `known_at` handed to every read, and a retried read scope giving the
// same answer — without a database or HTTP.
#include <gtest/gtest.h>

#include <tuple>

#include "domain/compliance.hpp"
#include "domain/compliance_stages.hpp"
#include "domain/national_compliance.hpp"
#include "domain_error.hpp"
#include "fakes/common.hpp"
#include "fakes/compliance_repository.hpp"
#include "fakes/roadmap_repository.hpp"

namespace domain {
// Ids print as their text when an expectation fails.
template <class Tag>
void PrintTo(const Id<Tag>& id, std::ostream* os) {
    *os << id.str();
}
}  // namespace domain

namespace {

using namespace domain;
using servicetest::error_of;
using Occ = fakes::ComplianceRepository::Occurrence;
using Org = fakes::ComplianceRepository::Organization;

const DistrictId kDistrict{"d1000000-0000-4000-8000-000000000001"};
const DistrictId kOther{"d2000000-0000-4000-8000-000000000002"};
const RegionId kRegion{"e1000000-0000-4000-8000-000000000001"};
// The district's organisations: two schools, a kindergarten, a lyceum without an approved
// roadmap, and a closed (inactive) school.
const OrganizationId kSchool{"0a000000-0000-4000-8000-00000000000a"};
const OrganizationId kGymnasium{"0b000000-0000-4000-8000-00000000000b"};
const OrganizationId kKindergarten{"0c000000-0000-4000-8000-00000000000c"};
const OrganizationId kLyceum{"0d000000-0000-4000-8000-00000000000d"};
const OrganizationId kClosed{"0e000000-0000-4000-8000-00000000000e"};
const OrganizationId kOthersSchool{"0f000000-0000-4000-8000-00000000000f"};
const Instant kEarlier = *Instant::parse_rfc3339("2025-04-01T00:00:00Z");  // before the late entries below
const Instant kLater = *Instant::parse_rfc3339("2025-04-10T09:00:00Z");

Date day(const char* iso) { return *Date::parse_iso(iso); }

auto n(const ComplianceCounts& c) { return std::make_tuple(c.due, c.done, c.done_on_time, c.due_later, c.unscheduled); }
using Counts = std::tuple<int, int, int, int, int>;  // due, done, on time, due later, unscheduled

Org org(const OrganizationId& id, std::string name, std::string type) {
    Org o;
    o.row.organization_id = id;
    o.row.name = std::move(name);
    o.row.type = std::move(type);
    return o;
}

// An occurrence of `owner`'s plan in [from, to]; done on `done_on` (with evidence) when given.
Occ occ(std::optional<OrganizationId> owner, const std::string& item, const char* from, const char* to,
        std::optional<std::string> done_on = std::nullopt) {
    Occ x;
    x.detail.roadmap_id = RoadmapId{"roadmap of " + (owner ? owner->str() : std::string("the district"))};
    x.detail.organization_id = std::move(owner);
    x.detail.item_id = ItemId{item};
    x.detail.number = item;
    x.detail.title = "Мероприятие " + item;
    x.detail.window = {day(from), day(to)};
    x.detail.status = done_on ? "done" : "planned";
    x.detail.completed_on = std::move(done_on);
    if (x.detail.completed_on) x.detail.evidence_title = "Приказ";
    return x;
}

std::vector<OrganizationId> ids(const std::vector<OrganizationCompliance>& rows) {
    std::vector<OrganizationId> out;
    for (auto& r : rows) out.push_back(r.organization_id);
    return out;
}
std::vector<std::string> items(const std::vector<OccurrenceDetail>& xs) {
    std::vector<std::string> out;
    for (auto& x : xs) out.push_back(x.item_id.str());
    return out;
}

// Two answers alike in everything the rules decide.
void expect_same(const DistrictCompliance& a, const DistrictCompliance& b) {
    EXPECT_EQ(a.as_of, b.as_of);
    EXPECT_EQ(a.known_at, b.known_at);
    EXPECT_EQ(n(a.totals), n(b.totals));
    EXPECT_EQ(ids(a.organizations), ids(b.organizations));
    for (std::size_t i = 0; i < std::min(a.organizations.size(), b.organizations.size()); ++i)
        EXPECT_EQ(n(a.organizations[i].counts), n(b.organizations[i].counts));
    EXPECT_EQ(a.by_type.size(), b.by_type.size());
    EXPECT_EQ(a.district_roadmap.has_value(), b.district_roadmap.has_value());
    EXPECT_EQ(items(a.overdue), items(b.overdue));
    EXPECT_EQ(items(a.district_roadmap_overdue), items(b.district_roadmap_overdue));
    EXPECT_EQ(a.monitoring.size(), b.monitoring.size());
}

class ComplianceServiceTest : public ::testing::Test {
protected:
    fakes::ComplianceRepository repo;
    fakes::RoadmapRepository roadmaps;
    fakes::ReadScopes scopes{repo, roadmaps};
    ComplianceService service{repo, scopes};
    Date as_of = day("2025-03-31");

    void SetUp() override {
        // Added out of name order: the answer sorts them.
        repo.add_organization(kDistrict, org(kSchool, "Школа № 2", "school"));
        repo.add_organization(kDistrict, org(kGymnasium, "Гимназия № 1", "school"));
        repo.add_organization(kDistrict, org(kKindergarten, "Детский сад «Ромашка»", "kindergarten"));
        repo.add_organization(kDistrict, org(kLyceum, "Лицей", "school"));
        auto closed = org(kClosed, "Закрытая школа", "school");
        closed.active = false;
        repo.add_organization(kDistrict, closed);
        // The school: one done on time, one late, one overdue, one due later; 2 unscheduled → 3 due, 2 done.
        repo.add_plan(kDistrict, kSchool, 2);
        repo.add_occurrence(kDistrict, occ(kSchool, "s-oct", "2024-10-01", "2024-10-31", "2024-10-20"));
        repo.add_occurrence(kDistrict, occ(kSchool, "s-nov", "2024-11-01", "2024-11-30", "2024-12-05"));
        repo.add_occurrence(kDistrict, occ(kSchool, "s-dec", "2024-12-01", "2024-12-31"));
        repo.add_occurrence(kDistrict, occ(kSchool, "s-may", "2025-05-01", "2025-05-31"));
        // The gymnasium: three on time, one marked done without evidence (overdue) → 4 due, 3 done.
        repo.add_plan(kDistrict, kGymnasium);
        repo.add_occurrence(kDistrict, occ(kGymnasium, "g-oct", "2024-10-01", "2024-10-31", "2024-10-02"));
        auto no_evidence = occ(kGymnasium, "g-nov", "2024-11-01", "2024-11-30", "2024-11-10");
        no_evidence.has_evidence = false;
        repo.add_occurrence(kDistrict, no_evidence);
        repo.add_occurrence(kDistrict, occ(kGymnasium, "g-dec", "2024-12-01", "2024-12-31", "2024-12-20"));
        repo.add_occurrence(kDistrict, occ(kGymnasium, "g-jan", "2025-01-01", "2025-01-31", "2025-01-15"));
        // The kindergarten: two overdue (one ends on the as-of day: due) → 2 due, 0 done.
        repo.add_plan(kDistrict, kKindergarten);
        repo.add_occurrence(kDistrict, occ(kKindergarten, "k-feb", "2025-02-01", "2025-02-28"));
        repo.add_occurrence(kDistrict, occ(kKindergarten, "k-mar", "2025-03-01", "2025-03-31"));
        // The closed school's plan counts for nobody.
        repo.add_plan(kDistrict, kClosed);
        repo.add_occurrence(kDistrict, occ(kClosed, "x-sep", "2024-09-01", "2024-09-30"));
        // The district's own roadmap: one overdue, one done.
        repo.add_plan(kDistrict, std::nullopt);
        repo.add_occurrence(kDistrict, occ(std::nullopt, "d-sep", "2024-09-01", "2024-09-30"));
        repo.add_occurrence(kDistrict, occ(std::nullopt, "d-oct", "2024-10-01", "2024-10-31", "2024-10-31"));
    }

    OrganizationCompliance row_of(const DistrictCompliance& a, const OrganizationId& id) {
        for (auto& r : a.organizations)
            if (r.organization_id == id) return r;
        ADD_FAILURE() << "no row of " << id.str();
        return {};
    }
    DistrictCompliance sorted(std::string by, std::optional<std::string> type = std::nullopt,
                              std::optional<double> below = std::nullopt) {
        ComplianceFilter f;
        f.sort = std::move(by);
        f.type = std::move(type);
        f.below_pct = below;
        return service.district(kDistrict, as_of, f);
    }
};

TEST_F(ComplianceServiceTest, DistrictTotalsAreTheSumOfItsActiveOrganisationsAndItsOwnRoadmapIsApart) {
    auto a = service.district(kDistrict, as_of, {});
    EXPECT_EQ(a.district_id, kDistrict);
    EXPECT_EQ(a.as_of, as_of);
    ASSERT_EQ(a.organizations.size(), 4u);  // the closed school is not one of them
    EXPECT_EQ(n(row_of(a, kSchool).counts), (Counts{3, 2, 1, 1, 2}));
    EXPECT_EQ(n(row_of(a, kGymnasium).counts), (Counts{4, 3, 3, 0, 0}));
    EXPECT_EQ(n(row_of(a, kKindergarten).counts), (Counts{2, 0, 0, 0, 0}));
    EXPECT_EQ(n(row_of(a, kLyceum).counts), (Counts{0, 0, 0, 0, 0}));  // no approved roadmap: nothing counts
    EXPECT_FALSE(row_of(a, kLyceum).counts.compliance_pct());
    EXPECT_EQ(n(a.totals), (Counts{9, 5, 4, 1, 2}));
    EXPECT_EQ(a.totals.overdue(), 4);
    EXPECT_EQ(*a.totals.compliance_pct(), 55.6);
    EXPECT_EQ(n(a.by_type.at("school")), (Counts{7, 5, 4, 1, 2}));
    EXPECT_EQ(n(a.by_type.at("kindergarten")), (Counts{2, 0, 0, 0, 0}));
    EXPECT_EQ(a.by_type.size(), 2u);
    ASSERT_TRUE(a.district_roadmap);
    EXPECT_EQ(n(*a.district_roadmap), (Counts{2, 1, 1, 0, 0}));
}

TEST_F(ComplianceServiceTest, EveryRowCarriesItsDocumentsAndMonitoringAsRead) {
    auto school = org(kOthersSchool, "Школа № 5", "school");
    school.row.short_name = "Ш5";
    school.row.documents.order = true;
    school.row.documents.regulation = false;
    school.row.documents.site_page = true;
    school.row.documents.approved_roadmap = true;
    school.row.documents.curator_appointed = true;
    school.row.monitoring.push_back({CampaignId{"c1"}, "Мониторинг 2024/25", "2025-03-15", "submitted", true});
    repo.add_organization(kOther, school);
    auto a = service.district(kOther, as_of, {});
    ASSERT_EQ(a.organizations.size(), 1u);
    const auto& r = a.organizations[0];
    EXPECT_EQ(r.short_name, "Ш5");
    EXPECT_EQ(r.documents.present(), 4);
    EXPECT_FALSE(r.documents.program.has_value());
    ASSERT_EQ(r.monitoring.size(), 1u);
    EXPECT_EQ(r.monitoring[0].status, "submitted");
    EXPECT_EQ(r.monitoring[0].on_time, true);
    EXPECT_FALSE(a.district_roadmap);  // the district has no roadmap of its own
}

TEST_F(ComplianceServiceTest, RowsSortByNameComplianceOrOverdueTheTiesByName) {
    EXPECT_EQ(ids(sorted("name").organizations), (std::vector{kGymnasium, kKindergarten, kLyceum, kSchool}));
    // Least compliant first; nothing due (no percentage) last.
    EXPECT_EQ(ids(sorted("compliance").organizations), (std::vector{kKindergarten, kSchool, kGymnasium, kLyceum}));
    // Most overdue first; the school and the gymnasium (one each) by name.
    EXPECT_EQ(ids(sorted("overdue").organizations), (std::vector{kKindergarten, kGymnasium, kSchool, kLyceum}));
}

TEST_F(ComplianceServiceTest, TheFilterKeepsATypeOrTheRowsBelowAThresholdAndLeavesTheTotalsWhole) {
    auto schools = sorted("name", "school");
    EXPECT_EQ(ids(schools.organizations), (std::vector{kGymnasium, kLyceum, kSchool}));
    EXPECT_EQ(n(schools.totals), (Counts{9, 5, 4, 1, 2}));  // totals are the district's, not the rows'
    // Below 75 %: the gymnasium at exactly 75 % is not, the lyceum (nothing due) is kept out.
    EXPECT_EQ(ids(sorted("name", std::nullopt, 75.0).organizations), (std::vector{kKindergarten, kSchool}));
    EXPECT_EQ(ids(sorted("name", std::nullopt, 75.1).organizations),
              (std::vector{kGymnasium, kKindergarten, kSchool}));
    EXPECT_EQ(ids(sorted("name", "school", 75.0).organizations), (std::vector{kSchool}));
    EXPECT_TRUE(sorted("name", "college").organizations.empty());
}

TEST_F(ComplianceServiceTest, TheOldestOverdueAreListedUpToTheLimitTheDistrictsOwnApart) {
    auto a = service.district(kDistrict, as_of, {});
    EXPECT_EQ(items(a.overdue), (std::vector<std::string>{"g-nov", "s-dec", "k-feb", "k-mar"}));
    EXPECT_EQ(items(a.district_roadmap_overdue), (std::vector<std::string>{"d-sep"}));
    for (auto& x : a.overdue) EXPECT_EQ(x.state, OccurrenceState::overdue);
    ComplianceFilter two;
    two.overdue_limit = 2;
    EXPECT_EQ(items(service.district(kDistrict, as_of, two).overdue), (std::vector<std::string>{"g-nov", "s-dec"}));
    // No list asked for: none read.
    ComplianceFilter none;
    none.overdue_limit = 0;
    repo.clear_calls();
    auto b = service.district(kDistrict, as_of, none);
    EXPECT_TRUE(b.overdue.empty());
    EXPECT_TRUE(b.district_roadmap_overdue.empty());
    EXPECT_EQ(repo.count_of("overdue"), 0);
}

TEST_F(ComplianceServiceTest, NothingOverdueMeansNoOverdueRead) {
    repo.add_organization(kOther, org(kOthersSchool, "Школа № 5", "school"));
    repo.add_plan(kOther, kOthersSchool);
    repo.add_occurrence(kOther, occ(kOthersSchool, "o-oct", "2024-10-01", "2024-10-31", "2024-10-31"));
    repo.add_plan(kOther, std::nullopt);
    repo.add_occurrence(kOther, occ(std::nullopt, "od-oct", "2024-10-01", "2024-10-31", "2024-10-01"));
    auto a = service.district(kOther, as_of, {});
    EXPECT_EQ(a.totals.overdue(), 0);
    EXPECT_TRUE(a.overdue.empty());
    EXPECT_EQ(repo.count_of("overdue"), 0);
}

TEST_F(ComplianceServiceTest, MonitoringCompletenessIsTheCampaignsReportingByTheDate) {
    CampaignCompleteness spring;
    spring.campaign_id = CampaignId{"c-spring"};
    spring.expected = 4;
    spring.submitted = 3;
    CampaignCompleteness summer;
    summer.campaign_id = CampaignId{"c-summer"};
    repo.add_campaign(kDistrict, spring, day("2025-03-01"));
    repo.add_campaign(kDistrict, summer, day("2025-06-01"));
    auto a = service.district(kDistrict, as_of, {});
    ASSERT_EQ(a.monitoring.size(), 1u);
    EXPECT_EQ(a.monitoring[0].campaign_id.str(), "c-spring");
    EXPECT_EQ(a.monitoring[0].submitted, 3);
    EXPECT_EQ(service.district(kDistrict, day("2025-06-30"), {}).monitoring.size(), 2u);
}

TEST_F(ComplianceServiceTest, AnOrganisationsAnswerCountsEveryOccurrenceBehindItsNumbers) {
    auto [row, details] = service.organization(kDistrict, kSchool, as_of);
    EXPECT_EQ(row.name, "Школа № 2");
    EXPECT_EQ(items(details), (std::vector<std::string>{"s-oct", "s-nov", "s-dec", "s-may"}));
    EXPECT_EQ(details[0].state, OccurrenceState::done_on_time);
    EXPECT_EQ(details[1].state, OccurrenceState::done_late);
    EXPECT_EQ(details[2].state, OccurrenceState::overdue);
    EXPECT_EQ(details[3].state, OccurrenceState::due_later);
    EXPECT_EQ(n(row.counts), (Counts{3, 2, 1, 1, 2}));
    // The same numbers as the organisation's row of the district's answer, for every one.
    auto district = service.district(kDistrict, as_of, {});
    for (auto& r : district.organizations)
        EXPECT_EQ(n(service.organization(kDistrict, r.organization_id, as_of).first.counts), n(r.counts))
            << r.name;
}

TEST_F(ComplianceServiceTest, AnOrganisationThatIsClosedUnknownOrAnotherDistrictsIsNotFound) {
    repo.add_organization(kOther, org(kOthersSchool, "Школа № 5", "school"));
    EXPECT_EQ(error_of([&] { service.organization(kDistrict, kClosed, as_of); }).kind(), ErrorKind::not_found);
    EXPECT_EQ(error_of([&] { service.organization(kDistrict, kOthersSchool, as_of); }).kind(), ErrorKind::not_found);
    EXPECT_EQ(error_of([&] { service.organization(kDistrict, OrganizationId{"unknown"}, as_of); }).kind(),
              ErrorKind::not_found);
    EXPECT_EQ(service.organization(kOther, kOthersSchool, as_of).first.name, "Школа № 5");
}

TEST_F(ComplianceServiceTest, EveryReadOfADistrictsAnswerIsInOneScopeOfThatDistrict) {
    service.district(kDistrict, as_of, {});
    service.organization(kDistrict, kSchool, as_of);
    EXPECT_EQ(scopes.scopes(), 2);
    ASSERT_FALSE(repo.calls().empty());
    for (auto& c : repo.calls()) {
        EXPECT_TRUE(c.in_scope) << c.method;
        EXPECT_EQ(c.scope_id, kDistrict.str()) << c.method;
    }
}

TEST_F(ComplianceServiceTest, ASeriesIsEachDatesAnswerReadInOneScope) {
    std::vector<Date> dates{day("2024-10-31"), day("2024-12-31"), as_of};
    auto series = service.series(kDistrict, dates, {});
    EXPECT_EQ(scopes.scopes(), 1);
    ASSERT_EQ(series.size(), 3u);
    EXPECT_EQ(n(series[0].totals), (Counts{2, 2, 2, 8, 2}));  // October: two due, both on time
    EXPECT_EQ(n(series[2].totals), (Counts{9, 5, 4, 1, 2}));
    for (std::size_t i = 0; i < dates.size(); ++i) expect_same(series[i], service.district(kDistrict, dates[i], {}));
    for (auto& c : repo.calls()) EXPECT_FALSE(c.known_at) << c.method;
}

TEST_F(ComplianceServiceTest, ARetriedScopeStartsAgainAndGivesTheSameAnswers) {
    auto district = service.district(kDistrict, as_of, {});
    auto series = service.series(kDistrict, {day("2024-12-31"), as_of}, {});
    auto organization = service.organization(kDistrict, kSchool, as_of);
    for (int at : {1, 3, 7, 99}) {  // the first read, in the middle, in the second date, at the commit
        SCOPED_TRACE(at);
        scopes.fail_first_run_at_read(at);
        expect_same(service.district(kDistrict, as_of, {}), district);
        scopes.fail_first_run_at_read(at);
        auto again = service.series(kDistrict, {day("2024-12-31"), as_of}, {});
        ASSERT_EQ(again.size(), series.size());
        for (std::size_t i = 0; i < series.size(); ++i) expect_same(again[i], series[i]);
        scopes.fail_first_run_at_read(at);
        auto [row, details] = service.organization(kDistrict, kSchool, as_of);
        EXPECT_EQ(n(row.counts), n(organization.first.counts));
        EXPECT_EQ(items(details), items(organization.second));
    }
    EXPECT_EQ(scopes.runs(), 3 + 2 * 12);  // each retried scope ran twice
}

TEST_F(ComplianceServiceTest, KnownAtIsHandedToEveryReadAndHidesWhatWasEnteredLater) {
    auto late = org(kOthersSchool, "Школа № 5 (открыта позже)", "school");
    late.entered_at = kLater;
    repo.add_organization(kDistrict, late);
    auto feb = occ(kKindergarten, "k-feb-done", "2025-02-01", "2025-02-28", "2025-02-20");
    feb.progress_entered_at = kLater;  // done in February, entered in April
    repo.add_occurrence(kDistrict, feb);
    repo.clear_calls();
    auto then = service.district(kDistrict, as_of, {}, kEarlier);
    EXPECT_EQ(then.known_at, kEarlier);
    EXPECT_EQ(then.organizations.size(), 4u);
    EXPECT_EQ(n(row_of(then, kKindergarten).counts), (Counts{3, 0, 0, 0, 0}));
    for (auto& c : repo.calls()) {
        EXPECT_EQ(c.known_at, kEarlier) << c.method;
        EXPECT_FALSE(c.today) << c.method;
    }
    auto now = service.district(kDistrict, as_of, {});
    EXPECT_FALSE(now.known_at);
    EXPECT_EQ(now.organizations.size(), 5u);
    EXPECT_EQ(n(row_of(now, kKindergarten).counts), (Counts{3, 1, 1, 0, 0}));
    repo.clear_calls();
    auto [row, details] = service.organization(kDistrict, kKindergarten, as_of, kEarlier);
    EXPECT_EQ(n(row.counts), (Counts{3, 0, 0, 0, 0}));
    for (auto& c : repo.calls()) EXPECT_EQ(c.known_at, kEarlier) << c.method;
}

TEST_F(ComplianceServiceTest, TodayIsAskedForOnlyWhenTheDateIsTodayAndNothingIsKnownAt) {
    auto today = Date::today_utc();
    service.district(kDistrict, as_of, {});
    service.district(kDistrict, today, {}, kEarlier);
    service.district(kDistrict, today, {});
    service.organization(kDistrict, kSchool, today);
    if (Date::today_utc() != today) GTEST_SKIP() << "midnight passed during the test";
    std::vector<bool> seen;
    for (auto& c : repo.calls())
        if (c.method == "counts") seen.push_back(c.today);
    EXPECT_EQ(seen, (std::vector<bool>{false, false, true, true}));
}

TEST_F(ComplianceServiceTest, StagesSplitEachOrganisationsOccurrencesByItemOrSectionStage) {
    NewRoadmapRecord rec;
    rec.input.owner.organization_id.emplace(kOthersSchool.str());  // typed or text, as the roadmap aggregate has it
    rec.input.title = "Дорожная карта школы";
    NewSectionRecord staged, plain;
    staged.input.stage = 2;
    NewItemRecord own_stage, section_stage, no_stage;
    own_stage.input.stage = 5;
    staged.items = {own_stage, section_stage};
    plain.items = {no_stage};
    rec.sections = {staged, plain};
    auto roadmap = roadmaps.create(kOther, rec);  // the roadmap aggregate's own ids
    auto placed = [&](const char* from, const char* to, std::size_t s, std::size_t i, std::optional<std::string> done) {
        auto x = occ(kOthersSchool, "", from, to, std::move(done));
        x.detail.roadmap_id = RoadmapId{fakes::text_of(roadmap.id)};
        x.detail.item_id = ItemId{fakes::text_of(roadmap.sections.at(s).items.at(i).id)};
        return x;
    };
    repo.add_organization(kOther, org(kOthersSchool, "Школа № 5", "school"));
    repo.add_plan(kOther, kOthersSchool, 1);
    repo.add_occurrence(kOther, placed("2024-10-01", "2024-10-31", 0, 0, "2024-10-30"));  // stage 5, on time
    repo.add_occurrence(kOther, placed("2024-11-01", "2024-11-30", 0, 0, std::nullopt));  // stage 5, overdue
    repo.add_occurrence(kOther, placed("2024-12-01", "2024-12-31", 0, 1, "2025-01-09"));  // stage 2, late
    repo.add_occurrence(kOther, placed("2025-05-01", "2025-05-31", 1, 0, std::nullopt));  // no stage, later
    repo.add_organization(kOther, org(kGymnasium, "Гимназия № 1", "school"));
    repo.add_plan(kOther, kGymnasium);
    repo.add_occurrence(kOther, occ(kGymnasium, "unknown item", "2025-01-01", "2025-01-31"));  // no roadmap read: none

    auto stages = service.stages(kOther, as_of);
    ASSERT_EQ(stages.organizations.size(), 2u);
    EXPECT_EQ(stages.organizations[1].row.organization_id, kOthersSchool);
    EXPECT_EQ(n(stages.organizations[1].row.counts), (Counts{3, 2, 1, 1, 1}));
    const auto& school = stages.organizations[1].by_stage;
    EXPECT_EQ(n(school.at("5")), (Counts{2, 1, 1, 0, 0}));
    EXPECT_EQ(n(school.at("2")), (Counts{1, 1, 0, 0, 0}));
    EXPECT_EQ(n(school.at("none")), (Counts{0, 0, 0, 1, 0}));
    EXPECT_EQ(n(stages.totals_by_stage.at("none")), (Counts{1, 0, 0, 1, 0}));
    EXPECT_EQ(n(stages.totals_by_stage.at("5")), (Counts{2, 1, 1, 0, 0}));
    EXPECT_EQ(stages.totals_by_stage.size(), 3u);

    scopes.fail_first_run_at_read(8);  // after the first organisation, in the second
    auto again = service.stages(kOther, as_of);
    ASSERT_EQ(again.organizations.size(), 2u);
    EXPECT_EQ(n(again.totals_by_stage.at("none")), (Counts{1, 0, 0, 1, 0}));
    EXPECT_EQ(n(again.totals_by_stage.at("5")), (Counts{2, 1, 1, 0, 0}));
}

TEST_F(ComplianceServiceTest, TheRegionRollsItsDistrictRowsUpAsReadAndKnownAtIsPassedOn) {
    DistrictRow a, b;
    a.district_id = kDistrict;
    a.organizations = 4;
    a.counts.due = 9;
    a.counts.done = 5;
    b.district_id = kOther;
    b.organizations = 2;
    b.counts.due = 3;
    b.counts.done = 3;
    b.counts.unscheduled = 1;
    repo.add_region_row(kRegion, a);
    repo.add_region_row(kRegion, b);
    auto r = service.region(kRegion, as_of, kEarlier);
    EXPECT_EQ(r.as_of, as_of);
    EXPECT_EQ(r.known_at, kEarlier);
    ASSERT_EQ(r.districts.size(), 2u);
    EXPECT_EQ(n(r.totals), (Counts{12, 8, 0, 0, 1}));
    ASSERT_EQ(repo.calls().size(), 1u);
    EXPECT_EQ(repo.calls()[0].known_at, kEarlier);
    EXPECT_FALSE(repo.calls()[0].today);
    EXPECT_FALSE(repo.calls()[0].in_scope);
    EXPECT_TRUE(service.region(RegionId{"e2000000-0000-4000-8000-000000000002"}, as_of).districts.empty());
}

TEST_F(ComplianceServiceTest, VersionsGrowWithEveryChangeOfWhatTheAnswersReadFrom) {
    DistrictRow row;
    row.district_id = kDistrict;
    repo.add_region_row(kRegion, row);
    auto district = service.version(kDistrict), region = service.region_version(kRegion);
    repo.add_occurrence(kDistrict, occ(kSchool, "s-jun", "2025-06-01", "2025-06-30"));
    EXPECT_GT(service.version(kDistrict), district);
    EXPECT_GT(service.region_version(kRegion), region);
    EXPECT_EQ(service.version(kOther), 0);
}

// The national roll-up.

RegionRow region_row(const char* id, int districts, int orgs, int fully, int without, int due, int done) {
    RegionRow r;
    r.region_id = RegionId{id};
    r.districts = districts;
    r.organizations = orgs;
    r.fully_compliant = fully;
    r.without_approved_roadmap = without;
    r.counts.due = due;
    r.counts.done = done;
    r.counts.done_on_time = done - 1;
    return r;
}

TEST(NationalComplianceServiceTest, TotalsAreTheSumsOfEveryColumnOfTheRegionsRows) {
    fakes::NationalComplianceRepository repo;
    NationalComplianceService service(repo);
    repo.set_rows(day("2025-03-31"), {region_row("r1", 3, 40, 10, 5, 100, 80), region_row("r2", 2, 15, 1, 9, 20, 2)});
    auto out = service.rollup(day("2025-03-31"), day("2025-06-01"));
    ASSERT_EQ(out.rows.size(), 2u);
    EXPECT_EQ(out.rows[0].region_id.str(), "r1");
    EXPECT_EQ(out.totals.regions, 2);
    EXPECT_EQ(out.totals.districts, 5);
    EXPECT_EQ(out.totals.organizations, 55);
    EXPECT_EQ(out.totals.fully_compliant, 11);
    EXPECT_EQ(out.totals.without_approved_roadmap, 14);
    EXPECT_EQ(n(out.totals.counts), (Counts{120, 82, 80, 0, 0}));
    EXPECT_EQ(service.rollup(day("2024-01-01"), day("2025-06-01")).totals.regions, 0);
}

TEST(NationalComplianceServiceTest, TodayIsAskedForOnlyOnTodayWithoutKnownAtWhichIsPassedOn) {
    fakes::NationalComplianceRepository repo;
    NationalComplianceService service(repo);
    auto today = day("2025-06-01");
    EXPECT_EQ(service.rollup(today, today).as_of, today);
    EXPECT_EQ(service.rollup(today, today, kEarlier).known_at, kEarlier);
    EXPECT_FALSE(service.rollup(day("2025-05-31"), today).known_at);
    ASSERT_EQ(repo.calls().size(), 3u);
    EXPECT_TRUE(repo.calls()[0].today);
    EXPECT_FALSE(repo.calls()[1].today);
    EXPECT_EQ(repo.calls()[1].known_at, kEarlier);
    EXPECT_FALSE(repo.calls()[2].today);
    EXPECT_FALSE(repo.calls()[2].known_at);
}

}  // namespace
