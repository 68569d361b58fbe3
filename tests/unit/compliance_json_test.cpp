// The compliance answers written by api::JsonWriter (api/json/compliance_json.hpp) are byte for
// byte what the nlohmann::json trees built before dumped: the old builders are kept here, as
// they were in api/handlers/compliance_handlers.cpp, and both are run on realistic answers
// (optional fields set and not, several organisations, overdue occurrences, monitoring,
// by_type, the district's own roadmap present and absent, names in Russian, quotes, control
// characters and invalid UTF-8).
//
// DISABLED_ComplianceJsonTiming prints the CPU per answer of both (it asserts no time):
//   build/unit_tests --gtest_also_run_disabled_tests --gtest_filter='*ComplianceJsonTiming*'
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

#include <nlohmann/json.hpp>

#include "api/handlers/compliance_handlers.hpp"
#include "api/json/compliance_json.hpp"

namespace {

using nlohmann::json;

// ---- the builders before api::JsonWriter (api/handlers/compliance_handlers.cpp) ----------
namespace before {

json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<bool>& v) { return v ? json(*v) : json(nullptr); }
json opt(const std::optional<domain::OrganizationId>& v) { return v ? json(v->str()) : json(nullptr); }

json documents_json(const domain::DocumentsChecklist& d) {
    return {{"order", opt(d.order)},
            {"regulation", opt(d.regulation)},
            {"program", opt(d.program)},
            {"site_page", opt(d.site_page)},
            {"approved_roadmap", d.approved_roadmap},
            {"curator_appointed", d.curator_appointed},
            {"present", d.present()},
            {"required", domain::DocumentsChecklist::required}};
}

json organization_json(const domain::OrganizationCompliance& o) {
    json monitoring = json::array();
    for (auto& m : o.monitoring)
        monitoring.push_back({{"campaign_id", m.campaign_id.str()},
                              {"title", m.title},
                              {"due_date", m.due_date},
                              {"status", m.status},
                              {"on_time", opt(m.on_time)}});
    json out = api::to_json(o.counts);
    out["organization_id"] = o.organization_id.str();
    out["name"] = o.name;
    out["short_name"] = opt(o.short_name);
    out["type"] = o.type;
    out["documents"] = documents_json(o.documents);
    out["monitoring"] = monitoring;
    return out;
}

json occurrence_json(const domain::OccurrenceDetail& x) {
    return {{"organization_id", opt(x.organization_id)},
            {"roadmap_id", x.roadmap_id.str()},
            {"item_id", x.item_id.str()},
            {"number", x.number},
            {"title", x.title},
            {"deadline_text", x.deadline_text},
            {"responsible", x.responsible},
            {"start", x.window.start.iso()},
            {"end", x.window.end.iso()},
            {"status", x.status},
            {"completed_on", opt(x.completed_on)},
            {"evidence", {{"title", opt(x.evidence_title)}, {"number", opt(x.evidence_number)}, {"url", opt(x.evidence_url)}}},
            {"state", domain::to_string(x.state)}};
}

json completeness_json(const domain::CampaignCompleteness& c) {
    json by_type = json::object();
    for (auto& [type, v] : c.by_type) by_type[type] = {{"expected", v[0]}, {"submitted", v[1]}, {"on_time", v[2]}};
    return {{"campaign_id", c.campaign_id.str()}, {"title", c.title},     {"due_date", c.due_date},
            {"expected", c.expected},       {"submitted", c.submitted}, {"on_time", c.on_time},
            {"late", c.late},               {"missing", c.missing},  {"by_type", by_type}};
}

json district_json(const domain::DistrictCompliance& c, const domain::ComplianceFilter& filter) {
    json orgs = json::array(), overdue = json::array(), district_overdue = json::array(), monitoring = json::array(),
         by_type = json::object();
    for (auto& o : c.organizations) orgs.push_back(organization_json(o));
    for (auto& x : c.overdue) overdue.push_back(occurrence_json(x));
    for (auto& x : c.district_roadmap_overdue) district_overdue.push_back(occurrence_json(x));
    for (auto& m : c.monitoring) monitoring.push_back(completeness_json(m));
    for (auto& [type, counts] : c.by_type) by_type[type] = api::to_json(counts);
    json district_roadmap = nullptr;
    if (c.district_roadmap) {
        district_roadmap = api::to_json(*c.district_roadmap);
        district_roadmap["overdue"] = district_overdue;
        district_roadmap["overdue_total"] = c.district_roadmap->overdue();
    }
    return {{"as_of", c.as_of.iso()},
            {"known_at", api::known_at_json(c.known_at)},
            {"district_id", c.district_id.str()},
            {"organizations", orgs},
            {"totals", api::to_json(c.totals)},
            {"by_type", by_type},
            {"district_roadmap", district_roadmap},
            {"overdue", overdue},
            {"overdue_total", c.totals.overdue()},
            {"overdue_limit", filter.overdue_limit},
            {"monitoring", monitoring}};
}

json organization_answer(const domain::OrganizationCompliance& row, const std::vector<domain::OccurrenceDetail>& details,
                         const domain::Date& as_of, const std::optional<domain::Instant>& known_at) {
    auto out = organization_json(row);
    json groups = {{"done_on_time", json::array()},
                   {"done_late", json::array()},
                   {"overdue", json::array()},
                   {"due_later", json::array()}};
    for (auto& x : details) groups[std::string(domain::to_string(x.state))].push_back(occurrence_json(x));
    out["as_of"] = as_of.iso();
    out["known_at"] = api::known_at_json(known_at);
    out["occurrences"] = groups;
    return out;
}

json region_answer(const domain::RegionId& region_id, const domain::RegionCompliance& c, const domain::Date& as_of,
                   const std::optional<domain::Instant>& known_at) {
    json rows = json::array();
    for (auto& d : c.districts) {
        auto j = api::rollup_json(d.counts, d.organizations, d.fully_compliant, d.without_approved_roadmap);
        j["district_id"] = d.district_id.str();
        j["name"] = d.name;
        j["code"] = d.code;
        rows.push_back(j);
    }
    return {{"as_of", as_of.iso()},
            {"known_at", api::known_at_json(known_at)},
            {"region_id", region_id.str()},
            {"districts", rows},
            {"totals", api::to_json(c.totals)}};
}

std::string serialised(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace before

// ---- realistic answers --------------------------------------------------------------------
class Answers {
public:
    explicit Answers(unsigned seed) : gen_(seed) {}

    std::string uuid() {
        static constexpr char hex[] = "0123456789abcdef";
        std::string s = "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx";
        for (auto& c : s)
            if (c == 'x') c = hex[gen_() % 16];
        return s;
    }
    int upto(int n) { return static_cast<int>(gen_() % static_cast<unsigned>(n + 1)); }
    bool coin() { return gen_() % 2 == 0; }
    domain::Date date() { return domain::Date(2025 + upto(1), 1 + upto(11), 1 + upto(27)); }

    // Names as the districts write them, and now and then what a careless import brings.
    std::string text() {
        static const char* const words[] = {"МБОУ «Средняя школа № 5»", "Детский сад \"Радуга\"", "Наставничество",
                                            "Приказ об утверждении положения", "ГБПОУ Колледж им. А. С. Пушкина",
                                            "Дорожная карта 2025/2026", "ёлка\tи\nперенос", "C:\\docs\\приказ.pdf",
                                            "Ответственный: зам. директора по УВР", "control\x01\x1f", "bad \xD0 utf-8 \xFF",
                                            "https://school5.example.ru/mentoring?x=1&y=2"};
        return words[gen_() % std::size(words)];
    }
    std::optional<std::string> maybe_text() { return coin() ? std::optional<std::string>(text()) : std::nullopt; }
    std::optional<bool> maybe_bool() {
        switch (upto(2)) {
            case 0: return std::nullopt;
            case 1: return false;
            default: return true;
        }
    }

    domain::ComplianceCounts counts() {
        domain::ComplianceCounts c;
        c.due = upto(4) == 0 ? 0 : upto(300);  // nothing due: the percentages are null
        c.done = c.due ? upto(c.due) : 0;
        c.done_on_time = c.done ? upto(c.done) : 0;
        c.due_later = upto(120);
        c.unscheduled = upto(5);
        return c;
    }

    domain::OccurrenceDetail occurrence(std::optional<domain::OrganizationId> org) {
        domain::OccurrenceDetail x;
        x.organization_id = std::move(org);
        x.roadmap_id = domain::RoadmapId{uuid()};
        x.item_id = domain::ItemId{uuid()};
        x.number = std::to_string(upto(9)) + "." + std::to_string(upto(30));
        x.title = text();
        x.deadline_text = coin() ? "ежемесячно до 5 числа" : "до 1 сентября";
        x.responsible = text();
        x.window.start = date();
        x.window.end = x.window.start.plus_days(upto(60));
        x.status = coin() ? "planned" : (coin() ? "in_progress" : "done");
        if (coin()) x.completed_on = date().iso();
        x.evidence_title = maybe_text();
        x.evidence_number = coin() ? std::optional<std::string>("№ " + std::to_string(upto(999))) : std::nullopt;
        x.evidence_url = coin() ? std::optional<std::string>("https://ex.ru/d/" + uuid()) : std::nullopt;
        x.state = static_cast<domain::OccurrenceState>(upto(3));
        return x;
    }

    domain::OrganizationCompliance organization() {
        static const char* const types[] = {"school", "kindergarten", "college", "additional"};
        domain::OrganizationCompliance o;
        o.organization_id = domain::OrganizationId{uuid()};
        o.name = text();
        o.type = types[gen_() % 4];
        o.short_name = maybe_text();
        o.counts = counts();
        o.documents.order = maybe_bool();
        o.documents.regulation = maybe_bool();
        o.documents.program = maybe_bool();
        o.documents.site_page = maybe_bool();
        o.documents.approved_roadmap = coin();
        o.documents.curator_appointed = coin();
        for (int i = upto(3); i > 0; --i) {
            domain::MonitoringState m;
            m.campaign_id = domain::CampaignId{uuid()};
            m.title = "Мониторинг " + std::to_string(2020 + upto(6));
            m.due_date = date().iso();
            m.status = coin() ? "submitted" : "not_started";
            m.on_time = maybe_bool();
            o.monitoring.push_back(std::move(m));
        }
        return o;
    }

    domain::DistrictCompliance district(int organizations, bool own_roadmap, bool known_at) {
        domain::DistrictCompliance c;
        c.district_id = domain::DistrictId{uuid()};
        c.as_of = date();
        if (known_at) c.known_at = domain::Instant::parse_rfc3339("2026-11-01T07:00:00.25Z");
        for (int i = 0; i < organizations; ++i) {
            c.organizations.push_back(organization());
            c.totals += c.organizations.back().counts;
            c.by_type[c.organizations.back().type] += c.organizations.back().counts;
        }
        if (own_roadmap) {
            c.district_roadmap = counts();
            for (int i = upto(5); i > 0; --i) c.district_roadmap_overdue.push_back(occurrence(std::nullopt));
        }
        for (int i = 0; i < 20 && !c.organizations.empty(); ++i)
            c.overdue.push_back(occurrence(c.organizations[gen_() % c.organizations.size()].organization_id));
        for (int i = upto(3); i > 0; --i) {
            domain::CampaignCompleteness m;
            m.campaign_id = domain::CampaignId{uuid()};
            m.title = text();
            m.due_date = date().iso();
            m.expected = upto(40), m.submitted = upto(m.expected), m.on_time = upto(m.submitted);
            m.late = m.submitted - m.on_time, m.missing = m.expected - m.submitted;
            for (auto* type : {"school", "kindergarten", "колледж"})
                if (coin()) m.by_type[type] = {upto(20), upto(10), upto(5)};
            c.monitoring.push_back(std::move(m));
        }
        return c;
    }

    domain::RegionCompliance region(int districts) {
        domain::RegionCompliance c;
        for (int i = 0; i < districts; ++i) {
            domain::DistrictRow d;
            d.district_id = domain::DistrictId{uuid()};
            d.name = text();
            d.code = std::to_string(upto(99));
            d.organizations = upto(60), d.fully_compliant = upto(d.organizations);
            d.without_approved_roadmap = upto(d.organizations);
            d.counts = counts();
            c.totals += d.counts;
            c.districts.push_back(std::move(d));
        }
        return c;
    }

private:
    std::mt19937 gen_;
};

TEST(ComplianceJson, DistrictAnswerIsByteForByteTheTreeDumped) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        Answers a(seed);
        domain::ComplianceFilter filter;
        filter.overdue_limit = a.upto(1000);
        const auto c = a.district(a.upto(40), seed % 2 == 0, seed % 3 == 0);
        const auto written = api::district_compliance_json(c, filter), dumped = before::serialised(before::district_json(c, filter));
        ASSERT_EQ(written, dumped) << "seed " << seed;
        ASSERT_EQ(json::parse(written), json::parse(dumped));
    }
}

