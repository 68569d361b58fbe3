#pragma once
// Importing a roadmap table («дорожная карта») into a structured draft.
// The importer's parts are in domain/roadmap_import/: the table reader (TSV, CSV), the
// columns a header names, the row classifier, the builder with its parts and warnings, the
// cell cleaner and the stages; parse.cpp is this header's entry.
//
// Input: a Word table converted to text — one row per line, cells separated by tabs (TSV, the
// seeds' shape: no quoting, a line is a row) — or an RFC 4180 CSV table (comma or semicolon,
// quoted cells, embedded newlines, optional UTF-8 BOM). Cells may carry HTML fragments.
//
// What the parser does, in order:
//  * Preamble: lines before the first table header are the document's preamble. The last
//    paragraph in it that starts with «Дорожная карта…» or «План…» becomes the title (** removed,
//    lines joined with a space). Preamble lines are never reported as unplaced.
//  * Header: a row naming a title column («Наименование мероприятия(й)», «Содержание»,
//    «Мероприятие», «Мероприятия:», «Наименование этапа»…) and at least one other known column
//    (number, deadline, responsible, result, indicators), in any order and case. Unknown columns
//    are kept: their text goes to ImportedItem::notes as «Header: text». Every header starts a
//    new table. A numbering row «1 2 3 4 5» right after a header is skipped.
//  * Stage template: a header with both «Наименование этапа» and «Мероприятия» is the
//    seven-stage template (seed 004): each numbered row is a section (number, stage name,
//    stage = its number) holding ONE item with the same number whose title is the activities
//    list (one «- » entry per line) and whose expected_result is «Рекомендуемые документы…».
//  * Sections: a row whose only non-empty cell is the first one («I. Подготовка условий…»,
//    «1. Изучение…», «<b>1. Нормативно…</b>», «Организационно-методическое сопровождение»);
//    the leading «I.»/«1.» becomes the number. Also a roman number, or a top-level number
//    («1», «2.») whose next row is numbered under it («1.1»), with a title and no other cells.
//    Roman sections and «1.»-sections under them are all kept, flat, in document order; a
//    numbered sub-section without its own stage inherits the roman section's stage.
//    A section title running on into «Задача: …», «Цель: …», «Результат: …» (or further <p>
//    paragraphs) is split: the first part is the title, the rest goes to `description`.
//    A line without any tab inside a table is a section when the next non-blank line is a
//    table row; otherwise it is text outside the table (unplaced).
//  * Items: rows with a number. Rows before any section go to an implicit section with an
//    empty number and title.
//  * Continuations: a row with an empty number cell continues the item above, cell by cell.
//    A fragment starting with a lowercase letter continues the sentence (joined with a space);
//    anything else starts a new line (joined with "\n"). A continuation with no item above it
//    in the same table (right after a header or a section) is unplaced.
//  * Short rows (fewer cells than the header, merged cells in Word): when the line ends with an
//    empty cell, the cells after the title column are aligned to the right (001 line 34 lands in
//    «Показатели эффективности»); otherwise missing trailing cells are assumed empty. A row whose
//    only non-empty cell is the first one and whose cell count differs from the table's, once the
//    table has rows, starts a headerless continuation table with the right-aligned columns (001's
//    «Управление реализацией…» table; full-width rows keep the header's columns). Extra trailing
//    cells must be empty, otherwise the row is unplaced.
//  * A number cell holding «1.1. Текст» with an empty title cell is split into number and title.
//  * Stages 1..7 (docs/domain.md): a section is tagged when its title names exactly one stage
//    (detect_stage); an item takes its section's stage, or — in an untagged section — its own
//    title's, when that names exactly one stage.
//  * Parts: a line alone in its row that captions an appendix or a sample form («Приложение
//    №2», «Примерная форма дорожной карты…», «Образец…», «Типовая форма…») once the plan has
//    items, or a stage-template header after a plan's table, starts a new part of the
//    document. One part is imported (ImportOptions::part, the plan — part 1 — by default);
//    the others are listed in `parts` and reported by one `appendix-not-imported` warning
//    each, their rows never merged into the imported part's sections.
//  * Nothing is dropped silently: from the first header on, every non-blank line is in a
//    section or item, is a skipped numbering row, is listed in `unplaced` with a reason, or
//    lies in a part that was not imported (and is reported by its warning).
//  * Warnings (what the reading doubted, the line and a stable code; see ImportWarning):
//    `continuation-joined` a row without a number joined to the item above;
//    `duplicate-number` an item number (trailing «.»/«)» ignored) used before in the part;
//    `empty-section` a section with no items (nested headings «I.» then «1.» are kept flat,
//    the outer one empty); `appendix-not-imported` a part that was not imported. The
//    schedule-level ones (`window-outside-period`, `period-inferred`) come from
//    review_import (domain/roadmap_import_review.hpp), which needs the period.
//
// Cleaning (clean_cell): tags stripped; <p>, <br>, <div>, <tr>, <ul>, <ol> break lines; <li> and,
// inside <ul>/<ol>, inline bullets («- », «✓ », «• »…) become lines starting with «- »;
// entities decoded; NBSP and other spaces → space; runs of whitespace collapsed; lines trimmed;
// empty lines dropped; lines joined with "\n".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/import_warning.hpp"

