// READ_DATABASE_URL (persistence/replica_reads.hpp): region and national compliance and the
// regional report read a replica first, the primary when the replica cannot answer. The
// replica here is the test database reached through a login whose transactions are
// read-only by default — what a hot standby refuses (a write, SQLSTATE 25006), it refuses
// too — so the answers of a server with it must be those of a server without it.
#include <gtest/gtest.h>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "persistence/connection_string.hpp"
#include "tests/support/api_expect.hpp"
#include "tests/support/roadmap_fixture.hpp"
#include "tests/support/test_db.hpp"
#include "tests/support/test_server.hpp"

using nlohmann::json;
using testsupport::HttpClient;
using testsupport::must;
using testsupport::roadmap_item;

namespace {

const std::string kV1 = "/api/v1";

// A login that may act as the application's role, every transaction read-only: the replica's URL.
std::string read_only_url() {
    static const std::string url = [] {
        const std::string login = testsupport::unique_code("replica_");
        auto s = testsupport::admin_session();
        *s << "create role " + login + " login password 'replica-password'";
        *s << "grant nastavnik_app to " + login;
        *s << "alter role " + login + " set default_transaction_read_only = on";
        auto info = persistence::parse_database_url(testsupport::test_database().owner_url);
        return "postgresql://" + login + ":replica-password@" + info.host + ":" + info.port + "/" + info.dbname;
    }();
    return url;
}

long long metric(HttpClient http, const std::string& name) {
    auto body = http.get("/metrics").body;
    std::smatch m;
    if (!std::regex_search(body, m, std::regex("\n" + std::regex_replace(name, std::regex(R"([{}"])"), R"(\$&)") +
                                               R"( (\d+))")))
        return -1;
    return std::stoll(m[1]);
}

// A region with a district, a school and an approved roadmap: one item done on time, one
// overdue, one later; the approval and the record moved into the past so that past dates
// have something to count.
struct Fixture {
    std::string region, district, school;
    explicit Fixture(testsupport::TestServer& server) {
        auto admin = server.admin();
        auto years = testsupport::school_years();
        region = must(admin.send_json("POST", kV1 + "/regions",
                                      {{"name", "Регион реплики"}, {"code", testsupport::unique_code("r")}}),
                      201, "region")["id"];
        district = must(admin.send_json("POST", kV1 + "/districts",
                                        {{"region_id", region}, {"name", "Район реплики"},
                                         {"code", testsupport::unique_code("d")}}),
                        201, "district")["id"];
        school = must(admin.send_json("POST", kV1 + "/districts/" + district + "/organizations",
                                      {{"name", "Школа реплики"}, {"type", "school"}}),
                      201, "school")["id"];
        auto base = kV1 + "/districts/" + district + "/roadmaps";
        auto rm = must(admin.send_json(
                           "POST", base,
                           {{"owner", {{"kind", "organization"}, {"organization_id", school}}},
                            {"title", "Дорожная карта"},
                            {"period", {{"start", years.y0 + "-09-01"}, {"end", years.y3 + "-08-31"}}},
                            {"sections", json::array({{{"number", "1"},
                                                       {"title", "Мероприятия"},
                                                       {"items", json::array({roadmap_item("1", "Положение", "Октябрь " + years.y0),
                                                                              roadmap_item("2", "Семинар", "Декабрь " + years.y0),
                                                                              roadmap_item("3", "Итоги", "Май " + years.y3)})}}})}}),
                       201, "roadmap");
        auto path = base + "/" + rm["id"].get<std::string>();
        must(admin.send_json("POST", path + "/submit", json::object(), {{"If-Match", "*"}}), 200, "submit");
        must(admin.send_json("POST", path + "/approve", json::object(), {{"If-Match", "*"}}), 200, "approve");
        rm = must(admin.get(path), 200, "roadmap");
        must(admin.send_json("POST", path + "/items/" + testsupport::item_numbered(rm, "1")["id"].get<std::string>() + "/progress",
                             {{"status", "done"}, {"completed_on", years.y0 + "-10-20"}, {"evidence", {{"title", "Приказ № 12"}}}}, {{"If-Match", "*"}}),
             201, "progress");
        {
            auto s = testsupport::admin_session();
            const std::string approved_on = years.y0 + "-09-01 10:00:00+00";
            *s << "update roadmaps set approved_at = cast(:t as timestamptz) where district_id = cast(:d as uuid)",
                soci::use(approved_on), soci::use(district);
            *s << "update item_progress set recorded_at = completed_on + time '12:00' where district_id = cast(:d as uuid)",
                soci::use(district);
        }
        testsupport::rebuild_compliance_history(district);
    }
};

testsupport::ServerOptionsForTest with_replica(const std::string& url) {
    testsupport::ServerOptionsForTest o;
    o.read_database_url = url;
    return o;
}

}  // namespace

