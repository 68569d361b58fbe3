// Bodies whose size is announced before they arrive (issue 11; the fuzz target's inputs were
// in tests/fuzz/findings): Pistache reserved a chunk size or a Content-Length as soon as it
// read one, so a request could ask for 64 GiB (std::bad_alloc) or hold 1 GiB until the body
// timeout, and it read chunk sizes wherever the previous chunk's bytes ended. A size over the
// body limit is now refused (413) before anything is reserved, a chunked body is read once
// its framing is sound (api/http/request_parser.hpp), and however the network splits it.
// The server runs in this process: its virtual size is the test's.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "tests/support/server_suite.hpp"
#include "tests/support/test_server.hpp"

using nlohmann::json;

namespace {

constexpr std::size_t kLimit = 4096;

class HttpBodyFraming : public testsupport::ServerSuite<HttpBodyFraming> {
public:
    static testsupport::ServerOptionsForTest options() {  // read by ServerSuite
        testsupport::ServerOptionsForTest o;
        o.max_request_bytes = kLimit;
        return o;
    }
};

const std::string kChunkedLogin =
    "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    "Transfer-Encoding: chunked\r\n\r\n";
const std::string kLivezThenClose = "GET /livez HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";

// This process's virtual size in KiB. A reservation touches no page, so the resident size
// would not show it; the address space does.
long vm_size_kib() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmSize:", 0) == 0) return std::stol(line.substr(7));
    return -1;
}

struct Exchange {
    std::string bytes;             // everything the server sent
    testsupport::HttpResponse first;  // its first answer
    bool closed = false;
    long grew_kib = 0;  // the process's virtual size, with the connection still open
};

// `pieces` sent one after the other on one connection, a pause between them so that the
// server reads each apart; then what it answers until it closes or is quiet for 3 s.
Exchange exchange(int port, const std::vector<std::string>& pieces) {
    const long before = vm_size_kib();
    testsupport::RawConnection c(port);
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0) std::this_thread::sleep_for(std::chrono::milliseconds(150));
        c.send(pieces[i]);
    }
    auto got = c.read(3000);
    Exchange e;
    e.grew_kib = vm_size_kib() - before;
    e.bytes = got.bytes;
    e.first = testsupport::parse_response(got.bytes);
    e.closed = got.closed;
    return e;
}

