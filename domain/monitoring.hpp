#pragma once
// Monitoring: campaigns, the indicator form (the standard ЦМН form of docs/domain.md plus a
// campaign's own indicators), reports with their values and workflow, the plausibility
// rules that explain themselves, shares derived from the values, and completeness.
// Pure: no I/O; storage goes through MonitoringRepository.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/bases.hpp"
#include "domain/instant.hpp"
#include "domain/catalog.hpp"
#include "domain/date.hpp"
#include "domain/errors.hpp"
#include "domain/ids.hpp"
#include "domain/paging.hpp"
#include "domain/validation.hpp"

namespace domain {

// ---- indicators ----------------------------------------------------------------

enum class IndicatorType { integer, decimal, percentage, boolean, text };
std::string_view to_string(IndicatorType);
std::optional<IndicatorType> parse_indicator_type(std::string_view);
// An indicator's code: 1–64 characters, a lowercase Latin letter, then letters, digits or '_'.
bool is_indicator_code(std::string_view s);
inline constexpr const char* kIndicatorTypes = "integer, decimal, percentage, boolean, text";

struct Indicator {
    std::string code, title;
    IndicatorType type = IndicatorType::integer;
    bool required = false;
    bool derived = false;     // computed from other values, never entered
    bool from_bases = false;  // the personalised bases can produce it
    bool standard = true;     // part of the standard form (false: the campaign's own)
    std::optional<double> target;  // a federal target for a share (70 %)
};

// The standard form, in the order of docs/domain.md.
const std::vector<Indicator>& standard_indicators();
const Indicator* find_standard_indicator(std::string_view code);

// What a campaign asks for beyond the standard form: its own indicators, or a different
// `required` for a standard one.
struct IndicatorInput {
    std::string code;
    std::optional<std::string> title;
    std::optional<IndicatorType> type;
    std::optional<bool> required;
};

// ---- values -----------------------------------------------------------------------

// One indicator's value. Missing is the absence of a value (never a silent zero).
struct Value {
    enum class Kind { number, not_applicable, boolean, text };
    Kind kind = Kind::number;
    double number = 0;
    bool flag = false;
    std::string text;

    static Value of(double n) { return {Kind::number, n, false, {}}; }
    static Value not_applicable() { return {Kind::not_applicable, 0, false, {}}; }
    static Value yes_no(bool b) { return {Kind::boolean, 0, b, {}}; }
    static Value of_text(std::string s) { return {Kind::text, 0, false, std::move(s)}; }
    friend bool operator==(const Value&, const Value&) = default;
};
using Values = std::map<std::string, Value>;

// ---- campaigns -----------------------------------------------------------------------

struct Campaign {
    CampaignId id;
    DistrictId district_id;
    std::string title;
    Date reporting_date, due_date, lock_date;
    std::vector<Indicator> indicators;                 // the whole form: standard + own
    std::vector<OrganizationId> organization_ids;      // expected to report
    int version = 1;
    Instant created_at, updated_at;