TEST(ComplianceJson, DistrictAnswerCarriesWhatItIsGiven) {
    Answers a(7);
    auto c = a.district(3, false, false);
    c.organizations[0].name = "Школа \"№ 1\"";
    c.organizations[0].short_name.reset();
    c.organizations[0].counts = {.due = 3, .done = 1, .done_on_time = 1, .due_later = 2, .unscheduled = 0};
    const auto j = json::parse(api::district_compliance_json(c, {}));
    EXPECT_TRUE(j["district_roadmap"].is_null());
    EXPECT_TRUE(j["known_at"].is_null());
    EXPECT_EQ(j["organizations"].size(), 3u);
    EXPECT_EQ(j["organizations"][0]["name"], "Школа \"№ 1\"");
    EXPECT_TRUE(j["organizations"][0]["short_name"].is_null());
    EXPECT_EQ(j["organizations"][0]["compliance_pct"], 33.3);
    EXPECT_EQ(j["organizations"][0]["items_overdue"], 2);
    EXPECT_EQ(j["overdue"].size(), 20u);
    EXPECT_EQ(j["overdue_limit"], 20);

    c.district_roadmap = domain::ComplianceCounts{.due = 4, .done = 4, .done_on_time = 2};
    c.known_at = domain::Instant::parse_rfc3339("2026-11-01T10:00:00+03:00");
    const auto k = json::parse(api::district_compliance_json(c, {}));
    EXPECT_EQ(k["district_roadmap"]["compliance_pct"], 100.0);
    EXPECT_EQ(k["district_roadmap"]["on_time_pct"], 50.0);
    EXPECT_EQ(k["district_roadmap"]["overdue_total"], 0);
    EXPECT_EQ(k["known_at"], "2026-11-01T07:00:00Z");
}