int count_of(const std::string& text, const std::string& what) {
    int n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// A problem answer, the connection closed after it, and nothing announced reserved.
void expect_refused(const Exchange& e, int status, const std::string& slug, const std::string& what) {
    EXPECT_EQ(e.first.status, status) << what << "\n" << e.bytes;
    EXPECT_EQ(e.first.header("content-type"), "application/problem+json") << what;
    if (e.first.status == status) {
        EXPECT_EQ(json::parse(e.first.body)["type"], "https://nastavnik.example/problems/" + slug) << what;
    }
    EXPECT_EQ(count_of(e.bytes, "HTTP/1.1 "), 1) << what << "\n" << e.bytes;
    EXPECT_TRUE(e.closed) << what << ": the connection stays open";
    EXPECT_LT(e.grew_kib, 256 * 1024) << what << ": the server reserved what the request announced";
}

TEST_F(HttpBodyFraming, AChunkSizeOverTheLimitIsRefusedBeforeAnythingIsReserved) {
    // 4 GiB, 1 GiB, 64 GiB, one byte over the limit: the size line in a read of its own.
    for (std::string size : {"FFFFFFF0", "40000000", "FFFFFFFFF", "1001"})
        expect_refused(exchange(server->port(), {kChunkedLogin, size + "\r\n", "{\"lo"}), 413, "too-large", size);
    // The size's digits split between two reads: 0x10 is fine, 0x1001 is not.
    expect_refused(exchange(server->port(), {kChunkedLogin + "10", "01\r\n"}), 413, "too-large", "split size");
    EXPECT_EQ(server->client().get("/livez").status, 200);
}

TEST_F(HttpBodyFraming, AChunkSizeAfterChunksIsRefusedWhenTheBodyWouldPassTheLimit) {
    const std::string first = kChunkedLogin + "10\r\n" + std::string(16, ' ') + "\r\n";
    // 16 bytes came; 0xFF1 more would make 4097.
    for (std::string size : {"FF1", "FFFFFFF0", "40000000"})
        expect_refused(exchange(server->port(), {first, size + "\r\n"}), 413, "too-large", "after 16 bytes: " + size);
    // Exactly the limit is a body like any other (the wrong login: 401).
    std::string rest = "{\"login\":\"nobody\",\"password\":\"x\"}";
    rest.insert(1, std::string(kLimit - 16 - rest.size(), ' '));
    auto fits = exchange(server->port(), {first, "FF0\r\n", rest + "\r\n0\r\n\r\n" + kLivezThenClose});
    EXPECT_EQ(fits.first.status, 401) << fits.bytes;
    EXPECT_EQ(count_of(fits.bytes, "HTTP/1.1 200"), 1) << fits.bytes;
}

// Pistache read a chunk size wherever the previous chunk's bytes ended: after "Wiki1234",
// the 8 bytes announced, it skipped two bytes ("ab") unread and took 40000000 for a size.
TEST_F(HttpBodyFraming, AChunkNotFollowedByCrlfIsA400) {
    auto e = exchange(server->port(), {kChunkedLogin + "8\r\nWiki1234ab40000000\r\n"});
    expect_refused(e, 400, "malformed-request", "no CRLF after the chunk");
    EXPECT_NE(e.first.body.find("not followed by CRLF"), std::string::npos) << e.first.body;
    for (std::string line : {"-1", "0x10", "10;ext=1", " 10", ""})
        expect_refused(exchange(server->port(), {kChunkedLogin + line + "\r\n{}\r\n0\r\n\r\n"}), 400,
                       "malformed-request", "size line '" + line + "'");
    EXPECT_EQ(server->client().get("/livez").status, 200);
}

// A chunk's CRLF split between two reads made Pistache advance its cursor by (size_t)-1: the
// worker thread never came back.
TEST_F(HttpBodyFraming, AChunkedBodyReadsTheSameHoweverItIsSplit) {
    const std::string body = "2\r\n{}\r\n0\r\n\r\n";
    for (std::size_t cut = 1; cut < body.size(); ++cut) {
        auto e = exchange(server->port(), {kChunkedLogin + body.substr(0, cut), body.substr(cut) + kLivezThenClose});
        EXPECT_EQ(e.first.status, 422) << "cut at " << cut << "\n" << e.bytes;  // {} has no login
        EXPECT_EQ(count_of(e.bytes, "HTTP/1.1 200"), 1) << "cut at " << cut << "\n" << e.bytes;
    }
}

// Pistache stopped after the last chunk's "0\r\n": the final CRLF (and any trailer field)
// was read as the start of the next request on the connection, which got a 400.
TEST_F(HttpBodyFraming, TheRequestAfterAChunkedOneIsAnswered) {
    for (std::string end : {"0\r\n\r\n", "0\r\nX-Checksum: 1\r\n\r\n"}) {
        auto e = exchange(server->port(), {kChunkedLogin + "2\r\n{}\r\n" + end + kLivezThenClose});
        EXPECT_EQ(e.first.status, 422) << e.bytes;
        EXPECT_EQ(count_of(e.bytes, "HTTP/1.1 "), 2) << e.bytes;
        EXPECT_EQ(count_of(e.bytes, "HTTP/1.1 200"), 1) << e.bytes;
        EXPECT_TRUE(e.closed);
    }
}

TEST_F(HttpBodyFraming, AContentLengthOverTheLimitIsRefusedBeforeTheBodyComes) {
    for (std::string length : {"1073741824", "4097", "18446744073709551615"})
        expect_refused(exchange(server->port(), {"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                                 "application/json\r\nContent-Length: " + length + "\r\n\r\n",
                                                 "{\"lo"}),
                       413, "too-large", "Content-Length: " + length);
    // Pistache read "abc" as 0 (what followed was another request) and "-1" as 2^64 - 1.
    for (std::string length : {"abc", "-1", "0x10", ""})
        expect_refused(exchange(server->port(), {"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                                 "application/json\r\nContent-Length: " + length + "\r\n\r\n{}"}),
                       400, "malformed-request", "Content-Length: " + length);
    EXPECT_EQ(server->client().get("/livez").status, 200);
}

// Pistache takes any prefix of "chunked" for it; a proxy in front would frame such a
// request otherwise.
TEST_F(HttpBodyFraming, TransferEncodingMustBeChunkedItself) {
    for (std::string coding : {"ch", "chunk"}) {
        auto e = exchange(server->port(), {"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                           "application/json\r\nTransfer-Encoding: " + coding + "\r\n\r\n2\r\n{}\r\n0\r\n\r\n"});
        expect_refused(e, 400, "malformed-request", "Transfer-Encoding: " + coding);
    }
    auto upper = exchange(server->port(), {"POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                           "application/json\r\nTransfer-Encoding: Chunked\r\nConnection: close\r\n\r\n"
                                           "2\r\n{}\r\n0\r\n\r\n"});
    EXPECT_EQ(upper.first.status, 422) << upper.bytes;
}

}  // namespace
