#include "persistence/bases_repository.hpp"

#include <nlohmann/json.hpp>

#include "domain/errors.hpp"
#include "generated/queries.hpp"
#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

using domain::DistrictId;
using domain::ExpectedVersion;
using domain::OrganizationId;
using domain::PairId;
using domain::PersonId;
using domain::ProgramId;

// A date column as PostgreSQL writes it (YYYY-MM-DD).
// A validated input's date (domain::DateInput) as a parameter; NULL when there is none.
pg::Param opt_iso(const std::optional<domain::DateInput>& d) { return d ? pg::Param(*d) : std::nullopt; }

domain::Person person_from(const pg::Result& r, int i) {
    domain::Person p;
    p.id = PersonId{r.text(i, "id")};
    p.district_id = DistrictId{r.text(i, "district_id")};
    p.organization_id = OrganizationId{r.text(i, "organization_id")};
    p.kind = r.view(i, "kind") == "mentor" ? domain::PersonKind::mentor : domain::PersonKind::mentee;
    p.external_id = r.opt_text(i, "external_id");
    p.full_name = r.opt_text(i, "full_name");
    p.category = domain::parse_person_category(r.text(i, "category")).value_or(domain::PersonCategory::student);
    p.birth_year = r.opt_integer(i, "birth_year");
    if (auto date = r.opt_date(i, "consent_date")) {
        auto by = domain::parse_consent_giver(r.opt_text(i, "consent_given_by").value_or("self"));
        p.consent = domain::Consent{*date, by.value_or(domain::ConsentGiver::self)};
    }
    p.erased_at = r.opt_instant(i, "erased_at");
    p.version = r.integer(i, "version");
    p.created_at = r.instant(i, "created_at");
    p.updated_at = r.instant(i, "updated_at");
    return p;
}

domain::Program program_from(const pg::Result& r, int i) {
    domain::Program p;
    p.id = ProgramId{r.text(i, "id")};
    p.district_id = DistrictId{r.text(i, "district_id")};
    p.organization_id = OrganizationId{r.text(i, "organization_id")};
    p.title = r.text(i, "title");
    p.forms = split_list(r.text(i, "forms"));
    p.start = r.date(i, "period_start");
    p.end = r.date(i, "period_end");
    p.capacity = r.opt_integer(i, "capacity");
    p.version = r.integer(i, "version");
    p.created_at = r.instant(i, "created_at");
    p.updated_at = r.instant(i, "updated_at");
    return p;
}

domain::Pair pair_from(const pg::Result& r, int i) {
    domain::Pair p;
    p.id = PairId{r.text(i, "id")};
    p.district_id = DistrictId{r.text(i, "district_id")};
    p.organization_id = OrganizationId{r.text(i, "organization_id")};
    p.mentor_id = PersonId{r.text(i, "mentor_id")};
    for (auto& m : split_list(r.text(i, "mentee_ids"))) p.mentee_ids.emplace_back(std::move(m));
    p.form = r.text(i, "form");
    if (auto prog = r.opt_text(i, "program_id")) p.program_id = ProgramId{*prog};
    p.start_date = r.date(i, "start_date");
    p.end_date = r.opt_date(i, "end_date");
    p.status = domain::parse_pair_status(r.text(i, "status")).value_or(domain::PairStatus::active);
    p.version = r.integer(i, "version");
    p.created_at = r.instant(i, "created_at");
    p.updated_at = r.instant(i, "updated_at");
    return p;
}

std::string kind_of(domain::PersonKind k) { return std::string(domain::to_string(k)); }
const char* person_word(domain::PersonKind k) { return k == domain::PersonKind::mentor ? "The mentor" : "The mentee"; }
pg::Param opt_number(const std::optional<int>& n) { return n ? pg::Param(std::to_string(*n)) : std::nullopt; }

// A person's fields as parameters: external id, full name, category, birth year, consent
// date, consent given by.
std::vector<pg::Param> person_params(const domain::PersonInput& in) {
    pg::Param date, by;
    if (in.consent) {
        date = opt_iso(in.consent->date);
        by = std::string(domain::to_string(in.consent->given_by));
    }
    return {in.external_id, in.full_name, std::string(domain::to_string(in.category)), opt_number(in.birth_year), date,
            by};
}

