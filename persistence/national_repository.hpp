#pragma once
#include "domain/national_compliance.hpp"
#include "persistence/database.hpp"

namespace persistence {

// The national roll-up, in the system scope: today from compliance_summary, a past date from
// the changes kept on write (their policies and organizations_read_wide admit it; regions and
// districts are global); as known at an instant, each district from its own records in its
// own scope (slow at the national scale: a district at a time).
class PgNationalRepository final : public domain::NationalComplianceRepository {
public:
    explicit PgNationalRepository(Transactions& db) : db_(db) {}

    std::vector<domain::RegionRow> regions(const domain::Date& as_of, bool today,
                                           const std::optional<domain::Instant>& known_at) override;
    long long version() override;

private:
    Transactions& db_;
};

}  // namespace persistence
