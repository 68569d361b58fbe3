#pragma once
// An embedded statement of persistence/sql/ by its name ("nsk_<stem>"), as the server prepares
// it (the tests do not see the generated persistence::queries header).
#include <stdexcept>
#include <string>

#include "persistence/pg.hpp"

namespace testsupport {

inline const persistence::pg::Statement& embedded_statement(const std::string& name) {
    for (const auto* st : persistence::pg::all_statements())
        if (name == st->name) return *st;
    throw std::logic_error("no embedded statement " + name);
}

}  // namespace testsupport
