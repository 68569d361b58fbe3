#include "persistence/soci_bases_repository.hpp"

#include <nlohmann/json.hpp>

#include "domain/errors.hpp"
#include "persistence/pg.hpp"
#include "persistence/sql_helpers.hpp"

namespace persistence {
namespace {

#define TS NASTAVNIK_TS

using domain::ExpectedVersion;

constexpr const char* kPersonCols =
    "id::text, district_id::text, organization_id::text, kind, external_id, full_name, category, birth_year, "
    "consent_date::text, consent_given_by, " TS("erased_at") ", version, " TS("created_at") ", " TS("updated_at");
constexpr const char* kProgramCols =
    "id::text, district_id::text, organization_id::text, title, array_to_string(forms, ','), period_start::text, "
    "period_end::text, capacity, version, " TS("created_at") ", " TS("updated_at");
constexpr const char* kPairCols =
    "p.id::text, p.district_id::text, p.organization_id::text, p.mentor_id::text,"
    " coalesce((select string_agg(m.mentee_id::text, ',' order by m.position) from mentoring_pair_mentees m"
    " where m.district_id = p.district_id and m.pair_id = p.id), ''),"
    " p.form, p.program_id::text, p.start_date::text, p.end_date::text, p.status, p.version, " TS("p.created_at") ", " TS(
        "p.updated_at");

std::optional<int> opt_int(const soci::row& r, std::size_t i) {
    if (r.get_indicator(i) == soci::i_null) return std::nullopt;
    return r.get<int>(i);
}


domain::Person person_from(const soci::row& r) {
    domain::Person p;
    p.id = r.get<std::string>(0);
    p.district_id = r.get<std::string>(1);
    p.organization_id = r.get<std::string>(2);
    p.kind = r.get<std::string>(3) == "mentor" ? domain::PersonKind::mentor : domain::PersonKind::mentee;
    p.external_id = opt_text(r, 4);
    p.full_name = opt_text(r, 5);
    p.category = domain::parse_person_category(r.get<std::string>(6)).value_or(domain::PersonCategory::student);
    p.birth_year = opt_int(r, 7);
    if (auto date = opt_text(r, 8)) {
        p.consent = domain::Consent{*date, domain::parse_consent_giver(opt_text(r, 9).value_or("self"))
                                               .value_or(domain::ConsentGiver::self)};
    }
    p.erased_at = opt_text(r, 10);
    p.version = r.get<int>(11);
    p.created_at = r.get<std::string>(12);
    p.updated_at = r.get<std::string>(13);
    return p;
}

domain::Program program_from(const soci::row& r) {
    domain::Program p;
    p.id = r.get<std::string>(0);
    p.district_id = r.get<std::string>(1);
    p.organization_id = r.get<std::string>(2);
    p.title = r.get<std::string>(3);
    p.forms = split_list(r.get<std::string>(4));
    p.start = r.get<std::string>(5);
    p.end = r.get<std::string>(6);
    p.capacity = opt_int(r, 7);
    p.version = r.get<int>(8);
    p.created_at = r.get<std::string>(9);
    p.updated_at = r.get<std::string>(10);
    return p;
}

domain::Pair pair_from(const soci::row& r) {
    domain::Pair p;
    p.id = r.get<std::string>(0);
    p.district_id = r.get<std::string>(1);
    p.organization_id = r.get<std::string>(2);
    p.mentor_id = r.get<std::string>(3);
    p.mentee_ids = split_list(r.get<std::string>(4));
    p.form = r.get<std::string>(5);
    p.program_id = opt_text(r, 6);
    p.start_date = r.get<std::string>(7);
    p.end_date = opt_text(r, 8);
    p.status = domain::parse_pair_status(r.get<std::string>(9)).value_or(domain::PairStatus::active);
    p.version = r.get<int>(10);
    p.created_at = r.get<std::string>(11);
    p.updated_at = r.get<std::string>(12);
    return p;
}

std::string kind_of(domain::PersonKind k) { return std::string(domain::to_string(k)); }
const char* person_word(domain::PersonKind k) { return k == domain::PersonKind::mentor ? "The mentor" : "The mentee"; }

// Bindable person fields.
struct PersonParams {
    NullableText external_id, consent_date, consent_by;
    std::string category;
    int birth_year = 0;
    soci::indicator birth_ind = soci::i_null;
    explicit PersonParams(const domain::PersonInput& in)
        : external_id(in.external_id),
          consent_date(in.consent ? std::optional<std::string>(in.consent->date) : std::nullopt),
          consent_by(in.consent ? std::optional<std::string>(std::string(domain::to_string(in.consent->given_by)))
                                : std::nullopt),
          category(domain::to_string(in.category)) {
        if (in.birth_year) {
            birth_year = *in.birth_year;
            birth_ind = soci::i_ok;
        }
    }
};

std::optional<domain::Person> load_person(soci::session& sql, const std::string& d, const std::string& o,
                                          domain::PersonKind k, const std::string& id, bool lock) {
    auto kind = kind_of(k);
    return one<domain::Person>(sql,
                               std::string("select ") + kPersonCols +
                                   " from mentoring_persons where district_id = cast(:d as uuid) and organization_id ="
                                   " cast(:o as uuid) and kind = :k and id = cast(:id as uuid)" +
                                   (lock ? " for update" : ""),
                               person_from, soci::use(d), soci::use(o), soci::use(kind), soci::use(id));
}

void check_external_id_free(soci::session& sql, const std::string& d, const std::string& o, domain::PersonKind k,
                            const std::optional<std::string>& external_id, const std::string& except_id) {
    if (!external_id) return;
    auto kind = kind_of(k);
    int n = 0;
    sql << "select count(*) from mentoring_persons where district_id = cast(:d as uuid) and organization_id ="
           " cast(:o as uuid) and kind = :k and external_id = :e and id::text <> :x",
        soci::use(d), soci::use(o), soci::use(kind), soci::use(*external_id), soci::use(except_id), soci::into(n);
    if (n > 0)
        throw domain::conflict("duplicate-external-id", std::string(person_word(k)) + " with external_id «" +
                                                            *external_id + "» is already in the base.");
}

std::optional<domain::Program> load_program(soci::session& sql, const std::string& d, const std::string& o,
                                            const std::string& id, bool lock) {
    return one<domain::Program>(sql,
                                std::string("select ") + kProgramCols +
                                    " from mentoring_programs where district_id = cast(:d as uuid) and organization_id ="
                                    " cast(:o as uuid) and id = cast(:id as uuid)" +
                                    (lock ? " for update" : ""),
                                program_from, soci::use(d), soci::use(o), soci::use(id));
}

std::optional<domain::Pair> load_pair(soci::session& sql, const std::string& d, const std::string& o,
                                      const std::string& id, bool lock) {
    return one<domain::Pair>(sql,
                             std::string("select ") + kPairCols +
                                 " from mentoring_pairs p where p.district_id = cast(:d as uuid) and p.organization_id ="
                                 " cast(:o as uuid) and p.id = cast(:id as uuid)" +
                                 (lock ? " for update of p" : ""),
                             pair_from, soci::use(d), soci::use(o), soci::use(id));
}


// The batch as the jsonb array jsonb_to_recordset reads (keys = its column names).
std::string persons_json(const std::vector<domain::PersonInput>& items) {
    auto rows = nlohmann::json::array();
    for (const auto& in : items) {
        rows.push_back({{"external_id", in.external_id.value_or("")},
                        {"full_name", in.full_name},
                        {"category", domain::to_string(in.category)},
                        {"birth_year", in.birth_year ? nlohmann::json(*in.birth_year) : nlohmann::json(nullptr)},
                        {"consent_date", in.consent ? nlohmann::json(in.consent->date) : nlohmann::json(nullptr)},
                        {"consent_given_by", in.consent ? nlohmann::json(domain::to_string(in.consent->given_by))
                                                        : nlohmann::json(nullptr)}});
    }
    return rows.dump();
}

}  // namespace

// ---- persons -----------------------------------------------------------------------------

domain::Person SociBasesRepository::create_person(const std::string& d, const std::string& o, domain::PersonKind k,
                                                  const domain::PersonInput& in) {
    domain::Person out;
    PersonParams p(in);
    auto kind = kind_of(k);
    db_.in_tenant(d, [&](soci::session& sql) {
        check_external_id_free(sql, d, o, k, in.external_id, "");
        out = *one<domain::Person>(
            sql,
            std::string("insert into mentoring_persons (district_id, organization_id, kind, external_id, full_name,"
                        " category, birth_year, consent_date, consent_given_by) values (cast(:d as uuid), cast(:o as uuid),"
                        " :k, :e, :n, :c, :b, cast(:cd as date), :cb) returning ") +
                kPersonCols,
            person_from, soci::use(d), soci::use(o), soci::use(kind), soci::use(p.external_id.value, p.external_id.ind),
            soci::use(in.full_name), soci::use(p.category), soci::use(p.birth_year, p.birth_ind),
            soci::use(p.consent_date.value, p.consent_date.ind), soci::use(p.consent_by.value, p.consent_by.ind));
    });
    return out;
}

std::optional<domain::Person> SociBasesRepository::find_person(const std::string& d, const std::string& o,
                                                               domain::PersonKind k, const std::string& id) {
    std::optional<domain::Person> out;
    db_.in_tenant(d, [&](soci::session& sql) { out = load_person(sql, d, o, k, id, false); });
    return out;
}

domain::Page<domain::Person> SociBasesRepository::list_persons(const std::string& d, const std::string& o,
                                                               domain::PersonKind k, const domain::PersonQuery& q) {
    CursorParams c(q.page);
    NullableText ext(q.external_id);
    auto kind = kind_of(k);
    int fetch = q.page.limit + 1;
    std::vector<domain::Person> rows;
    db_.in_tenant(d, [&](soci::session& sql) {
        rows = all<domain::Person>(
            sql,
            std::string("select ") + kPersonCols +
                " from mentoring_persons where district_id = cast(:d as uuid) and organization_id = cast(:o as uuid)"
                " and kind = :k and (cast(:e as text) is null or external_id = cast(:e2 as text))"
                " and (cast(:ci as uuid) is null or id > cast(:ci2 as uuid)) order by id limit :l",
            person_from, soci::use(d), soci::use(o), soci::use(kind), soci::use(ext.value, ext.ind),
            soci::use(ext.value, ext.ind), soci::use(c.id.value, c.id.ind), soci::use(c.id.value, c.id.ind),
            soci::use(fetch));
    });
    return page_of(std::move(rows), q.page.limit, [](auto& x) { return x.id; });
}

domain::Person SociBasesRepository::update_person(
    const std::string& d, const std::string& o, domain::PersonKind k, const std::string& id, ExpectedVersion v,
    const std::function<domain::PersonInput(const domain::Person&)>& change) {
    domain::Person out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto current = load_person(sql, d, o, k, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, person_word(k));
        auto in = change(*current);
        check_external_id_free(sql, d, o, k, in.external_id, id);
        PersonParams p(in);
        out = *one<domain::Person>(
            sql,
            std::string("update mentoring_persons set external_id = :e, full_name = :n, category = :c, birth_year = :b,"
                        " consent_date = cast(:cd as date), consent_given_by = :cb, version = version + 1,"
                        " updated_at = now() where district_id = cast(:d as uuid) and id = cast(:id as uuid) returning ") +
                kPersonCols,
            person_from, soci::use(p.external_id.value, p.external_id.ind), soci::use(in.full_name),
            soci::use(p.category), soci::use(p.birth_year, p.birth_ind), soci::use(p.consent_date.value, p.consent_date.ind),
            soci::use(p.consent_by.value, p.consent_by.ind), soci::use(d), soci::use(id));
    });
    return out;
}