    [[nodiscard]] const Indicator* indicator(std::string_view code) const;
    [[nodiscard]] bool expects(const OrganizationId& organization_id) const;
};

// A campaign's dates as a request states them (DateInput: nullopt when the text was no date).
struct CampaignDates {
    DateInput reporting, due, lock;
};

struct CampaignInput {
    std::string title;
    DateInput reporting_date, due_date, lock_date;
    std::vector<IndicatorInput> indicators;                    // additions and overrides
    std::optional<std::vector<OrganizationId>> organization_ids;  // nullopt: every active organisation
    void validate();
};

struct CampaignPatch {
    std::optional<std::string> title;
    std::optional<DateInput> reporting_date, due_date, lock_date;
    std::optional<std::vector<IndicatorInput>> indicators;
    std::optional<std::vector<OrganizationId>> organization_ids;
};

// The campaign's whole form: the standard one with `extra` applied. Errors point into
// /indicators/<i>/….
std::vector<Indicator> build_form(const std::vector<IndicatorInput>& extra, Validator& v);
// The inputs that give `form` back from the standard one (for PATCH round trips).
std::vector<IndicatorInput> form_inputs(const std::vector<Indicator>& form);
// Title, dates (`dates`: as the request stated them) in order (reporting ≤ due ≤ lock),
// organisation ids that are UUIDs without repeats.
void validate_campaign(Campaign& c, const CampaignDates& dates, Validator& v);
// The same for the campaign's own dates.
void validate_campaign(Campaign& c, Validator& v);

// ---- reports --------------------------------------------------------------------------

enum class ReportStatus { draft, submitted, accepted, returned };
std::string_view to_string(ReportStatus);
std::optional<ReportStatus> parse_report_status(std::string_view);

struct Report {
    ReportId id;
    DistrictId district_id;
    CampaignId campaign_id;
    OrganizationId organization_id;
    ReportStatus status = ReportStatus::draft;
    Values values;
    std::optional<Instant> first_submitted_at, submitted_at, accepted_at, returned_at;
    std::optional<std::string> submitted_by, accepted_by, returned_by, return_comment;
    bool reopened = false;  // returned by the coordinator after the lock date: the organisation may edit again
    int version = 1;
    Instant created_at, updated_at;
};

// Who acts on a report: "user:<id>" or "api_key:<id>", and whether it is the coordinator
// (or a system administrator), who may act after the lock date and accept or return.
struct ReportActor {
    std::string who;
    bool coordinator = false;
};

// Checks entered values against the form: known codes, not derived, the right type
// (integer: a whole number ≥ 0; decimal: ≥ 0; percentage: 0–100; boolean; text up to
// 2000 characters); "not_applicable" fits every type.
void validate_values(const Campaign& c, const Values& values, Validator& v);

// The derived shares: a number (one decimal), "not_applicable" when the base is zero or
// not applicable, absent when a value it needs is missing.
Values derive(const Values& values);

struct Flag {
    std::string code, kind, message;  // kind: rule | required | bases | target
};
// Plausibility rules: parts not above their wholes, satisfied ≤ surveyed ≤ participants,
// pairs need mentors and mentees. Each failure names its indicator.
std::vector<Flag> rule_failures(const Values& values);
// Required indicators without a value.
std::vector<Flag> missing_required(const Campaign& c, const Values& values);
// Values that disagree with the bases, and shares below their target.
std::vector<Flag> bases_flags(const Values& values, const std::optional<BasesCounts>& bases, Date as_of);
std::vector<Flag> target_flags(const Campaign& c, const Values& derived);

// A report's state for the caller: the stored report (if any), the values (entered, or
// pre-filled from the bases when nothing was entered yet), derived shares, bases counts
// as of the reporting date, and every flag.
struct ReportView {
    Campaign campaign;
    OrganizationId organization_id;
    std::optional<Report> report;
    Values values, derived;
    std::optional<BasesCounts> bases;
    std::vector<Flag> flags;
    bool locked = false;   // the lock date has passed and the report was not reopened
    bool late = false;     // first submitted after the due date
    bool overdue = false;  // not submitted and the due date has passed
};

struct ReportListItem {
    OrganizationId organization_id;
    std::string name;
    OrganizationType type = OrganizationType::school;
    OrganizationStatus organization_status = OrganizationStatus::active;
    std::optional<ReportStatus> status;  // nullopt: not started
    std::optional<Instant> submitted_at;
    bool late = false, overdue = false;
    int version = 0;
};

// ---- completeness -----------------------------------------------------------------------

struct OrganizationBrief {
    OrganizationId id;
    std::string name;
    OrganizationType type = OrganizationType::school;
    bool closed = false;
};
struct ReportBrief {
    OrganizationId organization_id;
    ReportStatus status = ReportStatus::draft;
    std::optional<Instant> first_submitted_at, submitted_at;
    int version = 1;
};

struct CompletenessCounts {
    int expected = 0, submitted = 0, accepted = 0, on_time = 0, late = 0, missing = 0;
    [[nodiscard]] std::optional<double> pct() const;  // submitted ÷ expected, one decimal
};
struct Completeness {
    CompletenessCounts totals;
    std::map<std::string, CompletenessCounts> by_type;  // by the type's name (to_string(OrganizationType))
    int closed_excluded = 0;
};
// Expected organisations of the campaign minus closed ones; submitted = submitted or
// accepted; on time when first submitted on or before the due date.
Completeness completeness(const Campaign& c, const std::vector<OrganizationBrief>& orgs,
                          const std::vector<ReportBrief>& reports);
// Whether a submission timestamp ("2024-05-20T…Z" or a date) falls after `due`.
bool is_late(const std::optional<Instant>& submitted_at, Date due);

// ---- storage ----------------------------------------------------------------------------

// What a report becomes, and the workflow step that made it so (the repository stamps
// the time): "edit", "submit", "accept", "return".
struct ReportChange {
    Report next;
    std::string transition;
};

class MonitoringRepository {
public:
    virtual ~MonitoringRepository() = default;
    virtual Campaign create_campaign(const DistrictId& d, const Campaign& c) = 0;
    virtual std::optional<Campaign> find_campaign(const DistrictId& d, const CampaignId& id) = 0;
    virtual Page<Campaign> list_campaigns(const DistrictId& d, const PageRequest&) = 0;
    // Loads the campaign locked, checks the version, lets `change` edit it, stores it.
    // Dropping an organisation that has a report is a validation error.
    virtual Campaign update_campaign(const DistrictId& d, const CampaignId& id, ExpectedVersion,
                                     const std::function<void(Campaign&)>& change) = 0;
    virtual std::vector<OrganizationBrief> organizations(const DistrictId& d) = 0;

