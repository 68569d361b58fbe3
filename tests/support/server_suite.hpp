#pragma once
// One real server per test suite: started before the suite's first test, stopped after its
// last. A suite derives from ServerSuite<Itself>; to start it with other options it defines a
// public `static testsupport::ServerOptionsForTest options()`, and to do more once the server runs it
// defines its own SetUpTestSuite that calls ServerSuite::SetUpTestSuite() first.
#include <gtest/gtest.h>

#include "tests/support/test_server.hpp"

namespace testsupport {

template <class Suite>
class ServerSuite : public ::testing::Test {
protected:
    static ServerOptionsForTest options() { return {}; }
    static void SetUpTestSuite() { server = new TestServer(Suite::options()); }
    static void TearDownTestSuite() {
        delete server;
        server = nullptr;
    }
    static inline TestServer* server = nullptr;
};

}  // namespace testsupport