domain::Person SociBasesRepository::erase_person(const std::string& d, const std::string& o, domain::PersonKind k,
                                                 const std::string& id, ExpectedVersion v) {
    domain::Person out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto current = load_person(sql, d, o, k, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, person_word(k));
        if (current->erased_at) {
            out = *current;  // erasing twice changes nothing
            return;
        }
        out = *one<domain::Person>(
            sql,
            std::string("update mentoring_persons set external_id = null, full_name = null, birth_year = null,"
                        " consent_date = null, consent_given_by = null, erased_at = now(), version = version + 1,"
                        " updated_at = now() where district_id = cast(:d as uuid) and id = cast(:id as uuid) returning ") +
                kPersonCols,
            person_from, soci::use(d), soci::use(id));
    });
    return out;
}

domain::BulkResult SociBasesRepository::upsert_persons(const std::string& d, const std::string& o, domain::PersonKind k,
                                                       const std::vector<domain::PersonInput>& items) {
    // One statement for the whole batch: the items travel as one jsonb array.
    const std::string j = persons_json(items);
    auto kind = kind_of(k);
    domain::BulkResult out;
    db_.in_tenant(d, [&](soci::session& sql) {
        sql << "with input as (select * from jsonb_to_recordset(cast(:j as jsonb)) as x(external_id text, full_name text,"
               " category text, birth_year int, consent_date date, consent_given_by text)),"
               " up as (insert into mentoring_persons as p (district_id, organization_id, kind, external_id, full_name,"
               " category, birth_year, consent_date, consent_given_by)"
               " select cast(:d as uuid), cast(:o as uuid), :k, external_id, full_name, category, birth_year, consent_date,"
               " consent_given_by from input"
               " on conflict (district_id, organization_id, kind, external_id) do update set full_name = excluded.full_name,"
               " category = excluded.category, birth_year = excluded.birth_year, consent_date = excluded.consent_date,"
               " consent_given_by = excluded.consent_given_by, version = p.version + 1, updated_at = now()"
               " where (p.full_name, p.category, p.birth_year, p.consent_date, p.consent_given_by) is distinct from"
               " (excluded.full_name, excluded.category, excluded.birth_year, excluded.consent_date,"
               " excluded.consent_given_by) returning (xmax = 0) as inserted)"
               " select (count(*) filter (where inserted))::int, (count(*) filter (where not inserted))::int from up",
            soci::use(j), soci::use(d), soci::use(o), soci::use(kind), soci::into(out.created), soci::into(out.updated);
    });
    out.unchanged = int(items.size()) - out.created - out.updated;
    return out;
}

