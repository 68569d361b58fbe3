#include "domain/roadmap.hpp"

#include <array>
#include <utility>

#include "domain/errors.hpp"
#include "domain/validation.hpp"

namespace domain {
namespace {

constexpr std::array<std::pair<RoadmapStatus, std::string_view>, 4> kStatuses{{
    {RoadmapStatus::draft, "draft"},
    {RoadmapStatus::submitted, "submitted"},
    {RoadmapStatus::approved, "approved"},
    {RoadmapStatus::returned, "returned"},
}};
constexpr std::array<std::pair<ProgressStatus, std::string_view>, 4> kProgress{{
    {ProgressStatus::planned, "planned"},
    {ProgressStatus::in_progress, "in_progress"},
    {ProgressStatus::done, "done"},
    {ProgressStatus::cancelled, "cancelled"},
}};

constexpr std::size_t kTitleMax = 2000;
constexpr std::size_t kTextMax = 20000;

void long_text(Validator& v, const std::string& pointer, std::string& value, std::size_t max) {
    value = trim(value);
    if (utf8_length(value) > max) v.fail(pointer, "must be at most " + std::to_string(max) + " characters");
}

void check_stage(Validator& v, const std::string& pointer, const std::optional<int>& stage) {
    if (stage && (*stage < 1 || *stage > 7)) v.fail(pointer, "must be a stage from 1 to 7");
}

void name_unreadable(Validator& v, const std::vector<FieldError>& unreadable) {
    for (auto& e : unreadable) v.fail(e.pointer, e.message);
}

bool unread(const std::vector<FieldError>& unreadable, std::string_view pointer) {
    for (auto& e : unreadable)
        if (e.pointer == pointer) return true;
    return false;
}

[[noreturn]] void conflict_status(const std::string& detail) { throw conflict("roadmap-status", detail); }

}  // namespace

std::string_view to_string(RoadmapStatus s) {
    for (auto& [k, n] : kStatuses)
        if (k == s) return n;
    return "draft";
}
std::string_view to_string(ProgressStatus s) {
    for (auto& [k, n] : kProgress)
        if (k == s) return n;
    return "planned";
}
std::optional<RoadmapStatus> parse_roadmap_status(std::string_view s) {
    for (auto& [k, n] : kStatuses)
        if (n == s) return k;
    return std::nullopt;
}
std::optional<ProgressStatus> parse_progress_status(std::string_view s) {
    for (auto& [k, n] : kProgress)
        if (n == s) return k;
    return std::nullopt;
}

void check_period(const DateRange& p, const std::string& pointer, std::vector<FieldError>& errors) {
    if (p.end < p.start) errors.push_back({pointer, "must end on or after its start"});
    else if ((p.end.days() - p.start.days()).count() > 6 * 366)
        errors.push_back({pointer, "must be at most six years long"});
}

void ItemInput::validate(const std::string& p) {
    Validator v;
    number = trim(number);
    if (utf8_length(number) > 32) v.fail(p + "/number", "must be at most 32 characters");
    v.text(p + "/title", title, kTextMax);
    long_text(v, p + "/deadline_text", deadline_text, kMaxDeadlineTextBytes);
    long_text(v, p + "/responsible", responsible, kTitleMax);
    long_text(v, p + "/expected_result", expected_result, kTextMax);
    long_text(v, p + "/indicators", indicators, kTextMax);
    long_text(v, p + "/notes", notes, kTextMax);
    check_stage(v, p + "/stage", stage);
    if (responsible_user_ids.size() > 20) v.fail(p + "/responsible_user_ids", "must name at most 20 users");
    for (std::size_t i = 0; i < responsible_user_ids.size(); ++i)
        if (!is_uuid(responsible_user_ids[i].str())) v.fail(p + "/responsible_user_ids/" + std::to_string(i), "must be a user id");
    v.throw_if_failed();
}

void SectionInput::validate(const std::string& p) {
    Validator v;
    number = trim(number);
    if (utf8_length(number) > 32) v.fail(p + "/number", "must be at most 32 characters");
    long_text(v, p + "/title", title, kTitleMax);
    long_text(v, p + "/description", description, kTextMax);
    if (title.empty() && number.empty() && items.empty()) v.fail(p + "/title", "a section needs a title, a number or items");
    check_stage(v, p + "/stage", stage);
    std::vector<FieldError> all;
    try {
        v.throw_if_failed();
    } catch (const Error& e) {
        all = e.fields();
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        try {
            items[i].validate(p + "/items/" + std::to_string(i));
        } catch (const Error& e) {
            all.insert(all.end(), e.fields().begin(), e.fields().end());
        }
    }
    if (!all.empty()) throw validation_error(std::move(all));
}

void RoadmapInput::validate() {
    std::vector<FieldError> all;
    Validator v;
    v.text("/title", title, kTitleMax);
    if (owner.organization_id && !is_uuid(owner.organization_id->str())) v.fail("/owner/organization_id", "must be a UUID");
    if (approval.order_number) long_text(v, "/approval/order_number", *approval.order_number, 100);
    name_unreadable(v, unreadable);  // the order's date
    try {
        v.throw_if_failed();
    } catch (const Error& e) {
        all = e.fields();
    }
    check_period(period, "/period", all);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        try {
            sections[i].validate("/sections/" + std::to_string(i));
        } catch (const Error& e) {
            all.insert(all.end(), e.fields().begin(), e.fields().end());
        }
    }
    if (!all.empty()) throw validation_error(std::move(all));
}

