#pragma once
// What the roadmap importer's reading doubted (domain/roadmap_import.hpp, «Warnings»): the
// import warnings the builder raises, each with its line, code and sentences in English and
// Russian. The schedule-level ones are domain/roadmap_import_review.hpp's.
#include "domain/import_warning.hpp"
#include "domain/roadmap_import.hpp"

namespace domain::roadmap_import {

// `continuation-joined`: the row on `line`, without a number, was joined to `item`.
ImportWarning continuation_joined(int line, const ImportedItem& item);
// `appendix-not-imported`: a part after the plan, left out of the import.
ImportWarning appendix_not_imported(const ImportedPart& part);
// `empty-section` for each section without items and `duplicate-number` for each item number
// used before, appended to the roadmap's warnings.
void review_structure(ImportedRoadmap& roadmap);

}  // namespace domain::roadmap_import
