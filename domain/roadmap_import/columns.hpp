#pragma once
// The roadmap importer's columns (domain/roadmap_import.hpp): which role a header cell names
// («Срок реализации» is the deadline), and whether a row is a table's header at all.
#include <optional>
#include <string>
#include <vector>

namespace domain::roadmap_import {

enum class Role { number, title, stage_title, deadline, responsible, result, indicators, unknown };

struct Header {
    std::vector<Role> roles;
    bool stage_template = false;
};

// The header a row is: a title column and at least one other known one, known names being
// at least half of the filled cells; nullopt when the row is not a header.
std::optional<Header> detect_header(const std::vector<std::string>& cells);

}  // namespace domain::roadmap_import