// ---- programs ----------------------------------------------------------------------------

domain::Program SociBasesRepository::create_program(const std::string& d, const std::string& o,
                                                    const domain::ProgramInput& in) {
    domain::Program out;
    auto forms = array_literal(in.forms);
    int cap = in.capacity.value_or(0);
    soci::indicator cap_ind = in.capacity ? soci::i_ok : soci::i_null;
    db_.in_tenant(d, [&](soci::session& sql) {
        out = *one<domain::Program>(
            sql,
            std::string("insert into mentoring_programs (district_id, organization_id, title, forms, period_start,"
                        " period_end, capacity) values (cast(:d as uuid), cast(:o as uuid), :t, cast(:f as text[]),"
                        " cast(:s as date), cast(:e as date), :c) returning ") +
                kProgramCols,
            program_from, soci::use(d), soci::use(o), soci::use(in.title), soci::use(forms), soci::use(in.start),
            soci::use(in.end), soci::use(cap, cap_ind));
    });
    return out;
}

std::optional<domain::Program> SociBasesRepository::find_program(const std::string& d, const std::string& o,
                                                                 const std::string& id) {
    std::optional<domain::Program> out;
    db_.in_tenant(d, [&](soci::session& sql) { out = load_program(sql, d, o, id, false); });
    return out;
}

