#pragma once
// The roadmap importer's builder (domain/roadmap_import.hpp): the records, read in order,
// become tables, sections, items and unplaced lines of the document's parts. builder.cpp
// places the rows, parts.cpp splits the document into its parts and keeps one, warnings.cpp
// says what the reading doubted.
#include <cstddef>
#include <string>
#include <vector>

#include "domain/roadmap_import.hpp"
#include "domain/roadmap_import/columns.hpp"
#include "domain/roadmap_import/table_reader.hpp"

namespace domain::roadmap_import {

// A row's cells by role (several cells of one role joined by lines).
struct Row {
    std::string number, title, stage_title, deadline, responsible, result, indicators, notes;
    [[nodiscard]] bool has_other() const {
        return !deadline.empty() || !responsible.empty() || !result.empty() || !indicators.empty() || !notes.empty();
    }
};

class Builder {
public:
    explicit Builder(const std::vector<Record>& records);

    // Returns false when no header was found; throws Error(validation, "/part") when the part
    // asked for is not in the document.
    bool run(ImportedRoadmap& out, const ImportOptions& options);

private:
    const std::vector<Record>& r_;
    std::vector<std::size_t> next_nb_;  // the next non-blank record at or after i
    ImportedRoadmap* out_ = nullptr;

    bool in_table_ = false;
    std::vector<Role> header_roles_;
    std::vector<std::string> header_names_;
    std::vector<std::size_t> header_cols_;  // identity over the header
    std::vector<std::size_t> cols_;         // the current table's columns, as header indices
    bool template_ = false;
    bool has_number_col_ = false;
    bool expect_numbering_ = false;
    int section_ = -1;  // the current table's open section
    bool item_open_ = false;
    bool placed_in_table_ = false;  // a section or item was placed since the last header

    // Parts: the plan is 1, each appendix after it the next; what the builder produced, by part.
    std::vector<ImportedPart> parts_;
    std::size_t part_items_ = 0;          // items placed in the current part
    std::vector<int> section_part_;       // per out_->sections
    std::vector<int> table_part_;         // per out_->table_info
    std::vector<int> unplaced_part_;      // per out_->unplaced
    std::vector<int> warning_part_;       // per out_->warnings

    // ---- parts (parts.cpp)
    int current_part() const { return parts_.empty() ? 1 : parts_.back().number; }
    void start_part(const Record& rec, const std::string& caption);
    void finish_parts();
    void keep_part(int part);

    // ---- placing rows (builder.cpp)
    void warn(ImportWarning w);
    void unplaced(const Record& rec, std::string reason, std::string code);
    void start_table(const Record& rec, const Header& h);
    void start_headerless_table(const Record& rec, std::size_t n);
    std::vector<std::size_t> aligned(const std::vector<std::size_t>& base, std::size_t n) const;
    static bool only_first_cell(const Record& rec);
    std::size_t number_column() const;
    void place(const Record& rec, std::size_t idx);
    void place_heading(const Record& rec, std::size_t idx);
    void place_unnumbered(const Record& rec, const Row& row);
    void place_numbered(const Record& rec, Row& row, std::size_t idx);
    void place_template(const Record& rec, const Row& row);
    bool map_row(const Record& rec, Row& row);
    bool is_section_number(const std::string& number, std::size_t idx) const;
    void section_from_text(const Record& rec, const std::string& text);
    void add_section(const Record& rec, const std::string& number, const std::string& text);
    void add_item(const Record& rec, const Row& row);
    void continuation(const Record& rec, const Row& row);
    void extract_title(std::size_t first_header);
    void assign_stages();
};

}  // namespace domain::roadmap_import
