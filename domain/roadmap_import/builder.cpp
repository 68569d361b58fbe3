#include "domain/roadmap_import/builder.hpp"

#include <algorithm>
#include <optional>
#include <utility>

#include "domain/errors.hpp"
#include "domain/roadmap_import/row_classifier.hpp"
#include "domain/roadmap_import/text.hpp"
#include "domain/roadmap_import/warnings.hpp"
#include "domain/text/russian.hpp"
#include "domain/text/utf8.hpp"

namespace domain::roadmap_import {
namespace {

// Appends a continuation fragment: a lowercase start continues the sentence, anything else a new line.
void append_fragment(std::string& field, const std::string& fragment) {
    if (fragment.empty()) return;
    if (field.empty()) {
        field = fragment;
        return;
    }
    field += starts_with_lowercase(fragment) ? ' ' : '\n';
    field += fragment;
}

}  // namespace

Builder::Builder(const std::vector<Record>& records)
    : r_(records), next_nb_(records.size() + 1, records.size()) {
    for (std::size_t i = records.size(); i-- > 0;)
        next_nb_[i] = records[i].blank ? next_nb_[i + 1] : i;
}

// Returns false when no header was found.
bool Builder::run(ImportedRoadmap& out, const ImportOptions& options) {
    out_ = &out;
    std::size_t first_header = r_.size();
    for (std::size_t i = 0; i < r_.size(); ++i) {
        const Record& rec = r_[i];
        if (rec.blank) continue;
        if (auto h = detect_header(rec.cells)) {
            if (first_header == r_.size()) {
                first_header = i;
                parts_.push_back(ImportedPart{1, rec.line, 0, "", 0, 0, 0});
            } else if (h->stage_template && !template_ && part_items_ > 0) {
                start_part(rec, "");  // a sample stage table after the plan, without a caption
            }
            start_table(rec, *h);
            continue;
        }
        if (!in_table_) continue;  // the preamble (of the document or of an appendix)
        if (part_items_ > 0 && (rec.cells.size() == 1 || only_first_cell(rec)) && is_appendix_caption(rec.cells[0])) {
            start_part(rec, rec.cells[0]);
            continue;
        }
        place(rec, i);
    }
    if (first_header == r_.size()) return false;
    extract_title(first_header);
    assign_stages();
    finish_parts();
    if (options.part < 1 || static_cast<std::size_t>(options.part) > parts_.size())
        throw validation_error({{"/part", "the document has " + std::to_string(parts_.size()) +
                                              " part(s): the plan is 1, each appendix after it the next number"}});
    keep_part(options.part);
    review_structure(out);
    std::stable_sort(out.warnings.begin(), out.warnings.end(),
                     [](const ImportWarning& a, const ImportWarning& b) { return a.line < b.line; });
    return true;
}

void Builder::warn(ImportWarning w) {
    out_->warnings.push_back(std::move(w));
    warning_part_.push_back(current_part());
}

void Builder::start_table(const Record& rec, const Header& h) {
    in_table_ = true;
    header_roles_ = h.roles;
    header_names_ = rec.cells;
    header_cols_.resize(h.roles.size());
    for (std::size_t k = 0; k < header_cols_.size(); ++k) header_cols_[k] = k;
    cols_ = header_cols_;
    template_ = h.stage_template;
    has_number_col_ = std::find(header_roles_.begin(), header_roles_.end(), Role::number) != header_roles_.end();
    expect_numbering_ = true;
    section_ = -1;
    item_open_ = false;
    placed_in_table_ = false;
    ImportedTable t;
    t.line = rec.line;
    t.columns = rec.cells;
    while (!t.columns.empty() && t.columns.back().empty()) t.columns.pop_back();
    t.stage_template = template_;
    out_->table_info.push_back(std::move(t));
    table_part_.push_back(current_part());
    out_->tables = static_cast<int>(out_->table_info.size());
}

// n of the base columns: those up to the last number/title column stay on the left, the rest
// are aligned to the right (the cells merged away in Word are the middle ones).
std::vector<std::size_t> Builder::aligned(const std::vector<std::size_t>& base, std::size_t n) const {
    if (n >= base.size()) return base;
    std::size_t split = 0;
    for (std::size_t k = 0; k < base.size(); ++k) {
        const Role r = header_roles_[base[k]];
        if (r == Role::number || r == Role::title || r == Role::stage_title) split = k + 1;
    }
    split = std::min(split, n);
    std::vector<std::size_t> out(n);
    for (std::size_t k = 0; k < n; ++k) out[k] = k < split ? base[k] : base[k + (base.size() - n)];
    return out;
}

void Builder::unplaced(const Record& rec, std::string reason, std::string code) {
    out_->unplaced.push_back(UnplacedLine{rec.line, truncate_utf8(rec.raw, 300), std::move(reason), std::move(code)});
    unplaced_part_.push_back(current_part());
}

bool Builder::only_first_cell(const Record& rec) {
    if (rec.cells.empty() || rec.cells[0].empty()) return false;
    for (std::size_t k = 1; k < rec.cells.size(); ++k)
        if (!rec.cells[k].empty()) return false;
    return true;
}

std::size_t Builder::number_column() const {
    for (std::size_t k = 0; k < header_roles_.size(); ++k)
        if (header_roles_[k] == Role::number) return k;
    return npos;
}

void Builder::place(const Record& rec, std::size_t idx) {
    const bool first_row = expect_numbering_;
    expect_numbering_ = false;
    if (first_row && is_numbering_row(rec.cells)) return;  // «1 2 3 4 5» under the header
    if (is_separator_row(rec.cells)) {
        unplaced(rec, "A separator row with no text.", "separator");
        return;
    }
    if (rec.cells.size() == 1 || only_first_cell(rec)) {
        place_heading(rec, idx);
        return;
    }
    Row row;
    if (!map_row(rec, row)) return;
    if (template_)
        place_template(rec, row);
    else if (!has_number_col_)
        place_unnumbered(rec, row);
    else
        place_numbered(rec, row, idx);
}

// A row with its first cell only. A line without cells is a section if the table goes on
// right after it, else stray text. A section row of another width, after rows of this table,
// is a headerless table going on under the same header (merged cells), aligned to the right
// like other short rows.
void Builder::place_heading(const Record& rec, std::size_t idx) {
    const std::size_t n = rec.cells.size();
    if (n == 1) {
        const std::size_t j = next_nb_[idx + 1];
        const bool table_goes_on = j < r_.size() && r_[j].cells.size() >= 2 && !detect_header(r_[j].cells);
        if (!table_goes_on) {
            unplaced(rec, "Text outside a table (not a table row).", "outside-table");
            return;
        }
    } else if (placed_in_table_ && n <= header_cols_.size() && n != cols_.size()) {
        start_headerless_table(rec, n);
    }
    section_from_text(rec, rec.cells[0]);
}

// A table without a number column: a title alone heads a section, a title with more is an
// item, a row without a title continues the item above.
void Builder::place_unnumbered(const Record& rec, const Row& row) {
    if (!row.title.empty() && !row.has_other())
        section_from_text(rec, row.title);
    else if (!row.title.empty())
        add_item(rec, row);
    else
        continuation(rec, row);
}

void Builder::place_numbered(const Record& rec, Row& row, std::size_t idx) {
    if (row.number.empty()) {
        continuation(rec, row);
        return;
    }
    if (row.title.empty() && !row.has_other()) {
        unplaced(rec, "A row with a number and no text.", "number-without-text");
        return;
    }
    if (!row.has_other() && is_section_number(row.number, idx)) {
        add_section(rec, row.number, row.title);
        return;
    }
    if (row.title.empty()) {
        // «1.1. Текст» written in the number cell, the title cell left empty.
        if (auto ln = leading_number(row.number)) {
            row.number = ln->first;
            row.title = ln->second;
        }
    }
    add_item(rec, row);
}

void Builder::start_headerless_table(const Record& rec, std::size_t n) {
    cols_ = aligned(header_cols_, n);
    ImportedTable t;
    t.line = rec.line;
    for (auto c : cols_) t.columns.push_back(header_names_[c]);
    t.stage_template = template_;
    t.headerless = true;
    out_->table_info.push_back(std::move(t));
    table_part_.push_back(current_part());
    out_->tables = static_cast<int>(out_->table_info.size());
    section_ = -1;
    item_open_ = false;
}

// Maps the record's cells to columns; false (and unplaced) when extra cells carry text.
bool Builder::map_row(const Record& rec, Row& row) {
    const std::size_t n = rec.cells.size();
    const std::vector<std::size_t>& base = n <= cols_.size() ? cols_ : header_cols_;
    std::vector<std::size_t> cols;
    if (n < base.size()) {
        if (rec.cells.back().empty()) {
            cols = aligned(base, n);  // merged cells: the row still ends with an (empty) last cell
        } else {
            cols.assign(base.begin(), base.begin() + static_cast<std::ptrdiff_t>(n));  // trailing cells left out
        }
    } else {
        cols = base;
        for (std::size_t k = cols.size(); k < n; ++k) {
            if (!rec.cells[k].empty()) {
                unplaced(rec,
                         "The row has " + std::to_string(n) + " cells but the table has " +
                             std::to_string(cols.size()) + " columns, and the extra cells are not empty.",
                         "too-many-cells");
                return false;
            }
        }
    }
    auto put = [](std::string& field, const std::string& text) {
        if (text.empty()) return;
        if (!field.empty()) field += '\n';
        field += text;
    };
    for (std::size_t k = 0; k < cols.size(); ++k) {
        const std::string& c = rec.cells[k];
        if (c.empty()) continue;
        switch (header_roles_[cols[k]]) {
            case Role::number: put(row.number, c); break;
            case Role::title: put(row.title, c); break;
            case Role::stage_title: put(row.stage_title, c); break;
            case Role::deadline: put(row.deadline, c); break;
            case Role::responsible: put(row.responsible, c); break;
            case Role::result: put(row.result, c); break;
            case Role::indicators: put(row.indicators, c); break;
            case Role::unknown: {
                const std::string& name = header_names_[cols[k]];
                put(row.notes, name.empty() ? c : name + ": " + c);
                break;
            }
        }
    }
    return true;
}

// A number + title row with no other cells heads a section when it is roman, or when the next
// row is numbered under it («1» then «1.1»).
bool Builder::is_section_number(const std::string& number, std::size_t idx) const {
    if (is_roman(number)) return true;
    if (!is_top_level_arabic(number)) return false;
    const std::size_t j = next_nb_[idx + 1];
    if (j >= r_.size()) return false;
    const std::size_t col = number_column();
    if (col == npos || col >= r_[j].cells.size()) return false;
    std::string_view base = number;
    if (base.back() == '.' || base.back() == ')') base.remove_suffix(1);
    const std::string_view next = r_[j].cells[col];
    return next.size() > base.size() + 1 && next.compare(0, base.size(), base) == 0 && next[base.size()] == '.' &&
           next[base.size() + 1] >= '0' && next[base.size() + 1] <= '9';
}

void Builder::place_template(const Record& rec, const Row& row) {
    if (!row.number.empty() || !row.stage_title.empty()) {
        add_section(rec, row.number, row.stage_title);
        if (!row.title.empty() || row.has_other()) add_item(rec, row);
        return;
    }
    continuation(rec, row);
}

void Builder::section_from_text(const Record& rec, const std::string& text) {
    if (is_number_token(text)) {
        unplaced(rec, "A row with a number and no text.", "number-without-text");
        return;
    }
    if (auto ln = leading_number(text)) {
        add_section(rec, ln->first, ln->second);
    } else {
        add_section(rec, "", text);
    }
}

void Builder::add_section(const Record& rec, const std::string& number, const std::string& text) {
    ImportedSection s;
    s.number = number;
    auto [title, description] = split_section_title(text);
    s.title = std::move(title);
    s.description = std::move(description);
    s.line = rec.line;
    s.table = out_->tables;
    out_->sections.push_back(std::move(s));
    section_part_.push_back(current_part());
    section_ = static_cast<int>(out_->sections.size()) - 1;
    item_open_ = false;
    placed_in_table_ = true;
}

void Builder::add_item(const Record& rec, const Row& row) {
    if (section_ < 0) {
        ImportedSection implicit;
        implicit.line = rec.line;
        implicit.table = out_->tables;
        out_->sections.push_back(std::move(implicit));
        section_part_.push_back(current_part());
        section_ = static_cast<int>(out_->sections.size()) - 1;
    }
    ImportedItem it;
    it.number = row.number;
    it.title = row.title;
    it.deadline_text = row.deadline;
    it.responsible = row.responsible;
    it.expected_result = row.result;
    it.indicators = row.indicators;
    it.notes = row.notes;
    it.line = rec.line;
    it.end_line = rec.line;
    out_->sections[static_cast<std::size_t>(section_)].items.push_back(std::move(it));
    ++part_items_;
    item_open_ = true;
    placed_in_table_ = true;
}

void Builder::continuation(const Record& rec, const Row& row) {
    if (!item_open_ || section_ < 0 || out_->sections[static_cast<std::size_t>(section_)].items.empty()) {
        unplaced(rec, "A continuation row (empty number cell) with no item above it to continue.",
                 "continuation-without-item");
        return;
    }
    ImportedItem& it = out_->sections[static_cast<std::size_t>(section_)].items.back();
    warn(continuation_joined(rec.line, it));
    append_fragment(it.title, row.title);
    append_fragment(it.deadline_text, row.deadline);
    append_fragment(it.responsible, row.responsible);
    append_fragment(it.expected_result, row.result);
    append_fragment(it.indicators, row.indicators);
    if (!row.notes.empty()) {
        if (!it.notes.empty()) it.notes += '\n';
        it.notes += row.notes;
    }
    it.end_line = rec.line;
}

// The last «Дорожная карта…»/«План…» paragraph before the first header.
void Builder::extract_title(std::size_t first_header) {
    std::optional<std::string> title;
    int title_line = 0;
    std::size_t i = 0;
    while (i < first_header) {
        if (r_[i].blank) {
            ++i;
            continue;
        }
        const int para_line = r_[i].line;
        std::vector<std::string> para;
        while (i < first_header && !r_[i].blank) {
            std::string text;
            for (const auto& c : r_[i].cells) {
                if (c.empty()) continue;
                if (!text.empty()) text += ' ';
                text += c;
            }
            para.push_back(std::move(text));
            ++i;
        }
        if (!is_title_start(fold_ru(collapse_spaces(strip_stars(para[0]))))) continue;
        // A bold heading («**…**») ends where the bold ends.
        const bool bold = para[0].rfind("**", 0) == 0;
        std::string joined;
        for (std::size_t k = 0; k < para.size() && k < 12; ++k) {
            if (!joined.empty()) joined += ' ';
            joined += para[k];
            const std::string_view body = k == 0 ? std::string_view(para[0]).substr(2) : std::string_view(para[k]);
            if (bold && body.find("**") != npos) break;
        }
        title = truncate_utf8(collapse_spaces(strip_stars(joined)), 1000);
        title_line = para_line;
    }
    out_->title = std::move(title);
    out_->title_line = title ? title_line : 0;
}

void Builder::assign_stages() {
    int roman = -1;
    int table = -1;
    auto& secs = out_->sections;
    for (std::size_t k = 0; k < secs.size(); ++k) {
        auto& s = secs[k];
        if (s.table != table) {
            table = s.table;
            roman = -1;
        }
        const bool tmpl = s.table >= 1 && static_cast<std::size_t>(s.table) <= out_->table_info.size() &&
                          out_->table_info[static_cast<std::size_t>(s.table) - 1].stage_template;
        s.stage.reset();
        if (tmpl) {
            std::string_view num = s.number;
            if (!num.empty() && (num.back() == '.' || num.back() == ')')) num.remove_suffix(1);
            if (num.size() == 1 && num[0] >= '1' && num[0] <= '7') s.stage = num[0] - '0';
        }
        if (!s.stage) s.stage = detect_stage(s.title);
        if (is_roman(s.number)) {
            roman = static_cast<int>(k);
        } else if (!s.stage && roman >= 0 && is_arabic_number(s.number)) {
            s.stage = secs[static_cast<std::size_t>(roman)].stage;
        }
        for (auto& it : s.items) it.stage = s.stage ? s.stage : detect_stage(it.title);
    }
}

}  // namespace domain::roadmap_import
