#include "tests/support/world_db.hpp"

#include <soci/soci.h>

#include "tests/support/test_db.hpp"

namespace testsupport::rows {

// soci::use binds a reference that the statement reads when the full expression ends: named
// strings, never temporaries (ASan: stack-use-after-scope).

std::string region(const std::string& name) {
    const std::string code = unique_code("r");
    std::string id;
    auto s = admin_session();
    *s << "insert into regions(name, code) values (:n, :c) returning id::text", soci::use(name),
        soci::use(code), soci::into(id);
    return id;
}

std::string district(const std::string& region_id, const std::string& name) {
    const std::string code = unique_code("d");
    std::string id;
    auto s = admin_session();
    *s << "insert into districts(region_id, name, code) values (cast(:r as uuid), :n, :c) returning id::text",
        soci::use(region_id), soci::use(name), soci::use(code), soci::into(id);
    return id;
}

std::string district() { return district(region()); }

std::string organization(const std::string& district_id, const std::string& name, const std::string& type) {
    std::string id;
    auto s = admin_session();
    *s << "insert into organizations(district_id, name, type) values (cast(:d as uuid), :n, :t)"
                        " returning id::text",
        soci::use(district_id), soci::use(name), soci::use(type), soci::into(id);
    return id;
}

}  // namespace testsupport::rows
