#include "persistence/soci_report_repository.hpp"

#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

// Values of submitted and accepted reports only: a draft is not data yet.
void load_rows(soci::session& sql, const std::string& d, CampaignSheet& sheet) {
    soci::rowset<soci::row> rs =
        (sql.prepare << "select org.id::text, org.name, org.short_name, org.type, coalesce(rep.status, 'not_started'),"
                        " case when rep.status in ('submitted', 'accepted') then rep.\"values\"::text else '{}' end"
                        " from monitoring_campaign_organizations co"
                        " join organizations org on org.district_id = co.district_id and org.id = co.organization_id"
                        "   and org.status = 'active'"
                        " left join monitoring_reports rep on rep.district_id = co.district_id"
                        "   and rep.campaign_id = co.campaign_id and rep.organization_id = co.organization_id"
                        " where co.district_id = cast(:d as uuid) and co.campaign_id = cast(:c as uuid)"
                        " order by org.type, org.name, org.id",
         soci::use(d), soci::use(sheet.id));
    for (auto& r : rs)
        sheet.rows.push_back({r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(3),
                              r.get<std::string>(4), opt_text(r, 2), r.get<std::string>(5)});
}

CampaignSheet sheet_from(const soci::row& r) {
    return {r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2), r.get<std::string>(3),
            r.get<std::string>(4), {}};
}

}  // namespace

std::optional<CampaignSheet> SociReportRepository::campaign(const std::string& d, const std::string& campaign_id) {
    std::optional<CampaignSheet> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = one<CampaignSheet>(sql,
                                 "select id::text, title, reporting_date::text, due_date::text, indicators::text"
                                 " from monitoring_campaigns where district_id = cast(:d as uuid) and id = cast(:c as uuid)",
                                 sheet_from, soci::use(d), soci::use(campaign_id));
        if (out) load_rows(sql, d, *out);
    });
    return out;
}

std::optional<CampaignSheet> SociReportRepository::latest_campaign(const std::string& d, const std::string& as_of) {
    std::optional<CampaignSheet> out;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = one<CampaignSheet>(sql,
                                 "select id::text, title, reporting_date::text, due_date::text, indicators::text"
                                 " from monitoring_campaigns where district_id = cast(:d as uuid)"
                                 " and reporting_date <= cast(:t as date) order by reporting_date desc, id desc limit 1",
                                 sheet_from, soci::use(d), soci::use(as_of));
        if (out) load_rows(sql, d, *out);
    });
    return out;
}

std::vector<SociReportRepository::DistrictInfo> SociReportRepository::districts_of(const std::string& region_id) {
    std::vector<DistrictInfo> out;
    db_.in_global([&](soci::session& sql) {
        out = all<DistrictInfo>(sql,
                                "select id::text, name, code from districts where region_id = cast(:r as uuid)"
                                " order by name, id",
                                [](const soci::row& r) {
                                    return DistrictInfo{r.get<std::string>(0), r.get<std::string>(1),
                                                        r.get<std::string>(2)};
                                },
                                soci::use(region_id));
    });
    return out;
}

}  // namespace persistence
