// The monitoring and bases repositories against PostgreSQL: row-level security on the new
// tables, composite keys that refuse cross-district links, the audit trail, and the
// idempotency claim in one transaction with the write and the stored answer.
#include <gtest/gtest.h>

#include <soci/postgresql/soci-postgresql.h>

#include <atomic>
#include <thread>

#include "persistence/connection_string.hpp"
#include "persistence/bases_repository.hpp"
#include "persistence/idempotency_repository.hpp"
#include "persistence/monitoring_repository.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/world_db.hpp"

namespace {

std::unique_ptr<soci::session> app_session() {
    auto info = persistence::parse_database_url(testsupport::test_database().owner_url);
    return std::make_unique<soci::session>(soci::postgresql, persistence::to_soci_connect_string(info, "nastavnik_app"));
}

persistence::Database& database() {
    static persistence::Database db([] {
        persistence::DbConfig c;
        c.url = testsupport::test_database().owner_url;
        c.pool_size = 6;
        return c;
    }());
    return db;
}

// Two districts of one region, an organisation in each (tests/support/world_db.hpp).
struct World {
    std::string region = testsupport::rows::region("R");
    std::string district_a = testsupport::rows::district(region, "D"), district_b = testsupport::rows::district(region, "D");
    std::string org_a = testsupport::rows::organization(district_a, "A"),
                org_b = testsupport::rows::organization(district_b, "B");
    // The same, as the repositories name them.
    domain::DistrictId da{district_a}, db{district_b};
    domain::OrganizationId oa{org_a}, ob{org_b};
};

domain::Date day(const char* iso) { return *domain::Date::parse_iso(iso); }

domain::PersonInput pupil(const std::string& ext) {
    domain::PersonInput in;
    in.external_id = ext;
    in.full_name = "Ученик " + ext;
    in.category = domain::PersonCategory::student;
    in.birth_year = 2012;
    in.consent = domain::ConsentInput{day("2024-09-01"), domain::ConsentGiver::parent};
    return in;
}

TEST(MonitoringRepository, EveryNewTableHasForcedRowLevelSecurityAndTheAuditTrigger) {
    auto s = testsupport::admin_session();
    for (auto* t : {"mentoring_persons", "mentoring_programs", "mentoring_pairs", "mentoring_pair_mentees",
                    "monitoring_campaigns", "monitoring_campaign_organizations", "monitoring_reports", "idempotency_keys"}) {
        int rls = 0, forced = 0, triggers = 0;
        std::string name = t;
        *s << "select relrowsecurity::int, relforcerowsecurity::int from pg_class where relname = :t", soci::use(name),
            soci::into(rls), soci::into(forced);
        *s << "select count(*) from pg_trigger where tgrelid = cast(:t as regclass) and tgname like '%_audit'",
            soci::use(name), soci::into(triggers);
        EXPECT_EQ(rls, 1) << t;
        EXPECT_EQ(forced, 1) << t;
        EXPECT_EQ(triggers, 1) << t;
    }
}

TEST(MonitoringRepository, PersonsOfOneDistrictAreInvisibleAndUnwritableFromAnother) {
    World w;
    persistence::PgBasesRepository repo(database());
    auto p = repo.create_person(w.da, w.oa, domain::PersonKind::mentee, pupil("a1"));
    EXPECT_TRUE(repo.find_person(w.da, w.oa, domain::PersonKind::mentee, p.id));
    EXPECT_FALSE(repo.find_person(w.db, w.oa, domain::PersonKind::mentee, p.id));
    EXPECT_FALSE(repo.find_person(w.da, w.ob, domain::PersonKind::mentee, p.id));

    auto s = app_session();
    soci::transaction tx(*s);
    *s << "select set_config('app.district_id', :d, true)", soci::use(w.district_b);
    int visible = -1;
    *s << "select count(*) from mentoring_persons where id = cast(:id as uuid)", soci::use(p.id.str()), soci::into(visible);
    EXPECT_EQ(visible, 0);
    // Writing district A's rows, or linking B's row to A's organisation, is refused.
    EXPECT_THROW((*s << "insert into mentoring_persons (district_id, organization_id, kind, full_name, category)"
                        " values (cast(:d as uuid), cast(:o as uuid), 'mentee', 'x', 'student')",
                  soci::use(w.district_a), soci::use(w.org_a)),
                 soci::soci_error);
    tx.rollback();
    soci::transaction tx2(*s);
    *s << "select set_config('app.district_id', :d, true)", soci::use(w.district_b);
    EXPECT_THROW((*s << "insert into mentoring_persons (district_id, organization_id, kind, full_name, category)"
                        " values (cast(:d as uuid), cast(:o as uuid), 'mentee', 'x', 'student')",
                  soci::use(w.district_b), soci::use(w.org_a)),
                 soci::soci_error);
    tx2.rollback();

    // The district's audit log holds the change, personal fields included.
    auto admin = testsupport::admin_session();
    std::string logged;
    *admin << "select after->>'full_name' from audit_log where resource = 'mentoring_persons' and resource_id = :id",
        soci::use(p.id.str()), soci::into(logged);
    EXPECT_EQ(logged, "Ученик a1");
}

TEST(MonitoringRepository, ABulkUpsertIsOneStatementAllOrNothing) {
    World w;
    persistence::PgBasesRepository repo(database());
    std::vector<domain::PersonInput> items;
    for (int i = 0; i < 300; ++i) items.push_back(pupil("b" + std::to_string(i)));
    auto r = repo.upsert_persons(w.da, w.oa, domain::PersonKind::mentee, items);
    EXPECT_EQ(r.created, 300);
    items[7].full_name = "Изменённое имя";
    items[8].consent.reset();
    r = repo.upsert_persons(w.da, w.oa, domain::PersonKind::mentee, items);
    EXPECT_EQ(r.created, 0);
    EXPECT_EQ(r.updated, 2);
    EXPECT_EQ(r.unchanged, 298);
    // A record the database refuses (a birth year outside its CHECK) takes the others with it.
    items[5].full_name = "Не записано";
    items.push_back(pupil("new"));
    items.back().birth_year = 3000;  // outside the CHECK
    EXPECT_THROW(repo.upsert_persons(w.da, w.oa, domain::PersonKind::mentee, items), std::exception);
    auto five = repo.list_persons(w.da, w.oa, domain::PersonKind::mentee, {std::string("b5"), {}});
    ASSERT_EQ(five.items.size(), 1u);
    EXPECT_EQ(*five.items[0].full_name, "Ученик b5");
}

TEST(MonitoringRepository, TheIdempotencyClaimLetsOneOfTwoConcurrentWritesThrough) {
    World w;
    persistence::PgIdempotencyRepository keys(database());
    domain::IdempotencyKey key{w.da, "user:test", testsupport::unique_code("k")};
    const domain::StoredResponse answer{201, "application/json", "{}", {{"ETag", "\"1\""}}};
    std::atomic<int> done{0}, taken{0};
    auto attempt = [&](const std::string& owner, const std::string& ext) {
        keys.in_transaction(w.da, [&](domain::DistrictWrites& tx) {
            if (!tx.keys().claim(key, "hash", owner)) {
                ++taken;  // after the other committed: its answer is there to replay
                auto rec = tx.keys().find(key);
                EXPECT_TRUE(rec && rec->response) << "the winner's claim and answer commit together";
                return;
            }
            tx.bases().create_person(w.da, w.oa, domain::PersonKind::mentor, pupil(ext));
            std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the other claim waits meanwhile
            tx.keys().complete(key, owner, answer);
            ++done;
        });
    };
    std::thread a([&] { attempt("one", "c1"); });
    std::thread b([&] { attempt("two", "c2"); });
    a.join();
    b.join();
    EXPECT_EQ(done, 1);
    EXPECT_EQ(taken, 1);
    auto rec = keys.find(key);
    ASSERT_TRUE(rec && rec->response);
    EXPECT_EQ(rec->response->status, 201);
    EXPECT_EQ(rec->response->headers.at(0).second, "\"1\"");
    auto admin = testsupport::admin_session();
    auto mentors = [&] {
        int n = 0;
        *admin << "select count(*) from mentoring_persons where organization_id = cast(:o as uuid) and kind = 'mentor'",
            soci::use(w.org_a), soci::into(n);
        return n;
    };
    EXPECT_EQ(mentors(), 1);
    // A failure rolls back the write and the claim with it: a retry claims the key anew.
    domain::IdempotencyKey failed{w.da, "user:test", testsupport::unique_code("k")};
    EXPECT_THROW(keys.in_transaction(w.da,
                                     [&](domain::DistrictWrites& tx) {
                                         ASSERT_TRUE(tx.keys().claim(failed, "hash", "one"));
                                         tx.bases().create_person(w.da, w.oa, domain::PersonKind::mentor,
                                                                  pupil("f1"));
                                         throw std::runtime_error("the handler failed");
                                     }),
                 std::runtime_error);
    EXPECT_FALSE(keys.find(failed));
    EXPECT_EQ(mentors(), 1);
    keys.in_transaction(w.da, [&](domain::DistrictWrites& tx) { EXPECT_TRUE(tx.keys().claim(failed, "hash", "two")); });
    // Keys are per district: another district's transaction does not see this one.
    domain::IdempotencyKey foreign{w.db, "user:test", key.key};
    EXPECT_FALSE(keys.find(foreign));
}

TEST(MonitoringRepository, AnExpiredIdempotencyKeyIsTakenOverAndExpiredKeysArePurgedOnlyNowAndThen) {
    World w;
    auto admin = testsupport::admin_session();
    auto expired = [&](const std::string& k) {
        *admin << "insert into idempotency_keys (district_id, actor, key, request_hash, owner, status, created_at)"
                  " values (cast(:d as uuid), 'user:test', :k, 'old', 'old', 200, now() - interval '25 hours')",
            soci::use(w.district_a), soci::use(k);
    };
    auto exists = [&](const std::string& k) {
        int n = 0;
        *admin << "select count(*) from idempotency_keys where district_id = cast(:d as uuid) and key = :k",
            soci::use(w.district_a), soci::use(k), soci::into(n);
        return n == 1;
    };
    persistence::PgIdempotencyRepository keys(database(), std::chrono::seconds(3600));
    auto write = [&](const std::string& k) {
        domain::IdempotencyKey key{w.da, "user:test", k};
        keys.in_transaction(w.da, [&](domain::DistrictWrites& tx) {
            ASSERT_TRUE(tx.keys().claim(key, "new", "me"));
            tx.keys().complete(key, "me", {200, "application/json", "{}", {}});
        });
        auto rec = keys.find(key);
        ASSERT_TRUE(rec && rec->response);
        EXPECT_EQ(rec->request_hash, "new");
    };
    // An expired key is invisible and its next use takes it over.
    auto k1 = testsupport::unique_code("k");
    expired(k1);
    EXPECT_FALSE(keys.find({w.da, "user:test", k1}));
    write(k1);
    // The district's first write purges its expired keys; the next ones within the interval do not.
    auto k2 = testsupport::unique_code("k"), k3 = testsupport::unique_code("k");
    expired(k2);
    persistence::PgIdempotencyRepository fresh(database(), std::chrono::seconds(3600));
    domain::IdempotencyKey a{w.da, "user:test", testsupport::unique_code("k")};
    fresh.in_transaction(w.da, [&](domain::DistrictWrites& tx) {
        ASSERT_TRUE(tx.keys().claim(a, "h", "me"));
        tx.keys().complete(a, "me", {200, "application/json", "{}", {}});
    });
    EXPECT_FALSE(exists(k2)) << "purged by the district's first write";
    expired(k3);
    domain::IdempotencyKey b{w.da, "user:test", testsupport::unique_code("k")};
    fresh.in_transaction(w.da, [&](domain::DistrictWrites& tx) {
        ASSERT_TRUE(tx.keys().claim(b, "h", "me"));
        tx.keys().complete(b, "me", {200, "application/json", "{}", {}});
    });
    EXPECT_TRUE(exists(k3)) << "not purged again within the interval";
    persistence::PgIdempotencyRepository every_time(database(), std::chrono::seconds(0));
    for (int i = 0; i < 2; ++i) {
        expired(k3 + std::to_string(i));
        domain::IdempotencyKey c{w.da, "user:test", testsupport::unique_code("k")};
        every_time.in_transaction(w.da, [&](domain::DistrictWrites& tx) {
            ASSERT_TRUE(tx.keys().claim(c, "h", "me"));
            tx.keys().complete(c, "me", {200, "application/json", "{}", {}});
        });
        EXPECT_FALSE(exists(k3 + std::to_string(i)));
    }
}

TEST(MonitoringRepository, AReportIsInsertedOnceAndUpdatedOnlyFromItsCurrentVersion) {
    World w;
    persistence::PgMonitoringRepository repo(database());
    domain::Campaign c;
    c.title = "Май";
    c.reporting_date = day("2025-05-20");
    c.due_date = day("2025-05-31");
    c.lock_date = day("2025-06-10");
    domain::Validator v;
    c.indicators = domain::build_form({}, v);
    c.organization_ids = {w.oa};
    auto campaign = repo.create_campaign(w.da, c);
    EXPECT_EQ(campaign.indicators.size(), domain::standard_indicators().size());
    EXPECT_EQ(*campaign.indicator("share_young_teachers_pct")->target, 70.0);
    auto change = [&](domain::Values values) {
        return repo.change_report(w.da, campaign.id, w.oa, [&](const domain::Campaign&, const auto& cur) {
            domain::Report next = cur ? *cur : domain::Report{};
            next.values = values;
            return domain::ReportChange{next, "edit"};
        });
    };
    auto r = change({{"mentors_total", domain::Value::of(3)}, {"has_order", domain::Value::yes_no(true)},
                     {"students_10_18", domain::Value::not_applicable()}, {"own", domain::Value::of_text("«текст» \"в кавычках\"\n")}});
    EXPECT_EQ(r.version, 1);
    auto back = repo.find_report(w.da, campaign.id, w.oa);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->values, r.values);
    EXPECT_EQ(back->values.at("own").text, "«текст» \"в кавычках\"\n");
    EXPECT_EQ(change({}).version, 2);
    EXPECT_FALSE(repo.find_report(w.db, campaign.id, w.oa));
    EXPECT_THROW(repo.change_report(w.da, campaign.id, w.ob,
                                    [&](const domain::Campaign&, const auto&) {
                                        return domain::ReportChange{domain::Report{}, "edit"};
                                    }),
                 domain::Error)
        << "an organisation the campaign does not expect";
}

}  // namespace
