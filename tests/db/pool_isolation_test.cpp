// A pooled connection never carries one request's district into the next.
#include <gtest/gtest.h>

#include "domain/errors.hpp"
#include "persistence/database.hpp"
#include "persistence/catalog_repository.hpp"
#include "tests/support/test_db.hpp"

namespace {

TEST(PoolIsolation, OneConnectionAlternatingDistrictsSeesOnlyItsOwnRows) {
    persistence::DbConfig cfg;
    cfg.url = testsupport::test_database().owner_url;
    cfg.pool_size = 1;
    persistence::Database db(cfg);
    persistence::PgCatalogRepository repo(db);
    auto region = repo.create_region({"Р", testsupport::unique_code("r")});
    auto a = repo.create_district({region.id, "A", testsupport::unique_code("a")});
    auto b = repo.create_district({region.id, "B", testsupport::unique_code("b")});
    domain::OrganizationInput in;
    in.name = "A-школа";
    repo.create_organization(a.id, in);
    in.name = "B-школа";
    repo.create_organization(b.id, in);

    for (int i = 0; i < 10; ++i) {
        const auto& d = i % 2 ? b : a;
        if (i % 3 == 0) {
            // A request that fails half-way, inside its transaction.
            EXPECT_THROW(db.in_tenant(d.id, [](soci::session& sql) { sql << "select * from no_such_table"; }),
                         soci::soci_error);
        }
        auto page = repo.list_organizations(d.id, {});
        ASSERT_EQ(page.items.size(), 1u) << "iteration " << i;
        EXPECT_EQ(page.items[0].name, i % 2 ? "B-школа" : "A-школа");
        EXPECT_EQ(page.items[0].district_id, d.id);
    }
    // The system scope may read organisations (not personal data) but never change them.
    int changed = -1;
    db.in_global([&](soci::session& sql) {
        soci::statement st = (sql.prepare << "update organizations set name = 'x' where district_id in (cast(:a as uuid),"
                                             " cast(:b as uuid))",
                              soci::use(a.id.str()), soci::use(b.id.str()));
        st.execute(true);
        changed = static_cast<int>(st.get_affected_rows());
    });
    EXPECT_EQ(changed, 0);
    EXPECT_EQ(repo.list_organizations(a.id, {}).items.at(0).name, "A-школа");
}

TEST(PoolIsolation, AFailedTransactionLeavesNothingBehind) {
    persistence::DbConfig cfg;
    cfg.url = testsupport::test_database().owner_url;
    cfg.pool_size = 1;
    persistence::Database db(cfg);
    persistence::PgCatalogRepository repo(db);
    auto region = repo.create_region({"Р", testsupport::unique_code("r")});
    auto d = repo.create_district({region.id, "D", testsupport::unique_code("d")});
    EXPECT_THROW(db.in_tenant(d.id,
                              [&](soci::session& sql) {
                                  sql << "insert into organizations(district_id, name, type) values (cast(:d as uuid), "
                                         "'half', 'school')",
                                      soci::use(d.id.str());
                                  throw domain::conflict("test", "boom");
                              }),
                 domain::Error);
    EXPECT_TRUE(repo.list_organizations(d.id, {}).items.empty());
}

}  // namespace