domain::Page<domain::Program> SociBasesRepository::list_programs(const std::string& d, const std::string& o,
                                                                 const domain::PageRequest& page) {
    CursorParams c(page);
    int fetch = page.limit + 1;
    std::vector<domain::Program> rows;
    db_.in_tenant(d, [&](soci::session& sql) {
        rows = all<domain::Program>(
            sql,
            std::string("select ") + kProgramCols +
                " from mentoring_programs where district_id = cast(:d as uuid) and organization_id = cast(:o as uuid)"
                " and (cast(:ci as uuid) is null or id > cast(:ci2 as uuid)) order by id limit :l",
            program_from, soci::use(d), soci::use(o), soci::use(c.id.value, c.id.ind), soci::use(c.id.value, c.id.ind),
            soci::use(fetch));
    });
    return page_of(std::move(rows), page.limit, [](auto& x) { return x.id; });
}

domain::Program SociBasesRepository::update_program(
    const std::string& d, const std::string& o, const std::string& id, ExpectedVersion v,
    const std::function<domain::ProgramInput(const domain::Program&)>& change) {
    domain::Program out;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto current = load_program(sql, d, o, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The program");
        auto in = change(*current);
        auto forms = array_literal(in.forms);
        int cap = in.capacity.value_or(0);
        soci::indicator cap_ind = in.capacity ? soci::i_ok : soci::i_null;
        out = *one<domain::Program>(
            sql,
            std::string("update mentoring_programs set title = :t, forms = cast(:f as text[]), period_start ="
                        " cast(:s as date), period_end = cast(:e as date), capacity = :c, version = version + 1,"
                        " updated_at = now() where district_id = cast(:d as uuid) and id = cast(:id as uuid) returning ") +
                kProgramCols,
            program_from, soci::use(in.title), soci::use(forms), soci::use(in.start), soci::use(in.end),
            soci::use(cap, cap_ind), soci::use(d), soci::use(id));
    });
    return out;
}