std::optional<domain::Person> load_person(soci::session& sql, const DistrictId& d,
                                          const OrganizationId& o, domain::PersonKind k,
                                          const PersonId& id, bool lock) {
    return pg::first(pg::exec(sql, lock ? queries::person_lock : queries::person_find,
                              {d.str(), o.str(), kind_of(k), id.str()}),
                     person_from);
}

void check_external_id_free(soci::session& sql, const DistrictId& d, const OrganizationId& o,
                            domain::PersonKind k, const std::optional<std::string>& external_id,
                            const std::string& except_id) {
    if (!external_id) return;
    int n = pg::exec(sql, queries::person_external_id_taken, {d.str(), o.str(), kind_of(k), *external_id, except_id})
                .integer(0, "taken");
    if (n > 0)
        throw domain::conflict("duplicate-external-id", std::string(person_word(k)) + " with external_id «" +
                                                            *external_id + "» is already in the base.");
}

std::optional<domain::Program> load_program(soci::session& sql, const DistrictId& d,
                                            const OrganizationId& o, const ProgramId& id, bool lock) {
    return pg::first(pg::exec(sql, lock ? queries::program_lock : queries::program_find, {d.str(), o.str(), id.str()}),
                     program_from);
}

std::optional<domain::Pair> load_pair(soci::session& sql, const DistrictId& d, const OrganizationId& o,
                                      const PairId& id, bool lock) {
    return pg::first(pg::exec(sql, lock ? queries::pair_lock : queries::pair_find, {d.str(), o.str(), id.str()}),
                     pair_from);
}

// The batch as the jsonb array jsonb_to_recordset reads (keys = its column names).
std::string persons_json(const std::vector<domain::PersonInput>& items) {
    auto rows = nlohmann::json::array();
    for (const auto& in : items) {
        rows.push_back({{"external_id", in.external_id.value_or("")},
                        {"full_name", in.full_name},
                        {"category", domain::to_string(in.category)},
                        {"birth_year", in.birth_year ? nlohmann::json(*in.birth_year) : nlohmann::json(nullptr)},
                        {"consent_date", in.consent && in.consent->date ? nlohmann::json(in.consent->date->iso())
                                                                       : nlohmann::json(nullptr)},
                        {"consent_given_by", in.consent ? nlohmann::json(domain::to_string(in.consent->given_by))
                                                        : nlohmann::json(nullptr)}});
    }
    return rows.dump();
}

}  // namespace

// ---- persons -----------------------------------------------------------------------------

domain::Person PgBasesRepository::create_person(const DistrictId& d, const OrganizationId& o, domain::PersonKind k,
                                                  const domain::PersonInput& in) {
    domain::Person out;
    std::vector<pg::Param> params{d.str(), o.str(), kind_of(k)};
    for (auto& x : person_params(in)) params.push_back(std::move(x));
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        check_external_id_free(sql, d, o, k, in.external_id, "");
        out = *pg::first(pg::exec(sql, queries::person_insert, params), person_from);
    });
    return out;
}

std::optional<domain::Person> PgBasesRepository::find_person(const DistrictId& d, const OrganizationId& o,
                                                               domain::PersonKind k, const PersonId& id) {
    std::optional<domain::Person> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) { out = load_person(sql, d, o, k, id, false); });
    return out;
}

domain::Page<domain::Person> PgBasesRepository::list_persons(const DistrictId& d, const OrganizationId& o,
                                                               domain::PersonKind k, const domain::PersonQuery& q) {
    PageCursor c(q.page);
    std::vector<domain::Person> rows;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::persons_page,
                                  {d.str(), o.str(), kind_of(k), q.external_id, c.id,
                                   std::to_string(q.page.limit + 1)}),
                         person_from);
    });
    return page_of(std::move(rows), q.page.limit, [](auto& x) { return x.id.str(); });
}

domain::Person PgBasesRepository::update_person(
    const DistrictId& d, const OrganizationId& o, domain::PersonKind k, const PersonId& id, ExpectedVersion v,
    const std::function<domain::PersonInput(const domain::Person&)>& change) {
    domain::Person out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto current = load_person(sql, d, o, k, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, person_word(k));
        auto in = change(*current);
        check_external_id_free(sql, d, o, k, in.external_id, id.str());
        auto params = person_params(in);
        params.emplace_back(d.str());
        params.emplace_back(id.str());
        out = *pg::first(pg::exec(sql, queries::person_update, params), person_from);
    });
    return out;
}

