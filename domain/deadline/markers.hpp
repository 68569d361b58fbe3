#pragma once
// Phrases that decide a deadline before its dates are read (domain/deadline.hpp).
#include <optional>
#include <string>
#include <vector>

#include "domain/deadline/lexer.hpp"

namespace domain::deadline {

// «В течение года», «в течение всего периода реализации», «Весь период», «На регулярной
// основе», «постоянно», «в течение всего года»: the whole period.
bool whole_period_phrase(const std::vector<Tok>& toks);
// Phrases that leave the date to someone else («по запросу», «согласно плану»…): why, for
// the unscheduled reason; nullopt when there is none.
std::optional<std::string> unscheduled_marker(const std::vector<Tok>& toks);
// Only placeholders and punctuation: «--», «-», «нет», «не установлен».
bool placeholder(const std::vector<Tok>& toks);

}  // namespace domain::deadline