void SociBasesRepository::delete_program(const std::string& d, const std::string& o, const std::string& id,
                                         ExpectedVersion v) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto current = load_program(sql, d, o, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The program");
        int pairs = 0;
        sql << "select count(*) from mentoring_pairs where district_id = cast(:d as uuid) and program_id = cast(:id as uuid)",
            soci::use(d), soci::use(id), soci::into(pairs);
        if (pairs > 0)
            throw domain::conflict("program-in-use", std::to_string(pairs) +
                                                         " pair(s) belong to this program; move or delete them first.");
        sql << "delete from mentoring_programs where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
            soci::use(d), soci::use(id);
    });
}

// ---- pairs ---------------------------------------------------------------------------------

domain::Pair SociBasesRepository::save_pair(
    const std::string& d, const std::string& o, const std::optional<std::string>& id, ExpectedVersion v,
    const std::function<domain::PairInput(const std::optional<domain::Pair>&)>& build,
    const std::function<void(const domain::PairInput&, const domain::PairContext&)>& check) {
    domain::Pair out;
    db_.in_tenant(d, [&](soci::session& sql) {
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
            std::string except = id.value_or("");
            sql << "select count(*)::int from mentoring_pairs where district_id = cast(:d as uuid) and mentor_id ="
                   " cast(:m as uuid) and program_id = cast(:p as uuid) and status = 'active'"
                   " and (end_date is null or end_date >= current_date) and id::text <> :x",
                soci::use(d), soci::use(in.mentor_id), soci::use(*in.program_id), soci::use(except),
                soci::into(ctx.mentor_pairs_in_program);
        }
        if (current) {
            ctx.current_members.push_back(current->mentor_id);
            for (auto& m : current->mentee_ids) ctx.current_members.push_back(m);
        }
        check(in, ctx);
        NullableText program(in.program_id), end(in.end_date);
        std::string status(domain::to_string(in.status));
        std::string pair_id;
        if (!current) {
            sql << "insert into mentoring_pairs (district_id, organization_id, mentor_id, form, program_id, start_date,"
                   " end_date, status) values (cast(:d as uuid), cast(:o as uuid), cast(:m as uuid), :f,"
                   " cast(:p as uuid), cast(:s as date), cast(:e as date), :st) returning id::text",
                soci::use(d), soci::use(o), soci::use(in.mentor_id), soci::use(in.form),
                soci::use(program.value, program.ind), soci::use(in.start_date), soci::use(end.value, end.ind),
                soci::use(status), soci::into(pair_id);
        } else {
            pair_id = *id;
            sql << "update mentoring_pairs set mentor_id = cast(:m as uuid), form = :f, program_id = cast(:p as uuid),"
                   " start_date = cast(:s as date), end_date = cast(:e as date), status = :st, version = version + 1,"
                   " updated_at = now() where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
                soci::use(in.mentor_id), soci::use(in.form), soci::use(program.value, program.ind),
                soci::use(in.start_date), soci::use(end.value, end.ind), soci::use(status), soci::use(d),
                soci::use(pair_id);
            if (current->mentee_ids != in.mentee_ids)
                sql << "delete from mentoring_pair_mentees where district_id = cast(:d as uuid) and pair_id = cast(:p as uuid)",
                    soci::use(d), soci::use(pair_id);
        }
        if (!current || current->mentee_ids != in.mentee_ids) {
            for (std::size_t i = 0; i < in.mentee_ids.size(); ++i) {
                int pos = int(i);
                sql << "insert into mentoring_pair_mentees (district_id, pair_id, mentee_id, position)"
                       " values (cast(:d as uuid), cast(:p as uuid), cast(:m as uuid), :n)",
                    soci::use(d), soci::use(pair_id), soci::use(in.mentee_ids[i]), soci::use(pos);
            }
        }
        out = *load_pair(sql, d, o, pair_id, false);
    });
    return out;
}