namespace domain {

enum class TableFormat { tsv, csv };

struct ImportedItem {
    std::string number;           // as written: "2.1.", "1.1", "3"
    std::string title;            // cleaned; may hold several lines ("\n"), list entries as "- …"
    std::string deadline_text;    // kept as text; parsed elsewhere
    std::string responsible;
    std::string expected_result;  // «Результат, вид документа», «Итоговый/Ожидаемый результат», «Рекомендуемые документы…»
    std::string indicators;       // «Показатели эффективности»
    std::string notes;            // cells of unrecognised columns, one «Header: text» per line
    std::optional<int> stage;     // 1..7
    int line = 0;                 // 1-based line where the item starts
    int end_line = 0;             // last line that contributed to it (continuations)
};

struct ImportedSection {
    std::string number;       // as written: "I.", "1.", "1", "" (implicit or unnumbered)
    std::string title;
    std::string description;  // «Задача: …», «Результат: …» split off the title, one per line
    int line = 0;
    int table = 0;            // 1-based index into ImportedRoadmap::table_info
    std::optional<int> stage;
    std::vector<ImportedItem> items;
};

struct UnplacedLine {
    int line = 0;
    std::string text;    // the source line (CSV: the whole record), capped at 300 characters
    std::string reason;  // for people
    std::string code;    // outside-table | separator | continuation-without-item | too-many-cells | number-without-text
};

struct ImportedTable {
    int line = 0;                      // the header line, or the first row of a headerless table
    std::vector<std::string> columns;  // cleaned header names (for a headerless table: the ones it was aligned to)
    bool stage_template = false;
    bool headerless = false;
};

// A part of the document: the plan, or an appendix after it.
struct ImportedPart {
    int number = 1;              // 1-based
    int line = 0;                // the caption's line (part 1: its first table's header)
    int end_line = 0;            // the part's last non-blank line
    std::string caption;         // the appendix's caption line; empty for part 1
    int tables = 0;
    std::size_t sections = 0, items = 0;
};

struct ImportOptions {
    int part = 1;  // which part to import; beyond the document's parts: Error(validation, "/part")
};

struct ImportedRoadmap {
    std::optional<std::string> title;
    int title_line = 0;                    // where the title starts (0: none, or a part's caption)
    std::vector<ImportedSection> sections;
    std::vector<UnplacedLine> unplaced;
    int tables = 0;                        // == table_info.size()
    std::vector<ImportedTable> table_info;
    char csv_delimiter = 0;                // ',' or ';' for CSV input, 0 for TSV
    std::vector<ImportWarning> warnings;   // sorted by line
    std::vector<ImportedPart> parts;       // every part of the document, the imported one included
    int part = 1;                          // the part imported

    [[nodiscard]] std::size_t item_count() const;
};

// The largest input accepted; larger ones throw Error(too_large, "import-too-large").
inline constexpr std::size_t max_import_bytes = 32u * 1024u * 1024u;

// Throws domain::Error (bad_request, "import-unreadable") when the input is empty, binary (NUL
// bytes, invalid UTF-8), has no recognisable roadmap table header, or (CSV) is badly quoted —
// the detail names the line.
ImportedRoadmap parse_roadmap_table(std::string_view input, TableFormat format, const ImportOptions& options = {});

// Strips HTML, decodes entities, normalises whitespace (see above). Never throws on any input.
std::string clean_cell(std::string_view html_or_text);

// The stage (1..7) a title names by keyword, when it names exactly one:
// подготовка/создание условий → 1, база наставляемых → 2, база наставников → 3,
// отбор и обучение → 4, формирование пар/групп → 5, организация работы пар/групп → 6,
// завершение → 7. «База наставников и наставляемых» names two stages: nullopt.
std::optional<int> detect_stage(std::string_view title);

// Splits a cleaned list («- a;\n- b.») into its entries, bullets removed, trailing «;» dropped.
// A line that does not start with «- » is an entry of its own.
std::vector<std::string> split_list_entries(std::string_view cleaned);

}  // namespace domain
