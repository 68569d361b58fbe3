#pragma once
#include "domain/national_compliance.hpp"
#include "persistence/database.hpp"

namespace persistence {

// The national roll-up from compliance_summary, in the system scope (the summaries' policy
// and organizations_read_wide admit it; regions and districts are global).
class SociNationalRepository final : public domain::NationalComplianceRepository {
public:
    explicit SociNationalRepository(Database& db) : db_(db) {}

    std::vector<domain::RegionRow> regions_today() override;
    long long version() override;

private:
    Database& db_;
};

}  // namespace persistence
