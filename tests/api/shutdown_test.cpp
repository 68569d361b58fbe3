// Stopping under load: every request the server read is answered in full before the
// connections go. Found by `make chaos` (scripts/chaos.py, SIGTERM scenario): when the
// grace period ended, answers already computed (and logged) were dropped with their
// connections — four or five per shutdown under eight clients.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/http_client.hpp"
#include "tests/support/process.hpp"
#include "tests/support/test_db.hpp"

using testsupport::Process;

namespace {

// The port a server started with PORT=0 says it serves on, or 0 when it exited first.
int serving_port(Process& p) {
    const std::string marker = "serving on http://127.0.0.1:";
    for (int i = 0; i < 400; ++i) {
        auto out = p.output();
        if (auto at = out.find(marker); at != std::string::npos) return std::atoi(out.c_str() + at + marker.size());
        if (p.wait(25) != -1) return 0;
    }
    return 0;
}

struct Sent {
    std::string request_id;
    bool complete = false;  // a status line and the whole body its Content-Length announced
    std::string bytes;
};

TEST(Shutdown, EveryRequestTheServerReadIsAnsweredInFullWhenItStopsUnderLoad) {
    Process p({"serve", "--shutdown-grace-ms", "300"},
              {{"DATABASE_URL", testsupport::test_database().owner_url}, {"PORT", "0"}, {"LOG_LEVEL", "info"}});
    int port = serving_port(p);
    ASSERT_GT(port, 0) << p.output();

    std::atomic<bool> done{false};
    std::mutex mu;
    std::vector<Sent> sent;
    std::vector<std::thread> clients;
    for (int t = 0; t < 8; ++t) {
        clients.emplace_back([&, t] {
            for (int k = 0; !done; ++k) {
                Sent s;
                s.request_id = "shutdown-" + std::to_string(t) + "-" + std::to_string(k);
                // A credential that is looked up in the database (and refused): a request
                // that takes a round trip, so that some are in flight when the server stops.
                std::string req = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                  "Authorization: Bearer nst_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
                                  "X-Request-Id: " + s.request_id + "\r\nConnection: close\r\n\r\n";
                try {
                    s.bytes = testsupport::HttpClient(port).raw_exchange(req, 5000).bytes;
                } catch (const std::exception&) {  // refused: the server stopped listening
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    continue;
                }
                auto r = testsupport::parse_response(s.bytes);
                auto cl = r.headers.find("content-length");
                s.complete = r.status != 0 && cl != r.headers.end() && r.body.size() == std::stoul(cl->second);
                std::lock_guard lock(mu);
                sent.push_back(std::move(s));
            }
        });
    }
    for (int i = 0; i < 30; ++i) {  // load for a while, reading the log so that it never blocks
        p.output();
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    p.signal(SIGTERM);
    int rc = p.wait(20000);
    done = true;
    for (auto& c : clients) c.join();
    EXPECT_EQ(rc, 0);

    auto log = p.output();
    int read = 0, lost = 0;
    for (auto& s : sent) {
        if (log.find("\"request_id\":\"" + s.request_id + "\"") == std::string::npos) continue;  // never read
        ++read;
        if (!s.complete && ++lost <= 5)
            ADD_FAILURE() << s.request_id << " was read and answered by the server, but the client got: "
                          << (s.bytes.empty() ? "nothing (the connection was closed)" : s.bytes);
    }
    EXPECT_GT(read, 0);
    EXPECT_EQ(lost, 0) << "of " << read << " requests the server read";
}

}  // namespace
