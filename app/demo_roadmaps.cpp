#include "app/demo_roadmaps.hpp"

#include <algorithm>
#include <iterator>

#include "api/http/log.hpp"
#include "app/seeds.hpp"
#include "domain/roadmap_template.hpp"

namespace api {
namespace {

domain::ProgressInput done(const domain::Occurrence& occ, domain::Date on, const char* evidence, int number) {
    domain::ProgressInput p;
    p.occurrence = occ.window.start;
    p.status = domain::ProgressStatus::done;
    p.completed_on = on;
    p.evidence.title = evidence;
    p.evidence.number = std::to_string(number);
    p.evidence.date = on;
    return p;
}

}  // namespace

DemoRoadmaps::DemoRoadmaps(domain::CatalogService& catalog, domain::RoadmapService& roadmaps)
    : catalog_(catalog), roadmaps_(roadmaps), today_(domain::Date::today_utc()) {
    school_year_ = today_.month() >= 9 ? today_.year() : today_.year() - 1;
}

void DemoRoadmaps::load(const domain::DistrictId& district_id) {
    district_ = district_id;
    domain::RoadmapQuery existing;
    existing.page.limit = 1;
    if (!roadmaps_.list(district_, existing).items.empty()) return;  // already there
    int imported = 0;
    imported += seed("004_", nullptr, {domain::Date(2021, 12, 1), domain::Date(2024, 12, 31)});
    imported += seed("001_", "kam-sosh-1", {domain::Date(2020, 9, 1), domain::Date(2021, 8, 31)});
    imported += seed("002_", "kam-ds-1", {domain::Date(2024, 1, 1), domain::Date(2024, 12, 31)});
    imported += seed("000_", "kam-college", {domain::Date(2024, 9, 1), domain::Date(2025, 8, 31)});
    // The draft covers the school year of the day the demo is loaded (1 September – 31 August).
    const domain::DateRange this_year{domain::Date(school_year_, 9, 1), domain::Date(school_year_ + 1, 8, 31)};
    if (auto sosh2 = organization("kam-sosh-2"))
        roadmaps_.from_template(district_, domain::organization_roadmap_template().id, *sosh2, this_year, std::nullopt);
    if (auto vtorovo = organization("kam-vtorovo")) try {
            this_years_work(*vtorovo);
        } catch (const domain::Error& e) {
            log::warn("demo: this school year's roadmap not loaded", {{"error", e.what()}});
        }
    log::info("demo roadmaps ready", {{"imported", imported}});
}

std::optional<domain::OrganizationId> DemoRoadmaps::organization(const char* code) const {
    domain::OrganizationQuery q;
    q.page.limit = 200;
    for (auto& o : catalog_.organizations(district_, q).items)
        if (o.external_code && *o.external_code == code) return o.id;
    return std::nullopt;
}

bool DemoRoadmaps::seed(const char* seed, const char* org_code, domain::DateRange period) {
    auto embedded = embedded_seed(seed);
    if (!embedded) {
        log::warn("demo roadmap seed not embedded in this build", {{"seed", seed}});
        return false;
    }
    domain::RoadmapOwner owner;
    if (org_code) {
        owner.organization_id = organization(org_code);
        if (!owner.organization_id) return false;
    }
    // 004: the order's appendix 1 is the district's plan; the sample form after it is a part
    // of its own, left out by default (the importer reports it).
    auto result = roadmaps_.import_table(district_, owner, period, std::nullopt, std::string(*embedded),
                                         domain::TableFormat::tsv);
    auto rm = roadmaps_.submit(district_, result.roadmap.id, {});
    rm = roadmaps_.approve(district_, rm.id, {});
    for (auto& section : rm.sections) {
        int n = 0;
        for (auto& item : section.items) {
            if (n++ >= 2 || item.occurrences.empty()) break;
            const auto& occ = item.occurrences.front();
            roadmaps_.record_progress(district_, rm.id, item.id, {},
                                      done(occ, std::min(occ.window.end, today_), "Приказ о реализации мероприятия", 10 + n));
        }
    }
    return true;
}

void DemoRoadmaps::this_years_work(const domain::OrganizationId& organization_id) {
    const int first = school_year_;
    auto rm = roadmaps_.from_template(district_, domain::organization_roadmap_template().id, organization_id,
                                      {domain::Date(first, 9, 1), domain::Date(first + 1, 8, 31)}, std::nullopt);
    // The template leaves deadlines to the school: one month per stage, as a curator would.
    const std::string months[] = {"сентябрь " + std::to_string(first),   "октябрь " + std::to_string(first),
                                  "ноябрь " + std::to_string(first),     "декабрь " + std::to_string(first),
                                  "январь " + std::to_string(first + 1), "в течение учебного года",
                                  "май " + std::to_string(first + 1)};
    std::size_t stage = 0;
    for (auto& section : rm.sections) {
        for (auto& item : section.items) {
            domain::ItemPatch patch;
            patch.deadline_text = months[std::min(stage, std::size(months) - 1)];
            roadmaps_.update_item(district_, rm.id, item.id, {}, patch);
        }
        ++stage;
    }
    rm = roadmaps_.submit(district_, rm.id, {});
    rm = roadmaps_.approve(district_, rm.id, {});
    int k = 0;
    for (auto& section : rm.sections)
        for (auto& item : section.items)
            for (auto& occ : item.occurrences) {
                if (occ.seq != 0 || !(occ.window.end < today_) || k++ % 3 == 2) continue;
                auto on = std::min(k % 2 ? occ.window.end : occ.window.end.plus_days(5), today_);
                roadmaps_.record_progress(district_, rm.id, item.id, {},
                                          done(occ, on, "Протокол заседания педагогического совета", k));
            }
}

}  // namespace api
