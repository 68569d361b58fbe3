#pragma once
#include "domain/bases.hpp"
#include "persistence/database.hpp"

namespace persistence {

// The personalised bases in PostgreSQL (V0004: mentoring_persons, mentoring_programs,
// mentoring_pairs, mentoring_pair_mentees). A call made inside an Idempotency-Key's
// transaction (api::Idempotency) joins it.
class PgBasesRepository final : public domain::BasesRepository {
public:
    // `db`: the pool, or an idempotent write's open transaction (idempotency_repository.hpp).
    explicit PgBasesRepository(Transactions& db) : db_(db) {}

    using DistrictId = domain::DistrictId;
    using OrganizationId = domain::OrganizationId;
    using PersonId = domain::PersonId;
    using ProgramId = domain::ProgramId;
    using PairId = domain::PairId;

    domain::Person create_person(const DistrictId& d, const OrganizationId& o, domain::PersonKind,
                                 const domain::PersonInput&) override;
    std::optional<domain::Person> find_person(const DistrictId& d, const OrganizationId& o, domain::PersonKind,
                                              const PersonId& id) override;
    domain::Page<domain::Person> list_persons(const DistrictId& d, const OrganizationId& o, domain::PersonKind,
                                              const domain::PersonQuery&) override;
    domain::Person update_person(const DistrictId& d, const OrganizationId& o, domain::PersonKind, const PersonId& id,
                                 domain::ExpectedVersion,
                                 const std::function<domain::PersonInput(const domain::Person&)>& change) override;
    domain::Person erase_person(const DistrictId& d, const OrganizationId& o, domain::PersonKind, const PersonId& id,
                                domain::ExpectedVersion) override;
    domain::BulkResult upsert_persons(const DistrictId& d, const OrganizationId& o, domain::PersonKind,
                                      const std::vector<domain::PersonInput>&) override;

    domain::Program create_program(const DistrictId& d, const OrganizationId& o, const domain::ProgramInput&) override;
    std::optional<domain::Program> find_program(const DistrictId& d, const OrganizationId& o,
                                                const ProgramId& id) override;
    domain::Page<domain::Program> list_programs(const DistrictId& d, const OrganizationId& o,
                                                const domain::PageRequest&) override;
    domain::Program update_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id,
                                   domain::ExpectedVersion,
                                   const std::function<domain::ProgramInput(const domain::Program&)>& change) override;
    void delete_program(const DistrictId& d, const OrganizationId& o, const ProgramId& id,
                        domain::ExpectedVersion) override;

    domain::Pair save_pair(const DistrictId& d, const OrganizationId& o, const std::optional<PairId>& id,
                           domain::ExpectedVersion,
                           const std::function<domain::PairInput(const std::optional<domain::Pair>&)>& build,
                           const std::function<void(const domain::PairInput&, const domain::PairContext&)>& check) override;
    std::optional<domain::Pair> find_pair(const DistrictId& d, const OrganizationId& o, const PairId& id) override;
    domain::Page<domain::Pair> list_pairs(const DistrictId& d, const OrganizationId& o, const domain::PageRequest&) override;
    void delete_pair(const DistrictId& d, const OrganizationId& o, const PairId& id, domain::ExpectedVersion) override;

    domain::BasesSnapshot snapshot(const DistrictId& d, const OrganizationId& o) override;

private:
    Transactions& db_;
};

}  // namespace persistence