TEST(ReplicaReads, TheTestReplicaRefusesWritesAsAHotStandbyWould) {
    soci::session s(soci::postgresql,
                    persistence::to_soci_connect_string(persistence::parse_database_url(read_only_url()), "nastavnik_app"));
    try {
        s << "update regions set name = name";
        FAIL() << "a write went through the read-only login";
    } catch (const soci::soci_error& e) {
        EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos) << e.what();
    }
}

TEST(ReplicaReads, RegionNationalAndReportReadsAreTheReplicasAndAgreeWithThePrimarys) {
    testsupport::TestServer primary;
    testsupport::TestServer replicated(with_replica(read_only_url()));
    Fixture f(primary);
    auto years = testsupport::school_years();
    auto on_replica = replicated.admin();
    auto on_primary = primary.admin();
    const auto before = metric(replicated.client(), "db_replica_reads_total");
    ASSERT_GE(before, 0) << "no db_replica_reads_total in /metrics";

    // A past date first on the replicated server: its month's totals are not filled yet, and
    // the replica cannot fill them; it sums the changes itself. Then the primary, which fills.
    // (query, items due then): both items are due by March y1 and today, only October's by mid-November y0.
    for (const auto& [query, due] : std::vector<std::pair<std::string, int>>{
             {"?as_of=" + years.y1 + "-03-15", 2}, {"", 2}, {"?as_of=" + years.y0 + "-11-15", 1}}) {
        auto path = kV1 + "/regions/" + f.region + "/compliance" + query;
        auto r = must(on_replica.get(path), 200, "region on the replica " + query);
        auto p = must(on_primary.get(path), 200, "region on the primary " + query);
        EXPECT_EQ(r, p) << query;
        EXPECT_EQ(r["totals"]["items_due"], due) << query;  // not zeros: the fixture is seen
    }
    auto national_r = must(on_replica.get(kV1 + "/compliance?as_of=" + years.y1 + "-03-15"), 200, "national, replica");
    auto national_p = must(on_primary.get(kV1 + "/compliance?as_of=" + years.y1 + "-03-15"), 200, "national, primary");
    EXPECT_EQ(national_r, national_p);
    auto xlsx = on_replica.get(kV1 + "/regions/" + f.region + "/reports/regional");
    EXPECT_EQ(xlsx.status, 200) << xlsx.body.substr(0, 300);

    EXPECT_GT(metric(replicated.client(), "db_replica_reads_total"), before + 4);
    // The district's own answer reads the primary (whoever writes sees it at once).
    must(on_replica.get(kV1 + "/districts/" + f.district + "/compliance"), 200, "district");
}

TEST(ReplicaReads, WorkThatWritesIsDoneByThePrimary) {
    testsupport::TestServer replicated(with_replica(read_only_url()));
    Fixture f(replicated);
    // The school's summary from three days ago: today's region read brings it up to date
    // first, a write the replica refuses.
    {
        auto s = testsupport::admin_session();
        *s << "update compliance_summary set as_of = current_date - 3, valid_until = current_date - 1, items_due = 99"
              " where organization_id = cast(:o as uuid)",
            soci::use(f.school);
    }
    const auto writes = metric(replicated.client(), R"(db_replica_fallbacks_total{reason="writes"})");
    auto r = must(replicated.admin().get(kV1 + "/regions/" + f.region + "/compliance"), 200, "region");
    EXPECT_EQ(r["totals"]["items_due"], 2);  // recomputed, not the stale 99
    EXPECT_GT(metric(replicated.client(), R"(db_replica_fallbacks_total{reason="writes"})"), writes);
}

TEST(ReplicaReads, AnUnreachableReplicaIsLeftAloneAndThePrimaryAnswers) {
    testsupport::TestServer primary;
    testsupport::TestServer replicated(with_replica("postgresql://nobody:secret@127.0.0.1:1/none"));
    Fixture f(primary);
    auto path = kV1 + "/regions/" + f.region + "/compliance";
    auto p = must(primary.admin().get(path), 200, "primary");
    auto admin = replicated.admin();
    EXPECT_EQ(must(admin.get(path), 200, "first read"), p);
    must(admin.get(kV1 + "/compliance"), 200, "national");
    EXPECT_GE(metric(replicated.client(), R"(db_replica_fallbacks_total{reason="unavailable"})"), 1);
    EXPECT_EQ(metric(replicated.client(), "db_replica_reads_total"), 0);
}
