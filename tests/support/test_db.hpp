#pragma once
// A fresh, migrated PostgreSQL database for one test binary, in the throwaway cluster
// that `make test` starts (NASTAVNIK_TEST_ADMIN_URL names its superuser,
// NASTAVNIK_TEST_OWNER_URL the schema owner).
#include <memory>
#include <string>

#include <soci/soci.h>

namespace testsupport {

struct TestDatabase {
    std::string name;
    std::string owner_url;  // postgresql://nastavnik_owner:…@127.0.0.1:port/<name>
    std::string admin_url;  // the superuser, same database
};

// Creates (once per process) a new database, migrated; the same one on later calls.
const TestDatabase& test_database();
// A session as the superuser on the test database (to inspect what the app wrote).
std::unique_ptr<soci::session> admin_session();
// After a test has moved dates into the past by hand (an approval, a progress record), the
// district's compliance history is computed anew from its rows, as an operator would after
// mending data (compliance_history_rebuild, V0008); the triggers keep it from then on.
void rebuild_compliance_history(const std::string& district_id);
// A random lowercase code for unique names in tests.
std::string unique_code(const std::string& prefix);

}  // namespace testsupport
