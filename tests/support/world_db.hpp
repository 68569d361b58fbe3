#pragma once
// The rows database tests stand on, written straight into the test database as its
// superuser (no server, no API): a region, districts, organisations, each with a unique code
// so that every test's own rows are apart from every other's. The API tests build through the
// API instead (tests/support/world.hpp).
#include <string>

namespace testsupport::rows {

std::string region(const std::string& name = "Регион");
std::string district(const std::string& region_id, const std::string& name = "Район");
// A district in a region of its own.
std::string district();
std::string organization(const std::string& district_id, const std::string& name = "Школа",
                         const std::string& type = "school");

}  // namespace testsupport::rows
