// libFuzzer target: the roadmap table importer (domain/roadmap_import.hpp) on TSV or CSV.
// Byte 0 chooses the format; the rest is the document.
// Invariants: only domain::Error (bad_request import-unreadable, too_large) comes out; what
// is imported is valid UTF-8, stages are 1..7, line numbers are within the document and
// ordered, the table count agrees; clean_cell never throws and keeps UTF-8 valid.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "domain/roadmap_import.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace domain;
    if (size < 1) return 0;
    const auto format = (data[0] & 1) ? TableFormat::csv : TableFormat::tsv;
    const std::string_view text{reinterpret_cast<const char*>(data + 1), size - 1};
    // Lines as the importer counts them: \n, \r\n and a lone \r each end one.
    int lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;

    ImportedRoadmap r;
    fuzz::refused([&] { r = parse_roadmap_table(text, format); }, {ErrorKind::bad_request, ErrorKind::too_large});

    if (r.title) fuzz::utf8(*r.title, "title");
    fuzz::check(r.tables == int(r.table_info.size()), "tables != table_info.size()");
    fuzz::check(format == TableFormat::tsv ? r.csv_delimiter == 0
                                           : (r.sections.empty() || r.csv_delimiter == ',' || r.csv_delimiter == ';'),
                "csv_delimiter");
    auto stage_ok = [](const std::optional<int>& s) { return !s || (*s >= 1 && *s <= 7); };
    for (auto& t : r.table_info) {
        fuzz::check(t.line >= 1 && t.line <= lines, "table line out of the document");
        for (auto& c : t.columns) fuzz::utf8(c, "column");
    }
    int last_item_line = 0;
    for (auto& s : r.sections) {
        fuzz::utf8(s.number, "section number");
        fuzz::utf8(s.title, "section title");
        fuzz::utf8(s.description, "section description");
        fuzz::check(stage_ok(s.stage), "section stage outside 1..7");
        fuzz::check(s.table >= 0 && s.table <= r.tables, "section table index");
        fuzz::check(s.line >= 0 && s.line <= lines, "section line out of the document");
        for (auto& i : s.items) {
            for (auto* f : {&i.number, &i.title, &i.deadline_text, &i.responsible, &i.expected_result, &i.indicators,
                            &i.notes})
                fuzz::utf8(*f, "item field");
            fuzz::check(stage_ok(i.stage), "item stage outside 1..7");
            fuzz::check(i.line >= 1 && i.line <= i.end_line && i.end_line <= lines, "item lines", i.number);
            fuzz::check(i.line > last_item_line, "items out of document order", i.number);
            last_item_line = i.line;
        }
    }
    for (auto& u : r.unplaced) {
        fuzz::utf8(u.text, "unplaced text");
        // capped at 300 characters, and "…" when cut
        fuzz::check(utf8_length(u.text) <= 301, "unplaced text longer than 300 characters and the ellipsis", u.text);
        fuzz::check(u.line >= 1 && u.line <= lines, "unplaced line out of the document");
        fuzz::check(!u.code.empty() && !u.reason.empty(), "unplaced line without code or reason");
    }

    // The cell cleaner and the stage detector on the raw text: never throw, keep UTF-8.
    // A cell of a real roadmap is under 1 KB; the first 1,024 bytes keep each execution short.
    const std::string_view cell = text.substr(0, 1024);
    std::string cleaned;
    try {
        cleaned = clean_cell(cell);
        auto stage = detect_stage(cleaned);
        fuzz::check(!stage || (*stage >= 1 && *stage <= 7), "detect_stage outside 1..7");
        for (auto& e : split_list_entries(cleaned)) fuzz::utf8(e, "list entry");
    } catch (const std::exception& e) {
        fuzz::fail("clean_cell/detect_stage/split_list_entries threw", e.what());
    }
    if (is_valid_utf8(cell)) fuzz::utf8(cleaned, "clean_cell broke UTF-8");
    return 0;
}
