// What every route shares: problem+json for every error, request ids, limits, the
// operator endpoints.
#include <gtest/gtest.h>

#include "tests/support/test_db.hpp"
#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"

using nlohmann::json;
using testsupport::HttpResponse;

namespace {

class HttpBehaviour : public testsupport::ServerSuite<HttpBehaviour> {
public:
    static testsupport::ServerOptionsForTest options() {  // read by ServerSuite
        testsupport::ServerOptionsForTest o;
        o.max_request_bytes = 4096;
        return o;
    }

protected:
    static testsupport::HttpClient http() { return server->client(); }
    static void expect_problem(const HttpResponse& r, int status, const std::string& slug) {
        EXPECT_EQ(r.status, status) << r.body;
        EXPECT_EQ(r.header("content-type"), "application/problem+json") << r.body;
        if (r.body.empty()) return ADD_FAILURE() << "empty body";
        auto b = json::parse(r.body);
        EXPECT_EQ(b["status"], status);
        EXPECT_EQ(b["type"], "https://nastavnik.example/problems/" + slug);
        EXPECT_FALSE(b["title"].get<std::string>().empty());
        EXPECT_FALSE(b["detail"].get<std::string>().empty());
        EXPECT_EQ(b["request_id"], r.header("x-request-id"));
    }
};

TEST_F(HttpBehaviour, UnknownPathIsAProblem404) {
    auto r = http().get("/api/v1/nothing-here");
    expect_problem(r, 404, "not-found");
    EXPECT_EQ(json::parse(r.body)["instance"], "/api/v1/nothing-here");
}

TEST_F(HttpBehaviour, WrongMethodIsAProblem405WithAllow) {
    auto r = http().request("PUT", "/api/v1/regions", "{}", {{"Content-Type", "application/json"}});
    expect_problem(r, 405, "method-not-allowed");
    EXPECT_EQ(r.header("allow"), "GET, POST");
}

TEST_F(HttpBehaviour, OptionsAndHeadAnswerWithoutABody) {
    auto o = http().request("OPTIONS", "/api/v1/regions");
    EXPECT_EQ(o.status, 204);
    EXPECT_EQ(o.header("allow"), "GET, POST");
    auto h = http().request("HEAD", "/livez");
    EXPECT_EQ(h.status, 200);
    EXPECT_TRUE(h.body.empty());
}

TEST_F(HttpBehaviour, RequestIdIsEchoedOrMadeUp) {
    auto mine = http().get("/livez", {{"X-Request-Id", "abc-123.test"}});
    EXPECT_EQ(mine.header("x-request-id"), "abc-123.test");
    auto made = http().get("/livez");
    EXPECT_EQ(made.header("x-request-id").size(), 32u);
    auto hostile = http().get("/livez", {{"X-Request-Id", "<script>"}});
    EXPECT_EQ(hostile.header("x-request-id").size(), 32u);
    EXPECT_NE(http().get("/livez").header("x-request-id"), made.header("x-request-id"));
}

TEST_F(HttpBehaviour, BodyOverTheLimitIsA413AndNothingIsWritten) {
    std::string name(5000, 'a');
    auto r = http().send_json("POST", "/api/v1/regions", {{"name", name}, {"code", "toolarge"}});
    expect_problem(r, 413, "too-large");
    auto far_over = http().send_json("POST", "/api/v1/regions", {{"name", std::string(200000, 'b')}, {"code", "toolarge2"}});
    EXPECT_EQ(far_over.status, 413);
    EXPECT_EQ(far_over.header("content-type"), "application/problem+json");
    auto admin = testsupport::admin_session();
    int n = -1;
    *admin << "select count(*) from regions where code like 'toolarge%'", soci::into(n);
    EXPECT_EQ(n, 0);
    EXPECT_EQ(http().get("/livez").status, 200);  // the server is fine afterwards
}

TEST_F(HttpBehaviour, GarbageInsteadOfHttpIsA400Problem) {
    auto r = http().raw("THIS IS NOT HTTP\r\n\r\n");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
}

TEST_F(HttpBehaviour, KeepAliveServesSeveralRequestsOnOneConnection) {
    std::string one = "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n";
    auto r = http().raw(one + one);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.header("connection"), "Keep-Alive");
}