void RoadmapPatch::validate() {
    Validator v;
    if (title) v.text("/title", *title, kTitleMax);
    name_unreadable(v, unreadable);  // the order's date
    if (approval && approval->order_number) long_text(v, "/approval/order_number", *approval->order_number, 100);
    std::vector<FieldError> all;
    try {
        v.throw_if_failed();
    } catch (const Error& e) {
        all = e.fields();
    }
    if (period) check_period(*period, "/period", all);
    if (!all.empty()) throw validation_error(std::move(all));
}

void ItemPatch::validate() {
    Validator v;
    if (number && utf8_length(trim(*number)) > 32) v.fail("/number", "must be at most 32 characters");
    if (number) *number = trim(*number);
    if (title) v.text("/title", *title, kTextMax);
    if (deadline_text) long_text(v, "/deadline_text", *deadline_text, kMaxDeadlineTextBytes);
    if (responsible) long_text(v, "/responsible", *responsible, kTitleMax);
    if (expected_result) long_text(v, "/expected_result", *expected_result, kTextMax);
    if (indicators) long_text(v, "/indicators", *indicators, kTextMax);
    if (notes) long_text(v, "/notes", *notes, kTextMax);
    if (stage) check_stage(v, "/stage", *stage);
    if (responsible_user_ids) {
        if (responsible_user_ids->size() > 20) v.fail("/responsible_user_ids", "must name at most 20 users");
        for (std::size_t i = 0; i < responsible_user_ids->size(); ++i)
            if (!is_uuid((*responsible_user_ids)[i].str()))
                v.fail("/responsible_user_ids/" + std::to_string(i), "must be a user id");
    }
    v.throw_if_failed();
}

void ItemPatch::apply_to(RoadmapItem& i) const {
    if (number) i.number = *number;
    if (title) i.title = *title;
    if (deadline_text) i.deadline_text = *deadline_text;
    if (responsible) i.responsible = *responsible;
    if (expected_result) i.expected_result = *expected_result;
    if (indicators) i.indicators = *indicators;
    if (notes) i.notes = *notes;
    if (stage) i.stage = *stage;
    if (responsible_user_ids) i.responsible_user_ids = *responsible_user_ids;
}

void SectionPatch::validate() {
    Validator v;
    if (number && utf8_length(trim(*number)) > 32) v.fail("/number", "must be at most 32 characters");
    if (number) *number = trim(*number);
    if (title) long_text(v, "/title", *title, kTitleMax);
    if (description) long_text(v, "/description", *description, kTextMax);
    if (stage) check_stage(v, "/stage", *stage);
    v.throw_if_failed();
}

