#include "persistence/soci_catalog_repository.hpp"

#include "domain/errors.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

using domain::ExpectedVersion;

#define TS NASTAVNIK_TS

constexpr const char* kRegionCols = "id::text, name, code, version, " TS("created_at") ", " TS("updated_at");
constexpr const char* kDistrictCols =
    "id::text, region_id::text, name, code, version, " TS("created_at") ", " TS("updated_at");
constexpr const char* kOrgCols =
    "id::text, district_id::text, name, short_name, type, address, status, external_code, version, " TS(
        "created_at") ", " TS("updated_at");

domain::Region region_from(const soci::row& r) {
    return {r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2), r.get<int>(3),
            r.get<std::string>(4), r.get<std::string>(5)};
}
domain::District district_from(const soci::row& r) {
    return {r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2), r.get<std::string>(3),
            r.get<int>(4),         r.get<std::string>(5), r.get<std::string>(6)};
}
domain::Organization org_from(const soci::row& r) {
    domain::Organization o;
    o.id = r.get<std::string>(0);
    o.district_id = r.get<std::string>(1);
    o.name = r.get<std::string>(2);
    o.short_name = opt_text(r, 3);
    o.type = domain::parse_organization_type(r.get<std::string>(4)).value_or(domain::OrganizationType::school);
    o.address = opt_text(r, 5);
    o.status = domain::parse_organization_status(r.get<std::string>(6)).value_or(domain::OrganizationStatus::active);
    o.external_code = opt_text(r, 7);
    o.version = r.get<int>(8);
    o.created_at = r.get<std::string>(9);
    o.updated_at = r.get<std::string>(10);
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

domain::Region SociCatalogRepository::create_region(const domain::RegionInput& in) {
    domain::Region out;
    db_.in_global([&](soci::session& sql) {
        out = *one<domain::Region>(sql, std::string("insert into regions(name, code) values (:n, :c) returning ") + kRegionCols,
                                   region_from, soci::use(in.name), soci::use(in.code));
    });
    return out;
}

std::optional<domain::Region> SociCatalogRepository::find_region(const std::string& id) {
    std::optional<domain::Region> out;
    db_.in_global([&](soci::session& sql) {
        out = one<domain::Region>(sql, std::string("select ") + kRegionCols + " from regions where id = cast(:id as uuid)",
                                  region_from, soci::use(id));
    });
    return out;
}

domain::Page<domain::Region> SociCatalogRepository::list_regions(const domain::PageRequest& p) {
    CursorParams c(p);
    auto &cn = c.key, &ci = c.id;
    std::vector<domain::Region> rows;
    int fetch = p.limit + 1;
    db_.in_global([&](soci::session& sql) {
        soci::rowset<soci::row> rs =
            (sql.prepare << std::string("select ") + kRegionCols +
                                " from regions where (cast(:cn as text) is null or (name, id) > (cast(:cn2 as text), cast(:ci as uuid)))"
                                " order by name, id limit :l",
             soci::use(cn.value, cn.ind), soci::use(cn.value, cn.ind), soci::use(ci.value, ci.ind), soci::use(fetch));
        for (auto& r : rs) rows.push_back(region_from(r));
    });
    return page_of(std::move(rows), p.limit, [](auto& x) { return x.name; });
}

domain::Region SociCatalogRepository::update_region(const std::string& id, ExpectedVersion v,
                                                    const domain::RegionPatch& patch) {
    domain::Region out;
    db_.in_global([&](soci::session& sql) {
        auto current = one<domain::Region>(
            sql, std::string("select ") + kRegionCols + " from regions where id = cast(:id as uuid) for update",
            region_from, soci::use(id));
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The region");
        out = *current;
        if (patch.name) out.name = *patch.name;
        if (patch.code) out.code = *patch.code;
        out = *one<domain::Region>(sql,
                                   std::string("update regions set name = :n, code = :c, version = version + 1, "
                                               "updated_at = now() where id = cast(:id as uuid) returning ") +
                                       kRegionCols,
                                   region_from, soci::use(out.name), soci::use(out.code), soci::use(id));
    });
    return out;
}

// ---- districts -------------------------------------------------------------

domain::District SociCatalogRepository::create_district(const domain::DistrictInput& in) {
    domain::District out;
    db_.in_global([&](soci::session& sql) {
        out = *one<domain::District>(
            sql,
            std::string("insert into districts(region_id, name, code) values (cast(:r as uuid), :n, :c) returning ") +
                kDistrictCols,
            district_from, soci::use(in.region_id), soci::use(in.name), soci::use(in.code));
    });
    return out;
}

std::optional<domain::District> SociCatalogRepository::find_district(const std::string& id) {
    std::optional<domain::District> out;
    db_.in_global([&](soci::session& sql) {
        out = one<domain::District>(
            sql, std::string("select ") + kDistrictCols + " from districts where id = cast(:id as uuid)", district_from,
            soci::use(id));
    });
    return out;
}

domain::Page<domain::District> SociCatalogRepository::list_districts(const domain::DistrictQuery& q) {
    CursorParams c(q.page);
    auto &cn = c.key, &ci = c.id;
    NullableText region(q.region_id);
    std::vector<domain::District> rows;
    int fetch = q.page.limit + 1;
    db_.in_global([&](soci::session& sql) {
        soci::rowset<soci::row> rs =
            (sql.prepare << std::string("select ") + kDistrictCols +
                                " from districts where (cast(:r as uuid) is null or region_id = cast(:r2 as uuid))"
                                " and (cast(:cn as text) is null or (name, id) > (cast(:cn2 as text), cast(:ci as uuid)))"
                                " order by name, id limit :l",
             soci::use(region.value, region.ind), soci::use(region.value, region.ind), soci::use(cn.value, cn.ind),
             soci::use(cn.value, cn.ind), soci::use(ci.value, ci.ind), soci::use(fetch));
        for (auto& r : rs) rows.push_back(district_from(r));
    });
    return page_of(std::move(rows), q.page.limit, [](auto& x) { return x.name; });
}

domain::District SociCatalogRepository::update_district(const std::string& id, ExpectedVersion v,
                                                        const domain::DistrictPatch& patch) {
    domain::District out;
    db_.in_global([&](soci::session& sql) {
        auto current = one<domain::District>(
            sql, std::string("select ") + kDistrictCols + " from districts where id = cast(:id as uuid) for update",
            district_from, soci::use(id));
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The district");
        out = *current;
        if (patch.name) out.name = *patch.name;
        if (patch.code) out.code = *patch.code;
        out = *one<domain::District>(sql,
                                     std::string("update districts set name = :n, code = :c, version = version + 1, "
                                                 "updated_at = now() where id = cast(:id as uuid) returning ") +
                                         kDistrictCols,
                                     district_from, soci::use(out.name), soci::use(out.code), soci::use(id));
    });
    return out;
}

// ---- organizations (tenant data: every statement runs with the district set) ----

domain::Organization SociCatalogRepository::create_organization(const std::string& district_id,
                                                                const domain::OrganizationInput& in) {
    domain::Organization out;
    NullableText short_name(in.short_name), address(in.address), code(in.external_code);
    std::string type(domain::to_string(in.type));
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = *one<domain::Organization>(
            sql,
            std::string("insert into organizations(district_id, name, short_name, type, address, external_code) "
                        "values (cast(:d as uuid), :n, :s, :t, :a, :e) returning ") +
                kOrgCols,
            org_from, soci::use(district_id), soci::use(in.name), soci::use(short_name.value, short_name.ind),
            soci::use(type), soci::use(address.value, address.ind), soci::use(code.value, code.ind));
    });
    return out;
}