int count_of(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Issue 11, defect 3: pipelined requests were dropped after the first (the client hung).
TEST_F(HttpBehaviour, PipelinedRequestsAreAllAnsweredInOrder) {
    std::string pipelined = "GET /livez HTTP/1.1\r\nHost: x\r\nX-Request-Id: first\r\n\r\n"
                            "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 2\r\nX-Request-Id: second\r\n\r\n{}"
                            "GET /nothing HTTP/1.1\r\nHost: x\r\nX-Request-Id: third\r\n\r\n";
    auto r = http().raw_exchange(pipelined, 1500);
    EXPECT_EQ(count_of(r.bytes, "HTTP/1.1 "), 3) << r.bytes;
    auto first = r.bytes.find("X-Request-Id: first"), second = r.bytes.find("X-Request-Id: second"),
         third = r.bytes.find("X-Request-Id: third");
    ASSERT_NE(third, std::string::npos) << r.bytes;
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_NE(r.bytes.find("HTTP/1.1 422"), std::string::npos);
    EXPECT_NE(r.bytes.find("HTTP/1.1 404"), std::string::npos);
    EXPECT_FALSE(r.closed);  // still keep-alive
}

// Issue 11, defect 3: Connection: close was answered but the socket stayed open ~25 s, and a
// 413 held the connection; both are closed once the answer is written.
TEST_F(HttpBehaviour, ConnectionCloseAnd413CloseTheConnection) {
    auto r = http().raw_exchange("GET /livez HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                                 "GET /livez HTTP/1.1\r\nHost: x\r\n\r\n",
                                 5000);
    EXPECT_TRUE(r.closed) << r.bytes;
    EXPECT_EQ(count_of(r.bytes, "HTTP/1.1 200"), 1) << r.bytes;  // nothing read after close
    EXPECT_NE(r.bytes.find("Connection: Close"), std::string::npos) << r.bytes;

    std::string big = "POST /api/v1/regions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      "Content-Length: 200000\r\n\r\n" + std::string(200000, 'x');
    auto too_large = http().raw_exchange(big, 5000);
    EXPECT_TRUE(too_large.closed);
    EXPECT_NE(too_large.bytes.find("HTTP/1.1 413"), std::string::npos) << too_large.bytes.substr(0, 300);
}

// Issue 11, defect 6: two Content-Length headers (a smuggling vector behind proxies).
TEST_F(HttpBehaviour, AmbiguousFramingIsA400AndTheConnectionCloses) {
    auto two = http().raw_exchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                   "Content-Length: 2\r\ncontent-length: 2\r\n\r\n{}",
                                   5000);
    EXPECT_NE(two.bytes.find("HTTP/1.1 400"), std::string::npos) << two.bytes;
    EXPECT_NE(two.bytes.find("Content-Length header"), std::string::npos) << two.bytes;
    EXPECT_TRUE(two.closed);
    auto both = http().raw_exchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 7\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
                                    5000);
    EXPECT_NE(both.bytes.find("HTTP/1.1 400"), std::string::npos) << both.bytes;
}

// Issue 11, defect 3: a chunk size out of range answered a 400 whose detail was C++ text.
TEST_F(HttpBehaviour, BadChunkSizesAreA400WithoutCppText) {
    for (std::string size : {"FFFFFFFFFFFFFFFF", "-1", "zz"}) {
        auto r = http().raw_exchange("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                     "Transfer-Encoding: chunked\r\n\r\n" + size + "\r\n{}\r\n0\r\n\r\n",
                                     3000);
        EXPECT_NE(r.bytes.find("HTTP/1.1 4"), std::string::npos) << size << "\n" << r.bytes;
        for (const char* leak : {"std::", "bad_alloc", "basic_string", "_M_create"})
            EXPECT_EQ(r.bytes.find(leak), std::string::npos) << size << "\n" << r.bytes;
    }
    EXPECT_EQ(http().get("/livez").status, 200);
}