    virtual std::optional<Report> find_report(const DistrictId& d, const CampaignId& c, const OrganizationId& o) = 0;
    virtual std::vector<ReportBrief> report_briefs(const DistrictId& d, const CampaignId& c) = 0;
    // In one transaction: the campaign, the report locked (nullopt when there is none),
    // `change` decides, the result is stored (inserted when there was none; a concurrent
    // insert makes it precondition_failed).
    virtual Report change_report(
        const DistrictId& d, const CampaignId& c, const OrganizationId& o,
        const std::function<ReportChange(const Campaign&, const std::optional<Report>&)>& change) = 0;
};

// A campaign after an organisation was added to it; `changed` is false when it was there already.
struct CampaignMembership {
    Campaign campaign;
    bool changed = false;
};

class MonitoringService {
public:
    MonitoringService(MonitoringRepository& repo, BasesSnapshots& bases, std::function<Date()> today = Date::today_utc)
        : repo_(repo), bases_(bases), today_(std::move(today)) {}

    Campaign create_campaign(const DistrictId& d, CampaignInput in);
    Campaign campaign(const DistrictId& d, const CampaignId& id);
    Page<Campaign> campaigns(const DistrictId& d, const PageRequest& p) { return repo_.list_campaigns(d, p); }
    Campaign update_campaign(const DistrictId& d, const CampaignId& id, ExpectedVersion v, CampaignPatch patch);
    // Which organisations the campaign expects, one at a time, while it is open (up to its
    // lock date; 409 campaign-locked after): an active organisation of the district added
    // (e.g. one opened after the campaign started; adding it again changes nothing), one
    // without a report removed (409 organization-has-report otherwise).
    CampaignMembership add_organization(const DistrictId& d, const CampaignId& c, const OrganizationId& o);
    Campaign remove_organization(const DistrictId& d, const CampaignId& c, const OrganizationId& o);

    ReportView report(const DistrictId& d, const CampaignId& c, const OrganizationId& o);
    // if_match: nullopt when the caller sent none (creates a report that does not exist
    // yet; 428 for one that does); version nullopt for If-Match: *, which needs a current
    // report (412 when there is none). create_only (If-None-Match: *): 412 when one exists.
    ReportView put_report(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                          const std::optional<ExpectedVersion>& if_match, Values values, const ReportActor& by,
                          bool create_only = false);
    ReportView submit(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                      const std::optional<ExpectedVersion>& if_match, const ReportActor& by);
    ReportView accept(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                      const std::optional<ExpectedVersion>& if_match, const ReportActor& by);
    ReportView return_report(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                             const std::optional<ExpectedVersion>& if_match, std::string comment, const ReportActor& by);

    // Every expected organisation with its report's state (only `only_org` when given).
    std::vector<ReportListItem> reports(const DistrictId& d, const CampaignId& c,
                                        const std::optional<OrganizationId>& only_org);
    Completeness completeness(const DistrictId& d, const CampaignId& c);
    Date today() const { return today_(); }

private:
    ReportView view(const Campaign& c, const OrganizationId& o, std::optional<Report> r);
    Report transition(const DistrictId& d, const CampaignId& c, const OrganizationId& o,
                      const std::optional<ExpectedVersion>& if_match, const ReportActor& by,
                      const std::function<void(const Campaign&, Report&, std::string&)>& step);

    MonitoringRepository& repo_;
    BasesSnapshots& bases_;
    std::function<Date()> today_;
};

}  // namespace domain
