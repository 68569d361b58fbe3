#include "app/roadmaps_module.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "api/log.hpp"
#include "api/roadmap_handlers.hpp"
#include "app/seeds.hpp"
#include "domain/roadmap_template.hpp"
#include "persistence/roadmap_repository.hpp"

namespace api {
namespace {

class RoadmapsModule final : public Module {
public:
    explicit RoadmapsModule(ModuleContext& c)
        : c_(c), repo_(c.db), service_(repo_) {}

    void add_routes(Router& r) override { add_roadmap_routes(r, service_, c_.catalog, c_.access); }

    void load_demo(const std::string& district_id) override;

private:
    ModuleContext& c_;
    persistence::PgRoadmapRepository repo_;
    domain::RoadmapService service_;
};

}  // namespace

std::unique_ptr<Module> make_roadmaps_module(ModuleContext& context) { return std::make_unique<RoadmapsModule>(context); }

}  // namespace api

namespace api {

// The seed roadmaps as the demo district's: the district's own plan (Kameshkovo), a
// school's, a kindergarten's and the college's, approved, with some progress recorded;
// and a draft from the seven-stage template.
void RoadmapsModule::load_demo(const std::string& district_id) {
    domain::RoadmapQuery existing;
    existing.page.limit = 1;
    if (!service_.list(district_id, existing).items.empty()) return;  // already there

    auto org = [&](const char* code) -> std::optional<std::string> {
        domain::OrganizationQuery q;
        q.page.limit = 200;
        for (auto& o : c_.catalog.organizations(district_id, q).items)
            if (o.external_code && *o.external_code == code) return o.id;
        return std::nullopt;
    };
    struct SeedRoadmap {
        const char* seed;
        const char* org_code;  // nullptr: the district's own
        domain::DateRange period;
    };
    const SeedRoadmap seeds[] = {
        {"004_", nullptr, {domain::Date(2021, 12, 1), domain::Date(2024, 12, 31)}},
        {"001_", "kam-sosh-1", {domain::Date(2020, 9, 1), domain::Date(2021, 8, 31)}},
        {"002_", "kam-ds-1", {domain::Date(2024, 1, 1), domain::Date(2024, 12, 31)}},
        {"000_", "kam-college", {domain::Date(2024, 9, 1), domain::Date(2025, 8, 31)}},
    };
    int imported = 0;
    for (auto& s : seeds) {
        auto embedded = embedded_seed(s.seed);
        if (!embedded) {
            log::warn("demo roadmap seed not embedded in this build", {{"seed", s.seed}});
            continue;
        }
        // 004: the order's appendix 1 is the district's plan; the sample form after it is a part
        // of its own, left out by default (the importer reports it).
        std::string text(*embedded);
        domain::RoadmapOwner owner;
        if (s.org_code) {
            owner.organization_id = org(s.org_code);
            if (!owner.organization_id) continue;
        }
        auto result = service_.import_table(district_id, owner, s.period, std::nullopt, text, domain::TableFormat::tsv);
        auto rm = service_.submit(district_id, result.roadmap.id, {});
        rm = service_.approve(district_id, rm.id, {});
        // Progress: the first few items of every section done, with their evidence.
        auto today = domain::Date::today_utc();
        for (auto& section : rm.sections) {
            int n = 0;
            for (auto& item : section.items) {
                if (n++ >= 2 || item.occurrences.empty()) break;
                const auto& occ = item.occurrences.front();
                auto done_on = std::min(occ.window.end, today);
                domain::ProgressInput p;
                p.occurrence = occ.window.start.iso();
                p.status = domain::ProgressStatus::done;
                p.completed_on = done_on.iso();
                p.evidence.title = "Приказ о реализации мероприятия";
                p.evidence.number = std::to_string(10 + n);
                p.evidence.date = done_on.iso();
                service_.record_progress(district_id, rm.id, item.id, {}, p);
            }
        }
        ++imported;
    }
    // The draft covers the school year of the day the demo is loaded (1 September – 31 August).
    auto today = domain::Date::today_utc();
    int first = today.month() >= 9 ? today.year() : today.year() - 1;
    if (auto sosh2 = org("kam-sosh-2"))
        service_.from_template(district_id, domain::organization_roadmap_template().id, *sosh2,
                               {domain::Date(first, 9, 1), domain::Date(first + 1, 8, 31)}, std::nullopt);
    // And one school on the template for this school year, approved in September, its work
    // recorded with the dates it was done: two occurrences in three that have fallen due, on
    // time or a few days late; the rest overdue. So the overview's trend over the school year
    // moves (the seeds' own years are long past, and their numbers no longer change).
    if (auto vtorovo = org("kam-vtorovo")) try {
        auto rm = service_.from_template(district_id, domain::organization_roadmap_template().id, *vtorovo,
                                         {domain::Date(first, 9, 1), domain::Date(first + 1, 8, 31)}, std::nullopt);
        // The template leaves deadlines to the school: one month per stage, as a curator would.
        const std::string months[] = {"сентябрь " + std::to_string(first),     "октябрь " + std::to_string(first),
                                      "ноябрь " + std::to_string(first),       "декабрь " + std::to_string(first),
                                      "январь " + std::to_string(first + 1),   "в течение учебного года",
                                      "май " + std::to_string(first + 1)};
        std::size_t stage = 0;
        for (auto& section : rm.sections) {
            for (auto& item : section.items) {
                domain::ItemPatch patch;
                patch.deadline_text = months[std::min(stage, std::size(months) - 1)];
                service_.update_item(district_id, rm.id, item.id, {}, patch);
            }
            ++stage;
        }
        rm = service_.submit(district_id, rm.id, {});
        rm = service_.approve(district_id, rm.id, {});
        int k = 0;
        for (auto& section : rm.sections)
            for (auto& item : section.items)
                for (auto& occ : item.occurrences) {
                    if (occ.seq != 0 || !(occ.window.end < today) || k++ % 3 == 2) continue;
                    auto done_on = std::min(k % 2 ? occ.window.end : occ.window.end.plus_days(5), today);
                    domain::ProgressInput p;
                    p.occurrence = occ.window.start.iso();
                    p.status = domain::ProgressStatus::done;
                    p.completed_on = done_on.iso();
                    p.evidence.title = "Протокол заседания педагогического совета";
                    p.evidence.number = std::to_string(k);
                    p.evidence.date = done_on.iso();
                    service_.record_progress(district_id, rm.id, item.id, {}, p);
                }
    } catch (const domain::Error& e) {
        log::warn("demo: this school year's roadmap not loaded", {{"error", e.what()}});
    }
    log::info("demo roadmaps ready", {{"imported", imported}});
}

}  // namespace api
