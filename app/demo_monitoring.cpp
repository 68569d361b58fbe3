#include "app/demo_monitoring.hpp"

#include <algorithm>
#include <utility>

#include "api/http/log.hpp"

namespace api {
namespace {

constexpr const char* kClosedCampaign = "Мониторинг реализации ЦМН (демонстрационный)";
constexpr const char* kOpenCampaign = "Мониторинг реализации ЦМН — текущий период (демонстрационный)";

const DemoMonitoring::Base kBases[] = {
    {"kam-sosh-1", 3, 8, domain::PersonCategory::student, "student_student"},
    {"kam-sosh-2", 2, 5, domain::PersonCategory::student, "student_student"},
    {"kam-college", 2, 4, domain::PersonCategory::college_student, "employer_student"},
};
const char* const kSurnames[] = {"Иванова", "Петров", "Смирнова", "Кузнецов", "Соколова", "Попов",
                                 "Лебедева", "Козлов", "Новикова", "Морозов", "Волкова", "Соловьёв"};

}  // namespace

DemoMonitoring::DemoMonitoring(domain::CatalogService& catalog, domain::BasesService& bases,
                               domain::MonitoringService& monitoring, Backdate backdate)
    : catalog_(catalog), bases_(bases), monitoring_(monitoring), backdate_(std::move(backdate)),
      today_(domain::Date::today_utc()) {}

void DemoMonitoring::load(const domain::DistrictId& d) {
    district_ = d;
    domain::OrganizationQuery q;
    q.page.limit = 200;
    for (auto& o : catalog_.organizations(d, q).items)
        if (o.external_code) orgs_[*o.external_code] = o;
    for (const auto& b : kBases)
        if (auto it = orgs_.find(b.code); it != orgs_.end()) base(it->second.id, b);
    // Closed and locked: reported 40 days ago, due 30 days ago, locked 20 days ago.
    campaign(kClosedCampaign, -40, -30, -20, true,
             {{"kam-sosh-1", "accepted", -3}, {"kam-sosh-2", "on_time", -1}, {"kam-college", "late", 4},
              {"kam-vtorovo", "late", 6}, {"kam-ds-1", "draft", 0}});
    // Open for entry: as of three days ago, due in 14 days, locked in 24.
    campaign(kOpenCampaign, -3, 14, 24, false, {{"kam-sosh-2", "on_time", -14}, {"kam-ds-1", "draft", 0}});
    log::info("demo monitoring ready");
}

// The organisation's mentors and mentees (upserted), then its program and pairs.
void DemoMonitoring::base(const domain::OrganizationId& o, const Base& b) {
    std::vector<domain::PersonInput> mentors, mentees;
    for (int i = 0; i < b.mentors; ++i) {
        domain::PersonInput p;
        p.external_id = std::string(b.code) + "-t" + std::to_string(i + 1);
        p.full_name = std::string(kSurnames[(i * 5) % 12]) + " (наставник " + std::to_string(i + 1) + ")";
        p.category = i == 0 && b.mentee_category == domain::PersonCategory::college_student
                         ? domain::PersonCategory::employer
                         : domain::PersonCategory::teacher;
        p.birth_year = 1975 + i * 4;
        p.consent = domain::ConsentInput{day(-300), domain::ConsentGiver::self};
        mentors.push_back(p);
    }
    for (int i = 0; i < b.mentees; ++i) {
        domain::PersonInput p;
        p.external_id = std::string(b.code) + "-s" + std::to_string(i + 1);
        p.full_name = std::string(kSurnames[(i * 7 + 3) % 12]) + " (наставляемый " + std::to_string(i + 1) + ")";
        p.category = b.mentee_category;
        p.birth_year = b.mentee_category == domain::PersonCategory::student ? today_.year() - 12 - (i % 5)
                                                                             : today_.year() - 17;
        p.consent = domain::ConsentInput{day(-290), domain::ConsentGiver::parent};
        mentees.push_back(p);
    }
    bases_.upsert_persons(district_, o, domain::PersonKind::mentor, mentors);
    bases_.upsert_persons(district_, o, domain::PersonKind::mentee, mentees);
    pairs(o, b);
}

// A program and pairs of two mentees each, added to a base that has none.
void DemoMonitoring::pairs(const domain::OrganizationId& o, const Base& b) {
    const auto& d = district_;
    if (!bases_.programs(d, o, {200, std::nullopt}).items.empty()) return;
    const int year = today_.year();
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
    if (!bases_.pairs(d, o, {200, std::nullopt}).items.empty()) return;
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

// A campaign (once, by its title) with its dates relative to today, and its reports.
void DemoMonitoring::campaign(const char* title, int reporting, int due, int lock, bool extra_indicator,
                              std::initializer_list<Report> reports) {
    for (auto& c : monitoring_.campaigns(district_, {200, std::nullopt}).items)
        if (c.title == title) return;
    domain::CampaignInput in;
    in.title = title;
    in.reporting_date = day(reporting);
    in.due_date = day(due);
    in.lock_date = day(lock);
    if (extra_indicator)
        in.indicators.push_back(
            {"volunteers", "Наставники-волонтёры из числа выпускников", domain::IndicatorType::integer, false});
    auto created = monitoring_.create_campaign(district_, in);
    for (const auto& r : reports) report(created, r);
    log::info("demo monitoring: a campaign", {{"campaign_id", created.id.str()}, {"title", title}});
}

// One organisation's report: its values, then submitted, accepted or left a draft.
void DemoMonitoring::report(const domain::Campaign& campaign, const Report& r) {
    auto it = orgs_.find(r.code);
    if (it == orgs_.end()) return;
    const auto& d = district_;
    const domain::OrganizationId o{it->second.id};
    auto values = monitoring_.report(d, campaign.id, o).values;  // pre-filled from the bases where they exist
    auto set = [&](const char* code, double n) { values.emplace(code, domain::Value::of(n)); };
    if (it->second.type == domain::OrganizationType::kindergarten) {
        for (auto* code : {"students_10_18", "mentees_students_10_18"}) values.emplace(code, domain::Value::not_applicable());
    } else {
        set("students_10_18", 240 + 10 * (r.offset + 3));
        set("mentees_students_10_18", 6);
    }
    // Entered where the organisation keeps no records; pre-filled from them where it does.
    static const std::pair<const char*, int> kEntered[] = {
        {"teachers_total", 38}, {"young_teachers", 5}, {"mentees_young_teachers", 2}, {"mentors_total", 4},
        {"mentees_total", 6},   {"pairs_total", 4},    {"programs_total", 1}};
    for (auto [code, n] : kEntered) set(code, n);
    double participants = values.at("mentors_total").number + values.at("mentees_total").number;
    set("surveyed", std::min(10.0, participants));
    set("satisfied", std::min(9.0, participants));
    for (auto* code : {"has_order", "has_regulation", "has_program"}) values.emplace(code, domain::Value::yes_no(true));
    const std::string outcome = r.outcome;
    values.emplace("has_site_page", domain::Value::yes_no(outcome != "late"));
    domain::ReportActor system{"system:demo", true};
    monitoring_.put_report(d, campaign.id, o, std::nullopt, values, system);
    if (outcome == "draft") return;
    monitoring_.submit(d, campaign.id, o, std::nullopt, system);
    if (outcome == "accepted") monitoring_.accept(d, campaign.id, o, std::nullopt, system);
    // Dated back to its day when that has passed (the open campaign's are submitted now).
    if (auto on = campaign.due_date.plus_days(r.offset); on < today_)
        backdate_(d, campaign.id, o, on.iso() + "T09:30:00Z");
}

}  // namespace api
