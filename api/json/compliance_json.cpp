#include "api/json/compliance_json.hpp"

#include "api/json/json_writer.hpp"

// Every object's keys are written in byte-wise sorted order, the order nlohmann::json kept them
// in (a std::map), so the text is the one it dumped.
namespace api {

namespace {

void write_known_at(JsonWriter& w, const std::optional<domain::Instant>& known_at) {
    if (known_at)
        w.string(known_at->utc());
    else
        w.null();
}

// The members after the counts' items_* and before on_time_pct come from the caller, so the
// counts are written in two halves around them.
void write_counts_head(JsonWriter& w, const domain::ComplianceCounts& c) {
    w.key("compliance_pct").number(c.compliance_pct());
}
void write_counts_items(JsonWriter& w, const domain::ComplianceCounts& c) {
    w.key("items_done").number(c.done);
    w.key("items_done_on_time").number(c.done_on_time);
    w.key("items_due").number(c.due);
    w.key("items_due_later").number(c.due_later);
    w.key("items_overdue").number(c.overdue());
    w.key("items_unscheduled").number(c.unscheduled);
}
void write_counts_tail(JsonWriter& w, const domain::ComplianceCounts& c) {
    w.key("on_time_pct").number(c.on_time_pct());
}

void write_counts_members(JsonWriter& w, const domain::ComplianceCounts& c) {
    write_counts_head(w, c);
    write_counts_items(w, c);
    write_counts_tail(w, c);
}

void write_counts(JsonWriter& w, const domain::ComplianceCounts& c) {
    w.begin_object();
    write_counts_members(w, c);
    w.end_object();
}

void write_documents(JsonWriter& w, const domain::DocumentsChecklist& d) {
    w.begin_object();
    w.key("approved_roadmap").boolean(d.approved_roadmap);
    w.key("curator_appointed").boolean(d.curator_appointed);
    w.key("order").boolean(d.order);
    w.key("present").number(d.present());
    w.key("program").boolean(d.program);
    w.key("regulation").boolean(d.regulation);
    w.key("required").number(domain::DocumentsChecklist::required);
    w.key("site_page").boolean(d.site_page);
    w.end_object();
}

void write_monitoring_state(JsonWriter& w, const domain::MonitoringState& m) {
    w.begin_object();
    w.key("campaign_id").string(m.campaign_id.str());
    w.key("due_date").string(m.due_date);
    w.key("on_time").boolean(m.on_time);
    w.key("status").string(m.status);
    w.key("title").string(m.title);
    w.end_object();
}

// What an organisation's own answer adds to its row (as_of, known_at, occurrences): written in
// their sorted places among the row's keys when set; a district's rows set none.
struct OrganizationExtras {
    const std::vector<domain::OccurrenceDetail>* occurrences = nullptr;  // set: the organisation's answer
    const domain::Date* as_of = nullptr;
    const std::optional<domain::Instant>* known_at = nullptr;
};

void write_occurrence(JsonWriter& w, const domain::OccurrenceDetail& x) {
    w.begin_object();
    w.key("completed_on").string(x.completed_on);
    w.key("deadline_text").string(x.deadline_text);
    w.key("end").string(x.window.end.iso());
    w.key("evidence").begin_object();
    w.key("number").string(x.evidence_number);
    w.key("title").string(x.evidence_title);
    w.key("url").string(x.evidence_url);
    w.end_object();
    w.key("item_id").string(x.item_id.str());
    w.key("number").string(x.number);
    w.key("organization_id");
    if (x.organization_id)
        w.string(x.organization_id->str());
    else
        w.null();
    w.key("responsible").string(x.responsible);
    w.key("roadmap_id").string(x.roadmap_id.str());
    w.key("start").string(x.window.start.iso());
    w.key("state").string(domain::to_string(x.state));
    w.key("status").string(x.status);
    w.key("title").string(x.title);
    w.end_object();
}

void write_occurrence_groups(JsonWriter& w, const std::vector<domain::OccurrenceDetail>& details) {
    using S = domain::OccurrenceState;
    w.begin_object();
    for (S state : {S::done_late, S::done_on_time, S::due_later, S::overdue}) {  // sorted by name
        w.key(domain::to_string(state)).begin_array();
        for (auto& x : details)
            if (x.state == state) write_occurrence(w, x);
        w.end_array();
    }
    w.end_object();
}

void write_organization(JsonWriter& w, const domain::OrganizationCompliance& o, const OrganizationExtras& extra = {}) {
    w.begin_object();
    if (extra.as_of) w.key("as_of").string(extra.as_of->iso());
    write_counts_head(w, o.counts);
    w.key("documents");
    write_documents(w, o.documents);
    write_counts_items(w, o.counts);
    if (extra.known_at) {
        w.key("known_at");
        write_known_at(w, *extra.known_at);
    }
    w.key("monitoring").begin_array();
    for (auto& m : o.monitoring) write_monitoring_state(w, m);
    w.end_array();
    w.key("name").string(o.name);
    if (extra.occurrences) {
        w.key("occurrences");
        write_occurrence_groups(w, *extra.occurrences);
    }
    write_counts_tail(w, o.counts);
    w.key("organization_id").string(o.organization_id.str());
    w.key("short_name").string(o.short_name);
    w.key("type").string(o.type);
    w.end_object();
}

void write_completeness(JsonWriter& w, const domain::CampaignCompleteness& c) {
    w.begin_object();
    w.key("by_type").begin_object();
    for (auto& [type, v] : c.by_type) {
        w.key(type).begin_object();
        w.key("expected").number(v[0]);
        w.key("on_time").number(v[2]);
        w.key("submitted").number(v[1]);
        w.end_object();
    }
    w.end_object();
    w.key("campaign_id").string(c.campaign_id.str());
    w.key("due_date").string(c.due_date);
    w.key("expected").number(c.expected);
    w.key("late").number(c.late);
    w.key("missing").number(c.missing);
    w.key("on_time").number(c.on_time);
    w.key("submitted").number(c.submitted);
    w.key("title").string(c.title);
    w.end_object();
}

}  // namespace

std::string district_compliance_json(const domain::DistrictCompliance& c, const domain::ComplianceFilter& filter) {
    // About 1 KB an organisation and 600 bytes an occurrence: one allocation for most answers.
    JsonWriter w(2048 + 1100 * c.organizations.size() +
                 700 * (c.overdue.size() + c.district_roadmap_overdue.size()) + 800 * c.monitoring.size());
    w.begin_object();
    w.key("as_of").string(c.as_of.iso());
    w.key("by_type").begin_object();
    for (auto& [type, counts] : c.by_type) {
        w.key(type);
        write_counts(w, counts);
    }
    w.end_object();
    w.key("district_id").string(c.district_id.str());
    w.key("district_roadmap");
    if (c.district_roadmap) {
        w.begin_object();
        write_counts_members(w, *c.district_roadmap);
        w.key("overdue").begin_array();
        for (auto& x : c.district_roadmap_overdue) write_occurrence(w, x);
        w.end_array();
        w.key("overdue_total").number(c.district_roadmap->overdue());
        w.end_object();
    } else {
        w.null();
    }
    w.key("known_at");
    write_known_at(w, c.known_at);
    w.key("monitoring").begin_array();
    for (auto& m : c.monitoring) write_completeness(w, m);
    w.end_array();
    w.key("organizations").begin_array();
    for (auto& o : c.organizations) write_organization(w, o);
    w.end_array();
    w.key("overdue").begin_array();
    for (auto& x : c.overdue) write_occurrence(w, x);
    w.end_array();
    w.key("overdue_limit").number(filter.overdue_limit);
    w.key("overdue_total").number(c.totals.overdue());
    w.key("totals");
    write_counts(w, c.totals);
    w.end_object();
    return w.take();
}

std::string organization_compliance_json(const domain::OrganizationCompliance& row,
                                         const std::vector<domain::OccurrenceDetail>& occurrences,
                                         const domain::Date& as_of, const std::optional<domain::Instant>& known_at) {
    JsonWriter w(2048 + 700 * occurrences.size());
    write_organization(w, row, {&occurrences, &as_of, &known_at});
    return w.take();
}

std::string region_compliance_json(const domain::RegionId& region_id, const domain::RegionCompliance& c,
                                   const domain::Date& as_of, const std::optional<domain::Instant>& known_at) {
    JsonWriter w(1024 + 450 * c.districts.size());
    w.begin_object();
    w.key("as_of").string(as_of.iso());
    w.key("districts").begin_array();
    for (auto& d : c.districts) {
        w.begin_object();
        w.key("code").string(d.code);
        write_counts_head(w, d.counts);
        w.key("district_id").string(d.district_id.str());
        write_counts_items(w, d.counts);
        w.key("name").string(d.name);
        write_counts_tail(w, d.counts);
        w.key("organizations").number(d.organizations);
        w.key("organizations_fully_compliant").number(d.fully_compliant);
        w.key("organizations_without_approved_roadmap").number(d.without_approved_roadmap);
        w.end_object();
    }
    w.end_array();
    w.key("known_at");
    write_known_at(w, known_at);
    w.key("region_id").string(region_id.str());
    w.key("totals");
    write_counts(w, c.totals);
    w.end_object();
    return w.take();
}

}  // namespace api