TEST_F(HttpBehaviour, LivezReadyzMetricsAndTheContract) {
    EXPECT_EQ(http().get("/livez").json()["status"], "ok");
    auto ready = http().get("/readyz");
    EXPECT_EQ(ready.status, 200);
    EXPECT_EQ(ready.json()["status"], "ready");
    server->admin().get("/api/v1/regions?limit=1");
    auto m = http().get("/metrics");
    EXPECT_EQ(m.status, 200);
    EXPECT_NE(m.header("content-type").find("text/plain"), std::string::npos);
    EXPECT_NE(m.body.find("http_requests_total{method=\"GET\",route=\"/api/v1/regions\",status=\"200\"}"),
              std::string::npos);
    EXPECT_NE(m.body.find("http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/regions\",le=\"+Inf\"}"),
              std::string::npos);
    EXPECT_NE(m.body.find("db_pool_in_use "), std::string::npos);
    EXPECT_NE(m.body.find("db_pool_connections 4"), std::string::npos);
    // The national roll-up read twice: computed once, then served from the kept answer.
    auto counter = [&](const std::string& body, const std::string& name) {
        auto at = body.find("\n" + name + " ");
        return at == std::string::npos ? -1.0 : std::stod(body.substr(at + name.size() + 2));
    };
    double hits = counter(m.body, "answer_cache_hits_total"), misses = counter(m.body, "answer_cache_misses_total");
    ASSERT_GE(hits, 0) << m.body;
    ASSERT_GE(misses, 0) << m.body;
    EXPECT_EQ(server->admin().get("/api/v1/compliance").status, 200);
    EXPECT_EQ(server->admin().get("/api/v1/compliance").status, 200);
    auto m2 = http().get("/metrics").body;
    EXPECT_GE(counter(m2, "answer_cache_misses_total"), misses + 1);
    EXPECT_GE(counter(m2, "answer_cache_hits_total"), hits + 1);
    EXPECT_GT(counter(m2, "answer_cache_bytes"), 0);
    auto docs = http().get("/docs");
    EXPECT_EQ(docs.status, 200);
    EXPECT_NE(docs.body.find("/openapi.yaml"), std::string::npos);
}

// Issue 11, defect 2: a number outside a double's range was a 500 on every JSON route.
TEST_F(HttpBehaviour, NumbersOutOfRangeAreA400NotA500) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"/api/v1/auth/login", R"({"login":"x","password":1e400})"},
        {"/api/v1/auth/login", R"({"login":"x","password":1e309})"},
        {"/api/v1/auth/login", R"({"login":"x","password":-1e400})"},
        {"/api/v1/auth/login", R"({"login":"x","password":"p","extra":[1e999]})"},
        {"/api/v1/regions", R"({"name":"R","code":"big","unknown":1E+400})"},
    };
    for (auto& [path, body] : cases) {
        auto r = server->admin().request("POST", path, body, {{"Content-Type", "application/json"}});
        expect_problem(r, 400, "number-out-of-range");
    }
    // tiny numbers underflow to zero and are read (the login is then just wrong)
    auto tiny = http().request("POST", "/api/v1/auth/login", R"({"login":"x","password":1e-400})",
                               {{"Content-Type", "application/json"}});
    EXPECT_EQ(tiny.status, 422) << tiny.body;
    EXPECT_EQ(http().get("/livez").status, 200);
}

// Issue 11, defect 6: lenient input that readers disagree on is refused.
TEST_F(HttpBehaviour, DuplicateKeysAndForeignCharsetsAreRefused) {
    auto admin = server->admin();
    auto dup = admin.request("POST", "/api/v1/regions", R"({"name":"A","code":"dupkey1","name":"B"})",
                             {{"Content-Type", "application/json"}});
    expect_problem(dup, 400, "duplicate-key");
    auto nested = admin.request("POST", "/api/v1/regions", R"({"name":"A","code":"dupkey2","x":[{"k":1,"k":2}]})",
                                {{"Content-Type", "application/json"}});
    expect_problem(nested, 400, "duplicate-key");
    // the same key in sibling objects is fine (and here refused only as an unknown field)
    auto siblings = admin.request("POST", "/api/v1/regions", R"({"name":"A","code":"dupkey3","x":[{"k":1},{"k":2}]})",
                                  {{"Content-Type", "application/json"}});
    EXPECT_EQ(siblings.status, 422) << siblings.body;
    auto latin1 = admin.request("POST", "/api/v1/regions", R"({"name":"A","code":"dupkey4"})",
                                {{"Content-Type", "application/json; charset=iso-8859-1"}});
    expect_problem(latin1, 415, "unsupported-media-type");
    auto utf8 = admin.request("POST", "/api/v1/regions", R"({"name":"A","code":"dupkey5"})",
                              {{"Content-Type", "application/json; charset=\"UTF-8\""}});
    EXPECT_EQ(utf8.status, 201) << utf8.body;
    auto db = testsupport::admin_session();
    int n = -1;
    *db << "select count(*) from regions where code like 'dupkey%'", soci::into(n);
    EXPECT_EQ(n, 1);
}

TEST_F(HttpBehaviour, InternalErrorsNeverLeakDetails) {
    // A district id that is a UUID but names nothing: a clean 404, no SQL in sight.
    auto r = server->admin().get("/api/v1/districts/11111111-2222-4333-8444-555555555555");
    expect_problem(r, 404, "not-found");
    EXPECT_EQ(r.body.find("select"), std::string::npos);
}

}  // namespace
