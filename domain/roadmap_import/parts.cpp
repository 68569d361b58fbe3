// The parts of a roadmap document (domain/roadmap_import/builder.hpp): the plan, then each
// appendix or sample form after it; one is imported, the others are reported.
#include "domain/roadmap_import/builder.hpp"

#include <algorithm>
#include <utility>

#include "domain/roadmap_import/text.hpp"
#include "domain/roadmap_import/warnings.hpp"
#include "domain/text/utf8.hpp"

namespace domain::roadmap_import {

void Builder::start_part(const Record& rec, const std::string& caption) {
    ImportedPart p;
    p.number = static_cast<int>(parts_.size()) + 1;
    p.line = rec.line;
    p.caption = truncate_utf8(collapse_spaces(strip_stars(caption)), 300);
    parts_.push_back(std::move(p));
    part_items_ = 0;
    in_table_ = false;  // what follows up to the next header is the appendix's preamble
    section_ = -1;
    item_open_ = false;
}

// Each part's extent and counts (one pass over the records, tables and sections).
void Builder::finish_parts() {
    std::size_t k = 0;
    for (const auto& rec : r_) {
        if (rec.blank) continue;
        while (k + 1 < parts_.size() && rec.line >= parts_[k + 1].line) ++k;
        if (!parts_.empty() && rec.line >= parts_[k].line) parts_[k].end_line = rec.line;
    }
    for (auto& p : parts_) p.end_line = std::max(p.end_line, p.line);
    for (int t : table_part_) ++parts_[static_cast<std::size_t>(t) - 1].tables;
    for (std::size_t i = 0; i < section_part_.size(); ++i) {
        auto& p = parts_[static_cast<std::size_t>(section_part_[i]) - 1];
        ++p.sections;
        p.items += out_->sections[i].items.size();
    }
    out_->parts = parts_;
}

// Drops every other part's tables, sections, unplaced lines and warnings; reports the
// appendices left out.
void Builder::keep_part(int part) {
    ImportedRoadmap& o = *out_;
    o.part = part;
    std::vector<int> table_map(o.table_info.size() + 1, 0);
    std::vector<ImportedTable> tables;
    for (std::size_t t = 0; t < o.table_info.size(); ++t)
        if (table_part_[t] == part) {
            tables.push_back(std::move(o.table_info[t]));
            table_map[t + 1] = static_cast<int>(tables.size());
        }
    o.table_info = std::move(tables);
    o.tables = static_cast<int>(o.table_info.size());
    std::vector<ImportedSection> sections;
    for (std::size_t s = 0; s < o.sections.size(); ++s)
        if (section_part_[s] == part) {
            o.sections[s].table = table_map[static_cast<std::size_t>(o.sections[s].table)];
            sections.push_back(std::move(o.sections[s]));
        }
    o.sections = std::move(sections);
    std::vector<UnplacedLine> unplaced;
    for (std::size_t u = 0; u < o.unplaced.size(); ++u)
        if (unplaced_part_[u] == part) unplaced.push_back(std::move(o.unplaced[u]));
    o.unplaced = std::move(unplaced);
    std::vector<ImportWarning> warnings;
    for (std::size_t w = 0; w < o.warnings.size(); ++w)
        if (warning_part_[w] == part) warnings.push_back(std::move(o.warnings[w]));
    o.warnings = std::move(warnings);
    if (part > 1) {
        const auto& p = parts_[static_cast<std::size_t>(part) - 1];
        if (!p.caption.empty()) {
            o.title = p.caption;
            o.title_line = p.line;
        }
    }
    for (const auto& p : parts_)
        if (p.number != part && p.number != 1) o.warnings.push_back(appendix_not_imported(p));
}

}  // namespace domain::roadmap_import
