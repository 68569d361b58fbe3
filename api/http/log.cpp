#include "api/http/log.hpp"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include "api/json/json_writer.hpp"

namespace api::log {
namespace {

std::atomic<Level> g_level{Level::info};

// Lines are formatted on the request's thread and written by one background thread: a
// worker never waits for stdout (a slow pipe or terminal) nor for another worker's line.
// The queue blocks when full rather than drop a line; stdout is flushed every second, at
// once for warnings and errors, and at exit (shutdown()).
std::shared_ptr<spdlog::logger> logger() {
    static auto l = [] {
        spdlog::init_thread_pool(16384, 1);
        auto lg = spdlog::stdout_logger_mt<spdlog::async_factory>("nastavnik");
        lg->set_pattern("%v");
        lg->flush_on(spdlog::level::warn);
        spdlog::flush_every(std::chrono::seconds(1));
        std::atexit([] { spdlog::shutdown(); });  // every queued line written on any exit path
        return lg;
    }();
    return l;
}

const char* name(Level l) {
    switch (l) {
        case Level::debug: return "debug";
        case Level::info: return "info";
        case Level::warn: return "warn";
        case Level::error: return "error";
    }
    return "info";
}

std::string now_iso() {
    auto now = std::chrono::system_clock::now();
    auto secs = std::chrono::system_clock::to_time_t(now);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, int(ms));
    return buf;
}

}  // namespace

void set_level(Level l) { g_level = l; }

bool parse_level(std::string_view s, Level& out) {
    for (Level l : {Level::debug, Level::info, Level::warn, Level::error})
        if (s == name(l)) {
            out = l;
            return true;
        }
    return false;
}

void write(Level level, std::string_view message, nlohmann::json fields) {
    if (level < g_level.load()) return;
    nlohmann::json line = {{"ts", now_iso()}, {"level", name(level)}, {"msg", message}};
    if (fields.is_object()) line.update(fields);
    auto text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    // the level decides when the line reaches stdout (warnings and errors at once)
    logger()->log(level >= Level::warn ? spdlog::level::warn : spdlog::level::info, text);
}

bool enabled(Level l) { return l >= g_level.load(); }

void request(const RequestLine& r) {
    if (enabled(Level::info)) logger()->log(spdlog::level::info, request_text(r, now_iso()));
}

std::string request_text(const RequestLine& r, std::string_view ts) {
    JsonWriter w(256);
    w.begin_object();
    w.key("bytes_in").number(static_cast<std::int64_t>(r.bytes_in));
    w.key("bytes_out").number(static_cast<std::int64_t>(r.bytes_out));
    w.key("client").string(r.client);
    w.key("duration_ms").number(r.duration_ms);
    w.key("level").string(name(Level::info));
    w.key("method").string(r.method);
    w.key("msg").string("request");
    w.key("path").string(r.path);
    w.key("request_id").string(r.request_id);
    w.key("route").string(r.route);
    w.key("status").number(r.status);
    w.key("ts").string(ts);
    w.end_object();
    return w.take();
}

void shutdown() {
    logger()->flush();
    spdlog::shutdown();
}

}  // namespace api::log
