#include "tests/support/roadmap_fixture.hpp"

#include <stdexcept>

#include "domain/date.hpp"

namespace testsupport {

nlohmann::json roadmap_item(const std::string& number, const std::string& title, const std::string& deadline,
                            const std::string& responsible) {
    return {{"number", number}, {"title", title}, {"deadline_text", deadline}, {"responsible", responsible}};
}

nlohmann::json done_with_evidence(const std::string& on, const std::string& title,
                                  const std::optional<std::string>& occurrence) {
    nlohmann::json b = {{"status", "done"}, {"completed_on", on}, {"evidence", {{"title", title}, {"number", "1-о"}}}};
    if (occurrence) b["occurrence"] = *occurrence;
    return b;
}

nlohmann::json item_numbered(const nlohmann::json& roadmap, const std::string& number) {
    for (auto& s : roadmap.at("sections"))
        for (auto& i : s.at("items"))
            if (i.at("number") == number) return i;
    throw std::runtime_error("no item " + number);
}

SchoolYears school_years() {
    auto today = domain::Date::today_utc();
    int sy = today.month() >= 9 ? today.year() : today.year() - 1;
    return {std::to_string(sy - 1), std::to_string(sy), std::to_string(sy + 1), std::to_string(sy + 2)};
}

}  // namespace testsupport
