#pragma once
// The personalised bases («персонифицированный учёт») of one organisation: mentors and
// mentees (people, many of them minors), mentoring programs, and pairs/groups. Pure rules:
// what a valid record is, whose consent a person needs before being put in a pair, and
// the counts the bases give a monitoring report as of a date.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/instant.hpp"
#include "domain/errors.hpp"
#include "domain/ids.hpp"
#include "domain/paging.hpp"
#include "domain/validation.hpp"

namespace domain {

// ---- reference lists ---------------------------------------------------------

struct MentoringForm {
    std::string_view code;   // stable key, e.g. "student_student"
    std::string_view title;  // «ученик – ученик»
    std::string_view model;  // "students" (Р-145) | "teachers" (АЗ-1128/08/657)
};
// The mentoring forms of both models, in the order the documents list them.
const std::vector<MentoringForm>& mentoring_forms();
const MentoringForm* find_mentoring_form(std::string_view code);

// ---- people ------------------------------------------------------------------

enum class PersonKind { mentor, mentee };
enum class PersonCategory { student, college_student, teacher, young_teacher, employer };
enum class ConsentGiver { self, parent };

std::string_view to_string(PersonKind);
std::string_view to_string(PersonCategory);
std::string_view to_string(ConsentGiver);
std::optional<PersonCategory> parse_person_category(std::string_view);
std::optional<ConsentGiver> parse_consent_giver(std::string_view);
inline constexpr const char* kPersonCategories = "student, college_student, teacher, young_teacher, employer";
inline constexpr const char* kConsentGivers = "self, parent";

struct Consent {
    Date date;
    ConsentGiver given_by = ConsentGiver::self;
};

// A date as a request states it, parsed once where the request is read: nullopt when its text
// was no date. The inputs' validation names it ("must be a date") with every other invalid
// field, so that one 422 names them all.
using DateInput = std::optional<Date>;

struct ConsentInput {
    DateInput date;
    ConsentGiver given_by = ConsentGiver::self;
};

// A mentor or a mentee. After erasure only the anonymous part is left: id, kind,
// category and pair memberships (the counts stay right); name, external id, birth
// year and consent are gone.
struct Person {
    PersonId id;
    DistrictId district_id;
    OrganizationId organization_id;
    PersonKind kind = PersonKind::mentee;
    std::optional<std::string> external_id, full_name;
    PersonCategory category = PersonCategory::student;
    std::optional<int> birth_year;
    std::optional<Consent> consent;
    std::optional<Instant> erased_at;
    int version = 1;
    Instant created_at, updated_at;
};

struct PersonInput {
    std::optional<std::string> external_id;
    std::string full_name;
    PersonCategory category = PersonCategory::student;
    std::optional<int> birth_year;
    std::optional<ConsentInput> consent;
    // Trims and checks every field; pointers start with `prefix` ("" or "/items/17").
    void validate(Validator& v, const std::string& prefix, Date today);
    void validate(Date today);
};

// A PATCH: absent fields stay; an inner nullopt clears an optional one.
struct PersonPatch {
    std::optional<std::optional<std::string>> external_id;
    std::optional<std::string> full_name;
    std::optional<PersonCategory> category;
    std::optional<std::optional<int>> birth_year;
    std::optional<std::optional<ConsentInput>> consent;
    // The input the person becomes (validated like a new one).
    PersonInput apply_to(const Person& current) const;
};

// Whether a person born in `birth_year` may still be under 18 on `on`. Only the year is
// known, so a person who turns 18 in that year counts as a minor (the safe side:
// parents' consent is asked for).
bool may_be_minor(std::optional<int> birth_year, PersonCategory category, Date on);
// Why the person may not be put in a pair on `on` for lack of consent; nullopt when the
// consent is enough (given, on or before `on`, by a parent for a minor).
std::optional<std::string> consent_problem(const Person& p, Date on);

// ---- programs ----------------------------------------------------------------

struct Program {
    ProgramId id;
    DistrictId district_id;
    OrganizationId organization_id;
    std::string title;
    std::vector<std::string> forms;  // mentoring form codes
    Date start, end;                 // the period
    // The most pairs/groups one mentor may lead at once in this program; nullopt = no limit.
    std::optional<int> capacity;
    int version = 1;
    Instant created_at, updated_at;
};

struct ProgramInput {
    std::string title;
    std::vector<std::string> forms;
    DateInput start, end;
    std::optional<int> capacity;
    void validate();
};

struct ProgramPatch {
    std::optional<std::string> title;
    std::optional<std::vector<std::string>> forms;
    std::optional<DateInput> start, end;
    std::optional<std::optional<int>> capacity;
    ProgramInput apply_to(const Program&) const;
};

// ---- pairs and groups ----------------------------------------------------------

enum class PairStatus { active, completed, ended_early };
std::string_view to_string(PairStatus);
std::optional<PairStatus> parse_pair_status(std::string_view);
inline constexpr const char* kPairStatuses = "active, completed, ended_early";

struct Pair {
    PairId id;
    DistrictId district_id;
    OrganizationId organization_id;
    PersonId mentor_id;
    std::vector<PersonId> mentee_ids;
    std::string form;
    std::optional<ProgramId> program_id;
    Date start_date;
    std::optional<Date> end_date;
    PairStatus status = PairStatus::active;
    int version = 1;
    Instant created_at, updated_at;
};

struct PairInput {
    PersonId mentor_id;
    std::vector<PersonId> mentee_ids;
    std::string form;
    std::optional<ProgramId> program_id;
    DateInput start_date;
    std::optional<DateInput> end_date;  // nullopt: none
    PairStatus status = PairStatus::active;
    // The fields on their own (ids, form, dates, status).
    void validate() const;
};

struct PairPatch {
    std::optional<PersonId> mentor_id;
    std::optional<std::vector<PersonId>> mentee_ids;
    std::optional<std::string> form;
    std::optional<std::optional<ProgramId>> program_id;
    std::optional<DateInput> start_date;
    std::optional<std::optional<DateInput>> end_date;  // an inner nullopt: null (no end date)
    std::optional<PairStatus> status;
    PairInput apply_to(const Pair&) const;
};

// What the repository finds, inside the transaction that stores the pair, about the
// records a pair names.
struct PairContext {
    std::optional<Person> mentor;                // nullopt: no such mentor in the organisation
    std::vector<std::optional<Person>> mentees;  // in the order of mentee_ids
    std::optional<Program> program;              // when program_id is given and found
    int mentor_pairs_in_program = 0;             // the mentor's other active pairs in it
    // On an update: who is in the pair already (their consent was checked when they joined;
    // a member erased since then does not block closing the pair).
    std::vector<PersonId> current_members;
};
// The rules that need the other records: one mentor and its mentees exist in the
// organisation and are not erased, each has the consent required on `today`, the form
// belongs to the program, the dates lie in its period, the mentor stays within its capacity.
void check_pair(const PairInput& in, const PairContext& ctx, Date today);

// A pair is active on a date when it started on or before it and had not ended before it.
bool pair_active_on(Date start_date, const std::optional<Date>& end_date, Date on);

// ---- what the bases give a report ------------------------------------------------

struct BasesSnapshot {
    struct Mentee {
        PersonId id;
        PersonCategory category = PersonCategory::student;
        std::optional<int> birth_year;
    };
    struct PairRow {
        PersonId mentor_id;
        std::string form;
        Date start_date;
        std::optional<Date> end_date;
        std::vector<Mentee> mentees;
    };
    struct ProgramRow {
        Date start, end;
    };
    std::vector<PairRow> pairs;
    std::vector<ProgramRow> programs;
    bool has_records = false;  // the organisation keeps any person or program at all
};

struct BasesCounts {
    int mentors_total = 0, mentees_total = 0, pairs_total = 0, programs_total = 0;
    int mentees_students_10_18 = 0, mentees_young_teachers = 0;
    std::map<std::string, int> pairs_by_form;
    // The standard form's codes these counts give, for comparing with entered values.
    [[nodiscard]] std::map<std::string, int> by_code() const;
};

// Counts as of `on`: pairs active that day, their distinct mentors and mentees (students
// 10–18 by age that year — an erased pupil's age is gone, so a pupil of unknown age is
// counted in the group; young teachers by category), programs whose period covers it.
BasesCounts count_bases(const BasesSnapshot&, Date on);

// ---- storage -----------------------------------------------------------------------

struct PersonQuery {
    std::optional<std::string> external_id;
    PageRequest page;
};

struct BulkResult {
    int created = 0, updated = 0, unchanged = 0;
};

// The one read of the bases a monitoring report needs: a port of its own, so that
// MonitoringService depends on no more of the bases than it reads (and its tests fake no more).
class BasesSnapshots {
public:
    virtual ~BasesSnapshots() = default;
    virtual BasesSnapshot snapshot(const DistrictId& d, const OrganizationId& o) = 0;
};

class BasesRepository : public BasesSnapshots {
public:

