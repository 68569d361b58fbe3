#pragma once
// Structured logs: one JSON object per line on stdout. Never pass secrets in.
#include <string_view>

#include <nlohmann/json.hpp>

namespace api::log {

enum class Level { debug, info, warn, error };
void set_level(Level);
bool parse_level(std::string_view, Level&);
void write(Level, std::string_view message, nlohmann::json fields = nlohmann::json::object());
inline void debug(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::debug, m, std::move(f)); }
inline void info(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::info, m, std::move(f)); }
inline void warn(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::warn, m, std::move(f)); }
// Writes every line still queued and stops the writer thread (also done at exit).
void shutdown();
inline void error(std::string_view m, nlohmann::json f = nlohmann::json::object()) { write(Level::error, m, std::move(f)); }

}  // namespace api::log
