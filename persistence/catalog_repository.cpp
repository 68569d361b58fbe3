#include "persistence/catalog_repository.hpp"

#include "domain/errors.hpp"
#include "generated/queries.hpp"
#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

using domain::ExpectedVersion;

domain::Region region_from(const pg::Result& r, int i) {
    return {r.id<domain::RegionId>(i, "id"), r.text(i, "name"),       r.text(i, "code"), r.integer(i, "version"),
            r.instant(i, "created_at"), r.instant(i, "updated_at")};
}
domain::District district_from(const pg::Result& r, int i) {
    return {r.id<domain::DistrictId>(i, "id"), r.id<domain::RegionId>(i, "region_id"), r.text(i, "name"), r.text(i, "code"),
            r.integer(i, "version"), r.instant(i, "created_at"), r.instant(i, "updated_at")};
}
domain::Organization org_from(const pg::Result& r, int i) {
    domain::Organization o;
    o.id = r.id<domain::OrganizationId>(i, "id");
    o.district_id = r.id<domain::DistrictId>(i, "district_id");
    o.name = r.text(i, "name");
    o.short_name = r.opt_text(i, "short_name");
    o.type = domain::parse_organization_type(r.text(i, "type")).value_or(domain::OrganizationType::school);
    o.address = r.opt_text(i, "address");
    o.status = domain::parse_organization_status(r.text(i, "status")).value_or(domain::OrganizationStatus::active);
    o.external_code = r.opt_text(i, "external_code");
    o.version = r.integer(i, "version");
    o.created_at = r.instant(i, "created_at");
    o.updated_at = r.instant(i, "updated_at");
    return o;
}

// A LIKE pattern matching `q` anywhere, with LIKE's own characters escaped.
std::string like_pattern(const std::string& q) {
    std::string out = "%";
    for (char c : q) {
        if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + "%";
}

}  // namespace

// ---- regions ---------------------------------------------------------------

domain::Region PgCatalogRepository::create_region(const domain::RegionInput& in) {
    domain::Region out;
    db_.in_global([&](soci::session& sql) {
        out = *pg::first(pg::exec(sql, queries::region_insert, {in.name, in.code}), region_from);
    });
    return out;
}

std::optional<domain::Region> PgCatalogRepository::find_region(const domain::RegionId& id) {
    std::optional<domain::Region> out;
    db_.in_global([&](soci::session& sql) { out = pg::first(pg::exec(sql, queries::region_find, {id}), region_from); });
    return out;
}

domain::Page<domain::Region> PgCatalogRepository::list_regions(const domain::PageRequest& p) {
    PageCursor c(p);
    std::vector<domain::Region> rows;
    db_.in_global([&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::regions_page, {c.key, c.id, std::to_string(p.limit + 1)}), region_from);
    });
    return page_of(std::move(rows), p.limit, [](auto& x) { return x.name; });
}

domain::Region PgCatalogRepository::update_region(const domain::RegionId& id, ExpectedVersion v,
                                                    const domain::RegionPatch& patch) {
    domain::Region out;
    db_.in_global([&](soci::session& sql) {
        auto current = pg::first(pg::exec(sql, queries::region_lock, {id}), region_from);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The region");
        out = *current;
        if (patch.name) out.name = *patch.name;
        if (patch.code) out.code = *patch.code;
        out = *pg::first(pg::exec(sql, queries::region_update, {out.name, out.code, id}), region_from);
    });
    return out;
}

// ---- districts -------------------------------------------------------------

domain::District PgCatalogRepository::create_district(const domain::DistrictInput& in) {
    domain::District out;
    db_.in_global([&](soci::session& sql) {
        out = *pg::first(pg::exec(sql, queries::district_insert, {in.region_id, in.name, in.code}), district_from);
    });
    return out;
}

std::optional<domain::District> PgCatalogRepository::find_district(const domain::DistrictId& id) {
    std::optional<domain::District> out;
    db_.in_global([&](soci::session& sql) { out = pg::first(pg::exec(sql, queries::district_find, {id}), district_from); });
    return out;
}

domain::Page<domain::District> PgCatalogRepository::list_districts(const domain::DistrictQuery& q) {
    PageCursor c(q.page);
    std::vector<domain::District> rows;
    db_.in_global([&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::districts_page,
                                  {q.region_id, c.key, c.id, std::to_string(q.page.limit + 1)}),
                         district_from);
    });
    return page_of(std::move(rows), q.page.limit, [](auto& x) { return x.name; });
}

domain::District PgCatalogRepository::update_district(const domain::DistrictId& id, ExpectedVersion v,
                                                        const domain::DistrictPatch& patch) {
    domain::District out;
    db_.in_global([&](soci::session& sql) {
        auto current = pg::first(pg::exec(sql, queries::district_lock, {id}), district_from);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The district");
        out = *current;
        if (patch.name) out.name = *patch.name;
        if (patch.code) out.code = *patch.code;
        out = *pg::first(pg::exec(sql, queries::district_update, {out.name, out.code, id}), district_from);
    });
    return out;
}

// ---- organizations (tenant data: every statement runs with the district set) ----

domain::Organization PgCatalogRepository::create_organization(const domain::DistrictId& district_id,
                                                                const domain::OrganizationInput& in) {
    domain::Organization out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = *pg::first(pg::exec(sql, queries::organization_insert,
                                  {district_id, in.name, in.short_name, std::string(domain::to_string(in.type)),
                                   in.address, in.external_code}),
                         org_from);
    });
    return out;
}

std::optional<domain::Organization> PgCatalogRepository::find_organization(const domain::DistrictId& district_id,
                                                                             const domain::OrganizationId& id) {
    std::optional<domain::Organization> out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = pg::first(pg::exec(sql, queries::organization_find, {district_id, id}), org_from);
    });
    return out;
}

domain::Page<domain::Organization> PgCatalogRepository::list_organizations(const domain::DistrictId& district_id,
                                                                            const domain::OrganizationQuery& q) {
    PageCursor c(q.page);
    pg::Param type, status, pattern;
    if (q.type) type = std::string(domain::to_string(*q.type));
    if (q.status) status = std::string(domain::to_string(*q.status));
    if (q.q) pattern = like_pattern(*q.q);
    std::vector<domain::Organization> rows;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::organizations_page,
                                  {type, status, pattern, c.key, c.id, q.only_id, district_id,
                                   std::to_string(q.page.limit + 1)}),
                         org_from);
    });
    return page_of(std::move(rows), q.page.limit, [](auto& x) { return x.name; });
}

domain::Organization PgCatalogRepository::update_organization(const domain::DistrictId& district_id, const domain::OrganizationId& id,
                                                                ExpectedVersion v,
                                                                const domain::OrganizationPatch& patch) {
    domain::Organization out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        auto current = pg::first(pg::exec(sql, queries::organization_lock, {district_id, id}), org_from);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The organization");
        out = *current;
        patch.apply_to(out);
        out = *pg::first(pg::exec(sql, queries::organization_update,
                                  {out.name, out.short_name, std::string(domain::to_string(out.type)), out.address,
                                   std::string(domain::to_string(out.status)), out.external_code, district_id, id}),
                         org_from);
    });
    return out;
}

}  // namespace persistence
