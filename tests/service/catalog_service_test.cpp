// CatalogService (domain/catalog.cpp) against an in-memory CatalogRepository
// (tests/service/fakes/catalog_repository.hpp): regions, districts and organisations are
// validated before anything is stored, a district needs its region, an organisation is its
// district's only, archiving closes it, stale versions change nothing.
#include <gtest/gtest.h>

#include "domain_error.hpp"
#include "domain/catalog.hpp"
#include "domain/errors.hpp"
#include "fakes/catalog_repository.hpp"

namespace {

using namespace domain;
using servicetest::error_of;
using servicetest::names;

class CatalogServiceTest : public ::testing::Test {
protected:
    fakes::CatalogRepository repo;
    CatalogService service{repo};

    District district(const std::string& code) {
        auto r = service.create_region({"Владимирская область", "r-" + code});
        return service.create_district({r.id, "Камешковский район", code});
    }
    static OrganizationInput school(std::string name) {
        OrganizationInput in;
        in.name = std::move(name);
        return in;
    }
};

TEST_F(CatalogServiceTest, NamesAndCodesAreTrimmedAndChecked) {
    auto r = service.create_region({"  Владимирская область  ", " vladimir-33 "});
    EXPECT_EQ(r.name, "Владимирская область");
    EXPECT_EQ(r.code, "vladimir-33");
    auto e = error_of([&] { service.create_region({"", "код с пробелами"}); });
    EXPECT_EQ(e.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(e, "/name"));
    EXPECT_TRUE(names(e, "/code"));
    EXPECT_EQ(service.regions({}).items.size(), 1u);
}

TEST_F(CatalogServiceTest, ADistrictNeedsAnExistingRegion) {
    auto missing = error_of([&] { service.create_district({RegionId{"00000000-0000-4000-8000-999999999999"}, "Район", "d1"}); });
    EXPECT_EQ(missing.kind(), ErrorKind::validation);
    EXPECT_TRUE(names(missing, "/region_id"));
    EXPECT_TRUE(names(error_of([&] { service.create_district({RegionId{"not-a-uuid"}, "Район", "d1"}); }), "/region_id"));
    EXPECT_EQ(repo.districts(), 0u);
    auto d = district("kameshkovo");
    EXPECT_EQ(service.district(d.id).name, "Камешковский район");
    EXPECT_EQ(error_of([&] { service.district(DistrictId{"00000000-0000-4000-8000-999999999999"}); }).kind(), ErrorKind::not_found);
}

TEST_F(CatalogServiceTest, ADuplicateCodeIsAConflict) {
    district("kameshkovo");
    auto r = service.create_region({"Ещё регион", "another"});
    EXPECT_EQ(error_of([&] { service.create_district({r.id, "Двойник", "kameshkovo"}); }).kind(), ErrorKind::conflict);
    EXPECT_EQ(repo.districts(), 1u);
}

TEST_F(CatalogServiceTest, AnOrganisationBelongsToItsDistrictOnly) {
    auto a = district("a"), b = district("b");
    auto o = service.create_organization(a.id, school("МБОУ СОШ № 1"));
    EXPECT_EQ(service.organization(a.id, o.id).name, "МБОУ СОШ № 1");
    EXPECT_EQ(error_of([&] { service.organization(b.id, o.id); }).kind(), ErrorKind::not_found);
    OrganizationPatch rename;
    rename.name = "Чужая";
    EXPECT_EQ(error_of([&] { service.update_organization(b.id, o.id, {}, rename); }).kind(), ErrorKind::not_found);
    EXPECT_EQ(error_of([&] { service.archive_organization(b.id, o.id, {}); }).kind(), ErrorKind::not_found);
    EXPECT_TRUE(service.organizations(b.id, {}).items.empty());
    EXPECT_EQ(service.organization(a.id, o.id).status, OrganizationStatus::active);
}

TEST_F(CatalogServiceTest, AnInvalidOrganisationIsNotStored) {
    auto d = district("a");
    auto in = school("   ");
    in.external_code = std::string(500, 'x');
    auto e = error_of([&] { service.create_organization(d.id, in); });
    EXPECT_TRUE(names(e, "/name"));
    EXPECT_TRUE(names(e, "/external_code"));
    EXPECT_TRUE(service.organizations(d.id, {}).items.empty());
    OrganizationPatch blank;
    blank.name = "";
    auto o = service.create_organization(d.id, school("Школа"));
    EXPECT_TRUE(names(error_of([&] { service.update_organization(d.id, o.id, {}, blank); }), "/name"));
    EXPECT_EQ(service.organization(d.id, o.id).name, "Школа");
}

TEST_F(CatalogServiceTest, ArchivingClosesTheOrganisationAndAStaleVersionChangesNothing) {
    auto d = district("a");
    auto o = service.create_organization(d.id, school("Школа"));
    OrganizationPatch rename;
    rename.name = "Школа № 2";
    auto renamed = service.update_organization(d.id, o.id, ExpectedVersion{o.version}, rename);
    EXPECT_EQ(renamed.version, o.version + 1);
    auto stale = error_of([&] { service.archive_organization(d.id, o.id, ExpectedVersion{o.version}); });
    EXPECT_EQ(stale.kind(), ErrorKind::precondition_failed);
    EXPECT_EQ(service.organization(d.id, o.id).status, OrganizationStatus::active);

    auto closed = service.archive_organization(d.id, o.id, ExpectedVersion{renamed.version});
    EXPECT_EQ(closed.status, OrganizationStatus::closed);
    EXPECT_EQ(closed.name, "Школа № 2") << "archiving keeps everything else";
    OrganizationQuery active;
    active.status = OrganizationStatus::active;
    EXPECT_TRUE(service.organizations(d.id, active).items.empty());
}

}  // namespace
