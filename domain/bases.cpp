#include "domain/bases.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace domain {
namespace {

constexpr std::size_t kNameMax = 300;
constexpr std::size_t kExternalIdMax = 100;
constexpr std::size_t kTitleMax = 500;
constexpr std::size_t kMaxMentees = 50;
constexpr int kEarliestBirthYear = 1920;

constexpr std::array<std::pair<PersonCategory, std::string_view>, 5> kCategories{{
    {PersonCategory::student, "student"},
    {PersonCategory::college_student, "college_student"},
    {PersonCategory::teacher, "teacher"},
    {PersonCategory::young_teacher, "young_teacher"},
    {PersonCategory::employer, "employer"},
}};

constexpr std::array<std::pair<PairStatus, std::string_view>, 3> kPairStatus{{
    {PairStatus::active, "active"},
    {PairStatus::completed, "completed"},
    {PairStatus::ended_early, "ended_early"},
}};

bool is_pupil(PersonCategory c) { return c == PersonCategory::student || c == PersonCategory::college_student; }

std::string person_word(PersonKind k) { return k == PersonKind::mentor ? "The mentor" : "The mentee"; }

}  // namespace

// ---- reference lists ---------------------------------------------------------------

const std::vector<MentoringForm>& mentoring_forms() {
    // The students' model (Р-145 of 25.12.2019) and the teachers' model (АЗ-1128/08/657 of 21.12.2021).
    static const std::vector<MentoringForm> forms = {
        {"student_student", "ученик – ученик", "students"},
        {"teacher_teacher", "учитель – учитель", "students"},
        {"student_pupil", "студент – ученик", "students"},
        {"employer_pupil", "работодатель – ученик", "students"},
        {"employer_student", "работодатель – студент", "students"},
        {"teacher_young_specialist", "педагог – молодой специалист", "teachers"},
        {"teacher_teacher_peer", "педагог – педагог", "teachers"},
        {"head_teacher", "руководитель образовательной организации – педагог", "teachers"},
        {"employer_pedagogy_student", "работодатель – студент педагогического вуза (колледжа)", "teachers"},
        {"lecturer_young_teacher", "педагог вуза (колледжа) – молодой педагог", "teachers"},
    };
    return forms;
}

const MentoringForm* find_mentoring_form(std::string_view code) {
    for (auto& f : mentoring_forms())
        if (f.code == code) return &f;
    return nullptr;
}

// ---- names -------------------------------------------------------------------------

std::string_view to_string(PersonKind k) { return k == PersonKind::mentor ? "mentor" : "mentee"; }
std::string_view to_string(PersonCategory c) {
    for (auto& [k, s] : kCategories)
        if (k == c) return s;
    return "student";
}
std::string_view to_string(ConsentGiver g) { return g == ConsentGiver::parent ? "parent" : "self"; }
std::optional<PersonCategory> parse_person_category(std::string_view s) {
    for (auto& [k, name] : kCategories)
        if (name == s) return k;
    return std::nullopt;
}
std::optional<ConsentGiver> parse_consent_giver(std::string_view s) {
    if (s == "self") return ConsentGiver::self;
    if (s == "parent") return ConsentGiver::parent;
    return std::nullopt;
}
std::string_view to_string(PairStatus st) {
    for (auto& [k, s] : kPairStatus)
        if (k == st) return s;
    return "active";
}
std::optional<PairStatus> parse_pair_status(std::string_view s) {
    for (auto& [k, name] : kPairStatus)
        if (name == s) return k;
    return std::nullopt;
}

// ---- people ------------------------------------------------------------------------

void PersonInput::validate(Validator& v, const std::string& prefix, Date today) {
    v.optional_text(prefix + "/external_id", external_id, kExternalIdMax);
    v.text(prefix + "/full_name", full_name, kNameMax);
    if (birth_year) {
        int y = *birth_year, age = today.year() - y;
        if (y < kEarliestBirthYear || y > today.year()) {
            v.fail(prefix + "/birth_year", "must be a year from " + std::to_string(kEarliestBirthYear) + " to " +
                                               std::to_string(today.year()));
        } else if (category == PersonCategory::student && (age < 5 || age > 21)) {
            v.fail(prefix + "/birth_year", "a pupil born in " + std::to_string(y) + " would be " + std::to_string(age) +
                                               " this year; pupils are 5 to 21");
        } else if (category == PersonCategory::college_student && (age < 13 || age > 35)) {
            v.fail(prefix + "/birth_year", "a college student born in " + std::to_string(y) + " would be " +
                                               std::to_string(age) + " this year; college students are 13 to 35");
        } else if (!is_pupil(category) && age < 16) {
            v.fail(prefix + "/birth_year", "a " + std::string(to_string(category)) + " born in " + std::to_string(y) +
                                               " would be " + std::to_string(age) + " this year; adults are 16 or older");
        }
    } else if (is_pupil(category)) {
        v.fail(prefix + "/birth_year", "is required for pupils and students: it decides whether a parent's consent is needed");
    }
    if (consent) {
        if (!consent->date)
            v.fail(prefix + "/consent/date", "must be a date (YYYY-MM-DD)");
        else if (*consent->date > today)
            v.fail(prefix + "/consent/date", "lies in the future; record consent once it has been given");
    }
}

