#pragma once
// A doubt the roadmap importer reports: where (the source line), what (a stable code for
// machines) and a sentence for people. Kept with the draft it was imported into until the
// draft is approved (persistence/migrations/V0010__import_warnings.sql).
#include <string>

namespace domain {

struct ImportWarning {
    int line = 0;            // 1-based line of the source document
    std::string code;        // window-outside-period | period-inferred | duplicate-number | empty-section |
                             // continuation-joined | appendix-not-imported
    std::string message;     // English
    std::string message_ru;  // Russian, for the people who wrote the table
    friend bool operator==(const ImportWarning&, const ImportWarning&) = default;
};

}  // namespace domain
