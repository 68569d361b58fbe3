#pragma once
// The regional report: one row per organisation (or per district at region level) with
// its type, the campaign's indicators, the derived shares, roadmap compliance and the
// documents checklist, then totals — headers in Russian (each one once), as the region
// reads them; as JSON, CSV or XLSX. CSV comes in two dialects: for people, what Excel in
// a Russian locale opens into columns by a double click (UTF-8 with a BOM, `;` between
// cells, a decimal comma, CRLF, quoted per RFC 4180 where a cell has `;`, `"`, CR or LF),
// with the title lines above the table; for machines, plain RFC 4180 (`,`, a decimal
// point, CRLF, UTF-8 without a BOM) with the header row first and nothing above it.
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

// What a person reads above the table: the as-of date (and the known-at instant when the
// report was asked "as known then"), the campaign, who exported it and when.
struct ExportInfo {
    std::string as_of;                        // YYYY-MM-DD
    std::optional<std::string> known_at;      // RFC 3339; printed when set
    std::optional<std::string> campaign;      // the campaign's title (a district's report) or what the rows show
    std::optional<std::string> reporting_date;  // the campaign's, YYYY-MM-DD
    std::string exported_by;                  // "Full Name (login)" or "API key «name»"
    std::string exported_at;                  // RFC 3339 UTC
};
// The lines above the table, in Russian: the title first.
std::vector<std::string> title_lines(const std::string& title, const ExportInfo& info);

struct ReportTable {
    std::string title;
    // The two time axes the numbers are read at (docs/domain.md, «Compliance»): info.as_of
    // (YYYY-MM-DD) and info.known_at (UTC RFC 3339; nullopt: what was known when the
    // report was made), with what a person reads above the table.
    ExportInfo info;
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
enum class CsvDialect { excel_ru, rfc4180 };
std::string report_csv(const ReportTable& t, CsvDialect dialect = CsvDialect::excel_ru);
// The same CSV, row by row, to a writer (a streamed response).
void write_report_csv(const ReportTable& t, CsvDialect dialect, const std::function<void(std::string_view)>& write);
// Column titles made unique (a repeated title gets its column's key in brackets), and keys too.
void make_columns_unique(std::vector<ReportColumn>& columns);
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