void PersonInput::validate(Date today) {
    Validator v;
    validate(v, "", today);
    v.throw_if_failed();
}

PersonInput PersonPatch::apply_to(const Person& p) const {
    PersonInput in;
    in.external_id = external_id ? *external_id : p.external_id;
    in.full_name = full_name ? *full_name : p.full_name.value_or("");
    in.category = category ? *category : p.category;
    in.birth_year = birth_year ? *birth_year : p.birth_year;
    if (consent)
        in.consent = *consent;
    else if (p.consent)
        in.consent = ConsentInput{p.consent->date, p.consent->given_by};
    return in;
}

bool may_be_minor(std::optional<int> birth_year, PersonCategory category, Date on) {
    if (!birth_year) return is_pupil(category);  // a pupil of unknown age: ask the parents
    return on.year() - *birth_year <= 18;
}

std::optional<std::string> consent_problem(const Person& p, Date on) {
    if (p.erased_at) return "has been erased and can no longer take part";
    if (!p.consent) return "has no consent to the processing of personal data on record";
    if (p.consent->date > on) return "has no consent on record as of " + on.iso();
    if (may_be_minor(p.birth_year, p.category, on) && p.consent->given_by != ConsentGiver::parent)
        return "may be under 18 on " + on.iso() + " (born " +
               (p.birth_year ? std::to_string(*p.birth_year) : std::string("in an unknown year")) +
               "): a parent's consent is required, and the consent on record was given by the person";
    return std::nullopt;
}

// ---- programs ------------------------------------------------------------------------

void ProgramInput::validate() {
    Validator v;
    v.text("/title", title, kTitleMax);
    if (forms.empty()) v.fail("/forms", "must name at least one mentoring form");
    std::set<std::string> seen;
    for (std::size_t i = 0; i < forms.size(); ++i) {
        if (!find_mentoring_form(forms[i]))
            v.fail("/forms/" + std::to_string(i), "is not a mentoring form (see /api/v1/mentoring-forms)");
        else if (!seen.insert(forms[i]).second)
            v.fail("/forms/" + std::to_string(i), "appears twice");
    }
    if (!start) v.fail("/start", "must be a date (YYYY-MM-DD)");
    if (!end) v.fail("/end", "must be a date (YYYY-MM-DD)");
    if (start && end && *end < *start) v.fail("/end", "comes before the start " + start->iso());
    if (capacity && (*capacity < 1 || *capacity > 1000))
        v.fail("/capacity", "must be a whole number from 1 to 1000 (pairs one mentor may lead), or null for no limit");
    v.throw_if_failed();
}

ProgramInput ProgramPatch::apply_to(const Program& p) const {
    ProgramInput in;
    in.title = title ? *title : p.title;
    in.forms = forms ? *forms : p.forms;
    in.start = start ? *start : DateInput(p.start);
    in.end = end ? *end : DateInput(p.end);
    in.capacity = capacity ? *capacity : p.capacity;
    return in;
}

// ---- pairs -----------------------------------------------------------------------------

