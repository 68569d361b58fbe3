#pragma once
// Roadmaps («дорожные карты»): an owner's plan for a period, in numbered sections of
// items, each item with its deadline text parsed into due windows (occurrences), and
// progress with evidence recorded per occurrence.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/instant.hpp"
#include "domain/deadline.hpp"
#include "domain/errors.hpp"
#include "domain/ids.hpp"
#include "domain/import_warning.hpp"
#include "domain/paging.hpp"

namespace domain {

enum class RoadmapStatus { draft, submitted, approved, returned };
enum class ProgressStatus { planned, in_progress, done, cancelled };

std::string_view to_string(RoadmapStatus);
std::string_view to_string(ProgressStatus);
std::optional<RoadmapStatus> parse_roadmap_status(std::string_view);
std::optional<ProgressStatus> parse_progress_status(std::string_view);

struct RoadmapOwner {
    std::optional<OrganizationId> organization_id;  // nullopt: the district itself
    [[nodiscard]] bool is_district() const { return !organization_id; }
};

struct Evidence {
    std::optional<std::string> title, number;
    std::optional<Date> date;
    std::optional<std::string> url;
    [[nodiscard]] bool empty() const { return !title && !url; }
};

struct Occurrence {
    OccurrenceId id;
    DateRange window;
    int seq = 0;  // count-based items have several occurrences in one window
    ProgressStatus status = ProgressStatus::planned;
    std::optional<Date> completed_on;
    std::optional<Evidence> evidence;
    std::optional<std::string> comment;
};

struct RoadmapItem {
    ItemId id;
    SectionId section_id;
    int position = 0;
    std::string number, title, deadline_text;
    Schedule schedule;
    std::string responsible, expected_result, indicators, notes;
    std::vector<UserId> responsible_user_ids;  // the district's users named responsible
    std::optional<int> stage;
    int version = 1;
    std::vector<Occurrence> occurrences;
};

struct RoadmapSection {
    SectionId id;
    int position = 0;
    std::string number, title, description;
    std::optional<int> stage;
    std::vector<RoadmapItem> items;
};

struct ApprovalDocument {  // «Приказ № 21 от 30.08.2024»
    std::optional<std::string> order_number;
    std::optional<Date> order_date;
};

struct Roadmap {
    RoadmapId id;
    DistrictId district_id;
    RoadmapOwner owner;
    std::string title;
    DateRange period;
    RoadmapStatus status = RoadmapStatus::draft;
    std::optional<std::string> return_comment;
    ApprovalDocument approval;
    int revision = 1;
    std::optional<RoadmapId> previous_id, superseded_by;
    std::optional<std::string> template_id;  // a template's slug (domain/roadmap_template.hpp), not a UUID
    int version = 1;
    Instant created_at, updated_at;
    std::optional<Instant> submitted_at, approved_at;
    std::vector<RoadmapSection> sections;  // empty in list results
    int item_count = 0;
    // What the import of this draft doubted (empty in list results, and once approved).
    std::vector<ImportWarning> import_warnings;
};

// ---- what callers send ----------------------------------------------------------
// `unreadable`: what the edge could not read as its type (a date that is none), at its
// pointer; validate() names it with every other error, where it would have found it.

struct ItemInput {
    std::string number, title, deadline_text, responsible, expected_result, indicators, notes;
    std::optional<int> stage;
    std::vector<UserId> responsible_user_ids;
    void validate(const std::string& pointer);
};
struct SectionInput {
    std::string number, title, description;
    std::optional<int> stage;
    std::vector<ItemInput> items;
    void validate(const std::string& pointer);
};
struct RoadmapInput {
    RoadmapOwner owner;
    std::string title;
    DateRange period;
    ApprovalDocument approval;
    std::vector<SectionInput> sections;
    std::optional<std::string> template_id;
    std::vector<FieldError> unreadable;
    void validate();
};
struct RoadmapPatch {
    std::optional<std::string> title;
    std::optional<DateRange> period;
    std::optional<ApprovalDocument> approval;
    std::vector<FieldError> unreadable;
    void validate();
};
struct ItemPatch {
    std::optional<std::string> number, title, deadline_text, responsible, expected_result, indicators, notes;
    std::optional<std::optional<int>> stage;
    std::optional<std::vector<UserId>> responsible_user_ids;
    void validate();
    void apply_to(RoadmapItem&) const;
};
struct SectionPatch {
    std::optional<std::string> number, title, description;
    std::optional<std::optional<int>> stage;
    void validate();
};
struct ProgressInput {
    std::optional<Date> occurrence;  // the window's start date; nullopt: the only (or first open) one
    ProgressStatus status = ProgressStatus::planned;
    std::optional<Date> completed_on;
    Evidence evidence;
    std::optional<std::string> comment;
    std::vector<FieldError> unreadable;
    void validate(const Date& today);
};

// The occurrence of `item` that progress `in` is recorded on: the window starting on
// `in.occurrence` (of several there, count-based, the first still open); else the only one; else,
// for an unscheduled item («по запросу»), the occurrence of the day the work was done — the
// existing one (`existing`, an index into item.occurrences) or one to make on `new_on`. Bad
// input is a validation error naming the field.
struct ProgressTarget {
    std::optional<std::size_t> existing;
    std::optional<Date> new_on;
};
ProgressTarget progress_target(const RoadmapItem& item, const ProgressInput& in);

struct RoadmapQuery {
    std::optional<RoadmapOwner> owner;  // the district's own roadmaps, or one organisation's
    std::optional<Date> period_contains;
    std::optional<RoadmapStatus> status;
    std::optional<Date> overdue_as_of;
    std::optional<OrganizationId> only_organization;  // curators: their organisation's and the district's
    PageRequest page;
};

// ---- rules ------------------------------------------------------------------------

// The occurrences a schedule asks for: one per window; count_per_year gives
// times_per_year of them in each yearly window; unscheduled gives none.
std::vector<Occurrence> occurrences_for(const Schedule& schedule);
// A draft or a returned roadmap may be edited; a submitted or approved one may not.
void require_editable(const Roadmap& header);
// Progress is recorded on the approved, current version only.
void require_progress_allowed(const Roadmap& header);
// The status after a workflow action, or a conflict naming why not.
RoadmapStatus submit_transition(RoadmapStatus from);
RoadmapStatus approve_transition(RoadmapStatus from);
RoadmapStatus return_transition(RoadmapStatus from);
// Parses "YYYY-MM-DD" into a period check: start ≤ end, at most six years.
void check_period(const DateRange& p, const std::string& pointer, std::vector<FieldError>& errors);

// ---- storage ----------------------------------------------------------------------

// Run inside the repository's transaction, on the locked roadmap row, before a change.
using RoadmapCheck = std::function<void(const Roadmap& header)>;

struct NewItemRecord {
    ItemInput input;
    Schedule schedule;
    std::vector<Occurrence> occurrences;
};
struct NewSectionRecord {
    SectionInput input;
    std::vector<NewItemRecord> items;
};
struct NewRoadmapRecord {
    RoadmapInput input;
    std::vector<NewSectionRecord> sections;
    int revision = 1;
    std::optional<RoadmapId> previous_id;
    std::vector<ImportWarning> import_warnings;  // kept with the draft until it is approved
};

class RoadmapRepository {
public:
    // Reads a deadline again for a period (RoadmapService::schedule_for).
    using Reparse = std::function<Schedule(const std::string& deadline, const DateRange&)>;
    virtual ~RoadmapRepository() = default;
    virtual Roadmap create(const DistrictId& district_id, const NewRoadmapRecord&) = 0;
    virtual std::optional<Roadmap> find(const DistrictId& district_id, const RoadmapId& id) = 0;
    virtual Page<Roadmap> list(const DistrictId& district_id, const RoadmapQuery&) = 0;
    virtual Roadmap update_header(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion,
                                  const RoadmapCheck&, const RoadmapPatch&, const Reparse& reparse) = 0;
    virtual Roadmap set_status(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion,
                               const std::function<RoadmapStatus(const Roadmap&)>& transition,
                               const std::optional<std::string>& comment) = 0;
    virtual void remove(const DistrictId& district_id, const RoadmapId& id, ExpectedVersion, const RoadmapCheck&) = 0;
    virtual RoadmapSection add_section(const DistrictId& district_id, const RoadmapId& roadmap_id, ExpectedVersion,
                                       const RoadmapCheck&, const NewSectionRecord&) = 0;
    virtual RoadmapSection update_section(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                          const SectionId& section_id, ExpectedVersion, const RoadmapCheck&,
                                          const SectionPatch&) = 0;
    virtual void remove_section(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                const SectionId& section_id, ExpectedVersion, const RoadmapCheck&) = 0;
    virtual RoadmapItem add_item(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                 const SectionId& section_id, ExpectedVersion, const RoadmapCheck&,
                                 const NewItemRecord&) = 0;
    // The item's own version guards it; `rebuild` gives the new schedule when the deadline changed.
    virtual RoadmapItem update_item(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                    const ItemId& item_id, ExpectedVersion, const RoadmapCheck&,
                                    const ItemPatch&, const Reparse& reparse) = 0;
    virtual void remove_item(const DistrictId& district_id, const RoadmapId& roadmap_id, const ItemId& item_id,
                             ExpectedVersion, const RoadmapCheck&) = 0;
    virtual RoadmapItem record_progress(const DistrictId& district_id, const RoadmapId& roadmap_id,
                                        const ItemId& item_id, ExpectedVersion, const RoadmapCheck&,
                                        const ProgressInput&) = 0;
};

}  // namespace domain
