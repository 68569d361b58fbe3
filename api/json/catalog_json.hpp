#pragma once
// Regions, districts and organisations in JSON.
#include <nlohmann/json.hpp>

#include "api/json/ids_json.hpp"

#include "domain/catalog.hpp"

namespace api {

nlohmann::json to_json(const domain::Region& r);
nlohmann::json to_json(const domain::District& d);
nlohmann::json to_json(const domain::Organization& o);

}  // namespace api
