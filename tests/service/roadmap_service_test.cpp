// RoadmapService (domain/roadmap_service.cpp) against the in-memory repository
// (tests/service/fakes/roadmap_repository.hpp): the approval workflow, versions and their
// conflicts, what may be edited when, progress, new versions, templates — the service's
// decisions, without a database or HTTP.
#include <gtest/gtest.h>

#include "domain_error.hpp"
#include "domain/errors.hpp"
#include "domain/roadmap_service.hpp"
#include "domain/roadmap_template.hpp"
#include "fakes/roadmap_repository.hpp"

namespace {

using namespace domain;
using servicetest::error_of;
using servicetest::names;

const DistrictId kDistrict{"d1000000-0000-4000-8000-000000000001"};
const DistrictId kOther{"d2000000-0000-4000-8000-000000000002"};
const OrganizationId kSchool{"0a000000-0000-4000-8000-00000000000a"};

Date day(const char* iso) { return *Date::parse_iso(iso); }

ItemInput item(std::string number, std::string title, std::string deadline) {
    ItemInput i;
    i.number = std::move(number);
    i.title = std::move(title);
    i.deadline_text = std::move(deadline);
    return i;
}

RoadmapInput school_roadmap(std::vector<ItemInput> items) {
    RoadmapInput in;
    in.owner.organization_id = kSchool;
    in.title = "Дорожная карта школы";
    in.period = {day("2024-09-01"), day("2025-08-31")};
    SectionInput s;
    s.number = "1";
    s.title = "Организационные мероприятия";
    s.items = std::move(items);
    in.sections.push_back(std::move(s));
    return in;
}

ExpectedVersion at(int v) { return ExpectedVersion{v}; }
const ExpectedVersion kAny{};

class RoadmapServiceTest : public ::testing::Test {
protected:
    fakes::RoadmapRepository repo;
    Date today = day("2025-03-15");
    RoadmapService service{repo, [this] { return today; }};

