#pragma once
// Structured logs: one JSON object per line on stdout. Never pass secrets in.
#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace api::log {

enum class Level { debug, info, warn, error };
void set_level(Level);
bool parse_level(std::string_view, Level&);
void write(Level, std::string_view message, nlohmann::json fields = nlohmann::json::object());
// Whether lines of this level are written (so a caller builds none that would be dropped).
bool enabled(Level);

// The line of one answered request ("msg":"request"), at info: written without a JSON tree,
// the same text write() would give the same fields (its keys in the same sorted order).
struct RequestLine {
    const std::string& request_id;
    const std::string& method;
    const std::string& route;
    const std::string& path;
    int status;
    double duration_ms;
    std::size_t bytes_in, bytes_out;
    const std::string& client;
};
void request(const RequestLine& line);
// Its text with the time `ts` (what request() writes).
std::string request_text(const RequestLine& line, std::string_view ts);
inline void debug(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::debug, m, std::move(f)); }
inline void info(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::info, m, std::move(f)); }
inline void warn(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::warn, m, std::move(f)); }
// Writes every line still queued and stops the writer thread (also done at exit).
void shutdown();
inline void error(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::error, m, std::move(f)); }

}  // namespace api::log
