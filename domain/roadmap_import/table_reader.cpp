#include "domain/roadmap_import/table_reader.hpp"

#include <algorithm>
#include <utility>

#include "domain/roadmap_import.hpp"
#include "domain/roadmap_import/text.hpp"

namespace domain::roadmap_import {
namespace {

void finish_record(Record& r) {
    r.blank = std::all_of(r.cells.begin(), r.cells.end(), [](const std::string& c) { return c.empty(); });
}

// An RFC 4180 reader: records of cleaned cells, lines counted across quoted newlines.
class CsvReader {
public:
    CsvReader(std::string_view s, char delim) : s_(s), delim_(delim) {}

    CsvResult read() {
        CsvResult res;
        while (i_ < s_.size()) {
            Record r;
            r.line = line_;
            const std::size_t start = i_;
            std::size_t end = i_;
            if (!read_record(r, end, res.error)) return res;
            r.raw = s_.substr(start, end - start);
            finish_record(r);
            res.records.push_back(std::move(r));
        }
        return res;
    }

private:
    std::string_view s_;
    char delim_;
    std::size_t i_ = 0;
    int line_ = 1;

    bool at_newline(std::size_t k) const { return k < s_.size() && (s_[k] == '\n' || s_[k] == '\r'); }
    void skip_newline(std::size_t& k) {
        if (s_[k] == '\r' && k + 1 < s_.size() && s_[k + 1] == '\n') ++k;
        ++k;
        ++line_;
    }

    // The cells of one record; `end` is where its text ends (before the line break). False,
    // with the error, on bad quoting.
    bool read_record(Record& r, std::size_t& end, std::optional<std::string>& error) {
        while (true) {
            std::string field;
            std::size_t k = i_;
            while (k < s_.size() && s_[k] == ' ') ++k;
            const bool ok = k < s_.size() && s_[k] == '"' ? read_quoted(k, field, error) : read_plain(field, error);
            if (!ok) return false;
            r.cells.push_back(clean_cell(field));
            if (i_ < s_.size() && s_[i_] == delim_) {
                ++i_;
                continue;
            }
            end = i_;
            if (i_ < s_.size()) skip_newline(i_);
            return true;
        }
    }

    // A quoted cell whose '"' is at `quote`: doubled quotes are one, line breaks are kept.
    bool read_quoted(std::size_t quote, std::string& field, std::optional<std::string>& error) {
        const int quote_line = line_;
        i_ = quote + 1;
        bool closed = false;
        while (i_ < s_.size()) {
            if (s_[i_] == '"') {
                if (i_ + 1 < s_.size() && s_[i_ + 1] == '"') {
                    field += '"';
                    i_ += 2;
                    continue;
                }
                closed = true;
                ++i_;
                break;
            }
            if (s_[i_] == '\r' || s_[i_] == '\n') {
                field += '\n';
                skip_newline(i_);
                continue;
            }
            field += s_[i_++];
        }
        if (!closed) {
            error = "CSV quoting error on line " + std::to_string(quote_line) +
                    ": a quoted cell is never closed (a missing '\"').";
            return false;
        }
        while (i_ < s_.size() && s_[i_] == ' ') ++i_;
        if (i_ < s_.size() && s_[i_] != delim_ && !at_newline(i_)) {
            error = "CSV quoting error on line " + std::to_string(line_) +
                    ": unexpected text after a closing quote; double the quotes inside a quoted cell (\"\").";
            return false;
        }
        return true;
    }

    // An unquoted cell, up to the delimiter or the line's end; a '"' inside it is an error.
    bool read_plain(std::string& field, std::optional<std::string>& error) {
        while (i_ < s_.size() && s_[i_] != delim_ && !at_newline(i_)) {
            if (s_[i_] == '"') {
                error = "CSV quoting error on line " + std::to_string(line_) +
                        ": a '\"' inside an unquoted cell; quote the whole cell and double the inner quotes.";
                return false;
            }
            field += s_[i_++];
        }
        return true;
    }
};

}  // namespace

std::vector<Record> split_tsv(std::string_view s) {
    std::vector<Record> out;
    int line = 1;
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t end = pos;
        while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
        Record r;
        r.line = line;
        r.raw = s.substr(pos, end - pos);
        std::size_t cpos = 0;
        while (true) {
            const std::size_t tab = r.raw.find('\t', cpos);
            r.cells.push_back(clean_cell(r.raw.substr(cpos, tab == npos ? npos : tab - cpos)));
            if (tab == npos) break;
            cpos = tab + 1;
        }
        finish_record(r);
        out.push_back(std::move(r));
        if (end < s.size() && s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ++end;
        pos = end + 1;
        ++line;
    }
    return out;
}

CsvResult parse_csv(std::string_view s, char delim) { return CsvReader(s, delim).read(); }

}  // namespace domain::roadmap_import
