#pragma once
// The regional report: one row per organisation (or per district at region level) with
// its type, the campaign's indicators, the derived shares, roadmap compliance and the
// documents checklist, then totals — headers in Russian, as the region reads them; as
// JSON, CSV (RFC 4180, UTF-8 with a BOM) or XLSX.
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/compliance.hpp"
#include "domain/regional_report_data.hpp"

namespace api {

struct ReportColumn {
    enum class Kind { text, integer, decimal, percent, yes_no };
    std::string key, title;
    Kind kind = Kind::text;
};
// empty | text | number | yes/no
using ReportCell = std::variant<std::monostate, std::string, double, bool>;

struct ReportTable {
    std::string title;
    // The two time axes the numbers are read at (domain.md, «Compliance»): as_of (YYYY-MM-DD)
    // and known_at (UTC RFC 3339; nullopt: what was known when the report was made).
    std::string as_of;
    std::optional<std::string> known_at;
    std::vector<ReportColumn> columns;
    std::vector<std::vector<ReportCell>> rows;
    std::vector<ReportCell> totals;
};

// A district's campaign: rows per expected organisation.
ReportTable district_report(const domain::CampaignSheet& sheet, const domain::DistrictCompliance& compliance);
// A region: rows per district, from each district's latest campaign up to the day.
struct DistrictSheet {
    domain::DistrictInfo district;
    std::optional<domain::CampaignSheet> sheet;
    domain::DistrictRow compliance;
};
ReportTable region_report(const std::string& title, const std::vector<DistrictSheet>& districts);

nlohmann::json report_json(const ReportTable& t);
std::string report_csv(const ReportTable& t);
// The same CSV, row by row, to a writer (a streamed response).
void write_report_csv(const ReportTable& t, const std::function<void(std::string_view)>& write);
std::string report_xlsx(const ReportTable& t);  // throws std::runtime_error when the workbook cannot be written
// The workbook written to a temporary file, opened and unlinked at once (nothing is left in
// TMPDIR, even if the process dies while sending); its bytes are then sent in chunks.
class XlsxFile {
public:
    explicit XlsxFile(const ReportTable& t);
    XlsxFile(const XlsxFile&) = delete;
    XlsxFile& operator=(const XlsxFile&) = delete;
    void write_to(const std::function<void(std::string_view)>& write);

private:
    std::ifstream in_;
};

}  // namespace api
