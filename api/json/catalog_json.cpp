#include "api/json/catalog_json.hpp"

namespace api {

using nlohmann::json;

namespace {
json opt(const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); }
}  // namespace

json to_json(const domain::Region& r) {
    return {{"id", r.id}, {"name", r.name}, {"code", r.code}, {"version", r.version},
            {"created_at", r.created_at}, {"updated_at", r.updated_at}};
}
json to_json(const domain::District& d) {
    return {{"id", d.id},           {"region_id", d.region_id},   {"name", d.name},
            {"code", d.code},       {"version", d.version},       {"created_at", d.created_at},
            {"updated_at", d.updated_at}};
}
json to_json(const domain::Organization& o) {
    return {{"id", o.id},
            {"district_id", o.district_id},
            {"name", o.name},
            {"short_name", opt(o.short_name)},
            {"type", domain::to_string(o.type)},
            {"address", opt(o.address)},
            {"status", domain::to_string(o.status)},
            {"external_code", opt(o.external_code)},
            {"version", o.version},
            {"created_at", o.created_at},
            {"updated_at", o.updated_at}};
}

}  // namespace api