    virtual Person create_person(const DistrictId& d, const OrganizationId& o, PersonKind, const PersonInput&) = 0;
    virtual std::optional<Person> find_person(const DistrictId& d, const OrganizationId& o, PersonKind,
                                              const PersonId& id) = 0;
    virtual Page<Person> list_persons(const DistrictId& d, const OrganizationId& o, PersonKind, const PersonQuery&) = 0;
    // Loads the person locked, checks the version, lets `change` build the new input, stores it.
    virtual Person update_person(const DistrictId& d, const OrganizationId& o, PersonKind, const PersonId& id,
                                 ExpectedVersion, const std::function<PersonInput(const Person&)>& change) = 0;
    virtual Person erase_person(const DistrictId& d, const OrganizationId& o, PersonKind, const PersonId& id,
                                ExpectedVersion) = 0;
    // All or nothing, keyed by external_id (every input has one).
    virtual BulkResult upsert_persons(const DistrictId& d, const OrganizationId& o, PersonKind,
                                      const std::vector<PersonInput>&) = 0;

    virtual Program create_program(const DistrictId& d, const OrganizationId& o, const ProgramInput&) = 0;
    virtual std::optional<Program> find_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id) = 0;
    virtual Page<Program> list_programs(const DistrictId& d, const OrganizationId& o, const PageRequest&) = 0;
    virtual Program update_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id, ExpectedVersion,
                                   const std::function<ProgramInput(const Program&)>& change) = 0;
    // conflict while pairs still name it.
    virtual void delete_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id, ExpectedVersion) = 0;

    // Creates (id nullopt) or updates a pair in one transaction: `build` gives the input from
    // the current pair, `check` judges it against what the transaction found.
    virtual Pair save_pair(const DistrictId& d, const OrganizationId& o, const std::optional<PairId>& id,
                           ExpectedVersion, const std::function<PairInput(const std::optional<Pair>&)>& build,
                           const std::function<void(const PairInput&, const PairContext&)>& check) = 0;
    virtual std::optional<Pair> find_pair(const DistrictId& d, const OrganizationId& o, const PairId& id) = 0;
    virtual Page<Pair> list_pairs(const DistrictId& d, const OrganizationId& o, const PageRequest&) = 0;
    virtual void delete_pair(const DistrictId& d, const OrganizationId& o, const PairId& id, ExpectedVersion) = 0;
    // snapshot(d, o): from BasesSnapshots.
};

