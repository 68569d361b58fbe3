#pragma once
// The read scopes of the domain (domain/read_scope.hpp) on PostgreSQL: one transaction of
// the district, its tenant set for that transaction only, and the repositories that read
// in it.
#include "domain/read_scope.hpp"
#include "persistence/database.hpp"

namespace persistence {

class PgReadScopes final : public domain::ReadScopes {
public:
    explicit PgReadScopes(Transactions& db) : db_(db) {}
    void in_district(const domain::DistrictId& district_id,
                     const std::function<void(domain::DistrictReads&)>& fn) override;

private:
    Transactions& db_;
};

}  // namespace persistence