TEST(ComplianceJson, OrganizationAnswerIsByteForByteTheTreeDumped) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        Answers a(seed);
        const auto row = a.organization();
        std::vector<domain::OccurrenceDetail> details;
        for (int i = a.upto(30); i > 0; --i) details.push_back(a.occurrence(row.organization_id));
        const auto as_of = a.date();
        std::optional<domain::Instant> known_at;
        if (seed % 2) known_at = domain::Instant::parse_rfc3339("2026-10-31T23:59:59.123456Z");
        const auto written = api::organization_compliance_json(row, details, as_of, known_at);
        ASSERT_EQ(written, before::serialised(before::organization_answer(row, details, as_of, known_at)))
            << "seed " << seed;
    }
}

TEST(ComplianceJson, OrganizationAnswerGroupsOccurrencesByState) {
    Answers a(3);
    const auto row = a.organization();
    std::vector<domain::OccurrenceDetail> details;
    for (auto s : {domain::OccurrenceState::overdue, domain::OccurrenceState::done_late,
                   domain::OccurrenceState::overdue}) {
        details.push_back(a.occurrence(row.organization_id));
        details.back().state = s;
    }
    const auto j = json::parse(api::organization_compliance_json(row, details, domain::Date(2026, 3, 1), std::nullopt));
    EXPECT_EQ(j["occurrences"]["overdue"].size(), 2u);
    EXPECT_EQ(j["occurrences"]["done_late"].size(), 1u);
    EXPECT_EQ(j["occurrences"]["done_on_time"], json::array());
    EXPECT_EQ(j["occurrences"]["due_later"], json::array());
    EXPECT_EQ(j["occurrences"]["overdue"][1]["item_id"], details[2].item_id.str());
    EXPECT_EQ(j["as_of"], "2026-03-01");
}