class BasesService {
public:
    explicit BasesService(BasesRepository& repo, std::function<Date()> today = Date::today_utc)
        : repo_(repo), today_(std::move(today)) {}

    Person create_person(const DistrictId& d, const OrganizationId& o, PersonKind k, PersonInput in);
    Person person(const DistrictId& d, const OrganizationId& o, PersonKind k, const PersonId& id);
    Page<Person> persons(const DistrictId& d, const OrganizationId& o, PersonKind k, const PersonQuery& q) {
        return repo_.list_persons(d, o, k, q);
    }
    Person update_person(const DistrictId& d, const OrganizationId& o, PersonKind k, const PersonId& id,
                         ExpectedVersion v, const PersonPatch& patch);
    Person erase_person(const DistrictId& d, const OrganizationId& o, PersonKind k, const PersonId& id,
                        ExpectedVersion v) {
        return repo_.erase_person(d, o, k, id, v);
    }
    // Every item needs an external_id, unique in the batch; errors name /items/<i>/<field>.
    BulkResult upsert_persons(const DistrictId& d, const OrganizationId& o, PersonKind k,
                              std::vector<PersonInput> items);

    Program create_program(const DistrictId& d, const OrganizationId& o, ProgramInput in);
    Program program(const DistrictId& d, const OrganizationId& o, const ProgramId& id);
    Page<Program> programs(const DistrictId& d, const OrganizationId& o, const PageRequest& p) {
        return repo_.list_programs(d, o, p);
    }
    Program update_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id, ExpectedVersion v,
                           const ProgramPatch& patch);
    void delete_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id, ExpectedVersion v) {
        repo_.delete_program(d, o, id, v);
    }

    Pair create_pair(const DistrictId& d, const OrganizationId& o, PairInput in);
    Pair pair(const DistrictId& d, const OrganizationId& o, const PairId& id);
    Page<Pair> pairs(const DistrictId& d, const OrganizationId& o, const PageRequest& p) {
        return repo_.list_pairs(d, o, p);
    }
    Pair update_pair(const DistrictId& d, const OrganizationId& o, const PairId& id, ExpectedVersion v,
                     const PairPatch& patch);
    void delete_pair(const DistrictId& d, const OrganizationId& o, const PairId& id, ExpectedVersion v) {
        repo_.delete_pair(d, o, id, v);
    }

    BasesCounts counts(const DistrictId& d, const OrganizationId& o, Date on) {
        return count_bases(repo_.snapshot(d, o), on);
    }
    BasesSnapshot snapshot(const DistrictId& d, const OrganizationId& o) { return repo_.snapshot(d, o); }
    Date today() const { return today_(); }

    static constexpr std::size_t max_bulk_items = 5000;

private:
    BasesRepository& repo_;
    std::function<Date()> today_;
};

}  // namespace domain
