#include "domain/roadmap_import/warnings.hpp"

#include <string>
#include <unordered_map>

#include "domain/roadmap_import/row_classifier.hpp"
#include "domain/roadmap_import/text.hpp"
#include "domain/text/utf8.hpp"

namespace domain::roadmap_import {
namespace {

// At most 60 characters of a title, for a message.
std::string quote_title(const std::string& s) { return "«" + truncate_utf8(collapse_spaces(s), 60) + "»"; }

// A section without items; when the next heading of its table follows right under it, the
// warning says the headings were nested and are kept flat.
ImportWarning empty_section(const ImportedRoadmap& o, std::size_t k) {
    const auto& s = o.sections[k];
    const std::string name = s.number.empty() ? quote_title(s.title) : "«" + s.number + "» " + quote_title(s.title);
    const ImportedSection* next =
        k + 1 < o.sections.size() && o.sections[k + 1].table == s.table ? &o.sections[k + 1] : nullptr;
    if (!next)
        return ImportWarning{s.line, "empty-section", "Section " + name + " has no items.",
                             "В разделе " + name + " нет мероприятий."};
    const std::string nn = next->number.empty() ? quote_title(next->title) : "«" + next->number + "»";
    return ImportWarning{
        s.line, "empty-section",
        "Section " + name + " has no items: the heading " + nn + " right under it (line " +
            std::to_string(next->line) + ") starts a section of its own; nested headings are kept flat.",
        "В разделе " + name + " нет мероприятий: заголовок " + nn + " сразу под ним (строка " +
            std::to_string(next->line) + ") открывает отдельный раздел; вложенные заголовки "
            "сохранены на одном уровне."};
}

struct Seen {
    int line;
    std::string number;
};

ImportWarning duplicate_number(const ImportedItem& it, const Seen& first) {
    return ImportWarning{it.line, "duplicate-number",
                         "Item number «" + it.number + "» repeats item «" + first.number + "» on line " +
                             std::to_string(first.line) + ".",
                         "Номер мероприятия «" + it.number + "» повторяет номер «" + first.number + "» в строке " +
                             std::to_string(first.line) + "."};
}

}  // namespace

ImportWarning continuation_joined(int line, const ImportedItem& item) {
    const std::string which = item.number.empty() ? quote_title(item.title) : "«" + item.number + "»";
    return ImportWarning{
        line, "continuation-joined",
        "A row without a number was joined to item " + which + " on line " + std::to_string(item.line) + ".",
        "Строка без номера присоединена к мероприятию " + which + " из строки " + std::to_string(item.line) + "."};
}

ImportWarning appendix_not_imported(const ImportedPart& p) {
    const std::string what = p.caption.empty() ? std::string("a stage template table") : quote_title(p.caption);
    const std::string what_ru = p.caption.empty() ? std::string("таблица этапов") : quote_title(p.caption);
    const std::string lines = std::to_string(p.line) + "–" + std::to_string(p.end_line);
    const std::string counts = std::to_string(p.sections) + " section(s), " + std::to_string(p.items) + " item(s)";
    const std::string counts_ru =
        "разделов: " + std::to_string(p.sections) + ", мероприятий: " + std::to_string(p.items);
    return ImportWarning{
        p.line, "appendix-not-imported",
        "Lines " + lines + " are an appendix after the plan (" + what + ", " + counts +
            "): not imported as the plan's items. Import it on its own with part=" + std::to_string(p.number) + ".",
        "Строки " + lines + " — приложение после плана (" + what_ru + "; " + counts_ru +
            "): в мероприятия плана не включены. Загрузить его отдельно: part=" + std::to_string(p.number) + "."};
}

void review_structure(ImportedRoadmap& o) {
    std::unordered_map<std::string, Seen> seen;
    for (std::size_t k = 0; k < o.sections.size(); ++k) {
        if (o.sections[k].items.empty()) o.warnings.push_back(empty_section(o, k));
        for (const auto& it : o.sections[k].items) {
            const std::string key = number_key(it.number);
            if (key.empty()) continue;
            auto prev = seen.find(key);
            if (prev != seen.end())
                o.warnings.push_back(duplicate_number(it, prev->second));
            else
                seen.emplace(key, Seen{it.line, it.number});
        }
    }
}

}  // namespace domain::roadmap_import
