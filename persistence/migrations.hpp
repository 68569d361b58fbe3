#pragma once
#include <string>
#include <vector>

#include <soci/soci.h>

namespace persistence {

struct Migration {
    int version;
    std::string name;
    std::string sql;
};

// Every migration in persistence/migrations/, embedded at build time, in order.
const std::vector<Migration>& embedded_migrations();

struct MigrationResult {
    int applied = 0;
    int current_version = 0;
};

// Applies the pending migrations, each in its own transaction, under an advisory lock so
// that two starting servers do not race; records each in schema_migrations.
MigrationResult migrate(soci::session& owner);

}  // namespace persistence