TEST(ComplianceJson, RegionAnswerIsByteForByteTheTreeDumped) {
    for (unsigned seed = 1; seed <= 40; ++seed) {
        Answers a(seed);
        const auto c = a.region(a.upto(30));
        const domain::RegionId region{a.uuid()};
        std::optional<domain::Instant> known_at;
        if (seed % 2) known_at = domain::Instant::parse_rfc3339("2026-10-31T12:00:00Z");
        const auto as_of = a.date();
        ASSERT_EQ(api::region_compliance_json(region, c, as_of, known_at),
                  before::serialised(before::region_answer(region, c, as_of, known_at)))
            << "seed " << seed;
    }
}

// ---- CPU per answer, printed (not a test of speed: nothing is asserted about time) ---------
double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

template <class F>
double micros_per_call(int n, F&& f) {
    std::size_t bytes = 0;
    const double t0 = cpu_seconds();
    for (int i = 0; i < n; ++i) bytes += f().size();
    const double t1 = cpu_seconds();
    EXPECT_GT(bytes, 0u);
    return (t1 - t0) * 1e6 / n;
}

TEST(DISABLED_ComplianceJsonTiming, PrintsCpuMicrosecondsPerAnswer) {
    Answers a(2026);
    domain::ComplianceFilter filter;
    auto c = a.district(35, true, false);
    // Plain text, as most districts' data is (the invalid bytes of text() are rare in life).
    for (auto& o : c.organizations) o.name = "МБОУ «Средняя общеобразовательная школа № " + std::to_string(o.counts.due) + "»";
    for (auto& x : c.overdue) x.title = x.responsible = "Проведение мониторинга реализации программы наставничества";
    const auto size = api::district_compliance_json(c, filter).size();
    const int n = 10000;
    const double old_us = micros_per_call(n, [&] { return before::serialised(before::district_json(c, filter)); });
    const double new_us = micros_per_call(n, [&] { return api::district_compliance_json(c, filter); });
    std::printf("district answer (%zu bytes, %zu organisations, %zu overdue): nlohmann tree %.1f us, JsonWriter %.1f us "
                "(%.1fx)\n",
                size, c.organizations.size(), c.overdue.size(), old_us, new_us, old_us / new_us);

    const auto row = c.organizations[0];
    std::vector<domain::OccurrenceDetail> details;
    for (int i = 0; i < 40; ++i) details.push_back(a.occurrence(row.organization_id));
    const auto as_of = c.as_of;
    const double old_org = micros_per_call(
        n, [&] { return before::serialised(before::organization_answer(row, details, as_of, std::nullopt)); });
    const double new_org = micros_per_call(n, [&] { return api::organization_compliance_json(row, details, as_of, std::nullopt); });
    std::printf("organisation answer (40 occurrences): nlohmann tree %.1f us, JsonWriter %.1f us (%.1fx)\n", old_org,
                new_org, old_org / new_org);

    const auto region = a.region(30);
    const domain::RegionId region_id{a.uuid()};
    const double old_reg = micros_per_call(
        n, [&] { return before::serialised(before::region_answer(region_id, region, as_of, std::nullopt)); });
    const double new_reg = micros_per_call(n, [&] { return api::region_compliance_json(region_id, region, as_of, std::nullopt); });
    std::printf("region answer (30 districts): nlohmann tree %.1f us, JsonWriter %.1f us (%.1fx)\n", old_reg, new_reg,
                old_reg / new_reg);
}

}  // namespace