std::optional<domain::Organization> SociCatalogRepository::find_organization(const std::string& district_id,
                                                                             const std::string& id) {
    std::optional<domain::Organization> out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        out = one<domain::Organization>(sql,
                                        std::string("select ") + kOrgCols +
                                            " from organizations where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
                                        org_from, soci::use(district_id), soci::use(id));
    });
    return out;
}

domain::Page<domain::Organization> SociCatalogRepository::list_organizations(const std::string& district_id,
                                                                            const domain::OrganizationQuery& q) {
    CursorParams c(q.page);
    auto &cn = c.key, &ci = c.id;
    NullableText type(q.type ? std::optional<std::string>(std::string(domain::to_string(*q.type))) : std::nullopt);
    NullableText status(q.status ? std::optional<std::string>(std::string(domain::to_string(*q.status))) : std::nullopt);
    NullableText pattern(q.q ? std::optional<std::string>(like_pattern(*q.q)) : std::nullopt);
    NullableText only(q.only_id);
    std::vector<domain::Organization> rows;
    int fetch = q.page.limit + 1;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        soci::rowset<soci::row> rs =
            (sql.prepare << std::string("with p as (select cast(:t as text) t, cast(:s as text) s, cast(:q as text) q,"
                                        " cast(:cn as text) cn, cast(:ci as uuid) ci, cast(:oi as uuid) oi) select ") +
                                kOrgCols +
                                " from organizations, p where district_id = cast(:d as uuid)"
                                " and (p.t is null or type = p.t) and (p.s is null or status = p.s)"
                                " and (p.q is null or name ilike p.q or short_name ilike p.q) and (p.oi is null or id = p.oi)"
                                " and (p.cn is null or (name, id) > (p.cn, p.ci))"
                                " order by name, id limit :l",
             soci::use(type.value, type.ind), soci::use(status.value, status.ind), soci::use(pattern.value, pattern.ind),
             soci::use(cn.value, cn.ind), soci::use(ci.value, ci.ind), soci::use(only.value, only.ind),
             soci::use(district_id), soci::use(fetch));
        for (auto& r : rs) rows.push_back(org_from(r));
    });
    return page_of(std::move(rows), q.page.limit, [](auto& x) { return x.name; });
}

domain::Organization SociCatalogRepository::update_organization(const std::string& district_id, const std::string& id,
                                                                ExpectedVersion v,
                                                                const domain::OrganizationPatch& patch) {
    domain::Organization out;
    db_.in_tenant(district_id, [&](soci::session& sql) {
        auto current = one<domain::Organization>(
            sql,
            std::string("select ") + kOrgCols +
                " from organizations where district_id = cast(:d as uuid) and id = cast(:id as uuid) for update",
            org_from, soci::use(district_id), soci::use(id));
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The organization");
        out = *current;
        patch.apply_to(out);
        NullableText short_name(out.short_name), address(out.address), code(out.external_code);
        std::string type(domain::to_string(out.type)), status(domain::to_string(out.status));
        out = *one<domain::Organization>(
            sql,
            std::string("update organizations set name = :n, short_name = :s, type = :t, address = :a, status = :st,"
                        " external_code = :e, version = version + 1, updated_at = now()"
                        " where district_id = cast(:d as uuid) and id = cast(:id as uuid) returning ") +
                kOrgCols,
            org_from, soci::use(out.name), soci::use(short_name.value, short_name.ind), soci::use(type),
            soci::use(address.value, address.ind), soci::use(status), soci::use(code.value, code.ind),
            soci::use(district_id), soci::use(id));
    });
    return out;
}

}  // namespace persistence
