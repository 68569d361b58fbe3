// The line of one answered request (api/http/log.hpp), written without a JSON tree: the same
// text as the structured log's writer gives the same fields (keys sorted as nlohmann sorts
// them), strings escaped the same way, whatever the request carried.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "api/http/log.hpp"

namespace {

std::string as_tree(const api::log::RequestLine& r, const std::string& ts) {
    nlohmann::json line = {{"ts", ts}, {"level", "info"}, {"msg", "request"}};
    line.update(nlohmann::json{{"request_id", r.request_id}, {"method", r.method},       {"route", r.route},
                               {"path", r.path},             {"status", r.status},       {"duration_ms", r.duration_ms},
                               {"bytes_in", r.bytes_in},     {"bytes_out", r.bytes_out}, {"client", r.client}});
    return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(RequestLog, IsTheLineTheTreeWouldGive) {
    std::string id = "d875c32b912ce831a2f201e6486415c2", get = "GET", put = "PUT", route = "/api/v1/districts/{d}/compliance",
                unrouted, path = "/api/v1/districts/x/compliance?as_of=2026-01-01", odd = "/\"quoted\"\\путь\t\x01\xff",
                client = "127.0.0.1", ts = "2026-12-06T14:35:54.064Z";
    for (double ms : {0.0, 0.25, 1.0, 12.345678901234, 1e-7, 100000.0})
        for (const std::string* p : {&path, &odd}) {
            api::log::RequestLine r{id, get, route, *p, 200, ms, 0, 40619, client};
            EXPECT_EQ(api::log::request_text(r, ts), as_tree(r, ts)) << ms;
            api::log::RequestLine q{id, put, unrouted, *p, 422, ms, 1234, 0, odd};
            EXPECT_EQ(api::log::request_text(q, ts), as_tree(q, ts)) << ms;
        }
    auto parsed = nlohmann::json::parse(api::log::request_text({id, get, route, path, 404, 2.5, 7, 9, client}, ts));
    EXPECT_EQ(parsed["msg"], "request");
    EXPECT_EQ(parsed["status"], 404);
    EXPECT_EQ(parsed["bytes_out"], 9);
    EXPECT_EQ(parsed["ts"], ts);
}

}  // namespace