domain::Person PgBasesRepository::erase_person(const DistrictId& d, const OrganizationId& o, domain::PersonKind k,
                                                 const PersonId& id, ExpectedVersion v) {
    domain::Person out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto current = load_person(sql, d, o, k, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, person_word(k));
        if (current->erased_at) {
            out = *current;  // erasing twice changes nothing
            return;
        }
        out = *pg::first(pg::exec(sql, queries::person_erase, {d.str(), id.str()}), person_from);
    });
    return out;
}

domain::BulkResult PgBasesRepository::upsert_persons(const DistrictId& d, const OrganizationId& o, domain::PersonKind k,
                                                       const std::vector<domain::PersonInput>& items) {
    // One statement for the whole batch: the items travel as one jsonb array.
    const std::string j = persons_json(items);
    domain::BulkResult out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto r = pg::exec(sql, queries::persons_upsert, {j, d.str(), o.str(), kind_of(k)});
        out.created = r.integer(0, "created");
        out.updated = r.integer(0, "updated");
    });
    out.unchanged = int(items.size()) - out.created - out.updated;
    return out;
}

// ---- programs ----------------------------------------------------------------------------

domain::Program PgBasesRepository::create_program(const DistrictId& d, const OrganizationId& o,
                                                    const domain::ProgramInput& in) {
    domain::Program out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        out = *pg::first(pg::exec(sql, queries::program_insert,
                                  {d.str(), o.str(), in.title, array_literal(in.forms), opt_iso(in.start), opt_iso(in.end),
                                   opt_number(in.capacity)}),
                         program_from);
    });
    return out;
}

std::optional<domain::Program> PgBasesRepository::find_program(const DistrictId& d, const OrganizationId& o,
                                                                 const ProgramId& id) {
    std::optional<domain::Program> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) { out = load_program(sql, d, o, id, false); });
    return out;
}

domain::Page<domain::Program> PgBasesRepository::list_programs(const DistrictId& d, const OrganizationId& o,
                                                                 const domain::PageRequest& page) {
    PageCursor c(page);
    std::vector<domain::Program> rows;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::programs_page,
                                  {d.str(), o.str(), c.id, std::to_string(page.limit + 1)}),
                         program_from);
    });
    return page_of(std::move(rows), page.limit, [](auto& x) { return x.id.str(); });
}

domain::Program PgBasesRepository::update_program(
    const DistrictId& d, const OrganizationId& o, const ProgramId& id, ExpectedVersion v,
    const std::function<domain::ProgramInput(const domain::Program&)>& change) {
    domain::Program out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto current = load_program(sql, d, o, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The program");
        auto in = change(*current);
        out = *pg::first(pg::exec(sql, queries::program_update,
                                  {in.title, array_literal(in.forms), opt_iso(in.start), opt_iso(in.end),
                                   opt_number(in.capacity), d.str(), id.str()}),
                         program_from);
    });
    return out;
}

void PgBasesRepository::delete_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id,
                                       ExpectedVersion v) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto current = load_program(sql, d, o, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The program");
        int pairs = pg::exec(sql, queries::program_pairs_count, {d.str(), id.str()}).integer(0, "pairs");
        if (pairs > 0)
            throw domain::conflict("program-in-use", std::to_string(pairs) +
                                                         " pair(s) belong to this program; move or delete them first.");
        pg::exec(sql, queries::program_delete, {d.str(), id.str()});
    });
}

// ---- pairs ---------------------------------------------------------------------------------

