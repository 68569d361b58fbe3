#pragma once
// Roadmaps in and out of JSON.
#include <nlohmann/json.hpp>

#include "api/json/json_io.hpp"
#include "domain/roadmap.hpp"
#include "domain/roadmap_service.hpp"
#include "domain/roadmap_template.hpp"

namespace api {

nlohmann::json to_json(const domain::Schedule&);
nlohmann::json to_json(const domain::Occurrence&);
nlohmann::json to_json(const domain::RoadmapItem&);
nlohmann::json to_json(const domain::RoadmapSection&);
// The roadmap with its sections (when loaded) and its ETag version.
nlohmann::json to_json(const domain::Roadmap&);
nlohmann::json to_json(const domain::RoadmapTemplate&);
nlohmann::json to_json(const domain::UnplacedLine&);
nlohmann::json to_json(const domain::ImportWarning&);
nlohmann::json to_json(const domain::ImportedPart&, int imported_part);
// The import's answer besides the roadmap: unplaced lines, tables, warnings, parts.
nlohmann::json import_report_json(const std::vector<domain::UnplacedLine>& unplaced, int tables,
                                  const std::vector<domain::ImportWarning>& warnings,
                                  const std::vector<domain::ImportedPart>& parts, int part);
// What a record would create (dry_run=true): the roadmap as it would be, sections and items with
// their source lines when `parsed` has them (same order), every schedule read; no ids.
nlohmann::json preview_json(const domain::NewRoadmapRecord& record, const domain::ImportedRoadmap* parsed);

// {start, end} as dates; errors under `pointer`.
std::optional<domain::DateRange> read_period(FieldReader& f, const nlohmann::json& body, const char* name,
                                             bool required);
domain::ItemInput read_item(const nlohmann::json& body, const std::string& pointer, std::vector<domain::FieldError>& errors);
domain::SectionInput read_section(const nlohmann::json& body, const std::string& pointer,
                                  std::vector<domain::FieldError>& errors);

}  // namespace api
