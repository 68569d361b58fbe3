#include "app/monitoring_module.hpp"

#include <algorithm>
#include <map>

#include "api/idempotency.hpp"
#include "api/log.hpp"
#include "api/monitoring_handlers.hpp"
#include "domain/bases.hpp"
#include "domain/monitoring.hpp"
#include "persistence/bases_repository.hpp"
#include "persistence/idempotency_repository.hpp"
#include "persistence/monitoring_repository.hpp"

namespace api {
namespace {

class MonitoringModule final : public Module {
public:
    explicit MonitoringModule(ModuleContext& c)
        : c_(c),
          bases_repo_(c.db),
          monitoring_repo_(c.db),
          idempotency_repo_(c.db),
          bases_(bases_repo_),
          monitoring_(monitoring_repo_, bases_repo_),
          idempotency_(idempotency_repo_),
          deps_{monitoring_, bases_, c.catalog, c.access, idempotency_} {}

    void add_routes(Router& router) override {
        add_monitoring_routes(router, deps_);
        add_bases_routes(router, deps_);
    }

    void load_demo(const std::string& district_id) override;

private:
    ModuleContext& c_;
    persistence::PgBasesRepository bases_repo_;
    persistence::PgMonitoringRepository monitoring_repo_;
    persistence::PgIdempotencyRepository idempotency_repo_;
    domain::BasesService bases_;
    domain::MonitoringService monitoring_;
    Idempotency idempotency_;
    MonitoringDeps deps_;
};

constexpr const char* kDemoCampaign = "Мониторинг реализации ЦМН (демонстрационный)";
constexpr const char* kDemoOpenCampaign = "Мониторинг реализации ЦМН — текущий период (демонстрационный)";

// The demo district's monitoring: bases for two schools and the college, and two campaigns
// dated from the day the demo is loaded, so that every step can be tried on day one: one
// closed and locked (its due and lock dates passed), with reports accepted, submitted on
// time, submitted late, a draft and missing ones; and one open for entry (due in two
// weeks), with a report submitted, a draft, and the curator's school (СОШ № 1) yet to
// report. Idempotent: persons are upserted by external_id, programs and pairs are added
// only to an empty base, each campaign only once (by its title).
void MonitoringModule::load_demo(const std::string& d) {
    domain::OrganizationQuery q;
    q.page.limit = 200;
    std::map<std::string, domain::Organization> orgs;
    for (auto& o : c_.catalog.organizations(d, q).items)
        if (o.external_code) orgs[*o.external_code] = o;
    auto today = domain::Date::today_utc();
    auto day = [&](int offset) { return today.plus_days(offset).iso(); };
    int year = today.year();

    struct DemoBase {
        const char* code;
        int mentors, mentees;
        domain::PersonCategory mentee_category;
        const char* form;
    };
    static const DemoBase bases[] = {
        {"kam-sosh-1", 3, 8, domain::PersonCategory::student, "student_student"},
        {"kam-sosh-2", 2, 5, domain::PersonCategory::student, "student_student"},
        {"kam-college", 2, 4, domain::PersonCategory::college_student, "employer_student"},
    };
    static const char* surnames[] = {"Иванова", "Петров", "Смирнова", "Кузнецов", "Соколова", "Попов",
                                     "Лебедева", "Козлов", "Новикова", "Морозов", "Волкова", "Соловьёв"};
    for (const auto& b : bases) {
        auto it = orgs.find(b.code);
        if (it == orgs.end()) continue;
        const auto& o = it->second.id;
        std::vector<domain::PersonInput> mentors, mentees;
        for (int i = 0; i < b.mentors; ++i) {
            domain::PersonInput p;
            p.external_id = std::string(b.code) + "-t" + std::to_string(i + 1);
            p.full_name = std::string(surnames[(i * 5) % 12]) + " (наставник " + std::to_string(i + 1) + ")";
            p.category = i == 0 && b.mentee_category == domain::PersonCategory::college_student
                             ? domain::PersonCategory::employer
                             : domain::PersonCategory::teacher;
            p.birth_year = 1975 + i * 4;
            p.consent = domain::Consent{day(-300), domain::ConsentGiver::self};
            mentors.push_back(p);
        }
        for (int i = 0; i < b.mentees; ++i) {
            domain::PersonInput p;
            p.external_id = std::string(b.code) + "-s" + std::to_string(i + 1);
            p.full_name = std::string(surnames[(i * 7 + 3) % 12]) + " (наставляемый " + std::to_string(i + 1) + ")";
            p.category = b.mentee_category;
            p.birth_year = b.mentee_category == domain::PersonCategory::student ? year - 12 - (i % 5) : year - 17;
            p.consent = domain::Consent{day(-290), domain::ConsentGiver::parent};
            mentees.push_back(p);
        }
        bases_.upsert_persons(d, o, domain::PersonKind::mentor, mentors);
        bases_.upsert_persons(d, o, domain::PersonKind::mentee, mentees);
        if (!bases_.programs(d, o, {200, std::nullopt}).items.empty()) continue;
        domain::ProgramInput program;
        program.title = std::string("Программа наставничества «Вместе» ") + std::to_string(year - 1) + "–" +
                        std::to_string(year + 1);
        program.forms = {b.form};
        program.start = day(-400);
        program.end = day(400);
        program.capacity = 3;
        auto prog = bases_.create_program(d, o, program);
        domain::PersonQuery pq;
        pq.page.limit = 200;
        auto mentor_list = bases_.persons(d, o, domain::PersonKind::mentor, pq).items;
        auto mentee_list = bases_.persons(d, o, domain::PersonKind::mentee, pq).items;
        if (!bases_.pairs(d, o, {200, std::nullopt}).items.empty()) continue;
        for (std::size_t i = 0; i + 1 < mentee_list.size(); i += 2) {
            domain::PairInput pair;
            pair.mentor_id = mentor_list[(i / 2) % mentor_list.size()].id;
            pair.mentee_ids = {mentee_list[i].id, mentee_list[i + 1].id};
            pair.form = b.form;
            pair.program_id = prog.id;
            pair.start_date = day(-200);
            bases_.create_pair(d, o, pair);
        }
    }

    struct DemoReport {
        const char* code;
        const char* outcome;  // accepted | on_time | late | draft
        int offset;           // submission day relative to the due date
    };
    domain::ReportActor system{"system:demo", true};
    auto fill = [&](const domain::Campaign& campaign, const DemoReport& r) {
        auto it = orgs.find(r.code);
        if (it == orgs.end()) return;
        const auto& o = it->second.id;
        auto view = monitoring_.report(d, campaign.id, o);  // pre-filled from the bases where they exist
        auto values = view.values;
        bool kindergarten = it->second.type == domain::OrganizationType::kindergarten;
        auto set = [&](const char* code, double n) { values.emplace(code, domain::Value::of(n)); };
        auto na = [&](const char* code) { values.emplace(code, domain::Value::not_applicable()); };
        if (kindergarten) {
            for (auto* code : {"students_10_18", "mentees_students_10_18"}) na(code);
        } else {
            set("students_10_18", 240 + 10 * (r.offset + 3));
            set("mentees_students_10_18", 6);
        }
        // Entered where the organisation keeps no records; pre-filled from them where it does.
        set("teachers_total", 38);
        set("young_teachers", 5);
        set("mentees_young_teachers", 2);
        set("mentors_total", 4);
        set("mentees_total", 6);
        set("pairs_total", 4);
        set("programs_total", 1);
        double participants = values.at("mentors_total").number + values.at("mentees_total").number;
        set("surveyed", std::min(10.0, participants));
        set("satisfied", std::min(9.0, participants));
        for (auto* code : {"has_order", "has_regulation", "has_program"}) values.emplace(code, domain::Value::yes_no(true));
        values.emplace("has_site_page", domain::Value::yes_no(std::string(r.outcome) != "late"));
        monitoring_.put_report(d, campaign.id, o, std::nullopt, values, system);
        if (std::string(r.outcome) == "draft") return;
        monitoring_.submit(d, campaign.id, o, std::nullopt, system);
        if (std::string(r.outcome) == "accepted") monitoring_.accept(d, campaign.id, o, std::nullopt, system);
        auto due = domain::Date::parse_iso(campaign.due_date).value_or(today);
        // Dated back to its day when that has passed (the open campaign's are submitted now).
        if (auto on = due.plus_days(r.offset); on < today)
            monitoring_repo_.set_submission_time(d, campaign.id, o, on.iso() + "T09:30:00Z");
    };
    auto exists = [&](const char* title) {
        for (auto& c : monitoring_.campaigns(d, {200, std::nullopt}).items)
            if (c.title == title) return true;
        return false;
    };

    // Closed and locked: reported 40 days ago, due 30 days ago, locked 20 days ago.
    if (!exists(kDemoCampaign)) {
        domain::CampaignInput in;
        in.title = kDemoCampaign;
        in.reporting_date = day(-40);
        in.due_date = day(-30);
        in.lock_date = day(-20);
        in.indicators.push_back(
            {"volunteers", "Наставники-волонтёры из числа выпускников", domain::IndicatorType::integer, false});
        auto campaign = monitoring_.create_campaign(d, in);
        static const DemoReport reports[] = {
            {"kam-sosh-1", "accepted", -3}, {"kam-sosh-2", "on_time", -1}, {"kam-college", "late", 4},
            {"kam-vtorovo", "late", 6},     {"kam-ds-1", "draft", 0},
        };
        for (const auto& r : reports) fill(campaign, r);
        log::info("demo monitoring: the closed campaign", {{"campaign_id", campaign.id}});
    }
    // Open for entry: as of three days ago, due in 14 days, locked in 24.
    if (!exists(kDemoOpenCampaign)) {
        domain::CampaignInput in;
        in.title = kDemoOpenCampaign;
        in.reporting_date = day(-3);
        in.due_date = day(14);
        in.lock_date = day(24);
        auto campaign = monitoring_.create_campaign(d, in);
        static const DemoReport reports[] = {{"kam-sosh-2", "on_time", -14}, {"kam-ds-1", "draft", 0}};
        for (const auto& r : reports) fill(campaign, r);
        log::info("demo monitoring: the open campaign", {{"campaign_id", campaign.id}});
    }
    log::info("demo monitoring ready");
}

}  // namespace

std::unique_ptr<Module> make_monitoring_module(ModuleContext& context) { return std::make_unique<MonitoringModule>(context); }

}  // namespace api