void PairInput::validate() const {
    Validator v;
    if (!is_uuid(mentor_id.str()))
        v.fail("/mentor_id", "must be a mentor id (UUID): a pair or group has exactly one mentor");
    if (mentee_ids.empty()) v.fail("/mentee_ids", "must name at least one mentee");
    if (mentee_ids.size() > kMaxMentees)
        v.fail("/mentee_ids", "a group has at most " + std::to_string(kMaxMentees) + " mentees");
    std::set<PersonId> seen;
    for (std::size_t i = 0; i < mentee_ids.size(); ++i) {
        if (!is_uuid(mentee_ids[i].str()))
            v.fail("/mentee_ids/" + std::to_string(i), "must be a mentee id (UUID)");
        else if (!seen.insert(mentee_ids[i]).second)
            v.fail("/mentee_ids/" + std::to_string(i), "appears twice");
    }
    if (!find_mentoring_form(form)) v.fail("/form", "is not a mentoring form (see /api/v1/mentoring-forms)");
    if (program_id && !is_uuid(program_id->str())) v.fail("/program_id", "must be a program id (UUID) or null");
    if (!start_date) v.fail("/start_date", "must be a date (YYYY-MM-DD)");
    if (end_date && !*end_date) v.fail("/end_date", "must be a date (YYYY-MM-DD) or null");
    if (start_date && end_date && *end_date && **end_date < *start_date)
        v.fail("/end_date", "comes before the start date " + start_date->iso());
    if (status != PairStatus::active && !end_date)
        v.fail("/end_date", "is required when the pair is " + std::string(to_string(status)));
    v.throw_if_failed();
}

PairInput PairPatch::apply_to(const Pair& p) const {
    PairInput in;
    in.mentor_id = mentor_id ? *mentor_id : p.mentor_id;
    in.mentee_ids = mentee_ids ? *mentee_ids : p.mentee_ids;
    in.form = form ? *form : p.form;
    in.program_id = program_id ? *program_id : p.program_id;
    in.start_date = start_date ? *start_date : DateInput(p.start_date);
    if (end_date)
        in.end_date = *end_date;
    else if (p.end_date)
        in.end_date = DateInput(*p.end_date);
    in.status = status ? *status : p.status;
    return in;
}

void check_pair(const PairInput& in, const PairContext& ctx, Date today) {
    Validator v;
    auto member = [&](const PersonId& id) {
        return std::find(ctx.current_members.begin(), ctx.current_members.end(), id) != ctx.current_members.end();
    };
    if (!ctx.mentor) {
        v.fail("/mentor_id", "no such mentor in this organisation's base");
    } else if (auto why = member(ctx.mentor->id) ? std::nullopt : consent_problem(*ctx.mentor, today)) {
        v.fail("/mentor_id", "the mentor " + *why);
    }
    for (std::size_t i = 0; i < in.mentee_ids.size(); ++i) {
        auto ptr = "/mentee_ids/" + std::to_string(i);
        const auto& m = i < ctx.mentees.size() ? ctx.mentees[i] : std::nullopt;
        if (!m)
            v.fail(ptr, "no such mentee in this organisation's base");
        else if (auto why = member(m->id) ? std::nullopt : consent_problem(*m, today))
            v.fail(ptr, "the mentee " + *why);
    }
    if (in.program_id) {
        if (!ctx.program) {
            v.fail("/program_id", "no such program in this organisation");
        } else {
            const auto& p = *ctx.program;
            if (std::find(p.forms.begin(), p.forms.end(), in.form) == p.forms.end())
                v.fail("/form", "is not one of the program's forms");
            auto start = in.start_date.value_or(Date{});  // a date: validate() came first
            if (start < p.start || start > p.end)
                v.fail("/start_date", "lies outside the program's period " + p.start.iso() + " – " + p.end.iso());
            if (p.capacity && in.status == PairStatus::active && ctx.mentor_pairs_in_program + 1 > *p.capacity)
                v.fail("/mentor_id", "the mentor already leads " + std::to_string(ctx.mentor_pairs_in_program) +
                                         " active pair(s) in this program, whose capacity is " +
                                         std::to_string(*p.capacity) + " per mentor");
        }
    }
    v.throw_if_failed("The pair cannot be formed as it is.");
}

bool pair_active_on(Date start_date, const std::optional<Date>& end_date, Date on) {
    return start_date <= on && (!end_date || *end_date >= on);
}

// ---- counts ----------------------------------------------------------------------------

std::map<std::string, int> BasesCounts::by_code() const {
    return {{"mentors_total", mentors_total},
            {"mentees_total", mentees_total},
            {"pairs_total", pairs_total},
            {"programs_total", programs_total},
            {"mentees_students_10_18", mentees_students_10_18},
            {"mentees_young_teachers", mentees_young_teachers}};
}

