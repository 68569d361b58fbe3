#pragma once
// Reads a workbook the way a person's spreadsheet program would, for the API tests: the
// zip's entries (stored or deflated, zlib), then the first sheet's cells as text (shared
// strings resolved, numbers as written in the XML).
#include <map>
#include <string>
#include <vector>

namespace testsupport {

// Every entry of a zip archive by its name; throws std::runtime_error on a broken archive.
std::map<std::string, std::string> unzip(const std::string& zip);

// The first worksheet's rows (1-based row numbers) → cells by column index (0 = A).
using SheetRows = std::map<int, std::map<int, std::string>>;
SheetRows xlsx_first_sheet(const std::string& xlsx_bytes);

}  // namespace testsupport