domain::Pair PgBasesRepository::save_pair(
    const DistrictId& d, const OrganizationId& o, const std::optional<PairId>& id, ExpectedVersion v,
    const std::function<domain::PairInput(const std::optional<domain::Pair>&)>& build,
    const std::function<void(const domain::PairInput&, const domain::PairContext&)>& check) {
    domain::Pair out;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        std::optional<domain::Pair> current;
        if (id) {
            current = load_pair(sql, d, o, *id, true);
            check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The pair");
        }
        auto in = build(current);
        domain::PairContext ctx;
        // Locking the mentor serialises pairs formed for one mentor: its capacity holds.
        ctx.mentor = load_person(sql, d, o, domain::PersonKind::mentor, in.mentor_id, true);
        for (auto& m : in.mentee_ids) ctx.mentees.push_back(load_person(sql, d, o, domain::PersonKind::mentee, m, false));
        if (in.program_id) {
            ctx.program = load_program(sql, d, o, *in.program_id, false);
            ctx.mentor_pairs_in_program =
                pg::exec(sql, queries::mentor_pairs_in_program,
                         {d.str(), in.mentor_id.str(), in.program_id->str(), id ? id->str() : std::string()})
                    .integer(0, "pairs");
        }
        if (current) {
            ctx.current_members.push_back(current->mentor_id);
            for (auto& m : current->mentee_ids) ctx.current_members.push_back(m);
        }
        check(in, ctx);
        std::string status(domain::to_string(in.status));
        pg::Param program = in.program_id ? pg::Param(in.program_id->str()) : std::nullopt;
        PairId pair_id;
        if (!current) {
            pair_id = PairId{pg::exec(sql, queries::pair_insert,
                                              {d.str(), o.str(), in.mentor_id.str(), in.form, program,
                                               opt_iso(in.start_date), opt_iso(in.end_date), status})
                                         .text(0, "id")};
        } else {
            pair_id = *id;
            pg::exec(sql, queries::pair_update,
                     {in.mentor_id.str(), in.form, program, opt_iso(in.start_date), opt_iso(in.end_date), status, d.str(),
                      pair_id.str()});
            if (current->mentee_ids != in.mentee_ids)
                pg::exec(sql, queries::pair_mentees_delete, {d.str(), pair_id.str()});
        }
        if (!current || current->mentee_ids != in.mentee_ids) {
            for (std::size_t i = 0; i < in.mentee_ids.size(); ++i)
                pg::exec(sql, queries::pair_mentee_insert,
                         {d.str(), pair_id.str(), in.mentee_ids[i].str(), std::to_string(i)});
        }
        out = *load_pair(sql, d, o, pair_id, false);
    });
    return out;
}

std::optional<domain::Pair> PgBasesRepository::find_pair(const DistrictId& d, const OrganizationId& o,
                                                           const PairId& id) {
    std::optional<domain::Pair> out;
    db_.in_tenant(d.str(), [&](soci::session& sql) { out = load_pair(sql, d, o, id, false); });
    return out;
}

domain::Page<domain::Pair> PgBasesRepository::list_pairs(const DistrictId& d, const OrganizationId& o,
                                                           const domain::PageRequest& page) {
    PageCursor c(page);
    std::vector<domain::Pair> rows;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        rows = pg::every(pg::exec(sql, queries::pairs_page, {d.str(), o.str(), c.id, std::to_string(page.limit + 1)}),
                         pair_from);
    });
    return page_of(std::move(rows), page.limit, [](auto& x) { return x.id.str(); });
}

void PgBasesRepository::delete_pair(const DistrictId& d, const OrganizationId& o, const PairId& id,
                                    ExpectedVersion v) {
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto current = load_pair(sql, d, o, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The pair");
        pg::exec(sql, queries::pair_delete, {d.str(), id.str()});
    });
}

// ---- what the bases give a report ------------------------------------------------------------

// A report's bases snapshot (read with every report, and after every report write): two
// statements, prepared once per connection (bases_programs, bases_pairs).
domain::BasesSnapshot PgBasesRepository::snapshot(const DistrictId& d, const OrganizationId& o) {
    domain::BasesSnapshot s;
    db_.in_tenant(d.str(), [&](soci::session& sql) {
        auto pr = pg::exec(sql, queries::bases_programs, {d.str(), o.str()});
        for (int i = 0; i < pr.rows(); ++i) {
            if (i == 0) s.has_records = pr.boolean(0, "has_persons");
            if (pr.null(i, "period_start")) continue;
            s.has_records = true;
            s.programs.push_back({pr.date(i, "period_start"), pr.date(i, "period_end")});
        }
        auto r = pg::exec(sql, queries::bases_pairs, {d.str(), o.str()});
        std::string last;
        for (int i = 0; i < r.rows(); ++i) {
            auto id = r.text(i, "id");
            if (s.pairs.empty() || id != last) {
                s.pairs.push_back({PersonId{r.text(i, "mentor_id")}, r.text(i, "form"),
                                   r.date(i, "start_date"), r.opt_date(i, "end_date"), {}});
                last = id;
            }
            if (r.null(i, "mentee_id")) continue;
            s.pairs.back().mentees.push_back(
                {PersonId{r.text(i, "mentee_id")},
                 domain::parse_person_category(r.text(i, "category")).value_or(domain::PersonCategory::student),
                 r.opt_integer(i, "birth_year")});
        }
    });
    return s;
}

}  // namespace persistence