BasesCounts count_bases(const BasesSnapshot& s, Date on) {
    BasesCounts c;
    std::set<PersonId> mentors, mentees, students, young;
    for (const auto& p : s.pairs) {
        if (!pair_active_on(p.start_date, p.end_date, on)) continue;
        ++c.pairs_total;
        ++c.pairs_by_form[p.form];
        mentors.insert(p.mentor_id);
        for (const auto& m : p.mentees) {
            mentees.insert(m.id);
            if (is_pupil(m.category)) {
                bool in_group = m.birth_year ? (on.year() - *m.birth_year >= 10 && on.year() - *m.birth_year <= 18)
                                             : m.category == PersonCategory::student;
                if (in_group) students.insert(m.id);
            }
            if (m.category == PersonCategory::young_teacher) young.insert(m.id);
        }
    }
    c.mentors_total = int(mentors.size());
    c.mentees_total = int(mentees.size());
    c.mentees_students_10_18 = int(students.size());
    c.mentees_young_teachers = int(young.size());
    for (const auto& p : s.programs)
        if (p.start <= on && p.end >= on) ++c.programs_total;
    return c;
}

// ---- the service --------------------------------------------------------------------------

Person BasesService::create_person(const DistrictId& d, const OrganizationId& o, PersonKind k, PersonInput in) {
    in.validate(today_());
    return repo_.create_person(d, o, k, in);
}

Person BasesService::person(const DistrictId& d, const OrganizationId& o, PersonKind k, const PersonId& id) {
    if (auto p = repo_.find_person(d, o, k, id)) return *p;
    throw not_found(person_word(k));
}

Person BasesService::update_person(const DistrictId& d, const OrganizationId& o, PersonKind k, const PersonId& id,
                                   ExpectedVersion v, const PersonPatch& patch) {
    auto today = today_();
    return repo_.update_person(d, o, k, id, v, [&](const Person& current) {
        if (current.erased_at)
            throw conflict("erased", "This person's record was erased; only its anonymous part remains.");
        auto in = patch.apply_to(current);
        in.validate(today);
        return in;
    });
}

BulkResult BasesService::upsert_persons(const DistrictId& d, const OrganizationId& o, PersonKind k,
                                        std::vector<PersonInput> items) {
    if (items.size() > max_bulk_items)
        throw Error(ErrorKind::too_large, "too-many-items",
                    "At most " + std::to_string(max_bulk_items) + " records per request; send the rest in another.");
    Validator v;
    if (items.empty()) v.fail("/items", "must hold at least one record");
    auto today = today_();
    std::map<std::string, std::size_t> first_seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        auto prefix = "/items/" + std::to_string(i);
        items[i].validate(v, prefix, today);
        if (!items[i].external_id) {
            v.fail(prefix + "/external_id", "is required: bulk records are matched by it");
        } else if (auto [it, fresh] = first_seen.emplace(*items[i].external_id, i); !fresh) {
            v.fail(prefix + "/external_id", "appears twice in the batch (also at /items/" + std::to_string(it->second) + ")");
        }
    }
    v.throw_if_failed("Nothing was written: correct the records named in errors and send the batch again.");
    return repo_.upsert_persons(d, o, k, items);
}

Program BasesService::create_program(const DistrictId& d, const OrganizationId& o, ProgramInput in) {
    in.validate();
    return repo_.create_program(d, o, in);
}

Program BasesService::program(const DistrictId& d, const OrganizationId& o, const ProgramId& id) {
    if (auto p = repo_.find_program(d, o, id)) return *p;
    throw not_found("The program");
}

Program BasesService::update_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id,
                                     ExpectedVersion v, const ProgramPatch& patch) {
    return repo_.update_program(d, o, id, v, [&](const Program& current) {
        auto in = patch.apply_to(current);
        in.validate();
        return in;
    });
}

Pair BasesService::create_pair(const DistrictId& d, const OrganizationId& o, PairInput in) {
    in.validate();
    auto today = today_();
    return repo_.save_pair(
        d, o, std::nullopt, {}, [&](const std::optional<Pair>&) { return in; },
        [&](const PairInput& p, const PairContext& ctx) { check_pair(p, ctx, today); });
}

Pair BasesService::pair(const DistrictId& d, const OrganizationId& o, const PairId& id) {
    if (auto p = repo_.find_pair(d, o, id)) return *p;
    throw not_found("The pair");
}

Pair BasesService::update_pair(const DistrictId& d, const OrganizationId& o, const PairId& id, ExpectedVersion v,
                               const PairPatch& patch) {
    auto today = today_();
    return repo_.save_pair(
        d, o, id, v,
        [&](const std::optional<Pair>& current) {
            auto in = patch.apply_to(*current);
            in.validate();
            return in;
        },
        [&](const PairInput& p, const PairContext& ctx) { check_pair(p, ctx, today); });
}

}  // namespace domain