void ProgressInput::validate(const Date& today) {
    Validator v;
    name_unreadable(v, unreadable);  // the dates: occurrence, completed_on, evidence/date
    const bool completed_given = completed_on || unread(unreadable, "/completed_on");
    if (completed_on && *completed_on > today) v.fail("/completed_on", "must not be in the future");
    v.optional_text("/evidence/title", evidence.title, 1000);
    v.optional_text("/evidence/number", evidence.number, 100);
    v.optional_text("/evidence/url", evidence.url, 2000);
    if (evidence.url && evidence.url->rfind("http://", 0) != 0 && evidence.url->rfind("https://", 0) != 0)
        v.fail("/evidence/url", "must be an http:// or https:// link");
    v.optional_text("/comment", comment, 5000);
    switch (status) {
        case ProgressStatus::done:
            if (evidence.empty()) v.fail("/evidence", "done needs evidence: a document title or a link");
            if (!completed_given) v.fail("/completed_on", "done needs the completion date");
            break;
        case ProgressStatus::cancelled:
            if (!comment) v.fail("/comment", "cancelling needs the reason");
            if (completed_given) v.fail("/completed_on", "only done work has a completion date");
            break;
        default:
            if (completed_given) v.fail("/completed_on", "only done work has a completion date");
    }
    v.throw_if_failed();
}

std::vector<Occurrence> occurrences_for(const Schedule& s) {
    std::vector<Occurrence> out;
    if (s.kind == ScheduleKind::unscheduled) return out;
    int per_window = s.kind == ScheduleKind::count_per_year ? std::max(1, s.times_per_year.value_or(1)) : 1;
    for (auto& w : s.windows)
        for (int i = 0; i < per_window; ++i) {
            Occurrence o;
            o.window = w;
            o.seq = i;
            out.push_back(o);
        }
    return out;
}

void require_editable(const Roadmap& r) {
    if (r.superseded_by) conflict_status("This version was replaced by a newer one; edit that one.");
    if (r.status == RoadmapStatus::submitted)
        conflict_status("The roadmap is submitted for approval; it can be edited again once it is returned.");
    if (r.status == RoadmapStatus::approved)
        conflict_status("The roadmap is approved; start a new version to change its sections and items.");
}

void require_progress_allowed(const Roadmap& r) {
    if (r.status != RoadmapStatus::approved)
        conflict_status("Progress is recorded on an approved roadmap; this one is " + std::string(to_string(r.status)) + ".");
    if (r.superseded_by) conflict_status("This version was replaced by a newer one; record progress there.");
}

RoadmapStatus submit_transition(RoadmapStatus from) {
    if (from == RoadmapStatus::draft || from == RoadmapStatus::returned) return RoadmapStatus::submitted;
    conflict_status("Only a draft or a returned roadmap can be submitted; this one is " + std::string(to_string(from)) + ".");
}
RoadmapStatus approve_transition(RoadmapStatus from) {
    if (from == RoadmapStatus::submitted) return RoadmapStatus::approved;
    conflict_status("Only a submitted roadmap can be approved; this one is " + std::string(to_string(from)) + ".");
}
RoadmapStatus return_transition(RoadmapStatus from) {
    if (from == RoadmapStatus::submitted) return RoadmapStatus::returned;
    conflict_status("Only a submitted roadmap can be returned; this one is " + std::string(to_string(from)) + ".");
}

ProgressTarget progress_target(const RoadmapItem& item, const ProgressInput& in) {
    const auto& occ = item.occurrences;
    const bool unscheduled = item.schedule.kind == ScheduleKind::unscheduled;
    if (in.occurrence) {
        std::optional<std::size_t> pick;
        for (std::size_t i = 0; i < occ.size(); ++i)
            if (occ[i].window.start == *in.occurrence &&
                (!pick || (occ[*pick].status == ProgressStatus::done && occ[i].status != ProgressStatus::done)))
                pick = i;
        if (!pick) throw validation_error({{"/occurrence", "no window of this item starts on " + in.occurrence->iso()}});
        return {pick, std::nullopt};
    }
    if (!unscheduled) {
        if (occ.size() == 1) return {std::size_t{0}, std::nullopt};
        throw validation_error({{"/occurrence", "this item has several windows; name one by its start date (YYYY-MM-DD)"}});
    }
    if (!in.completed_on)
        throw validation_error(
            {{"/completed_on", "this item has no due windows; record it with the date the work was done"}});
    std::optional<std::size_t> same_day;  // the same day's record again
    for (std::size_t i = 0; i < occ.size(); ++i)
        if (occ[i].window.start == *in.completed_on) same_day = i;
    if (same_day) return {same_day, std::nullopt};
    return {std::nullopt, *in.completed_on};
}

}  // namespace domain
