// The roadmap importer's entry (domain/roadmap_import.hpp): the input checked, read as TSV or
// as CSV (the separator that finds the better header), and built (builder.hpp).
#include "domain/roadmap_import.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/errors.hpp"
#include "domain/roadmap_import/builder.hpp"
#include "domain/roadmap_import/columns.hpp"
#include "domain/roadmap_import/table_reader.hpp"
#include "domain/roadmap_import/text.hpp"
#include "domain/text/utf8.hpp"

namespace domain {

std::size_t ImportedRoadmap::item_count() const {
    std::size_t n = 0;
    for (const auto& s : sections) n += s.items.size();
    return n;
}

namespace roadmap_import {
namespace {

constexpr std::string_view kSlug = "import-unreadable";

[[noreturn]] void unreadable(std::string detail) { throw bad_request(std::string(kSlug), std::move(detail)); }

std::string no_header_detail(TableFormat format) {
    return std::string("No roadmap table header found: expected a row naming the activity column («Наименование "
                       "мероприятия», «Мероприятие», «Содержание»…) and at least one more known column («№ п/п», "
                       "«Срок реализации», «Ответственный исполнитель», «Результат, вид документа», «Показатели "
                       "эффективности»)") +
           (format == TableFormat::tsv ? ", with cells separated by tabs." : ", with cells separated by ',' or ';'.");
}

// The input without its BOM, once it is known to be a text of the right size: too large,
// empty, binary (NUL bytes) and invalid UTF-8 are refused, naming the line.
std::string_view checked_input(std::string_view input) {
    if (input.size() > max_import_bytes)
        throw Error(ErrorKind::too_large, "import-too-large",
                    "The import is larger than " + std::to_string(max_import_bytes / (1024 * 1024)) + " MiB.");
    if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
    if (trim_view(input).empty()) unreadable("The import is empty: there is no table to read.");
    if (const auto nul = input.find('\0'); nul != npos)
        unreadable("The import contains NUL bytes (line " + std::to_string(line_of_offset(input, nul)) +
                   "): it looks like a binary file (.docx, .xlsx, .pdf?). Send the table as UTF-8 text, "
                   "tab-separated or CSV.");
    if (const auto bad = invalid_utf8_at(input); bad != npos)
        unreadable("The import is not valid UTF-8 (line " + std::to_string(line_of_offset(input, bad)) +
                   ", byte " + std::to_string(bad + 1) +
                   "). Save the table as UTF-8 (a Windows-1251 file must be converted first).");
    return input;
}

struct CsvAttempt {
    char delim;
    CsvResult parsed;
    std::size_t known = 0;  // known columns its header names
    std::size_t cells = 0;  // its header's cells
    bool header = false;
};

void find_header(CsvAttempt& a) {
    for (const auto& rec : a.parsed.records) {
        if (rec.blank) continue;
        if (auto h = detect_header(rec.cells)) {
            a.header = true;
            a.known = static_cast<std::size_t>(
                std::count_if(h->roles.begin(), h->roles.end(), [](Role r) { return r != Role::unknown; }));
            a.cells = rec.cells.size();
            return;
        }
    }
}

// CSV: both separators tried; the one whose header names more known columns (then has more
// cells) is kept. Without a header either way, a quoting error is the answer, else no header.
CsvAttempt read_csv(std::string_view input) {
    std::array<CsvAttempt, 2> attempts{CsvAttempt{';', parse_csv(input, ';')}, CsvAttempt{',', parse_csv(input, ',')}};
    for (auto& a : attempts) find_header(a);
    CsvAttempt* best = nullptr;
    for (auto& a : attempts) {
        if (!a.header) continue;
        if (!best || a.known > best->known || (a.known == best->known && a.cells > best->cells)) best = &a;
    }
    if (!best) {
        for (const auto& a : attempts)
            if (a.parsed.error) unreadable(*a.parsed.error);
        unreadable(no_header_detail(TableFormat::csv));
    }
    if (best->parsed.error) unreadable(*best->parsed.error);
    return std::move(*best);
}

}  // namespace
}  // namespace roadmap_import

ImportedRoadmap parse_roadmap_table(std::string_view input, TableFormat format, const ImportOptions& options) {
    using namespace roadmap_import;
    input = checked_input(input);
    ImportedRoadmap out;
    if (format == TableFormat::tsv) {
        const auto records = split_tsv(input);
        Builder b(records);
        if (!b.run(out, options)) unreadable(no_header_detail(format));
        return out;
    }
    const CsvAttempt csv = read_csv(input);
    out.csv_delimiter = csv.delim;
    Builder b(csv.parsed.records);
    if (!b.run(out, options)) unreadable(no_header_detail(format));
    return out;
}

}  // namespace domain
