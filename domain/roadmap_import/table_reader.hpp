#pragma once
// The roadmap importer's table reader (domain/roadmap_import.hpp): the input as records of
// cleaned cells — TSV, a line a record, or RFC 4180 CSV (quoted cells, embedded newlines).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace domain::roadmap_import {

struct Record {
    int line = 0;
    std::string_view raw;
    std::vector<std::string> cells;  // cleaned
    bool blank = true;
};

std::vector<Record> split_tsv(std::string_view s);

struct CsvResult {
    std::vector<Record> records;
    std::optional<std::string> error;  // the first quoting error, with its line
};

CsvResult parse_csv(std::string_view s, char delim);

}  // namespace domain::roadmap_import
