#pragma once
// What the API tests that build roadmaps say again and again: an item as the API takes it,
// a progress record of done work with its evidence, an item found by its number, and the
// school years around today (so fixtures dated by them stay in the past or the future).
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace testsupport {

nlohmann::json roadmap_item(const std::string& number, const std::string& title, const std::string& deadline,
                            const std::string& responsible = "Заместитель директора");
// {status: done, completed_on, evidence {title, number}}, for the window starting `occurrence` if given.
nlohmann::json done_with_evidence(const std::string& on, const std::string& title,
                                  const std::optional<std::string>& occurrence = {});
// The first item (of any section) with this number; throws when there is none.
nlohmann::json item_numbered(const nlohmann::json& roadmap, const std::string& number);

// y0 is the start year of the school year before the current one: y0-09-01..y1-08-31 is in
// the past and y2-09-01 on is in the future.
struct SchoolYears {
    std::string y0, y1, y2, y3;
};
SchoolYears school_years();

}  // namespace testsupport