    Roadmap draft() {
        return service.create(kDistrict, school_roadmap({item("1", "Приказ о внедрении", "Октябрь 2024"),
                                                         item("2", "Консультации", "По запросу")}));
    }
    Roadmap approved() {
        auto r = draft();
        r = service.submit(kDistrict, r.id, at(r.version));
        return service.approve(kDistrict, r.id, at(r.version));
    }
    static const RoadmapItem& first_item(const Roadmap& r) { return r.sections.at(0).items.at(0); }
    static ProgressInput done(std::string on, std::string evidence_title) {
        ProgressInput p;
        p.status = ProgressStatus::done;
        p.completed_on = day(on.c_str());
        p.evidence.title = std::move(evidence_title);
        return p;
    }
};

TEST_F(RoadmapServiceTest, ACreatedRoadmapIsADraftWithEveryDeadlineReadIntoWindows) {
    auto r = draft();
    EXPECT_EQ(r.status, RoadmapStatus::draft);
    EXPECT_EQ(r.revision, 1);
    EXPECT_EQ(r.item_count, 2);
    const auto& october = first_item(r);
    EXPECT_EQ(october.schedule.kind, ScheduleKind::window);
    ASSERT_EQ(october.occurrences.size(), 1u);
    EXPECT_EQ(october.occurrences[0].window, (DateRange{day("2024-10-01"), day("2024-10-31")}));
    const auto& on_request = r.sections[0].items[1];
    EXPECT_EQ(on_request.schedule.kind, ScheduleKind::unscheduled);
    EXPECT_TRUE(on_request.occurrences.empty());
    EXPECT_EQ(service.get(kDistrict, r.id).title, "Дорожная карта школы");
}

TEST_F(RoadmapServiceTest, InvalidInputIsRefusedWithEveryFieldNamedAndNothingStored) {
    auto in = school_roadmap({item("1", "", "Октябрь 2024")});
    in.title = "   ";
    in.period = {day("2025-08-31"), day("2024-09-01")};
    in.sections[0].items[0].stage = 9;
    auto e = error_of([&] { service.create(kDistrict, in); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/title"));
    EXPECT_TRUE(names(e, "/period"));
    EXPECT_TRUE(names(e, "/sections/0/items/0/title"));
    EXPECT_TRUE(names(e, "/sections/0/items/0/stage"));
    EXPECT_EQ(repo.size(), 0u);

    auto long_period = school_roadmap({item("1", "Приказ", "Октябрь 2024")});
    long_period.period = {day("2020-01-01"), day("2030-01-01")};
    EXPECT_TRUE(names(error_of([&] { service.create(kDistrict, long_period); }), "/period"));
    EXPECT_EQ(repo.size(), 0u);
}

TEST_F(RoadmapServiceTest, ARoadmapOfAnotherDistrictIsNotFound) {
    auto r = draft();
    EXPECT_EQ(error_of([&] { service.get(kOther, r.id); }).kind(), ErrorKind::not_found);
    EXPECT_EQ(error_of([&] { service.submit(kOther, r.id, kAny); }).kind(), ErrorKind::not_found);
    EXPECT_EQ(service.get(kDistrict, r.id).status, RoadmapStatus::draft);
}

TEST_F(RoadmapServiceTest, DraftIsSubmittedThenApproved) {
    auto r = draft();
    auto submitted = service.submit(kDistrict, r.id, at(r.version));
    EXPECT_EQ(submitted.status, RoadmapStatus::submitted);
    EXPECT_TRUE(submitted.submitted_at.has_value());
    EXPECT_GT(submitted.version, r.version);
    auto done = service.approve(kDistrict, r.id, at(submitted.version));
    EXPECT_EQ(done.status, RoadmapStatus::approved);
    EXPECT_TRUE(done.approved_at.has_value());
}

TEST_F(RoadmapServiceTest, OnlyTheWorkflowsOwnStepsAreAllowed) {
    auto r = draft();
    auto approve_draft = error_of([&] { service.approve(kDistrict, r.id, kAny); });
    EXPECT_EQ(approve_draft.kind(), ErrorKind::conflict);
    EXPECT_EQ(approve_draft.slug(), "roadmap-status");
    EXPECT_EQ(error_of([&] { service.return_for_changes(kDistrict, r.id, kAny, "Нет сроков"); }).slug(), "roadmap-status");

    service.submit(kDistrict, r.id, kAny);
    EXPECT_EQ(error_of([&] { service.submit(kDistrict, r.id, kAny); }).slug(), "roadmap-status");
    service.approve(kDistrict, r.id, kAny);
    EXPECT_EQ(error_of([&] { service.approve(kDistrict, r.id, kAny); }).slug(), "roadmap-status");
    EXPECT_EQ(error_of([&] { service.submit(kDistrict, r.id, kAny); }).slug(), "roadmap-status");
    EXPECT_EQ(service.get(kDistrict, r.id).status, RoadmapStatus::approved);
}

TEST_F(RoadmapServiceTest, AReturnedRoadmapCarriesTheCommentAndMayBeEditedAndSubmittedAgain) {
    auto r = service.submit(kDistrict, draft().id, kAny);
    auto returned = service.return_for_changes(kDistrict, r.id, at(r.version), "Добавьте сроки по этапам");
    EXPECT_EQ(returned.status, RoadmapStatus::returned);
    EXPECT_EQ(returned.return_comment, "Добавьте сроки по этапам");

    RoadmapPatch patch;
    patch.title = "Дорожная карта (исправленная)";
    auto edited = service.update(kDistrict, r.id, at(returned.version), patch);
    EXPECT_EQ(edited.title, "Дорожная карта (исправленная)");
    auto again = service.submit(kDistrict, r.id, at(edited.version));
    EXPECT_EQ(again.status, RoadmapStatus::submitted);
    EXPECT_FALSE(again.return_comment.has_value()) << "the comment belongs to the return it explained";
}

TEST_F(RoadmapServiceTest, ReturningNeedsACommentAndChangesNothingWithout) {
    auto r = service.submit(kDistrict, draft().id, kAny);
    auto e = error_of([&] { service.return_for_changes(kDistrict, r.id, kAny, ""); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/comment"));
    EXPECT_TRUE(names(error_of([&] { service.return_for_changes(kDistrict, r.id, kAny, std::string(5001, 'x')); }),
                      "/comment"));
    auto now = service.get(kDistrict, r.id);
    EXPECT_EQ(now.status, RoadmapStatus::submitted);
    EXPECT_EQ(now.version, r.version);
}

TEST_F(RoadmapServiceTest, ARoadmapWithoutItemsCannotBeSubmitted) {
    auto in = school_roadmap({});
    in.sections[0].title = "Пустой раздел";
    auto r = service.create(kDistrict, in);
    auto e = error_of([&] { service.submit(kDistrict, r.id, kAny); });
    EXPECT_EQ(e.kind(), ErrorKind::conflict);
    EXPECT_EQ(e.slug(), "roadmap-empty");
    EXPECT_EQ(service.get(kDistrict, r.id).status, RoadmapStatus::draft);
}

TEST_F(RoadmapServiceTest, AStaleVersionIsAPreconditionFailureAndChangesNothing) {
    auto r = draft();
    RoadmapPatch patch;
    patch.title = "Новое название";
    auto edited = service.update(kDistrict, r.id, at(r.version), patch);
    auto e = error_of([&] { service.submit(kDistrict, r.id, at(r.version)); });
    EXPECT_EQ(e.kind(), ErrorKind::precondition_failed);
    EXPECT_EQ(e.slug(), "stale");
    EXPECT_EQ(error_of([&] { service.update(kDistrict, r.id, at(r.version), patch); }).kind(),
              ErrorKind::precondition_failed);
    EXPECT_EQ(error_of([&] { service.remove(kDistrict, r.id, at(r.version)); }).kind(), ErrorKind::precondition_failed);
    auto now = service.get(kDistrict, r.id);
    EXPECT_EQ(now.status, RoadmapStatus::draft);
    EXPECT_EQ(now.version, edited.version);
    // If-Match: * (any version) goes through.
    EXPECT_EQ(service.submit(kDistrict, r.id, kAny).status, RoadmapStatus::submitted);
}

TEST_F(RoadmapServiceTest, ASubmittedOrApprovedRoadmapIsNotEditable) {
    auto r = service.submit(kDistrict, draft().id, kAny);
    RoadmapPatch patch;
    patch.title = "Нельзя";
    const auto section_id = r.sections[0].id;
    const auto item_id = first_item(r).id;
    for (int round = 0; round < 2; ++round) {
        EXPECT_EQ(error_of([&] { service.update(kDistrict, r.id, kAny, patch); }).slug(), "roadmap-status");
        EXPECT_EQ(error_of([&] { service.add_item(kDistrict, r.id, section_id, kAny, item("3", "Ещё", "Май 2025")); }).slug(),
                  "roadmap-status");
        ItemPatch ip;
        ip.title = "Другое";
        EXPECT_EQ(error_of([&] { service.update_item(kDistrict, r.id, item_id, kAny, ip); }).slug(), "roadmap-status");
        EXPECT_EQ(error_of([&] { service.remove_item(kDistrict, r.id, item_id, kAny); }).slug(), "roadmap-status");
        EXPECT_EQ(error_of([&] { service.remove_section(kDistrict, r.id, section_id, kAny); }).slug(), "roadmap-status");
        EXPECT_EQ(error_of([&] { service.remove(kDistrict, r.id, kAny); }).slug(), "roadmap-status");
        if (round == 0) r = service.approve(kDistrict, r.id, kAny);
    }
    EXPECT_EQ(r.status, RoadmapStatus::approved);
    auto now = service.get(kDistrict, r.id);
    EXPECT_EQ(now.title, "Дорожная карта школы");
    EXPECT_EQ(now.item_count, 2);
}

TEST_F(RoadmapServiceTest, ADraftIsRemovedAndIsThenNotFound) {
    auto r = draft();
    service.remove(kDistrict, r.id, at(r.version));
    EXPECT_EQ(repo.size(), 0u);
    EXPECT_EQ(error_of([&] { service.get(kDistrict, r.id); }).kind(), ErrorKind::not_found);
}

TEST_F(RoadmapServiceTest, AnAddedItemIsScheduledInTheRoadmapsPeriodAndCounted) {
    auto r = draft();
    auto added = service.add_item(kDistrict, r.id, r.sections[0].id, at(r.version), item("3", "Итоговый семинар", "Май 2025"));
    ASSERT_EQ(added.occurrences.size(), 1u);
    EXPECT_EQ(added.occurrences[0].window, (DateRange{day("2025-05-01"), day("2025-05-31")}));
    EXPECT_EQ(service.get(kDistrict, r.id).item_count, 3);
    auto bad = error_of([&] { service.add_item(kDistrict, r.id, r.sections[0].id, kAny, item("4", "", "Май 2025")); });
    EXPECT_TRUE(names(bad, "/title"));
    EXPECT_EQ(service.get(kDistrict, r.id).item_count, 3);
}

TEST_F(RoadmapServiceTest, ChangingThePeriodReadsEveryDeadlineAgain) {
    auto r = service.create(kDistrict, school_roadmap({item("1", "Педагогический совет", "Октябрь")}));
    ASSERT_EQ(first_item(r).occurrences.size(), 1u);
    EXPECT_EQ(first_item(r).occurrences[0].window.start, day("2024-10-01"));
    RoadmapPatch patch;
    patch.period = DateRange{day("2025-09-01"), day("2026-08-31")};
    auto moved = service.update(kDistrict, r.id, at(r.version), patch);
    ASSERT_EQ(first_item(moved).occurrences.size(), 1u);
    EXPECT_EQ(first_item(moved).occurrences[0].window.start, day("2025-10-01"));
}

TEST_F(RoadmapServiceTest, ChangingADeadlineReschedulesTheItemAndBumpsItsVersion) {
    auto r = draft();
    const auto& it = first_item(r);
    ItemPatch patch;
    patch.deadline_text = "Ежемесячно";
    auto changed = service.update_item(kDistrict, r.id, it.id, at(it.version), patch);
    EXPECT_EQ(changed.deadline_text, "Ежемесячно");
    EXPECT_GT(changed.occurrences.size(), 1u);
    EXPECT_EQ(changed.version, it.version + 1);
    // The item's own version guards it.
    auto e = error_of([&] { service.update_item(kDistrict, r.id, it.id, at(it.version), patch); });
    EXPECT_EQ(e.kind(), ErrorKind::precondition_failed);
}

TEST_F(RoadmapServiceTest, ProgressIsRecordedOnAnApprovedRoadmapOnly) {
    auto r = draft();
    auto e = error_of([&] { service.record_progress(kDistrict, r.id, first_item(r).id, kAny, done("2024-10-20", "Приказ № 5")); });
    EXPECT_EQ(e.kind(), ErrorKind::conflict);
    EXPECT_EQ(e.slug(), "roadmap-status");
    service.submit(kDistrict, r.id, kAny);
    EXPECT_EQ(error_of([&] { service.record_progress(kDistrict, r.id, first_item(r).id, kAny, done("2024-10-20", "Приказ")); })
                  .slug(),
              "roadmap-status");
    EXPECT_TRUE(repo.progress_log().empty());

    service.approve(kDistrict, r.id, kAny);
    auto recorded = service.record_progress(kDistrict, r.id, first_item(r).id, kAny, done("2024-10-20", "Приказ № 5"));
    ASSERT_EQ(recorded.occurrences.size(), 1u);
    EXPECT_EQ(recorded.occurrences[0].status, ProgressStatus::done);
    EXPECT_EQ(recorded.occurrences[0].completed_on, day("2024-10-20"));
    EXPECT_EQ(repo.progress_log().size(), 1u);
}

TEST_F(RoadmapServiceTest, DoneWorkNeedsEvidenceAndADateThatIsNotInTheFuture) {
    auto r = approved();
    const auto id = first_item(r).id;
    ProgressInput no_evidence;
    no_evidence.status = ProgressStatus::done;
    no_evidence.completed_on = day("2024-10-20");
    auto e = error_of([&] { service.record_progress(kDistrict, r.id, id, kAny, no_evidence); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/evidence"));

    // `today` is the service's clock: the day after it is the future.
    EXPECT_TRUE(names(error_of([&] { service.record_progress(kDistrict, r.id, id, kAny, done("2025-03-16", "Приказ")); }),
                      "/completed_on"));
    EXPECT_NO_THROW(service.record_progress(kDistrict, r.id, id, kAny, done("2025-03-15", "Приказ")));

    ProgressInput cancelled;
    cancelled.status = ProgressStatus::cancelled;
    EXPECT_TRUE(names(error_of([&] { service.record_progress(kDistrict, r.id, id, kAny, cancelled); }), "/comment"));
    auto link = done("2025-01-10", "");
    link.evidence.title.reset();
    link.evidence.url = "ftp://school.example/order";
    EXPECT_TRUE(names(error_of([&] { service.record_progress(kDistrict, r.id, id, kAny, link); }), "/evidence/url"));
    EXPECT_EQ(repo.progress_log().size(), 1u) << "only the valid record was written";
}

// A date the edge could not read is named with every other error, in the order validation
// checks them, and counts as given: done does not also ask for the date, planned refuses it.
TEST_F(RoadmapServiceTest, ADateTheEdgeCouldNotReadIsNamedWithTheRest) {
    auto r = approved();
    const auto id = first_item(r).id;
    ProgressInput in;
    in.status = ProgressStatus::done;
    in.unreadable = {{"/completed_on", "must be a date (YYYY-MM-DD)"}};
    auto e = error_of([&] { service.record_progress(kDistrict, r.id, id, kAny, in); });
    ASSERT_EQ(e.fields().size(), 2u);
    EXPECT_EQ(e.fields()[0].pointer, "/completed_on");
    EXPECT_EQ(e.fields()[0].message, "must be a date (YYYY-MM-DD)");
    EXPECT_EQ(e.fields()[1].pointer, "/evidence");
    in.status = ProgressStatus::planned;
    auto planned = error_of([&] { service.record_progress(kDistrict, r.id, id, kAny, in); });
    ASSERT_EQ(planned.fields().size(), 2u);
    EXPECT_EQ(planned.fields()[1].message, "only done work has a completion date");

    auto bad_order = school_roadmap({item("1", "Приказ", "Октябрь 2024")});
    bad_order.title = "";
    bad_order.unreadable = {{"/approval/order_date", "must be a date (YYYY-MM-DD)"}};
    auto created = error_of([&] { service.create(kDistrict, bad_order); });
    ASSERT_EQ(created.fields().size(), 2u);
    EXPECT_EQ(created.fields()[0].pointer, "/title");
    EXPECT_EQ(created.fields()[1].pointer, "/approval/order_date");
    EXPECT_EQ(repo.size(), 1u) << "nothing written";
    EXPECT_TRUE(repo.progress_log().empty());
}

TEST_F(RoadmapServiceTest, ANewVersionStartsFromTheApprovedOneAndReplacesItWhenApproved) {
    auto old = approved();
    auto e = error_of([&] { service.new_version(kDistrict, draft().id); });
    EXPECT_EQ(e.slug(), "roadmap-status") << "a draft is edited directly";

    auto next = service.new_version(kDistrict, old.id);
    EXPECT_EQ(next.status, RoadmapStatus::draft);
    EXPECT_EQ(next.revision, 2);
    EXPECT_EQ(next.previous_id, old.id);
    EXPECT_EQ(next.item_count, old.item_count);
    EXPECT_EQ(first_item(next).title, first_item(old).title);
    EXPECT_NE(first_item(next).id, first_item(old).id);

    auto twice = error_of([&] { service.new_version(kDistrict, old.id); });
    EXPECT_EQ(twice.kind(), ErrorKind::conflict);
    EXPECT_EQ(twice.slug(), "roadmap-version-exists");

    // Until the new version is approved, progress goes on the old one.
    EXPECT_NO_THROW(service.record_progress(kDistrict, old.id, first_item(old).id, kAny, done("2024-10-20", "Приказ")));
    service.submit(kDistrict, next.id, kAny);
    service.approve(kDistrict, next.id, kAny);
    auto replaced = service.get(kDistrict, old.id);
    EXPECT_EQ(replaced.superseded_by, next.id);
    auto late = error_of([&] { service.record_progress(kDistrict, old.id, first_item(old).id, kAny, done("2024-10-21", "Приказ")); });
    EXPECT_EQ(late.slug(), "roadmap-status");
    EXPECT_EQ(error_of([&] { service.new_version(kDistrict, old.id); }).slug(), "roadmap-status");
    // The replacing version is itself the start of the next one.
    EXPECT_EQ(service.new_version(kDistrict, next.id).revision, 3);
}

TEST_F(RoadmapServiceTest, TheTemplateGivesSevenStagesOfActivities) {
    auto bad = error_of([&] {
        service.from_template(kDistrict, "no-such-template", kSchool, {day("2024-09-01"), day("2025-08-31")}, std::nullopt);
    });
    EXPECT_TRUE(names(bad, "/template_id"));
    EXPECT_EQ(repo.size(), 0u);

    const auto& templates = roadmap_templates();
    ASSERT_FALSE(templates.empty());
    const auto& t = *templates.front();
    auto r = service.from_template(kDistrict, t.id, kSchool, {day("2024-09-01"), day("2025-08-31")}, std::nullopt);
    EXPECT_EQ(r.status, RoadmapStatus::draft);
    EXPECT_EQ(r.title, t.title);
    EXPECT_EQ(r.template_id, t.id);
    EXPECT_EQ(r.owner.organization_id, kSchool);
    ASSERT_EQ(r.sections.size(), t.stages.size());
    for (std::size_t i = 0; i < t.stages.size(); ++i) {
        EXPECT_EQ(r.sections[i].stage, t.stages[i].number);
        ASSERT_EQ(r.sections[i].items.size(), t.stages[i].activities.size());
        if (!r.sections[i].items.empty()) {
            EXPECT_EQ(r.sections[i].items[0].number, std::to_string(t.stages[i].number) + ".1");
        }
    }
}

TEST_F(RoadmapServiceTest, TheListFiltersByOwnerAndStatusAndPages) {
    auto a = approved();
    auto in = school_roadmap({item("1", "Совещание", "Сентябрь 2024")});
    in.owner = {};
    in.title = "А: карта района";
    auto district_own = service.create(kDistrict, in);
    service.create(kOther, school_roadmap({item("1", "Чужое", "Май 2025")}));

    RoadmapQuery q;
    EXPECT_EQ(service.list(kDistrict, q).items.size(), 2u);
    q.owner = RoadmapOwner{};  // the district's own
    auto own = service.list(kDistrict, q);
    ASSERT_EQ(own.items.size(), 1u);
    EXPECT_EQ(own.items[0].id, district_own.id);
    q.owner.reset();
    q.status = RoadmapStatus::approved;
    auto approved_only = service.list(kDistrict, q);
    ASSERT_EQ(approved_only.items.size(), 1u);
    EXPECT_EQ(approved_only.items[0].id, a.id);
    EXPECT_TRUE(approved_only.items[0].sections.empty()) << "list results are headers";

    RoadmapQuery paged;
    paged.page.limit = 1;
    auto first = service.list(kDistrict, paged);
    ASSERT_EQ(first.items.size(), 1u);
    ASSERT_TRUE(first.next_cursor);
    paged.page.cursor = first.next_cursor;
    auto second = service.list(kDistrict, paged);
    ASSERT_EQ(second.items.size(), 1u);
    EXPECT_NE(second.items[0].id, first.items[0].id);
    EXPECT_FALSE(second.next_cursor);
}

}  // namespace
