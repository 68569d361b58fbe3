#pragma once
// What the regional report is made from: a campaign's form and each expected
// organisation's submitted values (aggregates only; no person's record).
#include <optional>
#include <string>
#include <vector>

namespace domain {

struct CampaignSheet {
    std::string id, title, reporting_date, due_date;
    std::string indicators_json;  // the campaign's form: [{code, title, type, derived, ...}]
    struct Row {
        std::string organization_id, name, type, status;  // status: not_started | draft | submitted | accepted | returned
        std::optional<std::string> short_name;
        std::string values_json;  // "{}" unless submitted or accepted
    };
    std::vector<Row> rows;
};

struct DistrictInfo {
    std::string id, name, code;
};

}  // namespace domain