std::optional<domain::Pair> SociBasesRepository::find_pair(const std::string& d, const std::string& o,
                                                           const std::string& id) {
    std::optional<domain::Pair> out;
    db_.in_tenant(d, [&](soci::session& sql) { out = load_pair(sql, d, o, id, false); });
    return out;
}

domain::Page<domain::Pair> SociBasesRepository::list_pairs(const std::string& d, const std::string& o,
                                                           const domain::PageRequest& page) {
    CursorParams c(page);
    int fetch = page.limit + 1;
    std::vector<domain::Pair> rows;
    db_.in_tenant(d, [&](soci::session& sql) {
        rows = all<domain::Pair>(
            sql,
            std::string("select ") + kPairCols +
                " from mentoring_pairs p where p.district_id = cast(:d as uuid) and p.organization_id = cast(:o as uuid)"
                " and (cast(:ci as uuid) is null or p.id > cast(:ci2 as uuid)) order by p.id limit :l",
            pair_from, soci::use(d), soci::use(o), soci::use(c.id.value, c.id.ind), soci::use(c.id.value, c.id.ind),
            soci::use(fetch));
    });
    return page_of(std::move(rows), page.limit, [](auto& x) { return x.id; });
}

void SociBasesRepository::delete_pair(const std::string& d, const std::string& o, const std::string& id,
                                      ExpectedVersion v) {
    db_.in_tenant(d, [&](soci::session& sql) {
        auto current = load_pair(sql, d, o, id, true);
        check_version(current ? std::optional<int>(current->version) : std::nullopt, v, "The pair");
        sql << "delete from mentoring_pairs where district_id = cast(:d as uuid) and id = cast(:id as uuid)",
            soci::use(d), soci::use(id);
    });
}

// ---- what the bases give a report ------------------------------------------------------------

// A report's bases snapshot (read with every report, and after every report write): two
// statements, prepared once per connection. The programs, with whether any person exists
// (one row of NULLs when the organisation has no program).
const pg::Statement kBasesPrograms{
    "nsk_bases_programs",
    "select exists (select 1 from mentoring_persons x where x.district_id = $1::uuid and x.organization_id = $2::uuid),"
    " p.period_start::text, p.period_end::text from (values (1)) one left join mentoring_programs p"
    " on p.district_id = $1::uuid and p.organization_id = $2::uuid"};
// The pairs in id order, each repeated per mentee (one row with NULLs when it has none).
const pg::Statement kBasesPairs{
    "nsk_bases_pairs",
    "select p.id::text, p.mentor_id::text, p.form, p.start_date::text, p.end_date::text,"
    " x.id::text, x.category, x.birth_year"
    " from mentoring_pairs p left join (mentoring_pair_mentees m join mentoring_persons x"
    " on x.district_id = m.district_id and x.id = m.mentee_id)"
    " on m.district_id = p.district_id and m.pair_id = p.id"
    " where p.district_id = $1::uuid and p.organization_id = $2::uuid order by p.id"};

domain::BasesSnapshot SociBasesRepository::snapshot(const std::string& d, const std::string& o) {
    domain::BasesSnapshot s;
    db_.in_tenant(d, [&](soci::session& sql) {
        auto pr = pg::exec(sql, kBasesPrograms, {d, o});
        for (int i = 0; i < pr.rows(); ++i) {
            if (i == 0) s.has_records = pr.boolean(0, 0);
            if (pr.null(i, 1)) continue;
            s.has_records = true;
            s.programs.push_back({pr.text(i, 1), pr.text(i, 2)});
        }
        auto r = pg::exec(sql, kBasesPairs, {d, o});
        std::string last;
        for (int i = 0; i < r.rows(); ++i) {
            auto id = r.text(i, 0);
            if (s.pairs.empty() || id != last) {
                s.pairs.push_back({r.text(i, 1), r.text(i, 2), r.text(i, 3), r.opt_text(i, 4), {}});
                last = id;
            }
            if (r.null(i, 5)) continue;
            s.pairs.back().mentees.push_back(
                {r.text(i, 5), domain::parse_person_category(r.text(i, 6)).value_or(domain::PersonCategory::student),
                 r.opt_integer(i, 7)});
        }
    });
    return s;
}

}  // namespace persistence
