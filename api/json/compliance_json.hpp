#pragma once
// The computed compliance answers (/districts/{d}/compliance, /districts/{d}/organizations/{o}/
// compliance, /regions/{r}/compliance) written straight into their text by api::JsonWriter
// (api/json/json_writer.hpp), with no JSON tree in between: byte for byte what nlohmann::json
// dumped before (keys in sorted order; tests/unit/compliance_json_test.cpp holds the two side
// by side). The shapes are openapi.yaml's.
#include <optional>
#include <string>
#include <vector>

#include "domain/compliance.hpp"

namespace api {

std::string district_compliance_json(const domain::DistrictCompliance& c, const domain::ComplianceFilter& filter);
// One organisation's row with its occurrences grouped by state.
std::string organization_compliance_json(const domain::OrganizationCompliance& row,
                                         const std::vector<domain::OccurrenceDetail>& occurrences,
                                         const domain::Date& as_of, const std::optional<domain::Instant>& known_at);
std::string region_compliance_json(const domain::RegionId& region_id, const domain::RegionCompliance& c,
                                   const domain::Date& as_of, const std::optional<domain::Instant>& known_at);

}  // namespace api
